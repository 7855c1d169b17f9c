"""What the scripted hall day (``tests/support/hall_day_script.py``) did, counted by the script itself as it
went: the figures the central store, every device and the assessment report must agree with at the end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

GOOD_LEVELS = ("very_satisfied", "satisfied", "basically_satisfied")


@dataclass
class DayTally:
    issued: dict[str, str] = field(default_factory=dict)
    """Ticket number → category, for every ticket the kiosk issued (appointment check-ins included)."""
    served: set[str] = field(default_factory=set)
    """Tickets whose last visit finished (status ``done``)."""
    no_shows: set[str] = field(default_factory=set)
    visits: int = 0
    """Every visit started, those ended by a transfer included."""
    transfers: int = 0
    ratings: Counter[str] = field(default_factory=Counter)
    bad_reasons: Counter[str] = field(default_factory=Counter)
    skipped: int = 0
    refused_second_ratings: int = 0
    pauses: int = 0
    appointments_kept: int = 0

    def issue(self, receipt: dict[str, object]) -> str:
        number = str(receipt["number"])
        assert number not in self.issued, f"{number} was issued twice"
        self.issued[number] = str(receipt["category"])
        return number

    @property
    def carried_over(self) -> set[str]:
        """Still waiting at closing: carried over (the hall's rule: a ticket is for its day, never re-called)."""
        return set(self.issued) - self.served - self.no_shows

    @property
    def rating_count(self) -> int:
        return sum(self.ratings.values())

    @property
    def bad(self) -> int:
        return self.ratings["dissatisfied"] + self.ratings["very_dissatisfied"]

    @property
    def satisfaction(self) -> float:
        return sum(self.ratings[level] for level in GOOD_LEVELS) / self.rating_count

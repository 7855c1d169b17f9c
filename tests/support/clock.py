"""A wall clock the test moves by hand, so time-dependent rules are tested without waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# A Monday at 09:30 in Nanjing (01:30 UTC): the hall is open.
START = datetime(2026, 11, 30, 1, 30, tzinfo=UTC)


class FakeWall:
    def __init__(self, start: datetime = START) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        self.moment += timedelta(**delta)
        return self.moment

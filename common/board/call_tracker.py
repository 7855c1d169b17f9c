"""Which calls the board should announce: each call (and each recall, its own event) once, in the order
they were made, and none that is too old to matter.

A call is known by its event id, so a re-fold of the state (a rebase, a restart, a catch-up after a network
cut) never announces it again. Calls present when the board starts count as already heard. A call older than
``CATCH_UP_LIMIT`` when it arrives (the network was down) is shown but not spoken: the citizen has either
gone to the window already or will see it on screen, and a string of stale calls would drown the new ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from common.projection.state import Call

CATCH_UP_LIMIT = timedelta(minutes=3)
REMEMBERED = 500
"""Event ids kept: far more than the state's recent calls, so a re-fold never looks new."""


class CallTracker:
    def __init__(self, heard: Iterable[Call] = (), limit: timedelta = CATCH_UP_LIMIT) -> None:
        self.limit = limit
        self._heard: dict[str, None] = {c.event_id: None for c in heard}
        self.skipped: list[Call] = []
        """Calls that arrived too late to announce, oldest first (for the log)."""

    def take_new(self, calls: Sequence[Call], now: datetime) -> list[Call]:
        """The calls in ``calls`` (newest first, as ``HallState.recent_calls``) not heard before and fresh
        enough to announce, oldest first; all of them count as heard from now on."""
        new = [c for c in reversed(calls) if c.event_id not in self._heard]
        for c in new:
            self._heard[c.event_id] = None
        while len(self._heard) > REMEMBERED:
            del self._heard[next(iter(self._heard))]
        fresh = [c for c in new if now - c.at <= self.limit]
        self.skipped.extend(c for c in new if now - c.at > self.limit)
        return fresh

"""A device's view of the hall: the state confirmed by the central store, plus its own pending events
rebased on top (the model of Replicache and PowerSync).

When the server's order makes a pending event invalid (another window called the same ticket first),
the rebase fails it the same way every replica would; the device keeps it in ``conflicts`` so its UI
can say what happened, and the central store will refuse it when it arrives.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress

from common.events import Event
from common.projection.fold import apply
from common.projection.state import HallState
from common.projection.violations import RuleViolation


class Replica:
    def __init__(self, confirmed: HallState | None = None, seq: int = 0) -> None:
        self.confirmed = confirmed or HallState()
        self.seq = seq
        """The server sequence number the confirmed state includes."""
        self.pending: list[Event] = []
        self.conflicts: dict[str, RuleViolation] = {}
        """Pending events that the latest server order makes invalid, by event id."""
        self._view: HallState | None = None

    @property
    def view(self) -> HallState:
        """What the screens show: confirmed state plus pending events."""
        return self.confirmed if self._view is None else self._view

    def add_pending(self, event: Event) -> None:
        """Apply a new local event to the view; ``RuleViolation`` (and no change) if it breaks a rule."""
        view = self.confirmed.clone() if self._view is None else self._view
        apply(view, event)
        self._view = view
        self.pending.append(event)

    def load_pending(self, events: Iterable[Event]) -> None:
        """Pending events read back from the store at start-up."""
        self.pending.extend(events)
        self._rebase()

    def apply_confirmed(self, batch: Iterable[tuple[int, Event]]) -> None:
        """Fold events in server order. Pending events they include are no longer pending."""
        arrived: list[str] = []
        for seq, event in batch:
            if seq <= self.seq:
                continue
            # An event the server accepted under rules this version no longer has is skipped, the same way everywhere.
            with suppress(RuleViolation):
                apply(self.confirmed, event)
            self.seq = seq
            arrived.append(str(event.id))
        if not arrived:
            return
        own_prefix = [str(e.id) for e in self.pending[: len(arrived)]]
        if own_prefix == arrived:
            # Our own events came back in the order we made them: the view is already right.
            del self.pending[: len(arrived)]
            if not self.pending:
                self._view = None
            return
        done = set(arrived)
        self.pending = [e for e in self.pending if str(e.id) not in done]
        self._rebase()

    def drop(self, event_id: str) -> None:
        """The central store refused this pending event: forget it and refold the rest."""
        before = len(self.pending)
        self.pending = [e for e in self.pending if str(e.id) != event_id]
        self.conflicts.pop(event_id, None)
        if len(self.pending) != before:
            self._rebase()

    def _rebase(self) -> None:
        self.conflicts.clear()
        if not self.pending:
            self._view = None
            return
        view = self.confirmed.clone()
        for event in self.pending:
            try:
                apply(view, event)
            except RuleViolation as v:
                self.conflicts[str(event.id)] = v
        self._view = view

"""The central store's ordering rule, free of any database: each pushed event is admitted (and gets
the next sequence number) or refused with a reason, in the order it arrives. The central store wraps
this with its tables; tests use it on its own as a stand-in for the server's decisions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from common.events import Event
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind, check_config, check_writer
from common.projection.fold import apply, fold
from common.projection.horizon import is_forgotten_day
from common.projection.state import HallState
from common.projection.violations import RuleViolation


@dataclass(frozen=True, slots=True)
class Verdict:
    event_id: str
    status: str  # accepted | duplicate | rejected
    seq: int | None = None
    code: str = ""
    message: str = ""
    field: str = ""


class Sequencer:
    def __init__(
        self, bundle: HallBundle, state: HallState | None = None, seq: int = 0, *, remember_seqs: bool = True
    ) -> None:
        self.bundle = bundle
        self.state = state or HallState()
        self.seq = seq
        self.seq_of: dict[str, int] = {}
        """The seq of each event admitted here, for duplicates; a server that keeps the log elsewhere
        turns this off (``remember_seqs=False``) and looks seqs up in its table."""
        self._remember = remember_seqs

    def catch_up(self, batch: Iterable[tuple[int, Event]]) -> None:
        """Fold events that another writer (another server process) already ordered, in seq order."""
        for seq, event in batch:
            if seq <= self.seq:
                continue
            fold((event,), self.state)
            self.seq = seq
            if self._remember:
                self.seq_of[str(event.id)] = seq

    def admit(self, event: Event, kind: DeviceKind, device_id: str) -> Verdict:
        """The verdict on one event. The state forgets old event ids (``projection.horizon``): a server that
        does not remember seqs here must first look older events up in its log (``may_be_stored``)."""
        key = str(event.id)
        if key in self.state.applied or key in self.seq_of:
            return Verdict(key, "duplicate", self.seq_of.get(key))
        try:
            check_writer(event, kind, self.bundle.hall_id, device_id)
            check_config(event, self.state, self.bundle)
            apply(self.state, event)
        except RuleViolation as v:
            return Verdict(key, "rejected", code=v.code, message=v.message, field=v.field)
        self.seq += 1
        if self._remember:
            self.seq_of[key] = self.seq
        return Verdict(key, "accepted", self.seq)

    def may_be_stored(self, event: Event) -> bool:
        """Whether the log may already hold this event: the fold knows it, or it is older than what the
        fold still remembers."""
        return str(event.id) in self.state.applied or is_forgotten_day(self.state, event)

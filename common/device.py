"""One device's core: who it is, the hall it serves, its store and its view of the hall.

Every change a person makes goes through ``Device.record``: the event is built, checked against
the device's rights, the hall's rules and the current state, written to disk (fsync) and only then
shown. Nothing here knows about Qt: the apps subscribe to changes through ``subscribe``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from common import wall_clock
from common.events import Event, EventType, Payload, TicketIssued, make_event
from common.hall_bundle import HallBundle
from common.hlc import HybridClock
from common.ids import uuid7
from common.projection.admission import WRITABLE, DeviceKind, check_config, check_writer
from common.projection.state import HallState
from common.projection.violations import RuleViolation
from common.replica import Replica
from common.store.local_store import LocalStore

log = logging.getLogger("hall.device")

SNAPSHOT_EVERY = 2000
"""Confirmed events between snapshots: start-up folds at most this many."""


@dataclass(frozen=True)
class Identity:
    device_id: str
    hall_id: str
    kind: DeviceKind
    slot: int = 1
    """Enrollment's small number for this device, used by the fallback ticket numbers."""
    token: str = ""
    central_url: str = ""


@dataclass(frozen=True)
class Change:
    """What changed, for the screens: local events, confirmed events, refusals."""

    local: tuple[Event, ...] = ()
    confirmed: tuple[Event, ...] = ()
    rejected: tuple[tuple[Event, str, str], ...] = ()
    config: bool = False


@dataclass
class _Listeners:
    callbacks: list[Callable[[Change], None]] = field(default_factory=list)

    def emit(self, change: Change) -> None:
        for cb in list(self.callbacks):
            try:
                cb(change)
            except Exception:  # a broken screen must not stop the core
                log.exception("a change listener failed")


class Device:
    def __init__(
        self,
        store: LocalStore,
        identity: Identity,
        bundle: HallBundle,
        replica: Replica,
        wall: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.identity = identity
        self.bundle = bundle
        self.replica = replica
        self._wall = wall or wall_clock.utc_now
        offset = int(store.get_meta("clock_offset_ms", "0") or 0)
        self.clock = HybridClock(
            identity.device_id, wall=lambda: int(self._wall().timestamp() * 1000), offset_ms=offset
        )
        if replica.view.last_hlc:
            self.clock.observe(replica.view.last_hlc)
        self._listeners = _Listeners()
        self._snapshot_seq = replica.seq

    # --- opening --------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, identity: Identity, bundle: HallBundle, **kw: Any) -> Device:
        """A new device store (or an existing one) set up for ``identity``."""
        store = LocalStore(path)
        store.set_meta(
            device_id=identity.device_id,
            hall_id=identity.hall_id,
            kind=identity.kind,
            slot=identity.slot,
            token=identity.token,
            central_url=identity.central_url,
        )
        store.set_json("bundle", bundle.to_json_dict())
        store.close()
        return cls.open(path, **kw)

    @classmethod
    def open(cls, path: Path | str, **kw: Any) -> Device:
        """Open a device store: identity and hall from disk, state from the snapshot plus the log since."""
        store = LocalStore(path)
        device_id = store.get_meta("device_id")
        if device_id is None:
            store.close()
            raise FileNotFoundError(f"{path} is not an enrolled device store")
        identity = Identity(
            device_id=device_id,
            hall_id=store.get_meta("hall_id", "") or "",
            kind=DeviceKind(store.get_meta("kind") or "kiosk"),
            slot=int(store.get_meta("slot", "1") or 1),
            token=store.get_meta("token", "") or "",
            central_url=store.get_meta("central_url", "") or "",
        )
        bundle = HallBundle.from_json_dict(store.get_json("bundle"))
        snap = store.load_snapshot()
        replica = Replica(*(snap[1], snap[0])) if snap else Replica()
        replica.apply_confirmed(store.confirmed(after_seq=replica.seq))
        replica.load_pending(store.pending())
        device = cls(store, identity, bundle, replica, **kw)
        # What was folded beyond the snapshot (all of it, when the snapshot is missing or from an older Hall)
        # is saved at close, so the next start does not fold it all again.
        device._snapshot_seq = snap[0] if snap else 0
        return device

    def close(self) -> None:
        if self.replica.seq > self._snapshot_seq:
            self.store.save_snapshot(self.replica.seq, self.replica.confirmed)
        self.store.close()

    # --- reading --------------------------------------------------------------------------------

    @property
    def state(self) -> HallState:
        return self.replica.view

    def raw_wall_ms(self) -> float:
        """This machine's own clock, uncorrected: what a clock offset is measured against."""
        return self._wall().timestamp() * 1000

    def now(self) -> datetime:
        """Wall time corrected by what the central store told us of its clock."""
        return self._wall() + timedelta(milliseconds=self.clock.offset_ms)

    def today(self) -> date:
        return self.bundle.config.hall_day(self.now())

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        self._listeners.callbacks.append(callback)
        return lambda: self._listeners.callbacks.remove(callback)

    # --- writing --------------------------------------------------------------------------------

    def _make(self, event_type: EventType, payload: Payload | dict[str, Any]) -> Event:
        now = self.now()
        ts = self.clock.now()
        return make_event(
            event_type,
            payload,
            event_id=uuid7(ts.physical_ms),
            device_id=self.identity.device_id,
            hall_id=self.identity.hall_id,
            hlc=str(ts),
            created_at=now,
        )

    def _check(self, event: Event) -> None:
        check_writer(event, self.identity.kind, self.identity.hall_id, self.identity.device_id)
        check_config(event, self.state, self.bundle)

    def record(self, event_type: EventType, payload: Payload | dict[str, Any]) -> Event:
        """Make, check, store (fsync) and show one event. ``EventError`` or ``RuleViolation`` change nothing."""
        event = self._make(event_type, payload)
        self._check(event)
        self.replica.add_pending(event)
        try:
            self.store.append_local(event)
        except BaseException:
            self.replica.drop(str(event.id))
            raise
        self._listeners.emit(Change(local=(event,)))
        return event

    def record_ticket(
        self,
        category: str,
        build: Callable[[str, date], TicketIssued],
        event_type: EventType = EventType.TICKET_ISSUED,
        wrap: Callable[[TicketIssued], Payload] | None = None,
    ) -> Event:
        """Take the next ticket number and record the event that issues it, in one transaction: a
        number is never given twice, and a crash never leaves a ticket half-written."""
        day = self.today()
        if event_type not in WRITABLE[self.identity.kind]:  # before a number is taken, not only after
            raise RuleViolation("not_allowed", f"a {self.identity.kind} may not write {event_type} events", "type")
        with self.store.transaction() as tx:
            number = tx.take_number(category, day, self.identity.slot)
            ticket = build(number, day)
            event = self._make(event_type, wrap(ticket) if wrap else ticket)
            self._check(event)
            self.replica.add_pending(event)
            try:
                tx.append_local(event)
            except BaseException:
                self.replica.drop(str(event.id))
                raise
        self._listeners.emit(Change(local=(event,)))
        return event

    # --- what sync brings -----------------------------------------------------------------------

    def apply_confirmed(self, batch: list[tuple[int, Event]], cursor: int | None = None) -> None:
        """Events in the central store's order (a pull, or the answer to a push)."""
        if not batch and cursor is None:
            return
        self.store.record_confirmed(batch, cursor)
        for _seq, ev in batch:
            self.clock.observe(ev.hlc)
        self.replica.apply_confirmed(batch)
        if self.replica.seq - self._snapshot_seq >= SNAPSHOT_EVERY:
            self.store.save_snapshot(self.replica.seq, self.replica.confirmed)
            self._snapshot_seq = self.replica.seq
        if batch:
            self._listeners.emit(Change(confirmed=tuple(ev for _s, ev in batch)))

    def apply_rejected(self, rejections: Iterable[tuple[str, str, str]]) -> None:
        """The central store refused these pending events (id, code, message)."""
        done = []
        pending = {str(e.id): e for e in self.replica.pending}
        for event_id, code, message in rejections:
            self.store.record_rejected(event_id, code, message)
            self.replica.drop(event_id)
            if event_id in pending:
                done.append((pending[event_id], code, message))
                log.warning("central store refused %s: %s %s", event_id, code, message)
        if done:
            self._listeners.emit(Change(rejected=tuple(done)))

    def acknowledge(self, batch: list[tuple[int, Event]]) -> None:
        """Pending events the central store says it already ordered at or below our cursor: confirm them
        without refolding (what is below the cursor is already in the confirmed state)."""
        self.store.record_confirmed(batch)
        for seq, ev in batch:
            log.warning("event %s was already ordered at %d; marking it confirmed", ev.id, seq)
            self.replica.drop(str(ev.id))

    def set_clock_offset(self, offset_ms: int) -> None:
        self.clock.offset_ms = offset_ms
        self.store.set_meta(clock_offset_ms=offset_ms)

    def set_bundle(self, bundle: HallBundle) -> None:
        """A new catalogue or configuration from the central store: every screen updates, no restart."""
        self.store.set_json("bundle", bundle.to_json_dict())
        self.bundle = bundle
        self._listeners.emit(Change(config=True))

    def conflict(self, event_id: str) -> RuleViolation | None:
        return self.replica.conflicts.get(event_id)

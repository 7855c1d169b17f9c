"""The hall's log on the central store: admission, ordering and reading, shared by every request.

A push is one transaction under the hall's lock (``BEGIN IMMEDIATE`` on SQLite, ``SELECT … FOR UPDATE``
on the hall's row on PostgreSQL, and a thread lock in process). Each process keeps a ``Sequencer`` per
hall (state and seq); under the lock it first folds whatever another process appended, so every event
is judged against the whole log, and accepted events get the next gap-free ``seq``. If the
transaction fails the in-memory state is dropped and rebuilt from the log: nothing is half-applied.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from central import read_models
from central.database import is_sqlite, write_transaction
from central.devices import DeviceRecord
from central.errors import Refusal
from central.heads import TAIL_EVENTS, notification
from central.read_models import Touched
from central.server_time import Now, now_ms, utc_now
from central.tables import events, halls, leases, rejected_events
from common.events import Event, EventType, Payload, event_json, make_event, parse_event
from common.hall_bundle import HallBundle
from common.hlc import HybridClock
from common.ids import uuid7
from common.projection.admission import DeviceKind
from common.projection.state import HallState
from common.sequencer import Sequencer, Verdict
from common.ticket_numbers import LEASE_MAX

log = logging.getLogger("hall.store")

CENTRAL_DEVICE = "central"
"""The device id of the events the central store writes itself (default ratings)."""


# A push's statements, built once: SQLAlchemy keys its cache of compiled SQL on the statement, and building
# a statement anew (and computing its key) cost more than running it.
_LOCK_HALL = (
    select(halls.c.head, halls.c.version, halls.c.projected).where(halls.c.id == bindparam("hall_id")).with_for_update()
)
_INSERT_EVENTS = insert(events)
_REFUSED = select(rejected_events).where(rejected_events.c.id.in_(bindparam("ids", expanding=True)))
_STORED = select(events.c.id, events.c.hall_id, events.c.seq).where(events.c.id.in_(bindparam("ids", expanding=True)))
_MOVE_HEAD = (
    update(halls).where(halls.c.id == bindparam("hall_id")).values(head=bindparam("to"), projected=bindparam("to"))
)
_MOVE_HEAD_AND_NOTIFY = text(
    "UPDATE halls SET head = :to, projected = :to WHERE id = :hall_id RETURNING pg_notify(:channel, :payload)"
)
"""On PostgreSQL the head moves and the other server processes are told in one round trip; the notification
is delivered when the transaction commits."""


@dataclass(frozen=True)
class PushResult:
    verdicts: list[Verdict]
    head: int
    appended: list[tuple[int, str]] = field(default_factory=list)
    """The events this push appended to the log, as (seq, event JSON) in seq order, ending at ``head``; before
    them, those another server process appended that this push folded first (so this process's streams can
    carry them too, without waiting for the notification)."""


@dataclass(frozen=True)
class Page:
    rows: list[tuple[int, str]]
    """(seq, event JSON) in seq order."""
    head: int
    more: bool


class _HallLog:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sequencer: Sequencer | None = None


class CentralStore:
    def __init__(
        self,
        engine: Engine,
        *,
        on_head: Callable[[str, int, list[tuple[int, str]]], None] | None = None,
        now: Now = utc_now,
    ) -> None:
        self.engine = engine
        self.now = now
        self._on_head = on_head
        self._logs: dict[str, _HallLog] = {}
        self._logs_lock = threading.Lock()
        self._central_clock = HybridClock(CENTRAL_DEVICE)

    def _log(self, hall_id: str) -> _HallLog:
        with self._logs_lock:
            return self._logs.setdefault(hall_id, _HallLog())

    # --- the hall's row, the lock and the in-memory fold ------------------------------------------------

    def _lock_hall(self, conn: Connection, hall_id: str) -> Any:
        row = conn.execute(_LOCK_HALL, {"hall_id": hall_id}).first()
        if row is None:
            raise Refusal(404, "unknown_hall", f"no hall {hall_id}", "hall_id")
        return row

    def _sequencer(self, conn: Connection, hall_id: str, hall_log: _HallLog, row: Any) -> Sequencer:
        """The hall's fold brought up to the database's head, with the hall's current bundle."""
        return self._caught_up(conn, hall_id, hall_log, row)[0]

    def _caught_up(
        self, conn: Connection, hall_id: str, hall_log: _HallLog, row: Any
    ) -> tuple[Sequencer, list[tuple[int, str]]]:
        """``_sequencer``, and the newest events it folded from the log (appended by another server process
        on PostgreSQL), as (seq, event JSON) ending at the head: at most a stream tail's worth."""
        seq = hall_log.sequencer
        if seq is None or seq.seq > row.head:
            bundle = self._bundle(conn, hall_id)
            seq = Sequencer(bundle, remember_seqs=False)
            hall_log.sequencer = seq
        elif seq.bundle.version != row.version:
            seq.bundle = self._bundle(conn, hall_id)
        caught: deque[tuple[int, str]] = deque(maxlen=TAIL_EVENTS)
        if seq.seq < row.head:
            seq.catch_up(self._stored(conn, hall_id, seq.seq, row.head, caught))
        if row.projected < row.head:
            log.info("rebuilding the read models of hall %s (%d events)", hall_id, row.head)
            read_models.rebuild(conn, hall_id, seq.state, seq.bundle.config)
            conn.execute(update(halls).where(halls.c.id == hall_id).values(projected=row.head))
        return seq, list(caught)

    def _bundle(self, conn: Connection, hall_id: str) -> HallBundle:
        text = conn.execute(select(halls.c.bundle).where(halls.c.id == hall_id)).scalar_one()
        return HallBundle.from_json_dict(json.loads(text))

    def _stored(
        self, conn: Connection, hall_id: str, after: int, upto: int, kept: deque[tuple[int, str]]
    ) -> Iterator[tuple[int, Event]]:
        query = (
            select(events.c.seq, events.c.body)
            .where(events.c.hall_id == hall_id, events.c.seq > after, events.c.seq <= upto)
            .order_by(events.c.seq)
        )
        for seq, body in conn.execute(query):
            kept.append((int(seq), str(body)))
            yield seq, parse_event(body)

    # --- push -----------------------------------------------------------------------------------------

    def push(self, device: DeviceRecord, batch: list[Event]) -> PushResult:
        """Judge each event in order: duplicate (its seq), accepted (the next seq) or rejected (kept, with why)."""
        hall_log = self._log(device.hall_id)
        with hall_log.lock:
            try:
                try:
                    with write_transaction(self.engine) as conn:
                        result = self._push(conn, device, batch, hall_log, look_everywhere=False)
                except IntegrityError:
                    # An id this hall never saw is already stored for another hall: judge again, looking it up.
                    hall_log.sequencer = None
                    with write_transaction(self.engine) as conn:
                        result = self._push(conn, device, batch, hall_log, look_everywhere=True)
            except BaseException:
                hall_log.sequencer = None  # rebuilt from the log on the next request
                raise
            # Still under the hall's lock, so that the streams hear of this process's appends in seq order.
            if result.appended and self._on_head is not None:
                self._on_head(device.hall_id, result.head, result.appended)
        return result

    def _push(
        self, conn: Connection, device: DeviceRecord, batch: list[Event], hall_log: _HallLog, *, look_everywhere: bool
    ) -> PushResult:
        row = self._lock_hall(conn, device.hall_id)
        sequencer, caught = self._caught_up(conn, device.hall_id, hall_log, row)
        ids = list(dict.fromkeys(str(e.id) for e in batch))
        # The fold knows every recent event of this hall: only those, and events older than what it remembers,
        # can be stored duplicates (unless an id collides with another hall's, which the unique index reports
        # and the retry looks up).
        maybe = {str(e.id) for e in batch if sequencer.may_be_stored(e)}
        stored = ids if look_everywhere else [i for i in ids if i in maybe]
        known = self._known(conn, device.hall_id, ids, stored)
        received = now_ms()
        config = sequencer.bundle.config
        verdicts: list[Verdict] = []
        new_events: list[dict[str, Any]] = []
        new_refusals: list[dict[str, Any]] = []
        touched = Touched()
        for event in batch:
            key = str(event.id)
            verdict = known.get(key)
            if verdict is None:
                touched.note(sequencer.state, event)
                verdict = sequencer.admit(event, device.kind, device.device_id)
                if verdict.status == "accepted":
                    touched.note(sequencer.state, event)
                    new_events.append(_event_row(device.hall_id, verdict, event, config.hall_day, received))
                elif verdict.status == "rejected":
                    new_refusals.append(_refusal_row(device, verdict, event, received))
                else:  # folded in memory but not in the table: cannot happen once caught up
                    raise RuntimeError(f"event {key} is in the fold but not in the log")
                # The same event again later in this batch is a duplicate of this verdict.
                known[key] = verdict if verdict.status == "rejected" else Verdict(key, "duplicate", verdict.seq)
            verdicts.append(verdict)
        if new_events:
            conn.execute(_INSERT_EVENTS, new_events)
            read_models.write(conn, device.hall_id, sequencer.state, config, touched)
            head = {"hall_id": device.hall_id, "to": sequencer.seq}
            if is_sqlite(conn):
                conn.execute(_MOVE_HEAD, head)
            else:
                conn.execute(
                    _MOVE_HEAD_AND_NOTIFY, {**head, **notification(device.hall_id, new_events[0]["seq"], sequencer.seq)}
                )
        if new_refusals:
            dialect_insert = sqlite.insert if is_sqlite(conn) else postgresql.insert
            conn.execute(dialect_insert(rejected_events).on_conflict_do_nothing(index_elements=["id"]), new_refusals)
        appended = [(int(r["seq"]), str(r["body"])) for r in new_events]
        return PushResult(verdicts, sequencer.seq, caught + appended)

    def _known(self, conn: Connection, hall_id: str, ids: list[str], stored: list[str]) -> dict[str, Verdict]:
        """Verdicts already given: stored events are duplicates (with their seq), refused ones refused again."""
        known: dict[str, Verdict] = {}
        for chunk in _chunks(ids, 500):
            for r in conn.execute(_REFUSED, {"ids": chunk}):
                known[r.id] = (
                    Verdict(r.id, "rejected", code=r.code, message=r.message, field=r.field)
                    if r.hall_id == hall_id
                    else _id_taken(r.id)
                )
        for chunk in _chunks(stored, 500):
            for key, owner, seq in conn.execute(_STORED, {"ids": chunk}):
                known[key] = Verdict(key, "duplicate", int(seq)) if owner == hall_id else _id_taken(key)
        return known

    def record_central(self, hall_id: str, event_type: EventType, payload: Payload | dict[str, Any]) -> Verdict:
        """An event the central store writes itself (a default rating), through the same admission as any push."""
        return self.record_central_many(hall_id, [(event_type, payload)])[0]

    def record_central_many(
        self, hall_id: str, items: list[tuple[EventType, Payload | dict[str, Any]]]
    ) -> list[Verdict]:
        """Several events of the central store, pushed as one batch (one transaction)."""
        if not items:
            return []
        made: list[Event] = []
        for event_type, payload in items:
            ts = self._central_clock.now()
            made.append(
                make_event(
                    event_type,
                    payload,
                    event_id=uuid7(ts.physical_ms),
                    device_id=CENTRAL_DEVICE,
                    hall_id=hall_id,
                    hlc=str(ts),
                    created_at=self.now(),
                )
            )
        central = DeviceRecord(CENTRAL_DEVICE, hall_id, DeviceKind.CENTRAL, 0)
        return self.push(central, made).verdicts

    # --- reading --------------------------------------------------------------------------------------

    def head(self, hall_id: str) -> int:
        with self.engine.connect() as conn:
            head = conn.execute(select(halls.c.head).where(halls.c.id == hall_id)).scalar_one_or_none()
        if head is None:
            raise Refusal(404, "unknown_hall", f"no hall {hall_id}", "hall_id")
        return int(head)

    def pull(self, hall_id: str, after: int, limit: int) -> Page:
        with self.engine.connect() as conn, conn.begin():
            head = conn.execute(select(halls.c.head).where(halls.c.id == hall_id)).scalar_one()
            rows = [
                (int(seq), body)
                for seq, body in conn.execute(
                    select(events.c.seq, events.c.body)
                    .where(events.c.hall_id == hall_id, events.c.seq > after, events.c.seq <= head)
                    .order_by(events.c.seq)
                    .limit(limit)
                )
            ]
        last = rows[-1][0] if rows else max(after, 0)
        return Page(rows, int(head), last < head)

    def with_state(self, hall_id: str, read: Callable[[HallState, HallBundle, int], Any]) -> Any:
        """Call ``read`` with the hall's folded state, brought up to the head, under the hall's lock."""
        hall_log = self._log(hall_id)
        with hall_log.lock:
            try:
                with write_transaction(self.engine) as conn:
                    row = self._lock_hall(conn, hall_id)
                    sequencer = self._sequencer(conn, hall_id, hall_log, row)
                    return read(sequencer.state, sequencer.bundle, sequencer.seq)
            except BaseException:
                hall_log.sequencer = None
                raise

    def export_day(self, hall_id: str, day: date) -> Iterator[tuple[int, str]]:
        """The hall-day's events (by the hall's local date of ``created_at``) in seq order."""
        query = (
            select(events.c.seq, events.c.body)
            .where(events.c.hall_id == hall_id, events.c.day == day.isoformat())
            .order_by(events.c.seq)
        )
        with self.engine.connect() as conn:
            for seq, body in conn.execute(query):
                yield int(seq), body

    # --- ticket numbers -------------------------------------------------------------------------------

    def lease(self, device: DeviceRecord, category: str, day: date, size: int | None) -> tuple[int, int]:
        """The next block of three-digit numbers for a category and day; blocks never overlap."""
        if device.kind != DeviceKind.KIOSK:
            raise Refusal(403, "not_allowed", f"only kiosks lease ticket numbers, not a {device.kind}", "")
        with write_transaction(self.engine) as conn:
            self._lock_hall(conn, device.hall_id)
            bundle = self._bundle_cached(conn, device.hall_id)
            try:
                bundle.config.category(category)
            except KeyError:
                raise Refusal(422, "unknown_category", f"the hall has no category {category}", "category") from None
            size = size or bundle.config.queue.lease_block_size
            top = conn.execute(
                select(func.max(leases.c.last)).where(
                    leases.c.hall_id == device.hall_id, leases.c.category == category, leases.c.day == day.isoformat()
                )
            ).scalar_one()
            first = int(top or 0) + 1
            if first > LEASE_MAX:
                raise Refusal(
                    409,
                    "numbers_exhausted",
                    f"all {LEASE_MAX} numbers of category {category} on {day} are leased",
                    "category",
                )
            last = min(first + size - 1, LEASE_MAX)
            conn.execute(
                insert(leases).values(
                    hall_id=device.hall_id,
                    category=category,
                    day=day.isoformat(),
                    first=first,
                    last=last,
                    device_id=device.device_id,
                    leased_at=self.now(),
                )
            )
        return first, last

    def _bundle_cached(self, conn: Connection, hall_id: str) -> HallBundle:
        hall_log = self._log(hall_id)
        version = conn.execute(select(halls.c.version).where(halls.c.id == hall_id)).scalar_one()
        seq = hall_log.sequencer
        if seq is not None and seq.bundle.version == version:
            return seq.bundle
        return self._bundle(conn, hall_id)


def _event_row(
    hall_id: str, verdict: Verdict, event: Event, hall_day: Callable[[datetime], date], received: int
) -> dict[str, Any]:
    return {
        "hall_id": hall_id,
        "seq": verdict.seq,
        "id": verdict.event_id,
        "device_id": event.device_id,
        "type": str(event.type),
        "day": hall_day(event.created_at).isoformat(),
        "body": event_json(event),
        "received_at": received,
    }


def _refusal_row(device: DeviceRecord, verdict: Verdict, event: Event, received: int) -> dict[str, Any]:
    return {
        "id": verdict.event_id,
        "hall_id": device.hall_id,
        "device_id": device.device_id,
        "type": str(event.type),
        "body": event_json(event),
        "code": verdict.code,
        "message": verdict.message,
        "field": verdict.field,
        "received_at": received,
    }


def _id_taken(key: str) -> Verdict:
    return Verdict(key, "rejected", code="id_taken", message="another hall has an event with this id", field="id")


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]

"""The device's SQLite store: the event log, its outbox, the sync cursor, ticket leases and a snapshot.

Every write that a person is told about commits with ``synchronous=FULL`` in WAL mode before the
screen says so, so it survives a power cut. The outbox is the set of local events with status
``pending``: made here, not yet acknowledged by the central store.
"""

from __future__ import annotations

import json
import logging
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, create_engine, event, func, insert, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.pool import StaticPool

from common.events import Event, event_json, parse_event
from common.projection.state import HallState
from common.store import schema
from common.store.schema import events, fallback, leases, meta, snapshot
from common.ticket_numbers import FALLBACK_MAX, NumbersExhausted, fallback_number, leased_number

log = logging.getLogger("hall.store")

PENDING = "pending"
CONFIRMED = "confirmed"
REJECTED = "rejected"
SNAPSHOT_VERSION = 4
"""Bump when the shape of ``HallState`` changes: an old snapshot is then ignored and the log refolded."""


@dataclass(frozen=True, slots=True)
class Rejection:
    event: Event
    code: str
    message: str


# The statements a device runs on every sync and every ticket, built once: SQLAlchemy keys its cache of
# compiled SQL on the statement, and building one anew (and computing its key) cost more than running it.
_META = select(meta.c.value).where(meta.c.key == bindparam("key"))
_SET_META = insert(meta).prefix_with("OR REPLACE")
_PENDING = select(events.c.body).where(events.c.status == PENDING).order_by(events.c.rowid)
_PENDING_FIRST = _PENDING.limit(bindparam("limit"))
_PENDING_COUNT = select(func.count()).where(events.c.status == PENDING)
_PENDING_AMONG = (
    select(events.c.body)
    .where(events.c.status == PENDING, events.c.id.in_(bindparam("ids", expanding=True)))
    .order_by(events.c.rowid)
)
_ADD = sqlite.insert(events)
_CONFIRM = _ADD.on_conflict_do_update(
    index_elements=[events.c.id], set_={"seq": _ADD.excluded.seq, "status": CONFIRMED, "error": None}
)
_LEFT_BY_CATEGORY = (
    select(leases.c.category, leases.c.day, func.sum(leases.c.last - leases.c.next + 1))
    .where(leases.c.day.in_(bindparam("days", expanding=True)), leases.c.next <= leases.c.last)
    .group_by(leases.c.category, leases.c.day)
)
_NEXT_LEASE = (
    select(leases.c.first, leases.c.next)
    .where(leases.c.category == bindparam("category"), leases.c.day == bindparam("day"), leases.c.next <= leases.c.last)
    .order_by(leases.c.first)
    .limit(1)
)
_TAKE_FROM_LEASE = (
    update(leases)
    .where(
        leases.c.category == bindparam("b_category"),
        leases.c.day == bindparam("b_day"),
        leases.c.first == bindparam("b_first"),
    )
    .values(next=bindparam("b_next"))
)
_FALLBACK_NEXT = select(fallback.c.next).where(
    fallback.c.category == bindparam("category"), fallback.c.day == bindparam("day")
)
_SET_FALLBACK = insert(fallback).prefix_with("OR REPLACE")


class LocalStore:
    """One SQLite file per device. Not shared between processes, nor opened twice in one (it keeps its
    settings, the cursor among them, in memory once read); use from one thread at a time."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", poolclass=StaticPool)
        event.listen(self.engine, "connect", _pragmas)
        with self.engine.begin() as conn:
            schema.migrate(conn)
        self._meta: dict[str, str | None] = {}
        """The ``meta`` rows read or committed so far: the sync loop reads the cursor many times a round."""

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[StoreTransaction]:
        """One atomic write: everything in the block is on disk when it ends, or nothing is."""
        with self.engine.begin() as conn:
            tx = StoreTransaction(conn)
            yield tx
        self._meta.update(tx.meta_written)  # committed: what is read from now on

    # --- meta -------------------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        if key not in self._meta:
            with self.engine.connect() as conn:
                self._meta[key] = conn.execute(_META, {"key": key}).scalar_one_or_none()
        value = self._meta[key]
        return default if value is None else value

    def set_meta(self, **values: str | int) -> None:
        with self.transaction() as tx:
            for key, value in values.items():
                tx.set_meta(key, str(value))

    @property
    def cursor(self) -> int:
        """The server sequence number of the last confirmed event pulled."""
        return int(self.get_meta("cursor", "0") or 0)

    def get_json(self, key: str) -> Any:
        value = self.get_meta(key)
        return None if value is None else json.loads(value)

    def set_json(self, key: str, value: Any) -> None:
        self.set_meta(**{key: json.dumps(value, ensure_ascii=False)})

    # --- events -----------------------------------------------------------------------------------

    def append_local(self, event: Event) -> None:
        with self.transaction() as tx:
            tx.append_local(event)

    def pending(self, limit: int | None = None) -> list[Event]:
        """The outbox, in the order the events were made."""
        with self.engine.connect() as conn:
            rows = conn.execute(_PENDING) if limit is None else conn.execute(_PENDING_FIRST, {"limit": limit})
            return [parse_event(body) for body in rows.scalars()]

    def pending_among(self, ids: list[str]) -> list[Event]:
        """Those of ``ids`` still in the outbox, in the order they were made (none parsed that is not)."""
        with self.engine.connect() as conn:
            return [parse_event(body) for body in conn.execute(_PENDING_AMONG, {"ids": ids}).scalars()]

    def pending_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(_PENDING_COUNT).scalar_one())

    def confirmed(self, after_seq: int = 0) -> Iterator[tuple[int, Event]]:
        """Confirmed events in server order."""
        query = (
            select(events.c.seq, events.c.body)
            .where(events.c.status == CONFIRMED, events.c.seq > after_seq)
            .order_by(events.c.seq)
        )
        with self.engine.connect() as conn:
            for seq, body in conn.execute(query):
                yield seq, parse_event(body)

    def rejections(self) -> list[Rejection]:
        query = select(events.c.body, events.c.error).where(events.c.status == REJECTED).order_by(events.c.rowid)
        with self.engine.connect() as conn:
            result = []
            for body, error in conn.execute(query):
                info = json.loads(error or "{}")
                result.append(Rejection(parse_event(body), info.get("code", ""), info.get("message", "")))
            return result

    def status_of(self, event_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(events.c.status).where(events.c.id == event_id)).scalar_one_or_none()

    def count(self, status: str | None = None) -> int:
        query = select(func.count()).select_from(events)
        if status is not None:
            query = query.where(events.c.status == status)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def record_confirmed(self, batch: list[tuple[int, Event]], cursor: int | None = None) -> None:
        """Store events the central store has ordered (pulled, or acknowledged after a push), and move the
        cursor, in one transaction."""
        with self.transaction() as tx:
            tx.confirm_many(batch)
            if cursor is not None:
                tx.set_meta("cursor", str(cursor))

    def record_rejected(self, event_id: str, code: str, message: str) -> None:
        with self.transaction() as tx:
            tx.reject(event_id, code, message)

    # --- ticket numbers ---------------------------------------------------------------------------

    def add_lease(self, category: str, day: date, first: int, last: int) -> None:
        with self.transaction() as tx:
            tx.conn.execute(
                insert(leases)
                .prefix_with("OR IGNORE")
                .values(category=category, day=day.isoformat(), first=first, last=last, next=first)
            )

    def numbers_left(self, category: str, day: date) -> int:
        """Leased numbers still unused for this category and day (the fallback range not counted)."""
        return self.numbers_left_on([day]).get((category, day), 0)

    def numbers_left_on(self, days: list[date]) -> dict[tuple[str, date], int]:
        """``numbers_left`` of every category on each of ``days``, in one query: (category, day) → numbers;
        a category with none left is missing."""
        with self.engine.connect() as conn:
            rows = conn.execute(_LEFT_BY_CATEGORY, {"days": [d.isoformat() for d in days]}).all()
        return {(category, date.fromisoformat(day)): int(left) for category, day, left in rows}

    def lease_days(self) -> list[tuple[str, date]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(leases.c.category, leases.c.day).distinct()).all()
        return [(c, date.fromisoformat(d)) for c, d in rows]

    # --- snapshot ---------------------------------------------------------------------------------

    def load_snapshot(self) -> tuple[int, HallState] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(snapshot.c.seq, snapshot.c.version, snapshot.c.data).where(snapshot.c.id == 1)
            ).one_or_none()
        if row is None or row.version != SNAPSHOT_VERSION:
            return None
        try:
            state = pickle.loads(row.data)  # noqa: S301 - written by this device, in its own store
        except Exception:  # a damaged snapshot only costs a refold
            log.warning("snapshot unreadable; folding the log from the start")
            return None
        return (row.seq, state) if isinstance(state, HallState) else None

    def save_snapshot(self, seq: int, state: HallState) -> None:
        data = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
        with self.transaction() as tx:
            tx.conn.execute(
                insert(snapshot).prefix_with("OR REPLACE").values(id=1, seq=seq, version=SNAPSHOT_VERSION, data=data)
            )


class StoreTransaction:
    """The writes that make one atomic step."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.meta_written: dict[str, str | None] = {}

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(_SET_META, {"key": key, "value": value})
        self.meta_written[key] = value

    def append_local(self, ev: Event) -> None:
        row = {"id": str(ev.id), "seq": None, "status": PENDING, "local": 1, "type": ev.type, "body": event_json(ev)}
        self.conn.execute(_ADD, row)

    def confirm_many(self, batch: list[tuple[int, Event]]) -> None:
        """``confirm`` for a whole page at once, in one statement: an event already here (made on this device)
        gets its seq and is confirmed, any other is added."""
        if not batch:
            return
        rows = [
            {"id": str(ev.id), "seq": seq, "status": CONFIRMED, "local": 0, "type": ev.type, "body": event_json(ev)}
            for seq, ev in batch
        ]
        self.conn.execute(_CONFIRM, rows)

    def reject(self, event_id: str, code: str, message: str) -> None:
        self.conn.execute(
            update(events)
            .where(events.c.id == event_id, events.c.status == PENDING)
            .values(status=REJECTED, error=json.dumps({"code": code, "message": message}, ensure_ascii=False))
        )

    def take_number(self, category: str, day: date, slot: int) -> str:
        """The next leased number, or when none is left, the next in this device's fallback range."""
        which = {"category": category, "day": day.isoformat()}
        row = self.conn.execute(_NEXT_LEASE, which).one_or_none()
        if row is not None:
            self.conn.execute(
                _TAKE_FROM_LEASE,
                {"b_category": category, "b_day": which["day"], "b_first": row.first, "b_next": row.next + 1},
            )
            return leased_number(category, row.next)
        current = self.conn.execute(_FALLBACK_NEXT, which).scalar_one_or_none()
        n = current or 1
        if n > FALLBACK_MAX:
            raise NumbersExhausted(f"no ticket numbers left for category {category} today")
        self.conn.execute(_SET_FALLBACK, {**which, "next": n + 1})
        log.warning("lease for %s exhausted; issuing fallback number", category)
        return fallback_number(category, slot, n)


def _pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()

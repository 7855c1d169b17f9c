"""Tables of the device store and their ordered migrations (tracked in SQLite's ``user_version``)."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, LargeBinary, MetaData, String, Table, Text, text
from sqlalchemy.engine import Connection

metadata = MetaData()

events = Table(
    "events",
    metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("seq", Integer, nullable=True, unique=True),
    Column("status", String(10), nullable=False),  # pending | confirmed | rejected
    Column("local", Integer, nullable=False),  # 1 if made on this device
    Column("type", String(40), nullable=False),
    Column("body", Text, nullable=False),
    Column("error", Text, nullable=True),
)
Index("events_status", events.c.status, events.c.rowid)

meta = Table(
    "meta",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

leases = Table(
    "leases",
    metadata,
    Column("category", String(1), primary_key=True),
    Column("day", String(10), primary_key=True),
    Column("first", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
    Column("next", Integer, nullable=False),
)

fallback = Table(
    "fallback_numbers",
    metadata,
    Column("category", String(1), primary_key=True),
    Column("day", String(10), primary_key=True),
    Column("next", Integer, nullable=False),
)

snapshot = Table(
    "snapshot",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

SCHEMA_VERSION = 1


def migrate(conn: Connection) -> None:
    """Bring a store to ``SCHEMA_VERSION``; refuse a store written by a newer version of Hall."""
    version = conn.execute(text("PRAGMA user_version")).scalar_one()
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"this device store has schema {version}, newer than this Hall ({SCHEMA_VERSION}); upgrade Hall"
        )
    if version < 1:
        metadata.create_all(conn)
    # Later migrations go here, each guarded by ``if version < N``.
    conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))

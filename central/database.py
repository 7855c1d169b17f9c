"""Opening the central store's database (SQLite or PostgreSQL) and bringing its schema up to date.

SQLite runs in WAL mode with ``synchronous=FULL``; a write transaction starts with ``BEGIN IMMEDIATE``
so two writers never interleave. PostgreSQL serializes writers per hall with ``SELECT … FOR UPDATE``
on the hall's row (see ``central.halls``).
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError

log = logging.getLogger("hall.store")

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaTooNew(RuntimeError):
    """The database was written by a newer hall-central: reading it with this one could misread it."""


def default_db_url() -> str:
    """``$XDG_DATA_HOME/hall/central.db``, else ``~/.local/share/hall/central.db``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return f"sqlite:///{Path(base) / 'hall' / 'central.db'}"


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


def open_engine(url: str, pool_size: int = 10) -> Engine:
    """An engine for ``url``; creates the folder of a SQLite file."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url, pool_size=pool_size, max_overflow=pool_size)
    event.listen(engine, "checkin", _note_idle)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


PING_AFTER_IDLE_S = 10.0
"""A pooled PostgreSQL connection idle this long is tested before use. SQLAlchemy's ``pool_pre_ping`` tests
every checkout: a round trip more for each request, 8% of a push's time, while a connection in steady use
is known to be alive. After a database restart under load, a request may still meet a dead connection; it
fails with the JSON error shape, SQLAlchemy then discards every connection of the pool, and the device
retries."""


def _note_idle(_dbapi_conn: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
    since = record.info.get("idle_since")
    if since is None or time.monotonic() - since < PING_AFTER_IDLE_S:
        return
    autocommit = dbapi_conn.autocommit
    try:
        dbapi_conn.autocommit = True  # the test opens no transaction
        with dbapi_conn.cursor() as cur:
            cur.execute("SELECT 1")
        dbapi_conn.autocommit = autocommit
    except Exception as e:
        # The pool then throws this connection away and checks out another.
        raise DisconnectionError("the pooled connection was closed by the database") from e


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # The driver's own transaction handling is off so that ``_sqlite_begin`` decides how each one starts.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


_SQLITE_WRITERS: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()
_SQLITE_WRITERS_LOCK = threading.Lock()


def _writer_lock(engine: Engine) -> threading.Lock:
    with _SQLITE_WRITERS_LOCK:
        return _SQLITE_WRITERS.setdefault(engine, threading.Lock())


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: on SQLite it takes the write lock at once (``BEGIN IMMEDIATE``).

    SQLite has one writer at a time. Writers of this process wait for each other on a lock of our own, which
    hands over the moment the last one commits: left to SQLite, a writer that finds the database busy sleeps
    in growing steps (up to 100 ms) before it looks again, and under many devices' pushes those sleeps, not
    the work, made the slowest pushes take a second. Other processes still meet SQLite's busy timeout."""
    one_writer = _writer_lock(engine) if is_sqlite(engine) else nullcontext()
    with one_writer, engine.connect().execution_options(immediate=True) as conn, conn.begin():
        yield conn


def alembic_config(conn: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (the newest by default); refuse a database newer than this code."""
    script = ScriptDirectory(str(MIGRATIONS))
    current = current_revision(engine)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise SchemaTooNew(
                f"the database is at schema revision {current!r}, which this hall-central does not know: "
                "it was written by a newer version. Upgrade hall-central; the database was left unchanged."
            ) from None
    with write_transaction(engine) as conn:
        command.upgrade(alembic_config(conn), revision)
    if current != current_revision(engine):
        log.info("database schema upgraded from %s to %s", current, current_revision(engine))

"""Backups of the central store, and restoring one into an empty store.

SQLite: SQLite's own online backup, page by page, consistent while the server keeps running.
PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore``, the tools made for it (they must be on PATH;
Debian's ``postgresql-client``). A restored store is migrated to this version's schema, so a backup
taken before an upgrade restores into the upgraded Hall.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import inspect, make_url

from central.database import migrate, open_engine


class BackupError(Exception):
    """A backup or restore that could not be done: the reason, in words for an administrator."""


def backup(db_url: str, target: Path) -> None:
    """Write a consistent copy of the store at ``db_url`` to the file ``target`` (which must not exist)."""
    if target.exists():
        raise BackupError(f"{target} exists already; choose a new file name")
    url = make_url(db_url)
    target.parent.mkdir(parents=True, exist_ok=True)
    if url.get_backend_name() == "sqlite":
        source = _sqlite_file(db_url)
        if not source.exists():
            raise BackupError(f"there is no database at {source}")
        with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        return
    _run([_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={target}", _libpq(db_url)])


def restore(source: Path, db_url: str, *, force: bool = False) -> None:
    """Restore the backup ``source`` into the store at ``db_url``, which must be empty unless ``force``."""
    if not source.is_file():
        raise BackupError(f"there is no backup at {source}")
    engine = open_engine(db_url)
    try:
        if inspect(engine).get_table_names() and not force:
            raise BackupError(f"the store at {_safe(db_url)} is not empty; restore into an empty one (or --force)")
    finally:
        engine.dispose()
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        path = _sqlite_file(db_url)
        with sqlite3.connect(source) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
    else:
        flags = ["--clean", "--if-exists"] if force else []
        _run([_tool("pg_restore"), "--no-owner", *flags, f"--dbname={_libpq(db_url)}", str(source)])
    engine = open_engine(db_url)
    try:
        migrate(engine)
    finally:
        engine.dispose()


def _sqlite_file(db_url: str) -> Path:
    database = make_url(db_url).database
    if not database or database == ":memory:":
        raise BackupError("an in-memory database cannot be backed up")
    return Path(database)


def _libpq(db_url: str) -> str:
    """The SQLAlchemy URL as libpq understands it (``postgresql+psycopg://`` → ``postgresql://``)."""
    return make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)


def _safe(db_url: str) -> str:
    return make_url(db_url).render_as_string(hide_password=True)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client)")
    return found


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - our own arguments
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()[:500]}")

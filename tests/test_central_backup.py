"""Backups: ``hall-central backup`` of a store with a busy morning, restored into an empty store, gives the
same rows in every table; a restore never overwrites a store in use by mistake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select

from bench.busy_day import busy_day
from central.backup import BackupError, backup, restore
from central.database import migrate, open_engine
from central.devices import DeviceRegistry
from central.halls import store_hall
from central.store import CentralStore
from common.hall_bundle import load_hall
from common.projection.admission import DeviceKind
from tests.support.central_server import SAMPLE_HALL, drop_postgres, postgres_available, postgres_url


def _fill(db_url: str) -> None:
    engine = open_engine(db_url)
    migrate(engine)
    bundle = load_hall(SAMPLE_HALL)
    store_hall(engine, bundle, SAMPLE_HALL)
    events = busy_day(150, bundle=bundle)
    registry = DeviceRegistry(engine)
    devices = {}
    for device_id in sorted({e.device_id for e in events}):
        kind = DeviceKind.KIOSK if device_id.startswith("kiosk") else DeviceKind.WINDOW
        devices[device_id] = registry.create(bundle.hall_id, kind, device_id).device
    store = CentralStore(engine)
    run: list = []  # type: ignore[type-arg]
    for e in [*events, None]:
        if run and (e is None or e.device_id != run[0].device_id):
            store.push(devices[run[0].device_id], run)  # consecutive events of one device, in order
            run = []
        if e is not None:
            run.append(e)
    engine.dispose()


def _tables(db_url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = open_engine(db_url)
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        result = {
            name: sorted((tuple(r) for r in conn.execute(select(table))), key=repr)
            for name, table in meta.tables.items()
        }
    engine.dispose()
    return result


def test_a_sqlite_backup_restores_into_an_empty_store_identically(tmp_path: Path) -> None:
    live = f"sqlite:///{tmp_path / 'central.db'}"
    _fill(live)
    copy = tmp_path / "backups" / "central-2026-11-30.db"
    result = subprocess.run(
        [sys.executable, "-m", "central", "backup", str(copy), "--db", live],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    restored = f"sqlite:///{tmp_path / 'restored.db'}"
    result = subprocess.run(
        [sys.executable, "-m", "central", "restore", str(copy), "--db", restored],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    before, after = _tables(live), _tables(restored)
    assert before.keys() == after.keys()
    assert sum(len(rows) for rows in before.values()) > 500
    for name in before:
        assert before[name] == after[name], name


def test_a_restore_refuses_a_store_that_is_not_empty_and_a_backup_never_overwrites(tmp_path: Path) -> None:
    live = f"sqlite:///{tmp_path / 'central.db'}"
    _fill(live)
    copy = tmp_path / "b.db"
    backup(live, copy)
    with pytest.raises(BackupError, match="exists already"):
        backup(live, copy)
    with pytest.raises(BackupError, match="not empty"):
        restore(copy, live)
    with pytest.raises(BackupError, match="no backup"):
        restore(tmp_path / "missing.db", f"sqlite:///{tmp_path / 'empty.db'}")


@pytest.mark.postgres
@pytest.mark.slow
def test_a_postgresql_backup_restores_into_an_empty_database_identically(tmp_path: Path) -> None:
    if not postgres_available():
        pytest.skip("no PostgreSQL at 127.0.0.1:5432")
    live, empty = postgres_url("hall_backup"), postgres_url("hall_restore")
    try:
        _fill(live)
        copy = tmp_path / "central.dump"
        backup(live, copy)
        restore(copy, empty)
        before, after = _tables(live), _tables(empty)
        assert before.keys() == after.keys()
        for name in before:
            assert before[name] == after[name], name
    finally:
        drop_postgres(live)
        drop_postgres(empty)

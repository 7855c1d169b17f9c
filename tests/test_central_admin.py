"""The central store's commands and schema: loading halls, codes, revocation, export, PIN hashes, and
Alembic migrations (an old database is upgraded, a newer one refused)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, insert, select, text

from central.__main__ import main
from central.database import SchemaTooNew, current_revision, head_revision, migrate, open_engine
from central.halls import store_hall
from central.tables import events, halls, rm_tickets
from common.events import EventType, event_json
from common.hall_bundle import HallBundle
from common.pins import verify_pin
from tests.support.central_server import SAMPLE_HALL, start_central
from tests.support.event_factory import body, event, ticket
from tests.support.halls import small_hall

ROOT = Path(__file__).parent.parent


def hall_central(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
    )


def test_load_hall_refuses_a_malformed_hall_naming_the_file_and_field(tmp_path: Path) -> None:
    hall = tmp_path / "hall"
    shutil.copytree(SAMPLE_HALL, hall)
    toml = hall / "hall.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("recall_limit = 2", "recall_limit = 42"), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'c.db'}"
    result = hall_central("load-hall", str(hall), "--db", db)
    assert result.returncode == 2
    assert "hall.toml" in result.stderr and "queue.recall_limit" in result.stderr
    engine = open_engine(db)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(halls)).scalar_one() == 0
    engine.dispose()


def test_load_hall_stores_the_hall_and_a_new_version_replaces_it(tmp_path: Path) -> None:
    hall = tmp_path / "hall"
    shutil.copytree(SAMPLE_HALL, hall)
    db = f"sqlite:///{tmp_path / 'c.db'}"
    first = hall_central("load-hall", str(hall), "--db", db)
    assert first.returncode == 0 and "loaded hall nj-bdc" in first.stdout
    engine = open_engine(db)
    with engine.connect() as conn:
        old = conn.execute(select(halls.c.version)).scalar_one()
    toml = hall / "hall.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("recall_limit = 2", "recall_limit = 3"), encoding="utf-8")
    second = hall_central("load-hall", str(hall), "--db", db)
    assert second.returncode == 0 and "updated hall nj-bdc" in second.stdout
    with engine.connect() as conn:
        new, bundle = conn.execute(select(halls.c.version, halls.c.bundle)).one()
    assert new != old and json.loads(bundle)["config"]["queue"]["recall_limit"] == 3
    engine.dispose()


def test_a_new_hall_version_reaches_devices_and_the_rules(tmp_path: Path) -> None:
    """Devices see the new ETag; the next push is judged by the new configuration."""
    with start_central(tmp_path=tmp_path) as central:
        client = central.client(central.enroll("kiosk", "kiosk-1"))
        etag = client.get("/catalogue").headers["etag"]
        hall = small_hall()
        catalogue = hall.catalogue.model_copy(update={"items": hall.catalogue.items[:2]})  # T-003 withdrawn
        store_hall(central.engine, HallBundle(hall.config, hall.roster, catalogue, "v2"), None)
        answer = client.get("/catalogue", headers={"If-None-Match": etag})
        assert answer.status_code == 200 and answer.headers["etag"] == '"v2"'
        payload = {
            "ticket_id": "ticket-0001",
            "number": "C001",
            "category": "C",
            "day": "2026-11-30",
            "items": ["T-003"],
        }
        e = event(EventType.TICKET_ISSUED, payload, "kiosk-1")
        result = client.post("/sync/push", json=body([e])).json()["results"][0]
        assert result["code"] == "unknown_item"


def test_enroll_code_and_revoke_from_the_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.db'}"
    assert hall_central("load-hall", str(SAMPLE_HALL), "--db", db).returncode == 0
    made = hall_central("enroll-code", "--kind", "window", "--hall", "nj-bdc", "--db", db)
    assert made.returncode == 0
    code = made.stdout.strip()
    assert len(code) == 14 and code.count("-") == 2
    unknown_hall = hall_central("enroll-code", "--kind", "window", "--hall", "nowhere", "--db", db)
    assert unknown_hall.returncode == 1 and "no hall nowhere" in unknown_hall.stderr
    with start_central(db_url=db, load_sample_hall=True) as central:
        device = central.client().post("/devices/enroll", json={"code": code}).json()
        token = {"Authorization": f"Bearer {device['token']}"}
        assert central.client(headers=token).get("/sync/pull").status_code == 200
        assert hall_central("revoke", device["device_id"], "--db", db).returncode == 0
        refused = central.client(headers=token).get("/sync/pull")
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "token_revoked"
    assert hall_central("revoke", "kiosk-000000", "--db", db).returncode == 1


def test_export_writes_the_days_events_as_json_lines_in_seq_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with start_central(tmp_path=tmp_path) as central:
        client = central.client(central.enroll("kiosk", "kiosk-1"))
        batch = [ticket("kiosk-1", n) for n in range(1, 6)]
        client.post("/sync/push", json=body(batch))
        db = central.db_url
    assert main(["export", "--day", "2026-11-30", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["seq"] for r in rows] == [1, 2, 3, 4, 5]
    assert [r["event"]["id"] for r in rows] == [str(e.id) for e in batch]
    assert main(["export", "--day", "2026-12-01", "--hall", "test-hall", "--db", db]) == 0
    assert capsys.readouterr().out == ""


def test_hash_pin_prints_an_argon2_hash_of_the_pin() -> None:
    result = hall_central("hash-pin", stdin="4821\n")
    assert result.returncode == 0 and verify_pin(result.stdout.strip(), "4821")
    assert hall_central("hash-pin", stdin="12\n").returncode == 2


# --- migrations -------------------------------------------------------------------------------------------


def test_a_database_at_the_first_revision_is_upgraded_and_its_read_models_rebuilt(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'old.db'}"
    engine = open_engine(db)
    migrate(engine, "0001")
    assert current_revision(engine) == "0001"
    bundle = small_hall()
    old_events = [ticket("kiosk-1", n) for n in range(1, 4)]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO halls (id, name, version, bundle, head, loaded_at) "
                "VALUES (:id, :name, :version, :bundle, 3, '2026-11-29 00:00:00')"
            ),
            {
                "id": bundle.hall_id,
                "name": bundle.config.name,
                "version": bundle.version,
                "bundle": json.dumps(bundle.to_json_dict()),
            },
        )
        conn.execute(
            insert(events),
            [
                {
                    "hall_id": bundle.hall_id,
                    "seq": i,
                    "id": str(e.id),
                    "device_id": "kiosk-1",
                    "type": str(e.type),
                    "day": "2026-11-30",
                    "body": event_json(e),
                    "received_at": 0,
                }
                for i, e in enumerate(old_events, start=1)
            ],
        )
    engine.dispose()
    result = hall_central("enroll-code", "--kind", "kiosk", "--hall", "test-hall", "--db", db)  # migrates first
    assert result.returncode == 0, result.stderr
    engine = open_engine(db)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    with start_central(db_url=db) as central:
        client = central.client(central.enroll("kiosk", "kiosk-1"))
        assert client.get("/state", params={"day": "2026-11-30"}).json()["waiting"]["A"]["count"] == 3
        with central.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(rm_tickets)).scalar_one() == 3
        answer = client.post("/sync/push", json=body([ticket("kiosk-1", 4)])).json()
        assert answer["results"][0]["seq"] == 4


def test_a_database_from_a_newer_hall_central_is_refused(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'new.db'}"
    engine = open_engine(db)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaTooNew, match="newer"):
        migrate(engine)
    engine.dispose()
    result = hall_central("serve", "--db", db, "--port", "1")
    assert result.returncode == 2 and "newer version" in result.stderr


@pytest.mark.postgres
def test_migrations_run_on_postgresql_too(pg_url: str) -> None:
    engine = open_engine(pg_url)
    migrate(engine, "0001")
    migrate(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    with start_central(pg_url) as central:
        client = central.client(central.enroll("kiosk", "kiosk-1"))
        assert client.post("/sync/push", json=body([ticket("kiosk-1", 1)])).json()["head"] == 1
        assert isinstance(httpx.get(f"{central.url}/openapi.json").json()["paths"], dict)


def test_requests_are_logged_only_with_access_log(tmp_path: Path) -> None:
    """200 devices make millions of requests a day: one line each only when asked for (``--access-log``)."""
    from tests.support.central_server import prepare_db, serve_subprocess

    db = f"sqlite:///{tmp_path / 'central.db'}"
    prepare_db(db)
    for extra, logged in (((), False), (("--access-log",), True)):
        server = serve_subprocess(db, extra=extra)
        try:
            assert httpx.get(f"{server.url}/healthz").status_code == 200
            assert httpx.get(f"{server.url}/openapi.json").status_code == 200  # after /healthz's line, if any
        finally:
            server.stop()
        assert any('"GET /healthz HTTP/1.1" 200' in line for line in server.log) is logged, "".join(server.log)


@pytest.mark.slow
def test_serve_ends_open_streams_at_once_when_it_stops(tmp_path: Path) -> None:
    """A device's stream never ends by itself, and uvicorn waits for every connection before the app's own
    shutdown: ``serve`` ends the streams first, so a stop neither waits out the grace period nor cuts them."""
    import signal
    import time

    from central.devices import DeviceRegistry
    from common.projection.admission import DeviceKind
    from tests.support.central_server import prepare_db, serve_subprocess

    db = f"sqlite:///{tmp_path / 'central.db'}"
    prepare_db(db)
    engine = open_engine(db)
    token = DeviceRegistry(engine).create("test-hall", DeviceKind.KIOSK, None).token
    engine.dispose()
    server = serve_subprocess(db)
    try:
        with (
            httpx.Client(timeout=10) as http,
            http.stream("GET", f"{server.api}/sync/stream", headers={"Authorization": f"Bearer {token}"}) as stream,
        ):
            lines = stream.iter_lines()
            while next(lines) != "event: head":
                pass
            server.process.send_signal(signal.SIGTERM)
            stopping = time.monotonic()
            for _ in lines:  # the stream ends
                pass
            server.process.wait(15)
            took = time.monotonic() - stopping
        deadline = time.monotonic() + 10
        while not any("Finished server process" in line for line in server.log):
            assert time.monotonic() < deadline, "".join(server.log)
            time.sleep(0.05)  # a polling interval: what we wait on is the last line of its log
    finally:
        server.stop()
    log = "".join(server.log)
    assert took < 4, f"the stop waited out the 5 s grace period ({took:.1f} s):\n{log}"
    assert "graceful shutdown exceeded" not in log and "Traceback" not in log, log

"""``hall-demo --no-ui --simulate``: the central store and simulated citizens and clerks as real processes. It
runs the hall for a while, and Ctrl+C (SIGINT to the whole process group, as a terminal sends it) stops every
process cleanly with nothing lost: every event a simulated device made is on the central store or still in
that device's outbox on disk, and the central store's log has no gap."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from central.database import open_engine
from central.tables import events, rejected_events, rm_tickets, rm_visits
from common.store.local_store import LocalStore
from common.store.schema import events as device_events
from tests.support.hall_programs import BIN


def _run_demo(args: list[str], until: Callable[[], bool], tmp_path: Path) -> tuple[int, str]:
    """Start hall-demo in its own process group, wait for ``until()``, press Ctrl+C; exit code and output."""
    out = tmp_path / "demo.out"
    with out.open("w") as sink:
        process = subprocess.Popen(
            [str(BIN / "hall-demo"), *args], stdout=sink, stderr=subprocess.STDOUT, start_new_session=True, cwd=tmp_path
        )
        try:
            deadline = time.monotonic() + 120
            while not until():
                assert process.poll() is None, out.read_text()
                assert time.monotonic() < deadline, "the demo hall never got busy:\n" + out.read_text()
                time.sleep(0.2)  # a polling interval: what we wait on is the condition
            os.killpg(process.pid, signal.SIGINT)
            code = process.wait(60)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
    text = out.read_text()
    children = [int(line.rsplit("(pid ", 1)[1].rstrip(")")) for line in text.splitlines() if "(pid " in line]
    assert children, text
    for pid in [process.pid, *children]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 0)
            pytest.fail(f"process {pid} of the demo outlived it:\n{text}")
    return code, text


@pytest.mark.slow
def test_the_simulated_hall_stops_cleanly_on_ctrl_c_with_nothing_lost(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    db = data / "central.db"

    def busy() -> bool:
        if not db.exists():
            return False
        engine = open_engine(f"sqlite:///{db}")
        try:
            with engine.connect() as conn:
                tickets = conn.execute(select(func.count()).select_from(rm_tickets)).scalar_one()
                visits = conn.execute(select(func.count()).select_from(rm_visits)).scalar_one()
            return bool(tickets >= 10 and visits >= 2)
        except Exception:  # the tables are not there yet
            return False
        finally:
            engine.dispose()

    code, output = _run_demo(["--data", str(data), "--no-ui", "--simulate", "--speed", "40"], busy, tmp_path)
    assert code == 0, output
    assert "hall-demo: stopped" in output
    assert "Traceback" not in output, output

    engine = open_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            accepted = dict(conn.execute(select(events.c.id, events.c.device_id)).all())
            seqs = [s for (s,) in conn.execute(select(events.c.seq).order_by(events.c.seq))]
            refused = {i for (i,) in conn.execute(select(rejected_events.c.id))}
    finally:
        engine.dispose()
    assert seqs == list(range(1, len(seqs) + 1)), "the central store's log has no gap"
    stores = sorted((data / "sim").glob("*.db"))
    assert len(stores) == 5, "the simulated kiosk and four windows"
    for path in stores:
        store = LocalStore(path)
        try:
            with store.engine.connect() as conn:
                rows = conn.execute(
                    select(device_events.c.id, device_events.c.status).where(device_events.c.local == 1)
                ).all()
            device_id = store.get_meta("device_id")
        finally:
            store.close()
        assert rows, f"{path.name} did something"
        for event_id, status in rows:
            if status == "confirmed":
                assert accepted.get(event_id) == device_id, f"{path.name}: {event_id} confirmed but not at central"
            elif status == "rejected":
                assert event_id in refused, f"{path.name}: {event_id} refused, yet central has no refusal"
            else:
                assert status == "pending", status  # on disk, sent at the next start
        made_here = {i for i, d in accepted.items() if d == device_id}
        assert made_here <= {i for i, _ in rows}, f"{path.name}: central has events its maker lost"


@pytest.mark.slow
def test_a_fresh_demo_leaves_nothing_behind(tmp_path: Path) -> None:
    output = tmp_path / "demo.out"

    def running() -> bool:
        return "hall-demo: running" in output.read_text() if output.exists() else False

    code, text = _run_demo(["--fresh", "--no-ui", "--simulate", "--speed", "40"], running, tmp_path)
    assert code == 0, text
    assert "hall-demo: stopped" in text and "Traceback" not in text, text
    folder = next(line for line in text.splitlines() if "data in " in line).rsplit("data in ", 1)[1].strip()
    assert not Path(folder).exists(), "the temporary hall is removed"

"""hall-window as a program: it refuses what it cannot run (no window given, a store that is not an enrolled
window client, a window the hall does not have) with exit 2 and a plain message; enrolled with a one-time
code it opens both windows, logs JSON lines, syncs, fetches the staff photos, and stops cleanly on SIGTERM."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from common.projection.admission import DeviceKind
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.halls import small_hall

ROOT = Path(__file__).parent.parent
COMMAND = [sys.executable, "-m", "window_client"]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args], capture_output=True, text=True, env=_env(tmp_path), timeout=60, check=False, cwd=ROOT
    )


def _store(tmp_path: Path, kind: DeviceKind) -> Path:
    make_device(tmp_path, small_hall(), FakeWall(), kind, f"{kind}-1").close()
    return tmp_path / f"{kind}-1.db"


def test_what_it_cannot_run_is_refused_with_a_plain_message(tmp_path: Path) -> None:
    no_window = _run(tmp_path, "--store", str(tmp_path / "w.db"))
    assert no_window.returncode == 2 and "give --window N" in no_window.stderr
    missing = _run(tmp_path, "--store", str(tmp_path / "w.db"), "--window", "1")
    assert missing.returncode == 2 and "enroll this window first" in missing.stderr
    assert not (tmp_path / "w.db").exists()
    kiosk = _run(tmp_path, "--store", str(_store(tmp_path, DeviceKind.KIOSK)), "--window", "1")
    assert kiosk.returncode == 2 and "belongs to a kiosk, not a window" in kiosk.stderr
    unknown = _run(tmp_path, "--store", str(_store(tmp_path, DeviceKind.WINDOW)), "--window", "9", "--offline")
    assert unknown.returncode == 2 and "the hall has no window 9 (it has 1, 2, 3)" in unknown.stderr
    settings = tmp_path / "window.toml"
    settings.write_text('kind = "window"\nwindow = 0\n', encoding="utf-8")
    bad = _run(tmp_path, "--settings", str(settings))
    assert bad.returncode == 2 and "window" in bad.stderr


@pytest.mark.slow
@pytest.mark.parametrize("single", [False, True], ids=["two-windows", "single-screen"])
def test_it_enrolls_opens_syncs_and_stops_cleanly(tmp_path: Path, single: bool) -> None:
    from tests.support.central_server import start_central

    server = start_central(tmp_path=tmp_path, load_sample_hall=True)
    store, logs = tmp_path / "window.db", tmp_path / "logs"
    command = [
        *COMMAND,
        "--store",
        str(store),
        "--enroll",
        server.enroll_code("window"),
        "--central",
        server.url,
        "--window",
        "3",
        "--lang",
        "en",
        "--windowed",
        "--speech-folder",
        str(tmp_path / "spoken"),
        "--log-dir",
        str(logs),
        *(["--single-screen"] if single else []),
    ]
    seen: list[str] = []
    try:
        with subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env(tmp_path), cwd=ROOT
        ) as process:
            assert process.stderr is not None
            lines: queue.Queue[str] = queue.Queue()
            threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()  # type: ignore[union-attr]
            try:
                deadline = time.monotonic() + 60
                while not any("photos: 15 fetched" in line for line in seen):
                    assert time.monotonic() < deadline and process.poll() is None, "".join(seen)
                    with contextlib.suppress(queue.Empty):
                        seen.append(lines.get(timeout=0.5))
                process.send_signal(signal.SIGTERM)
                assert process.wait(timeout=30) == 0, "".join(seen)
            finally:
                if process.poll() is None:
                    process.kill()
    finally:
        server.stop()
    records = [json.loads(line) for line in seen if line.startswith("{")]
    assert records, "the logs are JSON lines"
    ready = [r for r in records if r["message"].startswith("window: ready")]
    assert ready and ready[0]["area"] == "hall.window" and "window 3" in ready[0]["message"]
    assert (logs / "hall-window.log").exists()
    assert len(list((tmp_path / "window.photos").glob("*.png"))) == 15
    assert not any("Traceback" in line for line in seen)

"""hall-kiosk as a program: it refuses a store that is not an enrolled kiosk (exit 2, a clear message), starts
with the central store down and keeps running (numbers come from the lease or its own range), enrolls with
a one-time code, logs JSON lines, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from common.device import Device, Identity
from common.projection.admission import DeviceKind
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.halls import small_hall

PROGRAM = Path(sys.executable).with_name("hall-kiosk")


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}


def _run_until(command: list[str], tmp_path: Path, marks: list[str], timeout: float = 60) -> tuple[int, list[str]]:
    """Start the program, read its log until every mark was seen (in order), then SIGTERM it."""
    seen: list[str] = []
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env(tmp_path)
    ) as process:
        assert process.stderr is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()  # type: ignore[union-attr]
        try:
            for mark in marks:
                while not any(mark in line for line in seen):
                    seen.append(lines.get(timeout=timeout))
            process.send_signal(signal.SIGTERM)
            code = process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
    return code, seen


def test_a_missing_store_is_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(PROGRAM), "--store", str(tmp_path / "k.db")],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "enroll this kiosk first" in result.stderr


def test_bad_settings_are_refused_with_the_field(tmp_path: Path) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text('kind = "kiosk"\n[display]\nidle_reset_s = 5\n', encoding="utf-8")
    result = subprocess.run(
        [str(PROGRAM), "--settings", str(settings)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "display.idle_reset_s" in result.stderr


def test_a_self_service_provider_that_cannot_be_loaded_is_refused(tmp_path: Path) -> None:
    """A hall's ID-card reader named wrong stops the kiosk at start, naming the setting."""
    settings = tmp_path / "kiosk.toml"
    settings.write_text('kind = "kiosk"\n[self_service]\nidentity = "hall_nowhere.idcard:reader"\n', encoding="utf-8")
    result = subprocess.run(
        [str(PROGRAM), "--settings", str(settings), "--store", str(tmp_path / "k.db")],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "self_service.identity" in result.stderr and "cannot import 'hall_nowhere.idcard'" in result.stderr
    assert "enroll this kiosk first" not in result.stderr


@pytest.mark.slow
def test_the_kiosk_starts_with_the_central_store_down_and_stops_cleanly(tmp_path: Path) -> None:
    identity = Identity("kiosk-1", "test-hall", DeviceKind.KIOSK, 1, "token", "http://127.0.0.1:9")
    Device.create(tmp_path / "kiosk.db", identity, small_hall()).close()
    code, seen = _run_until(
        [
            str(PROGRAM),
            "--store",
            str(tmp_path / "kiosk.db"),
            "--windowed",
            "--speech-folder",
            str(tmp_path / "s"),
            "--printer-pdf-folder",
            str(tmp_path / "pdf"),
            "--lang",
            "en",
        ],
        tmp_path,
        ["kiosk: ready", "central store unreachable"],
    )
    assert code == 0, "".join(seen)
    ready = next(json.loads(line) for line in seen if "kiosk: ready" in line)
    assert ready["area"] == "hall.kiosk" and ready["first_frame_s"] > 0
    assert "printer pdf" in ready["message"]
    assert not any("Traceback" in line for line in seen)


@pytest.mark.slow
def test_the_kiosk_enrolls_with_a_code_and_syncs(tmp_path: Path, central) -> None:  # type: ignore[no-untyped-def]
    code = central.enroll_code("kiosk")
    store = tmp_path / "kiosk.db"
    status, seen = _run_until(
        [
            str(PROGRAM),
            "--store",
            str(store),
            "--enroll",
            code,
            "--central",
            central.url,
            "--windowed",
            "--elder",
            "--speech-folder",
            str(tmp_path / "s"),
        ],
        tmp_path,
        ["kiosk: ready"],
    )
    assert status == 0, "".join(seen)
    device = Device.open(store)
    try:
        assert device.identity.kind == DeviceKind.KIOSK and device.identity.central_url == central.url
    finally:
        device.close()


def test_a_store_of_another_kind_is_refused(tmp_path: Path) -> None:
    make_device(tmp_path, small_hall(), FakeWall(), DeviceKind.BOARD, "board-1").close()
    result = subprocess.run(
        [str(PROGRAM), "--store", str(tmp_path / "board-1.db")],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "belongs to a board, not a kiosk" in result.stderr


@pytest.mark.slow
def test_a_kiosk_driven_through_its_control_channel_syncs(tmp_path: Path, open_hall: None, central) -> None:  # type: ignore[no-untyped-def]
    """Opening the control channel once ran the event loop while the sync client's first request was in
    flight, and that request never finished: the kiosk never synced again."""
    from sqlalchemy import func, select

    from central.tables import rm_tickets
    from tests.support.hall_programs import Program
    from tests.support.running_hall import RunningHall

    kiosk = Program.launch(
        "kiosk",
        "hall-kiosk",
        tmp_path,
        tmp_path / "kiosk.db",
        code=central.enroll_code("kiosk"),
        central=central.url,
        extra=["--windowed", "--speech-folder", str(tmp_path / "s")],
    )
    try:
        RunningHall.until(lambda: kiosk.ask("state")["connection"] == "online", "the kiosk online")
        receipt = kiosk.ask("issue_ticket", category="A")
        assert not receipt["offline_number"], "the first sync brought a lease"

        def at_central() -> int:
            with central.engine.connect() as conn:
                return int(conn.execute(select(func.count()).select_from(rm_tickets)).scalar_one())

        RunningHall.until(lambda: at_central() == 1 and kiosk.ask("state")["pending"] == 0, "the ticket at central")
    finally:
        assert kiosk.stop() == 0
    assert kiosk.tracebacks() == []


def _start_once(store: Path, tmp_path: Path, *extra: str) -> tuple[int, list[dict[str, object]]]:
    """One start to the first frame and the core loaded (then it quits): exit status and its log lines."""
    extra = ("--speech-folder", str(tmp_path / "s"), *extra)
    result = subprocess.run(
        [str(PROGRAM), "--store", str(store), "--offline", "--windowed", "--quit-after-first-frame", *extra],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]


def _said(lines: list[dict[str, object]], words: str) -> dict[str, object] | None:
    return next((line for line in lines if words in str(line["message"])), None)


def test_a_kiosk_that_ran_before_draws_home_from_its_snapshot_then_loads_its_core(tmp_path: Path) -> None:
    store = tmp_path / "kiosk.db"
    Device.create(store, Identity("kiosk-1", "test-hall", DeviceKind.KIOSK), small_hall()).close()
    code, first = _start_once(store, tmp_path)
    assert code == 0
    assert _said(first, "kiosk: ready, device kiosk-1") is not None, "the first start ever is the old way"
    assert (tmp_path / "kiosk.db.home.json").exists(), "the running kiosk keeps its home snapshot"

    code, second = _start_once(store, tmp_path, "--lang", "en")
    assert code == 0
    ready = _said(second, "kiosk: ready, home drawn from its snapshot")
    core = _said(second, "kiosk: core loaded, device kiosk-1, hall test-hall")
    assert ready is not None and core is not None
    assert float(ready["first_frame_monotonic"]) <= float(core["core_monotonic"])  # type: ignore[arg-type]


def test_a_damaged_snapshot_is_logged_and_the_kiosk_starts_the_old_way(tmp_path: Path) -> None:
    store = tmp_path / "kiosk.db"
    Device.create(store, Identity("kiosk-1", "test-hall", DeviceKind.KIOSK), small_hall()).close()
    (tmp_path / "kiosk.db.home.json").write_bytes(b'{"version": 1, "hall_name": "\xff torn')
    code, lines = _start_once(store, tmp_path)
    assert code == 0
    damaged = _said(lines, "home snapshot")
    assert damaged is not None and damaged["level"] == "warning"
    assert _said(lines, "kiosk: ready, device kiosk-1") is not None
    assert _said(lines, "home drawn from its snapshot") is None
    code, lines = _start_once(store, tmp_path)
    assert code == 0 and _said(lines, "home drawn from its snapshot") is not None, "and the snapshot is rewritten"


def test_a_snapshot_without_its_store_is_not_a_start(tmp_path: Path) -> None:
    store = tmp_path / "kiosk.db"
    Device.create(store, Identity("kiosk-1", "test-hall", DeviceKind.KIOSK), small_hall()).close()
    assert _start_once(store, tmp_path)[0] == 0
    for path in tmp_path.glob("kiosk.db*"):
        if not path.name.endswith(".home.json"):
            path.unlink()
    code, _lines = _start_once(store, tmp_path)
    assert code == 2, "the store is refused as before: no home is drawn for a kiosk that has no store"


def test_changed_settings_are_read_before_anything_is_shown(tmp_path: Path) -> None:
    store = tmp_path / "data" / "kiosk.db"
    store.parent.mkdir()
    Device.create(store, Identity("kiosk-1", "test-hall", DeviceKind.KIOSK), small_hall()).close()
    settings = tmp_path / "kiosk.toml"
    text = f'kind = "kiosk"\nstore = "{store}"\nlog_dir = "{tmp_path / "logs"}"\n[display]\nfullscreen = false\n'
    settings.write_text(text, encoding="utf-8")

    def start() -> list[dict[str, object]]:
        command = ["--settings", str(settings), "--offline", "--quit-after-first-frame"]
        result = subprocess.run(
            [str(PROGRAM), *command, "--speech-folder", str(tmp_path / "s")],
            capture_output=True,
            text=True,
            env=_env(tmp_path),
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]

    assert _said(start(), "home drawn from its snapshot") is None
    assert _said(start(), "home drawn from its snapshot") is not None, "the store found through the settings"
    settings.write_text(text.replace("fullscreen = false", "fullscreen = false\nidle_reset_s = 120"), "utf-8")
    assert _said(start(), "home drawn from its snapshot") is None, "changed settings: validated first"
    assert "home drawn from its snapshot" in (tmp_path / "logs" / "hall-kiosk.log").read_text(encoding="utf-8")


def test_the_locked_kiosk_is_full_screen_from_its_first_frame(tmp_path: Path) -> None:
    """Started as a hall runs it (no --windowed, the settings' full screen): the window is full screen,
    frameless, when it is first painted; --windowed is not."""
    identity = Identity("kiosk-1", "test-hall", DeviceKind.KIOSK, 1, "token", "http://127.0.0.1:9")
    Device.create(tmp_path / "kiosk.db", identity, small_hall()).close()
    common = ["--store", str(tmp_path / "kiosk.db"), "--speech-folder", str(tmp_path / "s")]
    common += ["--printer-pdf-folder", str(tmp_path / "pdf")]
    for extra, full_screen in (([], True), (["--windowed"], False)):
        code, seen = _run_until([str(PROGRAM), *common, *extra], tmp_path, ["kiosk: ready"])
        assert code == 0, "".join(seen)
        ready = next(json.loads(line) for line in seen if "kiosk: ready" in line)
        assert ready["full_screen"] is full_screen, extra

"""hall-board as a program: it refuses a store that is not an enrolled board (exit 2, a clear message,
nothing created), and on an enrolled one it opens, says it is ready, and shuts down cleanly on SIGTERM."""

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

PROGRAM = Path(sys.executable).with_name("hall-board")


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache")}


def _store(tmp_path: Path, kind: DeviceKind) -> Path:
    device = make_device(tmp_path, small_hall(), FakeWall(), kind, f"{kind}-1")
    device.close()
    return tmp_path / f"{kind}-1.db"


def _start_and_stop(command: list[str], tmp_path: Path) -> list[str]:
    """Run the board until it says it is ready, stop it with SIGTERM, and return what it logged; it must
    exit 0."""
    seen: list[str] = []
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env(tmp_path)
    ) as process:
        assert process.stderr is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()  # type: ignore[union-attr]
        try:
            while not any("board: ready" in line for line in seen):
                seen.append(lines.get(timeout=60))
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0, "".join(seen)
        finally:
            if process.poll() is None:
                process.kill()
    return seen


def test_a_missing_store_is_refused_and_not_created(tmp_path: Path) -> None:
    store = tmp_path / "board.db"
    result = subprocess.run(
        [str(PROGRAM), "--store", str(store)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "enroll this board first" in result.stderr
    assert not store.exists()


def test_a_store_of_another_kind_is_refused(tmp_path: Path) -> None:
    store = _store(tmp_path, DeviceKind.KIOSK)
    result = subprocess.run(
        [str(PROGRAM), "--store", str(store)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "belongs to a kiosk, not a board" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("args", [[], ["--portrait", "--lang", "en"]], ids=["landscape-zh", "portrait-en"])
def test_the_board_starts_and_stops_cleanly(tmp_path: Path, args: list[str]) -> None:
    store = _store(tmp_path, DeviceKind.BOARD)
    command = [str(PROGRAM), "--store", str(store), "--windowed", "--speech-folder", str(tmp_path / "spoken"), *args]
    seen = _start_and_stop(command, tmp_path)
    assert "board: ready, device board-1, hall test-hall" in "".join(seen)
    assert not any("Traceback" in line for line in seen)


@pytest.mark.slow
def test_the_board_enrolls_and_announces_a_call_made_at_a_window_through_the_central_store(
    tmp_path: Path, central
) -> None:  # type: ignore[no-untyped-def]
    """The real program, enrolled with a one-time code, follows the central store: a window's call reaches it
    over the network and is spoken (recalls, pauses, handovers and a network cut: test_board_follows_central)."""
    import asyncio

    import httpx

    from common import kiosk_actions as kiosk
    from common import window_actions as win
    from tests.support.synced_devices import open_synced, settle

    store, spoken = tmp_path / "board.db", tmp_path / "spoken"
    code = central.enroll_code("board")
    command = [
        str(PROGRAM),
        "--store",
        str(store),
        "--enroll",
        code,
        "--central",
        central.url,
        "--windowed",
        "--speech-folder",
        str(spoken),
    ]
    seen: list[str] = []
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env(tmp_path)
    ) as process:
        assert process.stderr is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()  # type: ignore[union-attr]
        try:
            while not any("board: ready" in line for line in seen):
                seen.append(lines.get(timeout=60))

            async def call() -> None:
                async with httpx.AsyncClient(timeout=5) as http:
                    k = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
                    w = open_synced(central, tmp_path, DeviceKind.WINDOW, http)
                    kiosk.issue_ticket(k.device, "A")
                    win.open_window(w.device, 1, "S001")
                    await settle([k, w])
                    win.call_next(w.device, 1)
                    await w.sync()

            asyncio.run(call())
            deadline = time.monotonic() + 60
            while not (spoken.exists() and any(spoken.iterdir())):  # its WAVs show it spoke
                assert time.monotonic() < deadline, "the board never announced the call: " + "".join(seen)
                with contextlib.suppress(queue.Empty):
                    seen.append(lines.get(timeout=0.2))
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0, "".join(seen)
        finally:
            if process.poll() is None:
                process.kill()
    assert store.exists()
    assert not any("Traceback" in line for line in seen)


def test_bad_board_settings_name_the_field_and_start_nothing(tmp_path: Path) -> None:
    settings = tmp_path / "board.toml"
    settings.write_text('kind = "board"\nlanguage = "fr"\n', encoding="utf-8")
    result = subprocess.run(
        [str(PROGRAM), "--settings", str(settings)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "hall-board: settings:" in result.stderr
    assert "language" in result.stderr
    assert not (tmp_path / "logs").exists()


@pytest.mark.slow
def test_the_board_follows_its_settings_file(tmp_path: Path) -> None:
    """Language, an upright screen, a normal window and a log folder come from the device's TOML file; the
    log is JSON lines, one object per line."""
    store = _store(tmp_path, DeviceKind.BOARD)
    settings = tmp_path / "board.toml"
    settings.write_text(
        f'kind = "board"\nstore = "{store}"\nlanguage = "en"\nlog_dir = "{tmp_path / "logs"}"\n'
        "[display]\nportrait = true\nfullscreen = false\n",
        encoding="utf-8",
    )
    command = [str(PROGRAM), "--settings", str(settings), "--speech-folder", str(tmp_path / "spoken")]
    seen = _start_and_stop(command, tmp_path)
    assert not any("Traceback" in line for line in seen)
    logged = [json.loads(line) for line in (tmp_path / "logs" / "hall-board.log").read_text("utf-8").splitlines()]
    ready = [entry for entry in logged if entry["message"].startswith("board: ready")]
    assert ready and ready[0]["message"].endswith(", portrait, en")

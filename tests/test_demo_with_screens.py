"""``hall-demo`` as a person runs it: the central store, the board, the kiosk and two window clients, each
its own process; Ctrl+C stops every one of them, and the next start finds the hall as it was left."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

DEMO = Path(sys.executable).parent / "hall-demo"
READY = ("board: ready", "kiosk: ready", "window: ready, device", "hall-demo: running")


class Demo:
    def __init__(self, folder: Path) -> None:
        env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(folder / "cache")}
        self.process = subprocess.Popen(
            [str(DEMO), "--data", str(folder / "hall")],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            cwd=folder,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        self._reader = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        self._reader.start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self._queue.put(line)

    def wait_until(self, done: object, within: float, what: str) -> None:
        deadline = time.monotonic() + within
        while not done():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise AssertionError(f"no {what} within {within} s:\n" + "".join(self.lines[-60:]))
            with contextlib.suppress(queue.Empty):
                self.lines.append(self._queue.get(timeout=0.2))

    def count(self, text: str) -> int:
        return sum(text in line for line in self.lines)

    def all_ready(self) -> bool:
        return all(self.count(text) >= (2 if text.startswith("window") else 1) for text in READY)

    def pids(self) -> dict[str, int]:
        found = (re.search(r"started (.+) \(pid (\d+)\)", line) for line in self.lines)
        return {m[1]: int(m[2]) for m in found if m}

    def interrupt(self) -> int:
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(60)
        self._reader.join(10)
        while not self._queue.empty():
            self.lines.append(self._queue.get_nowait())
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self._reader.join(10)
        if self.process.stdout is not None:
            self.process.stdout.close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A child that has exited but is not yet reaped is a zombie: gone for our purposes.
    with contextlib.suppress(FileNotFoundError):
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    return False


@pytest.mark.timeout(300)
def test_the_demo_opens_every_screen_and_ctrl_c_stops_them_all(tmp_path: Path) -> None:
    demo = Demo(tmp_path)
    try:
        demo.wait_until(demo.all_ready, 180, "board, kiosk and two window clients ready")
        started = demo.pids()
        assert set(started) == {"central store", "board", "kiosk", "window 1", "window 2"}
        assert demo.count("enrolled as") == 4
        assert demo.interrupt() == 0
    finally:
        demo.kill()
    assert "hall-demo: stopped" in "".join(demo.lines)
    assert not [name for name, pid in started.items() if alive(pid)]
    assert not [line for line in demo.lines if "Traceback" in line]

    again = Demo(tmp_path)
    try:
        again.wait_until(again.all_ready, 180, "every screen ready on the second start")
        assert again.count("enrolled as") == 0, "the devices keep their enrollment and their stores"
        assert again.interrupt() == 0
    finally:
        again.kill()

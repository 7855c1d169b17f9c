"""A whole hall of real programs for end-to-end tests: ``hall-central serve`` as a child process on a SQLite
file or a PostgreSQL database (prepared with the real ``hall-central load-hall`` and ``enroll-code``), and
``hall-kiosk``, two ``hall-window`` and ``hall-board`` enrolled with one-time codes and driven through their
control channels (``tests/support/hall_programs.py``). The second window reaches the central store through a
``FaultProxy``, so the test can cut its network.

    hall = RunningHall.open(folder, db_url)                # sample hall loaded, central store up
    hall.launch_devices(direct_window=1, proxied_window=7) # kiosk, windows, board enrolled and running
    hall.until(lambda: ..., "what")                        # poll a condition with a deadline
    hall.wait_synced()                                     # every device at the central store's head
    hall.central.stop_cleanly(); hall.central.start()      # the same port: devices find it again
    hall.proxy.set_mode("cut")                             # window 7's network
    hall.close()
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from central.database import open_engine
from central.tables import halls
from tests.support.central_server import SAMPLE_HALL, free_port
from tests.support.fault_proxy import FaultProxy
from tests.support.hall_programs import BIN, Program

HALL_ID = "nj-bdc"


def central_cli(db_url: str, *args: str) -> str:
    """Run one ``hall-central`` admin command; what it printed."""
    result = subprocess.run(
        [str(BIN / "hall-central"), *args, "--db", db_url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        raise AssertionError(f"hall-central {args[0]} failed ({result.returncode}): {result.stderr}")
    return result.stdout.strip()


@dataclass
class CentralProcess:
    """``hall-central serve`` on a fixed port, so devices find it again after a restart."""

    db_url: str
    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[str] | None = None
    log: list[str] = field(default_factory=list)
    starts: int = 0
    _drainer: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, within: float = 60) -> None:
        self.process = subprocess.Popen(
            [
                str(BIN / "hall-central"),
                "serve",
                "--db",
                self.db_url,
                "--port",
                str(self.port),
                "--log-level",
                "info",
                "--secret-file",
                str(self.folder / "session-secret"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=self.folder,
        )
        self.starts += 1
        stderr = self.process.stderr
        assert stderr is not None
        self._drainer = threading.Thread(target=_drain, args=(stderr, self.log), daemon=True)
        self._drainer.start()
        deadline = time.monotonic() + within
        while not any("Uvicorn running on" in line for line in self.log):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError("hall-central serve did not start:\n" + "".join(self.log[-40:]))
            time.sleep(0.05)  # a polling interval: what we wait on is the line in its log

    def stop(self) -> int:
        """SIGTERM, as systemd stops it; the exit code."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if self._drainer is not None:
            self._drainer.join(10)
        if self.process.stderr is not None:
            self.process.stderr.close()
        return self.process.returncode

    def stop_cleanly(self) -> None:
        """Stop, and check it shut down in order. Uvicorn ends by re-raising the SIGTERM it handled, so the
        exit status is -15 after a clean shutdown (systemd counts that as a clean stop)."""
        code = self.stop()
        log = "".join(self.log[-30:])
        assert code in (0, -signal.SIGTERM), f"hall-central serve exited {code}:\n{log}"
        assert self.log and "Finished server process" in self.log[-1], log
        assert "Application shutdown complete" in log, log

    def tracebacks(self) -> list[str]:
        return [line for line in self.log if "Traceback" in line]


def _drain(stream: Any, sink: list[str]) -> None:
    with contextlib.suppress(ValueError):
        for line in stream:
            sink.append(line)


@dataclass
class RunningHall:
    folder: Path
    db_url: str
    central: CentralProcess
    engine: Engine
    proxy: FaultProxy | None = None
    kiosk: Program | None = None
    windows: dict[int, Program] = field(default_factory=dict)
    board: Program | None = None

    @classmethod
    def open(cls, folder: Path, db_url: str) -> RunningHall:
        """Load the sample hall with the real CLI and start the central store."""
        print(central_cli(db_url, "load-hall", str(SAMPLE_HALL)))
        central = CentralProcess(db_url, folder)
        central.start()
        return cls(folder, db_url, central, open_engine(db_url))

    def enroll_code(self, kind: str) -> str:
        return central_cli(self.db_url, "enroll-code", "--kind", kind, "--hall", HALL_ID)

    # --- the devices ----------------------------------------------------------------------------------

    def _program(self, name: str, program: str, central_url: str, extra: list[str]) -> Program:
        folder = self.folder / name
        folder.mkdir(exist_ok=True)
        store = folder / f"{name}.db"
        kind = {"hall-kiosk": "kiosk", "hall-window": "window", "hall-board": "board"}[program]
        code = "" if store.exists() else self.enroll_code(kind)
        speech = ["--speech-folder", str(folder / "spoken")]
        return Program.launch(name, program, folder, store, code=code, central=central_url, extra=extra + speech)

    def launch_kiosk(self) -> Program:
        self.kiosk = self._program("kiosk", "hall-kiosk", self.central.url, ["--windowed"])
        return self.kiosk

    def launch_devices(self, direct_window: int, proxied_window: int) -> None:
        """The kiosk, a window on the central store, a window behind the fault proxy, and the board: started
        side by side (each needs a few seconds to show its first frame)."""
        self.proxy = FaultProxy("127.0.0.1", self.central.port)
        jobs: dict[str, Callable[[], Program]] = {
            "kiosk": self.launch_kiosk,
            f"window-{direct_window}": lambda: self._window(direct_window, self.central.url),
            f"window-{proxied_window}": lambda: self._window(proxied_window, self._proxy_url()),
            "board": self._launch_board,
        }
        errors: list[BaseException] = []

        def run(job: Callable[[], Program]) -> None:
            try:
                job()
            except BaseException as e:  # reported below, in the test's thread
                errors.append(e)

        threads = [threading.Thread(target=run, args=(job,)) for job in jobs.values()]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]

    def _proxy_url(self) -> str:
        assert self.proxy is not None
        return self.proxy.url

    def _window(self, number: int, central_url: str) -> Program:
        program = self._program(f"window-{number}", "hall-window", central_url, ["--window", str(number), "--windowed"])
        self.windows[number] = program
        return program

    def _launch_board(self) -> Program:
        self.board = self._program("board", "hall-board", self.central.url, ["--windowed"])
        return self.board

    @property
    def programs(self) -> list[Program]:
        return [p for p in (self.kiosk, *self.windows.values(), self.board) if p is not None]

    # --- waiting ----------------------------------------------------------------------------------------

    @staticmethod
    def until(condition: Callable[[], bool], what: str, within: float = 60) -> None:
        """Poll ``condition`` until it holds; fail with ``what`` after ``within`` seconds."""
        deadline = time.monotonic() + within
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {within} s waiting for {what}")
            time.sleep(0.05)  # a polling interval: what we wait on is the condition

    def head(self) -> int:
        with self.engine.connect() as conn:
            head: int = conn.execute(select(halls.c.head).where(halls.c.id == HALL_ID)).scalar_one()
            return head

    def wait_synced(self, programs: list[Program] | None = None, within: float = 60) -> int:
        """Every program (default: all) has pushed all it made and pulled to the central store's head."""
        programs = programs if programs is not None else self.programs

        seen: dict[str, Any] = {}

        def synced() -> bool:
            head = self.head()
            for p in programs:
                s = seen[p.name] = p.ask("state")
                if s["pending"] or s["cursor"] != head:
                    return False
            return head == self.head()

        try:
            self.until(synced, "every device at the central store's head", within)
        except AssertionError as e:
            raise AssertionError(f"{e}: head {self.head()}, devices {seen}") from None
        return self.head()

    # --- the end ------------------------------------------------------------------------------------------

    def close(self) -> None:
        for p in self.programs:
            with contextlib.suppress(Exception):
                p.stop()
        if self.central.process is not None:
            self.central.stop()
        if self.proxy is not None:
            self.proxy.close()
        self.engine.dispose()

"""hall-demo: the whole hall on one machine, each part in its own process, as in a real hall.

It starts the central store on an embedded SQLite file, loads the sample hall, makes one-time enrollment
codes, and opens a kiosk, two window clients and the board, which enroll themselves. With ``--simulate``,
simulated citizens take numbers at a simulated kiosk and simulated clerks serve them at the other windows
(and are rated), so the board and the queues come alive. Ctrl+C, closing the terminal or closing the windows
stops everything, in reverse order.
Only the programs' command lines are used here: nothing in this file knows how the parts work inside.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common.asset_paths import ASSETS
from common.data_folder import data_dir
from common.json_logging import quiet_chatty_libraries

log = logging.getLogger("hall.demo")
SAMPLE_HALL = ASSETS / "sample_hall"
HALL_ID = "nj-bdc"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hall-demo",
        description="The whole hall on one machine: central store, kiosk, two window clients and the board.",
    )
    parser.add_argument("--data", type=Path, help=f"where the demo keeps its data (default {data_dir() / 'demo'})")
    parser.add_argument("--fresh", action="store_true", help="start from an empty hall (in a temporary folder)")
    parser.add_argument("--port", type=int, default=0, help="the central store's port (default: a free one)")
    parser.add_argument("--simulate", action="store_true", help="simulated citizens and clerks keep the hall busy")
    parser.add_argument("--speed", type=float, default=1.0, help="how fast the simulation runs (1 = a busy day)")
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "zh_TW", "en"], help="the screens' language")
    parser.add_argument("--no-ui", action="store_true", help="only the central store (and the simulation)")
    return parser


class Hall:
    """The demo's processes, started in order and stopped in reverse."""

    def __init__(self, folder: Path, port: int) -> None:
        self.folder = folder
        self.port = port or _free_port()
        self.db = f"sqlite:///{folder / 'central.db'}"
        self.url = f"http://127.0.0.1:{self.port}"
        self.processes: list[tuple[str, subprocess.Popen[bytes]]] = []

    def central(self, *args: str) -> str:
        """Run a ``hall-central`` command and return what it printed."""
        result = subprocess.run(  # noqa: S603 - our own program
            [sys.executable, "-m", "central", *args, "--db", self.db], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"hall-central {args[0]} failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def start(self, name: str, module: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        # In a session of its own: Ctrl+C in the terminal reaches hall-demo alone, which stops the parts in
        # order (a part interrupted while still starting would otherwise die with a traceback).
        process = subprocess.Popen(  # noqa: S603 - our own programs
            [sys.executable, "-m", module, *args],
            cwd=self.folder,
            env=os.environ | {"PYTHONUNBUFFERED": "1"} | (env or {}),
            start_new_session=True,
        )
        self.processes.append((name, process))
        log.info("started %s (pid %d)", name, process.pid)
        return process

    def wait_for_central(self, within: float = 30) -> None:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return
            time.sleep(0.1)
        raise RuntimeError(f"the central store did not start on port {self.port}")

    def device_args(self, name: str, kind: str) -> list[str]:
        """``--store``, and ``--enroll`` with a fresh code the first time this device starts."""
        store = self.folder / f"{name}.db"
        if store.exists():
            return ["--store", str(store)]
        code = self.central("enroll-code", "--kind", kind, "--hall", HALL_ID)
        return ["--store", str(store), "--enroll", code, "--central", self.url]

    def stop(self) -> None:
        for name, process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    log.warning("%s did not stop; killing it", name)
                    process.kill()
                    process.wait(5)
        self.processes.clear()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    quiet_chatty_libraries()
    temporary = tempfile.mkdtemp(prefix="hall-demo-") if args.fresh else None
    folder = Path(temporary) if temporary else (args.data or data_dir() / "demo")
    folder.mkdir(parents=True, exist_ok=True)
    hall = Hall(folder, args.port)
    stopping = False

    def on_signal(*_: object) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        print(hall.central("load-hall", str(SAMPLE_HALL)))  # noqa: T201
        hall.start(
            "central store", "central", "serve", "--db", hall.db, "--port", str(hall.port), "--log-level", "warning"
        )
        hall.wait_for_central()
        print(f"hall-demo: central store at {hall.url}; data in {folder}")  # noqa: T201
        uis = []
        if not args.no_ui:
            lang = ["--lang", args.lang]
            # Four screens laid out for a hall's monitors share one here: each at half scale in its own tile.
            scale = {} if "QT_SCALE_FACTOR" in os.environ else {"QT_SCALE_FACTOR": "0.5"}
            board = hall.device_args("board", "board")
            uis.append(hall.start("board", "kiosk.board", *board, "--tile", "0", *lang, env=scale))
            kiosk = hall.device_args("kiosk", "kiosk")
            uis.append(hall.start("kiosk", "kiosk", *kiosk, "--tile", "1", *lang, env=scale))
            for n in (1, 2):
                window = [*hall.device_args(f"window-{n}", "window"), "--window", str(n), "--single-screen"]
                uis.append(hall.start(f"window {n}", "window_client", *window, "--tile", str(n + 1), *lang, env=scale))
        if args.simulate:
            code_kiosk = hall.central("enroll-code", "--kind", "kiosk", "--hall", HALL_ID)
            codes = [hall.central("enroll-code", "--kind", "window", "--hall", HALL_ID) for _ in range(4)]
            hall.start(
                "simulation",
                "common.simulation",
                "--central",
                hall.url,
                "--folder",
                str(folder / "sim"),
                "--kiosk-code",
                code_kiosk,
                *[a for c in codes for a in ("--window-code", c)],
                "--speed",
                str(args.speed),
            )
        print("hall-demo: running; Ctrl+C stops everything")  # noqa: T201
        while not stopping:
            if uis and all(p.poll() is not None for p in uis):
                log.info("every screen was closed")
                break
            if hall.processes[0][1].poll() is not None:
                log.error("the central store stopped")
                break
            time.sleep(0.2)
    except RuntimeError as e:
        print(f"hall-demo: {e}", file=sys.stderr)  # noqa: T201
        return 1
    finally:
        hall.stop()
        for s, handler in previous.items():
            signal.signal(s, handler)
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
    print("hall-demo: stopped")  # noqa: T201
    return 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


if __name__ == "__main__":
    sys.exit(main())

"""The real Hall programs as subprocesses, driven through their control channels (``--control PORT``).

``Program.start(...)`` launches ``hall-kiosk``, ``hall-window`` or ``hall-board`` offscreen with a store in a
test folder (enrolling with a one-time code the first time), waits until its control channel listens, and
reads its log; ``program.ask(op, **args)`` sends one action and returns the answer; ``kill()`` is a power
cut (SIGKILL), ``stop()`` a clean shutdown (SIGTERM).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.support.central_server import free_port

BIN = Path(sys.executable).parent


class ProgramError(AssertionError):
    pass


@dataclass
class Program:
    name: str
    command: list[str]
    folder: Path
    port: int
    process: subprocess.Popen[str] | None = None
    log: list[str] = field(default_factory=list)
    _lines: queue.Queue[str] = field(default_factory=queue.Queue)
    _socket: socket.socket | None = None
    _reader: Any = None
    _drainer: threading.Thread | None = None

    @classmethod
    def launch(
        cls,
        name: str,
        program: str,
        folder: Path,
        store: Path,
        *,
        code: str = "",
        central: str = "",
        extra: list[str] | None = None,
    ) -> Program:
        port = free_port()
        command = [str(BIN / program), "--store", str(store), "--control", str(port), *(extra or [])]
        if not store.exists():
            command += ["--enroll", code, "--central", central]
        p = cls(name, command, folder, port)
        p.start()
        return p

    def start(self) -> None:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CACHE_HOME": str(self.folder / "cache"),
            "HALL_SCREENSHOTS": str(self.folder / "screenshots"),
        }
        self.process = subprocess.Popen(
            self.command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=self.folder
        )
        stderr = self.process.stderr
        assert stderr is not None
        self._drainer = threading.Thread(target=self._drain, args=(stderr,), daemon=True)
        self._drainer.start()
        self._wait_for(f"control channel on 127.0.0.1:{self.port}", within=90)
        self._socket = socket.create_connection(("127.0.0.1", self.port), timeout=30)
        self._reader = self._socket.makefile("r", encoding="utf-8")

    def _drain(self, stream: Any) -> None:
        with contextlib.suppress(ValueError):
            for line in stream:
                self._lines.put(line)

    def _wait_for(self, text: str, within: float) -> None:
        deadline = time.monotonic() + within
        while True:
            if any(text in line for line in self.log):
                return
            if self.process is not None and self.process.poll() is not None:
                self._release()
                raise ProgramError(f"{self.name} exited ({self.process.returncode}):\n" + "".join(self.log[-40:]))
            if time.monotonic() > deadline:
                raise ProgramError(f"{self.name}: no '{text}' within {within} s:\n" + "".join(self.log[-40:]))
            with contextlib.suppress(queue.Empty):
                self.log.append(self._lines.get(timeout=0.2))

    def _release(self) -> None:
        """The process has ended: finish reading its log and close the pipe."""
        if self._drainer is not None:
            self._drainer.join(10)
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
        self._collect()

    def _collect(self) -> None:
        while True:
            try:
                self.log.append(self._lines.get_nowait())
            except queue.Empty:
                return

    def ask(self, op: str, **args: Any) -> Any:
        """Run one action in the program; its result, or ``ProgramError`` with the program's refusal."""
        answer = self.try_ask(op, **args)
        if not answer["ok"]:
            raise ProgramError(f"{self.name} refused {op}: {answer['code']}: {answer['message']}")
        return answer["result"]

    def try_ask(self, op: str, **args: Any) -> dict[str, Any]:
        assert self._socket is not None
        self._socket.sendall((json.dumps({"op": op, "args": args}, ensure_ascii=False) + "\n").encode())
        line = self._reader.readline()
        if not line:
            raise ProgramError(f"{self.name} closed its control channel")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def _close_channel(self) -> None:
        if self._reader is not None:
            self._reader.close()
        if self._socket is not None:
            self._socket.close()
        self._socket = self._reader = None

    def kill(self) -> None:
        """A power cut: no clean-up at all."""
        self._close_channel()
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)
        self._release()

    def stop(self) -> int:
        self._close_channel()
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait(10)
        self._release()
        return code

    def tracebacks(self) -> list[str]:
        self._collect()
        return [line for line in self.log if "Traceback" in line]

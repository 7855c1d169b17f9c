"""Several server processes on one port (``hall-central serve --processes N``, PostgreSQL only).

One process of Python serves its requests on one core at a time. On PostgreSQL several processes can share
the store: each push takes its hall's row lock, so the sequence stays gap-free, and streams hear of other
processes' pushes through ``LISTEN/NOTIFY`` (``central.heads``). The bench of 200 devices on the 2-core test
machine halved the central store's p99 push latency with two processes (``BENCHMARKS.md``).

The parent binds the port, then forks its children before any thread or database connection exists; each
child builds its own app and serves the shared socket, and the kernel hands each new connection to one of
them. The parent only supervises:

- It says it is running (uvicorn's "Uvicorn running on …" line, which scripts wait for) once every child
  serves, and gives up with status 1 if a child fails while starting (a database that cannot be reached).
- A child that dies later is started again, so a crash costs its own requests only.
- SIGTERM or SIGINT stops every child gracefully; the parent returns 0 when all have stopped.
- A child dies with its parent (``PR_SET_PDEATHSIG``): a parent killed outright leaves no orphan serving the
  port, and a restart can bind it again.

SQLite is refused: it has one writer, and no way to tell another process's streams that the head moved.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import socket
import time
from collections.abc import Callable
from types import FrameType

log = logging.getLogger("uvicorn.error")

PR_SET_PDEATHSIG = 1

ServeOne = Callable[[int, socket.socket, Callable[[], None]], int]
"""Runs child ``index`` on the shared socket; calls its third argument once it serves; returns an exit status."""


def bind(host: str, port: int) -> socket.socket:
    """The listening socket every child shares."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


class Supervisor:
    def __init__(self, count: int, sock: socket.socket, serve_one: ServeOne) -> None:
        if count < 1:
            raise ValueError("at least one process")
        self.count = count
        self.sock = sock
        self.serve_one = serve_one
        self.children: dict[int, int] = {}  # pid → index
        self.stopping = False

    def run(self) -> int:
        previous = {s: signal.signal(s, self._stop) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            if not self._start_all():
                self._stop(signal.SIGTERM, None)
                self._watch()  # stopping: reaps them all, starts none
                return 1
            host, port = self.sock.getsockname()[:2]
            log.info("Uvicorn running on http://%s:%d (%d processes; Press CTRL+C to quit)", host, port, self.count)
            self._watch()
            return 0
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
            self.sock.close()

    def _start_all(self) -> bool:
        """Fork every child and wait until each serves; False if one died first."""
        read_end, write_end = os.pipe()
        for index in range(self.count):
            self._fork(index, write_end, read_end)
        os.close(write_end)
        ready = 0
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            while ready < self.count and not self.stopping:
                chunk = pipe.read(1)
                if not chunk:  # every child closed its end: some died before they served
                    break
                ready += chunk == b"+"
                if chunk == b"-":
                    break
        return ready == self.count and not self.stopping

    def _fork(self, index: int, ready_fd: int, parents_end: int) -> None:
        parent = os.getpid()
        pid = os.fork()
        if pid:
            self.children[pid] = index
            return
        status = 1
        try:
            _die_with(parent)
            if parents_end >= 0:
                os.close(parents_end)
            for s in (signal.SIGTERM, signal.SIGINT):
                signal.signal(s, signal.SIG_DFL)

            def ready() -> None:
                if ready_fd >= 0:
                    os.write(ready_fd, b"+")

            status = self.serve_one(index, self.sock, ready)
        except SystemExit as e:  # uvicorn exits so when it cannot start
            status = e.code if isinstance(e.code, int) else 1
        except BaseException:
            log.exception("server process %d failed", index)
        finally:
            if ready_fd >= 0 and status != 0:
                with contextlib.suppress(OSError):
                    os.write(ready_fd, b"-")
            os._exit(status)

    def _watch(self) -> None:
        """Reap children; start a new one in place of any that died while we were not stopping."""
        while self.children:
            try:
                pid, status = os.wait()
            except ChildProcessError:
                break
            index = self.children.pop(pid, None)
            if index is None or self.stopping:
                continue
            log.warning("server process %d (pid %d) ended (%s); starting it again", index, pid, _describe(status))
            time.sleep(1)  # a child that dies at once must not spin the machine
            if not self.stopping:
                self._fork(index, -1, -1)

    def _stop(self, _signum: int, _frame: FrameType | None) -> None:
        self.stopping = True
        for pid in list(self.children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)


def _die_with(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies; and die now if it already has."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: a killed parent may leave its children serving
        pass
    if os.getppid() != parent:
        os._exit(1)


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {signal.Signals(os.WTERMSIG(status)).name}"
    return f"status {os.waitstatus_to_exitcode(status)}"

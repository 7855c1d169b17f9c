"""A network receipt printer on 127.0.0.1 that answers ``DLE EOT`` status queries and keeps each job.

The one stand-in for hardware in the printing tests: a real printer cannot be told to run out of paper
or open its cover on cue. Everything in front of it is real (python-escpos's ``Network`` device, a TCP
socket, Hall's ESC/POS back end)."""

from __future__ import annotations

import socket
import threading
from types import TracebackType

STATUS_FINE = 0x12  # bits 1 and 4 are always set
OFFLINE_COVER_OPEN = STATUS_FINE | 0x04
OFFLINE_PAPER_END = STATUS_FINE | 0x20
PAPER_NEAR_END = STATUS_FINE | 0x0C
PAPER_END = STATUS_FINE | 0x60


class FakeReceiptPrinter:
    def __init__(self, offline: int = STATUS_FINE, paper: int = STATUS_FINE, answers: bool = True) -> None:
        self.offline = offline
        self.paper = paper
        self.answers = answers
        self.jobs: list[bytes] = []
        self._done = threading.Condition()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-receipt-printer", daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.getsockname()[1])

    def __enter__(self) -> FakeReceiptPrinter:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self._server.close()

    def wait_for_jobs(self, count: int, timeout: float = 10.0) -> list[bytes]:
        """The connections closed so far, once there are ``count`` of them."""
        with self._done:
            if not self._done.wait_for(lambda: len(self.jobs) >= count, timeout=timeout):
                raise AssertionError(f"{len(self.jobs)} connection(s) closed, expected {count}")
            return list(self.jobs)

    def printed(self, count: int) -> list[bytes]:
        """What came after the status queries, for connections that brought more than queries."""
        jobs = [_without_queries(job) for job in self.wait_for_jobs(count)]
        return [job for job in jobs if job]

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(10)
                received = bytearray()
                while True:
                    try:
                        chunk = conn.recv(65536)
                    except (TimeoutError, ConnectionResetError):
                        break
                    if not chunk:
                        break
                    received += chunk
                    # A status query arrives alone: the back end waits for its answer before going on.
                    if self.answers and len(chunk) == 3 and chunk[:2] == b"\x10\x04":
                        n = chunk[2]
                        conn.sendall(bytes([self.offline if n == 2 else self.paper if n == 4 else STATUS_FINE]))
            with self._done:
                self.jobs.append(bytes(received))
                self._done.notify_all()


def _without_queries(job: bytes) -> bytes:
    while job[:2] == b"\x10\x04":
        job = job[3:]
    return job

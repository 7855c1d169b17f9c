"""The test network's fault proxy does what the fault tests rely on: passes, cuts, black-holes."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator

import pytest

from tests.support.fault_proxy import FaultProxy


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(1024):
            self.request.sendall(data)


@pytest.fixture
def proxy() -> Iterator[FaultProxy]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    p = FaultProxy("127.0.0.1", server.server_address[1])
    yield p
    p.close()
    server.shutdown()
    server.server_close()


def _roundtrip(port: int, timeout: float = 2.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(b"hello")
        return s.recv(1024)


def test_passes_bytes_both_ways(proxy: FaultProxy) -> None:
    assert _roundtrip(proxy.port) == b"hello"


def test_cut_closes_new_connections(proxy: FaultProxy) -> None:
    proxy.set_mode("cut")
    with pytest.raises(OSError):
        data = _roundtrip(proxy.port)
        if not data:
            raise ConnectionResetError("closed")


def test_blackhole_forwards_nothing(proxy: FaultProxy) -> None:
    proxy.set_mode("blackhole")
    with pytest.raises(TimeoutError):
        _roundtrip(proxy.port, timeout=0.3)


def test_pass_again_after_a_cut(proxy: FaultProxy) -> None:
    proxy.set_mode("cut")
    proxy.set_mode("pass")
    assert _roundtrip(proxy.port) == b"hello"

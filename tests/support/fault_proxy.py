"""A small fault-injecting TCP proxy between a device and the central store, for network-failure tests.

It runs its own event loop in a thread. Modes, switchable at any moment:
- ``pass``: bytes flow both ways (optionally each chunk delayed by ``delay_s``);
- ``cut``: every open connection is reset and new ones are closed at once (a pulled cable);
- ``blackhole``: connections are accepted and nothing is forwarded (a dead router: the client times out).

``hold_replies()`` lets requests through to the server but keeps its answers to pushes (on connections that
carried a push) back until ``release_replies()``:
with ``pushes_forwarded`` (pushes that reached the server) a test knows a push is in flight, the server
holding it and the device still waiting for the answer, and can kill the server right then.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from typing import Literal

Mode = Literal["pass", "cut", "blackhole"]


class FaultProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.mode: Mode = "pass"
        self.delay_s = 0.0
        self.connections = 0
        self.pushes_forwarded = 0
        self._loop = asyncio.new_event_loop()
        self._writers: set[asyncio.StreamWriter] = set()
        self._ready = threading.Event()
        self._replies = asyncio.Event()
        self._server: asyncio.AbstractServer | None = None
        self._thread = threading.Thread(target=self._run, name="fault-proxy", daemon=True)
        self.port = _free_port()
        self._thread.start()
        self._ready.wait(10)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._accept, "127.0.0.1", self.port))
        self._replies.set()
        self._ready.set()
        self._loop.run_forever()

    def set_mode(self, mode: Mode, delay_s: float | None = None) -> None:
        """Switch mode; ``cut`` also resets every connection open now."""
        self.mode = mode
        if delay_s is not None:
            self.delay_s = delay_s
        if mode == "cut":
            asyncio.run_coroutine_threadsafe(self._reset_all(), self._loop).result(5)

    def hold_replies(self) -> None:
        """From now on the server's answers wait in the proxy (requests still reach the server)."""
        self._loop.call_soon_threadsafe(self._replies.clear)

    def release_replies(self) -> None:
        self._loop.call_soon_threadsafe(self._replies.set)

    async def _reset_all(self) -> None:
        for w in list(self._writers):
            _abort(w)
        self._writers.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        if self.mode == "cut":
            _abort(writer)
            return
        self._writers.add(writer)
        if self.mode == "blackhole":
            with contextlib.suppress(Exception):
                await reader.read()  # hold the connection open, forward nothing
            self._writers.discard(writer)
            _abort(writer)  # the client gave up: close our side too, or its socket leaks
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            _abort(writer)
            self._writers.discard(writer)
            return
        self._writers.add(up_writer)
        pushed: list[bool] = []  # set once this connection has carried a push
        await asyncio.gather(
            self._pipe(reader, up_writer, pushed, upstream=True),
            self._pipe(up_reader, writer, pushed),
            return_exceptions=True,
        )
        for w in (writer, up_writer):
            self._writers.discard(w)
            _abort(w)

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, pushed: list[bool], upstream: bool = False
    ) -> None:
        while True:
            chunk = await reader.read(65536)
            if not chunk or self.mode != "pass":
                break
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            if not upstream and pushed:
                await self._replies.wait()
            if upstream and b"POST /api/v1/sync/push" in chunk:
                pushed.append(True)
            writer.write(chunk)
            await writer.drain()
            if upstream and b"POST /api/v1/sync/push" in chunk:
                self.pushes_forwarded += 1
        _abort(writer)

    def close(self) -> None:
        async def shutdown() -> None:
            await self._reset_all()
            if self._server is not None:
                self._server.close()
                await self._server.wait_closed()
            for _ in range(3):  # aborted transports close their sockets on the loop's next turns
                await asyncio.sleep(0)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()


def _abort(writer: asyncio.StreamWriter) -> None:
    transport = writer.transport
    if not transport.is_closing():
        transport.abort()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port

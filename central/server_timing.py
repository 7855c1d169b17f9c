"""Every answer says how long the central store took over it: ``Server-Timing: app;dur=12.3`` (milliseconds,
from the request reaching the app to its answer starting), the standard header that browsers' and proxies'
tools read. A device's push that took long tells, with it, whether the time went in the central store or on
the way (the benchmark of many devices reports both)."""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class ServerTiming:
    """ASGI middleware adding ``Server-Timing`` to every HTTP answer (streams: the time to their first byte)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed(message: Message) -> None:
            if message["type"] == "http.response.start":
                took = (time.perf_counter() - started) * 1000
                message["headers"] = [*message.get("headers", ()), (b"server-timing", f"app;dur={took:.1f}".encode())]
            await send(message)

        await self.app(scope, receive, timed)

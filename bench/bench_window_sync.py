"""From "call next" at one window to the call in another device's state, through the central store on
loopback: the window client's sync client pushes, the stream brings the call to the other device.

    python -m bench.bench_window_sync [--calls 200] [--db URL]

Target (issue 5): p95 ≤ 150 ms. The central store runs as its own process (``hall-central serve``), as in a
hall; the window (its clerk session, as the console drives it) and the device that watches (a board) run their
real sync clients in this process. A kiosk issued the tickets beforehand.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

import httpx

from bench.stats import machine, percentile
from common import kiosk_actions as kiosk
from common.device import Change
from common.events import EventType, Outcome
from common.projection.admission import DeviceKind
from common.window.clerk_session import ClerkSession
from common.window.finish_form import FinishRecord
from tests.support.central_server import serve_subprocess, start_central
from tests.support.synced_devices import open_synced, settle


async def measure(calls: int, db_url: str | None, folder: Path) -> list[float]:
    admin = start_central(db_url, tmp_path=folder)
    server = serve_subprocess(admin.db_url)
    try:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(admin, folder, DeviceKind.KIOSK, http, url=server.url, idle_poll_s=30)
            w = open_synced(admin, folder, DeviceKind.WINDOW, http, url=server.url, idle_poll_s=30)
            b = open_synced(admin, folder, DeviceKind.BOARD, http, url=server.url, idle_poll_s=30)
            await settle([k])
            for i in range(calls + 5):
                if i % 40 == 0:
                    await settle([k])  # leases topped up, as a kiosk online all morning has them
                kiosk.issue_ticket(k.device, "AB"[i % 2])
            session = ClerkSession(w.device, 1)
            session.sign_in("S001", "1001")
            await settle([k, w, b])
            seen: dict[str, float] = {}
            arrived = asyncio.Event()

            def on_change(change: Change) -> None:
                for ev in change.confirmed:
                    if ev.type == EventType.TICKET_CALLED:
                        seen[str(ev.id)] = time.perf_counter()
                        arrived.set()

            b.device.subscribe(on_change)
            for d in (w, b):
                d.client.start()
            await asyncio.sleep(0.5)  # let the stream connections open before measuring
            samples = []
            for _ in range(calls):
                start = time.perf_counter()
                session.call_next()
                event_id = next(
                    str(e.id) for e in reversed(w.device.replica.pending) if e.type == EventType.TICKET_CALLED
                )
                while event_id not in seen:
                    arrived.clear()
                    await asyncio.wait_for(arrived.wait(), 10)
                samples.append((seen[event_id] - start) * 1000)
                session.start_service()
                session.finish(FinishRecord(Outcome.CONSULTED))
                await asyncio.sleep(0.05)  # a clerk's pace: the finish reaches the central store first
            for d in (w, b):
                await d.client.stop()
            return samples
    finally:
        server.stop()
        admin.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--db", default=None, help="a database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
        samples = asyncio.run(measure(args.calls, args.db, Path(tmp)))
    print(
        f"window call → central store → another device's state on {machine()}, "
        f"{'PostgreSQL' if args.db else 'SQLite'}: {len(samples)} calls, p50 {percentile(samples, 50):.1f} ms, "
        f"p95 {percentile(samples, 95):.1f} ms, max {max(samples):.1f} ms"
    )


if __name__ == "__main__":
    main()

"""From an event made on one device to the same event in another device's state, through the central
store on loopback: the kiosk's sync client pushes, and the stream brings the event to the window.

    python -m bench.bench_sync_latency [--count 300] [--db URL]

Target (issue 3): p95 ≤ 100 ms. The central store runs as its own process (``hall-central serve``), as in a
hall; the two devices run their real sync clients in this process.
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
from common.projection.admission import DeviceKind
from tests.support.central_server import serve_subprocess, start_central
from tests.support.synced_devices import open_synced, settle


async def measure(count: int, db_url: str | None, folder: Path) -> list[float]:
    admin = start_central(db_url, tmp_path=folder)
    server = serve_subprocess(admin.db_url)
    try:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(admin, folder, DeviceKind.KIOSK, http, url=server.url, idle_poll_s=30)
            w = open_synced(admin, folder, DeviceKind.WINDOW, http, url=server.url, idle_poll_s=30)
            await settle([k, w])
            arrived: dict[str, float] = {}
            seen = asyncio.Event()

            def on_change(change: Change) -> None:
                for ev in change.confirmed:
                    arrived[str(ev.id)] = time.perf_counter()
                seen.set()

            w.device.subscribe(on_change)
            for d in (k, w):
                d.client.start()
            await asyncio.sleep(0.5)  # let both stream connections open before measuring
            samples = []
            for i in range(count):
                start = time.perf_counter()
                kiosk.issue_ticket(k.device, "ABC"[i % 3])
                event_id = str(k.device.replica.pending[-1].id) if k.device.replica.pending else ""
                while event_id not in arrived:
                    seen.clear()
                    await asyncio.wait_for(seen.wait(), 10)
                samples.append((arrived[event_id] - start) * 1000)
            for d in (k, w):
                await d.client.stop()
            return samples
    finally:
        server.stop()
        admin.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--db", default=None, help="a database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
        samples = asyncio.run(measure(args.count, args.db, Path(tmp)))
    print(
        f"push → stream → pull on {machine()}, {'PostgreSQL' if args.db else 'SQLite'}: {len(samples)} events, "
        f"p50 {percentile(samples, 50):.1f} ms, p95 {percentile(samples, 95):.1f} ms, "
        f"max {max(samples):.1f} ms"
    )


if __name__ == "__main__":
    main()

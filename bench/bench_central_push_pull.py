"""Push a busy day into the central store over loopback and pull it into an empty client, on SQLite and
PostgreSQL, beside a bare SQLAlchemy ``executemany`` of the same rows (the floor).

    python -m bench.bench_central_push_pull [--events 20000] [--backend sqlite|postgresql|both]

Target (issue 3): ≥ 5,000 events/s for push and for pull. Push sends each device's events in order, in
batches of 500 (kiosks first, then each window: a valid order, since windows only act on issued tickets);
every event is admitted by the real rules, folded, stored with its seq and projected into the read models.
Pull fetches pages of 5,000 from an empty cursor and parses every event; "into a device store" also writes
them into a window's local store (SQLite, synchronous=FULL), as a device does.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx
from sqlalchemy import insert

from bench.busy_day import SAMPLE_HALL, busy_day
from bench.stats import machine
from central.database import migrate, open_engine
from central.devices import DeviceRegistry
from central.tables import events as events_table
from common.device import Device, Identity
from common.events import EVENT_ADAPTER, Event, event_dict, event_json
from common.hall_bundle import load_hall
from common.projection.admission import DeviceKind
from tests.support.central_server import (
    drop_postgres,
    postgres_available,
    postgres_url,
    prepare_db,
    serve_subprocess,
)

BATCH = 500


def day_events(count: int) -> list[Event]:
    bundle = load_hall(SAMPLE_HALL)
    tickets = 8000  # twelve windows serve about 2,600 a day: more tickets, more events (19,543 at 6,000)
    while True:
        events = busy_day(tickets, bundle=bundle)
        if len(events) >= count:
            return events[:count]
        tickets += 2000


def push_order(events: list[Event]) -> list[tuple[str, list[Event]]]:
    by_device: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_device[e.device_id].append(e)
    order = sorted(by_device, key=lambda d: (not d.startswith("kiosk"), len(d), d))
    return [(d, by_device[d][i : i + BATCH]) for d in order for i in range(0, len(by_device[d]), BATCH)]


def floor(db_url: str, events: list[Event]) -> float:
    """The same rows with a bare executemany, one transaction per batch of 500."""
    engine = open_engine(db_url)
    migrate(engine)
    rows = [
        {
            "hall_id": "nj-bdc",
            "seq": i,
            "id": str(e.id),
            "device_id": e.device_id,
            "type": str(e.type),
            "day": "2026-11-30",
            "body": event_json(e),
            "received_at": 0,
        }
        for i, e in enumerate(events, start=1)
    ]
    start = time.perf_counter()
    for i in range(0, len(rows), BATCH):
        with engine.begin() as conn:
            conn.execute(insert(events_table), rows[i : i + BATCH])
    elapsed = time.perf_counter() - start
    engine.dispose()
    return len(rows) / elapsed


def run(db_url: str, events: list[Event], folder: Path) -> dict[str, float]:
    bundle = prepare_db(db_url, load_sample_hall=True)
    engine = open_engine(db_url)
    registry = DeviceRegistry(engine)
    tokens = {}
    for device_id in sorted({e.device_id for e in events}):
        kind = DeviceKind.KIOSK if device_id.startswith("kiosk") else DeviceKind.WINDOW
        tokens[device_id] = {"Authorization": f"Bearer {registry.create(bundle.hall_id, kind, device_id).token}"}
    engine.dispose()
    server = serve_subprocess(db_url)  # its own process, as in production: client and server do not share a GIL
    try:
        bodies = [(d, {"events": [event_dict(e) for e in batch]}) for d, batch in push_order(events)]
        with httpx.Client(base_url=server.api, timeout=120) as client:
            start = time.perf_counter()
            for device, body in bodies:
                answer = client.post("/sync/push", json=body, headers=tokens[device])
                answer.raise_for_status()
                refused = [r for r in answer.json()["results"] if r["status"] != "accepted"]
                assert not refused, refused[:3]
            push_s = time.perf_counter() - start
            start = time.perf_counter()
            pulled: list[tuple[int, Event]] = []
            after = 0
            while True:
                page = client.get("/sync/pull", params={"after": after, "limit": 5000}, headers=tokens["window-1"])
                data = page.json()
                pulled += [(item["seq"], EVENT_ADAPTER.validate_python(item["event"])) for item in data["events"]]
                if not data["more"]:
                    break
                after = pulled[-1][0]
            pull_s = time.perf_counter() - start
            assert [s for s, _ in pulled] == list(range(1, len(events) + 1))
            device = Device.create(
                folder / "window.db", Identity("window-1", bundle.hall_id, DeviceKind.WINDOW), bundle
            )
            start = time.perf_counter()
            after = 0
            while True:
                data = client.get(
                    "/sync/pull", params={"after": after, "limit": 5000}, headers=tokens["window-1"]
                ).json()
                batch = [(item["seq"], EVENT_ADAPTER.validate_python(item["event"])) for item in data["events"]]
                device.apply_confirmed(batch, cursor=batch[-1][0] if batch else after)
                if not data["more"]:
                    break
                after = batch[-1][0]
            device_s = time.perf_counter() - start
            assert device.replica.seq == len(events)
            device.close()
    finally:
        server.stop()
    return {"push": len(events) / push_s, "pull": len(events) / pull_s, "pull_device": len(events) / device_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    events = day_events(args.events)
    print(f"{len(events)} events of a busy day on {machine()}")
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
            folder = Path(tmp)
            if backend == "postgresql":
                if not postgres_available():
                    print("postgresql: no server at 127.0.0.1:5432, skipped")
                    continue
                urls = [postgres_url("hall_bench"), postgres_url("hall_bench")]
            else:
                urls = [f"sqlite:///{folder / 'central.db'}", f"sqlite:///{folder / 'floor.db'}"]
            try:
                r = run(urls[0], events, folder)
                bare = floor(urls[1], events)
            finally:
                if backend == "postgresql":
                    for url in urls:
                        drop_postgres(url)
            print(
                f"{backend}: push {r['push']:,.0f} events/s, pull {r['pull']:,.0f} events/s, "
                f"pull into a device store {r['pull_device']:,.0f} events/s; "
                f"bare executemany {bare:,.0f} rows/s (push is {bare / r['push']:.1f}x slower than the floor)"
            )


if __name__ == "__main__":
    main()

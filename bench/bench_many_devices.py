"""Many devices syncing a busy day at ten times its pace against one central store.

    python -m bench.bench_many_devices [--halls 40] [--seconds 60] [--speed 10] [--db URL] [--workers 2]

Each hall has two kiosks and three window clients (200 devices for 40 halls), each with its real sync
client (push on every change, a stream connection each that carries the hall's new events), spread over
``--workers`` processes so that the simulated devices' own work does not become the bottleneck. A busy day is
about 1,000 tickets per kiosk and one visit every three minutes per window over eight hours; ``--speed``
multiplies that. Reports the latency of every push and every error (a push that failed, not an event the
rules refused). Target (issue 3): 0 errors, p99 push latency ≤ 200 ms. The first ``--warm-up`` seconds
(200 devices starting at once: first syncs, leases, every hall's fold built) are reported apart. Each
push's time is reported twice: as
the device saw it, and as the central store took it (its ``Server-Timing`` header). On one machine the
first includes the simulated devices' own event loops, busy with the other devices of their process.

The central store keeps its database on this machine's disk, with every commit synced, as in a hall. The
simulated devices keep their real SQLite stores (same code, ``synchronous=FULL``) on a RAM disk
(``/dev/shm``) unless ``--device-disk``: in a hall each device syncs its own disk, while here 200 devices'
syncs would queue on one virtual disk and block their shared event loops, and the push latency would
measure the simulation rather than the central store.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import secrets
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.stats import machine, percentile
from central.halls import store_hall
from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device, Identity
from common.events import Event, Outcome
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel
from common.sync.central_api import CentralApi, PullAnswer, PushAnswer
from common.sync.client import SyncClient
from common.sync.status import Connection, SyncState
from tests.support.central_server import RunningCentral, serve_subprocess, start_central
from tests.support.halls import small_hall

DAY_S = 8 * 3600
TICKETS_PER_KIOSK_DAY = 1000
VISIT_EVERY_S = 180
HALL_DEVICES = [
    (DeviceKind.KIOSK, 0),
    (DeviceKind.KIOSK, 0),
    (DeviceKind.WINDOW, 1),
    (DeviceKind.WINDOW, 2),
    (DeviceKind.WINDOW, 3),
]


class TimedApi(CentralApi):
    """The device's real API, counting into its worker's ``Tally``."""

    tally: Tally

    def _measuring(self) -> bool:
        return time.monotonic() >= self.tally.measure_from

    async def _call(self, method: str, path: str, **kw: Any) -> httpx.Response:
        response = await super()._call(method, path, **kw)
        if path == "/sync/push":
            timing = response.headers.get("server-timing", "")
            if timing.startswith("app;dur=") and self._measuring():
                self.tally.server_ms.append(float(timing.removeprefix("app;dur=")))
        return response

    async def push(self, events: list[Event]) -> PushAnswer:
        start = time.perf_counter()
        try:
            answer = await super().push(events)
        except Exception as e:
            self.tally.failures.append(f"{type(e).__name__}: {e}")
            raise
        took = (time.perf_counter() - start) * 1000
        (self.tally.latencies if self._measuring() else self.tally.warm_up).append(took)
        return answer

    async def pull(self, after: int, limit: int = 1000) -> PullAnswer:
        self.tally.pulls.append(after)
        return await super().pull(after, limit)


def make_hall(admin: RunningCentral) -> HallBundle:
    base = small_hall()
    hall_id = f"load-{secrets.token_hex(3)}"
    bundle = HallBundle(base.config.model_copy(update={"id": hall_id}), base.roster, base.catalogue, hall_id)
    store_hall(admin.engine, bundle, None)
    return bundle


async def kiosk_life(device: Device, speed: float, stop: float, rng: random.Random) -> None:
    mean = DAY_S / TICKETS_PER_KIOSK_DAY / speed
    while time.monotonic() < stop:
        await asyncio.sleep(rng.expovariate(1 / mean))
        kiosk.issue_ticket(device, rng.choice("ABC"))


async def window_life(device: Device, n: int, speed: float, stop: float, rng: random.Random) -> None:
    win.open_window(device, n, f"S00{n}")
    step = VISIT_EVERY_S / speed / 4
    while time.monotonic() < stop:
        for action in ("call", "start", "finish", "rate"):
            await asyncio.sleep(rng.expovariate(1 / step))
            try:
                if action == "call":
                    if win.call_next(device, n) is None:
                        break
                elif action == "start":
                    visit = win.start_service(device, n)
                elif action == "finish":
                    win.finish(device, n, Outcome.CONSULTED)
                else:
                    win.rate_visit(device, visit.id, RatingLevel.SATISFIED)
            except RuleViolation:
                break  # lost a race to another window: the next round calls again


@dataclass(frozen=True)
class Seat:
    """One simulated device, enrolled by the parent, run in a worker process."""

    device_id: str
    hall_id: str
    kind: DeviceKind
    slot: int
    token: str
    window: int
    seed: float


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    pulls: list[int] = field(default_factory=list)
    offline: int = 0
    warm_up: list[float] = field(default_factory=list)
    """Push latencies while the devices start (first sync, leases, every hall's fold built): not measured."""
    measure_from: float = float("inf")


async def run_seats(
    seats: list[Seat],
    bundles: dict[str, HallBundle],
    url: str,
    speed: float,
    seconds: float,
    folder: Path,
    warm_up: float,
) -> Tally:
    """A worker's share of the devices: each with its own store, HTTP client, sync client and stream."""
    tally = Tally()
    clients: list[SyncClient] = []
    https: list[httpx.AsyncClient] = []
    try:
        started: list[tuple[Seat, Device]] = []
        for seat in seats:
            identity = Identity(seat.device_id, seat.hall_id, seat.kind, seat.slot, seat.token, url)
            device = Device.create(folder / f"{seat.device_id}.db", identity, bundles[seat.hall_id])
            http = httpx.AsyncClient(timeout=10)
            https.append(http)
            api = TimedApi(http, url, seat.token)
            api.tally = tally
            client = SyncClient(device, api, idle_poll_s=30)

            def count_offline(state: SyncState) -> None:
                if state.connection == Connection.OFFLINE:
                    tally.offline += 1
                    tally.failures.append(state.last_error)

            client.status.subscribe(count_offline)
            clients.append(client)
            client.start()
            started.append((seat, device))
        # The clock starts once every device is up: creating a hundred stores on a loaded machine takes a while.
        tally.measure_from = time.monotonic() + warm_up
        stop = tally.measure_from + seconds
        lives = []
        for seat, device in started:
            rng = random.Random(seat.seed)
            if seat.kind == DeviceKind.KIOSK:
                lives.append(kiosk_life(device, speed, stop, rng))
            else:
                lives.append(window_life(device, seat.window, speed, stop, rng))
        await asyncio.gather(*lives)
        for c in clients:
            await c.stop()
    finally:
        for http in https:
            await http.aclose()
    return tally


def worker(
    seats: list[Seat],
    bundles: dict[str, HallBundle],
    url: str,
    speed: float,
    seconds: float,
    folder: str,
    warm_up: float,
) -> Tally:
    return asyncio.run(run_seats(seats, bundles, url, speed, seconds, Path(folder), warm_up))


def run(
    halls: int,
    seconds: float,
    speed: float,
    db_url: str | None,
    folder: Path,
    workers: int,
    device_folder: Path,
    warm_up: float,
) -> dict[str, object]:
    admin = start_central(db_url, tmp_path=folder)
    server = serve_subprocess(admin.db_url)
    try:
        rng = random.Random(3)
        bundles: dict[str, HallBundle] = {}
        seats: list[Seat] = []
        for _ in range(halls):
            bundle = make_hall(admin)
            bundles[bundle.hall_id] = bundle
            for kind, n in HALL_DEVICES:
                e = admin.enroll(kind, hall_id=bundle.hall_id)
                seats.append(Seat(e.device_id, bundle.hall_id, kind, e.slot, e.token, n, rng.random()))
        shares = [seats[i::workers] for i in range(workers)]
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            futures = [
                pool.submit(worker, share, bundles, server.url, speed, seconds, str(device_folder), warm_up)
                for share in shares
            ]
            tallies = [f.result() for f in futures]
    finally:
        server.stop()
        admin.stop()
    latencies = [x for t in tallies for x in t.latencies]
    in_central = [x for t in tallies for x in t.server_ms]
    starting = [x for t in tallies for x in t.warm_up]
    failures = [x for t in tallies for x in t.failures]
    return {
        "devices": len(seats),
        "pushes": len(latencies),
        "pulls": sum(len(t.pulls) for t in tallies),
        "warm_up_p99": percentile(starting, 99) if starting else 0.0,
        "server_p50": percentile(in_central, 50) if in_central else 0.0,
        "server_p99": percentile(in_central, 99) if in_central else 0.0,
        "errors": max(len(failures), sum(t.offline for t in tallies)),
        "p50": percentile(latencies, 50) if latencies else 0.0,
        "p99": percentile(latencies, 99) if latencies else 0.0,
        "first_errors": failures[:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--halls", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--warm-up", type=float, default=10, help="seconds of starting devices not measured")
    parser.add_argument("--speed", type=float, default=10)
    parser.add_argument("--db", default=None)
    parser.add_argument("--workers", type=int, default=2, help="processes the simulated devices are spread over")
    parser.add_argument(
        "--device-disk",
        action="store_true",
        help="keep the simulated devices' stores on this machine's disk too (default: a RAM disk, see above)",
    )
    args = parser.parse_args()
    ram = Path("/dev/shm")
    with (
        tempfile.TemporaryDirectory(dir="/var/tmp") as tmp,
        tempfile.TemporaryDirectory(dir=ram if ram.is_dir() and not args.device_disk else "/var/tmp") as devices,
    ):
        r = run(args.halls, args.seconds, args.speed, args.db, Path(tmp), args.workers, Path(devices), args.warm_up)
    print(
        f"{r['devices']} devices in {args.workers} processes at {args.speed:g}× a busy day for {args.seconds:g} s"
        f" on {machine()}, "
        f"{'PostgreSQL' if args.db else 'SQLite'}: {r['pushes']} pushes, {r['pulls']} pulls, errors {r['errors']}, "
        f"push p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms as the devices saw it; "
        f"in the central store p50 {r['server_p50']:.1f} ms, p99 {r['server_p99']:.1f} ms; "
        f"while starting ({args.warm_up:g} s, not measured) p99 {r['warm_up_p99']:.1f} ms {r['first_errors'] or ''}"
    )


if __name__ == "__main__":
    main()

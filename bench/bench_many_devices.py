"""Many devices syncing a busy day at ten times its pace against one central store.

    python -m bench.bench_many_devices [--halls 40] [--seconds 60] [--speed 10] [--db URL] [--workers 2]
                                       [--ramp 20] [--warm-up 20]

Each hall has two kiosks and three window clients (200 devices for 40 halls), each with its real sync
client (push on every change, a stream connection each that carries the hall's new events), spread over
``--workers`` processes so that the simulated devices' own work does not become the bottleneck. A busy day is
about 1,000 tickets per kiosk and one visit every three minutes per window over eight hours; ``--speed``
multiplies that. Reports the latency of every push and every error (a push that failed, not an event the
rules refused). Target (issue 3): 0 errors, p99 push latency ≤ 200 ms.

The devices are switched on one after another over ``--ramp`` seconds, as a morning's halls open, and
measuring starts ``--warm-up`` seconds after the last (first syncs, leases, every hall's fold built); what
happens before is reported apart, its errors included. Each push's time is reported twice: as the device saw
it, and as the central store took it (its ``Server-Timing`` header). On one machine the first includes the
simulated devices' own event loops, busy with the other devices of their process; how late those loops ran a
10 ms timer is reported too.

The central store keeps its database on this machine's disk, with every commit synced, as in a hall. The
simulated devices keep their real SQLite stores (same code, ``synchronous=FULL``) on a RAM disk
(``/dev/shm``) unless ``--device-disk``: in a hall each device syncs its own disk, while here 200 devices'
syncs would queue on one virtual disk and block their shared event loops, and the push latency would
measure the simulation rather than the central store.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import multiprocessing
import random
import secrets
import tempfile
import time
from collections.abc import Coroutine
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

    async def push(self, events: list[Event], after: int | None = None) -> PushAnswer:
        start = time.perf_counter()
        try:
            answer = await super().push(events, after)
        except Exception as e:
            self.tally.failed(f"{type(e).__name__}: {e} ({(time.perf_counter() - start) * 1000:.0f} ms)")
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


class OfflineCounter:
    """Counts each time a device goes offline (it starts offline, before its first sync)."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.was = Connection.OFFLINE

    def __call__(self, state: SyncState) -> None:
        if state.connection == Connection.OFFLINE and self.was != Connection.OFFLINE:
            self.tally.failed(state.last_error)
        self.was = state.connection


async def switch_on(client: SyncClient, after: float, life: Coroutine[Any, Any, None]) -> None:
    """A device switched on ``after`` seconds into the ramp: its sync starts, then its day."""
    await asyncio.sleep(after)
    client.start()
    await life


async def measure_lag(tally: Tally, stop: float) -> None:
    while time.monotonic() < stop:
        planned = time.monotonic() + 0.01
        await asyncio.sleep(0.01)
        if planned >= tally.measure_from:
            tally.lag.append((time.monotonic() - planned) * 1000)


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
    url: str
    """The central store this device syncs with."""


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    failures: list[tuple[float, str]] = field(default_factory=list)
    """Every failed push and every time a device went offline: (seconds from the measuring's start, why)."""
    pulls: list[int] = field(default_factory=list)
    lag: list[float] = field(default_factory=list)
    """How late the worker's event loop ran a 10 ms timer, while measuring: the wait every device of the
    worker had on top of its own requests."""
    warm_up: list[float] = field(default_factory=list)
    """Push latencies while the devices start (first sync, leases, every hall's fold built): not measured."""
    measure_from: float = float("inf")

    def failed(self, why: str) -> None:
        self.failures.append((time.monotonic() - self.measure_from, why))


async def run_seats(
    seats: list[Seat],
    bundles: dict[str, HallBundle],
    speed: float,
    seconds: float,
    folder: Path,
    warm_up: float,
    ramp: float,
) -> Tally:
    """A worker's share of the devices: each with its own store, HTTP client, sync client and stream."""
    tally = Tally()
    clients: list[SyncClient] = []
    https: list[httpx.AsyncClient] = []
    try:
        started: list[tuple[Seat, Device, SyncClient]] = []
        for seat in seats:
            identity = Identity(seat.device_id, seat.hall_id, seat.kind, seat.slot, seat.token, seat.url)
            device = Device.create(folder / f"{seat.device_id}.db", identity, bundles[seat.hall_id])
            http = httpx.AsyncClient(timeout=10)
            https.append(http)
            api = TimedApi(http, seat.url, seat.token)
            api.tally = tally
            client = SyncClient(device, api, idle_poll_s=30)

            client.status.subscribe(OfflineCounter(tally))
            clients.append(client)
            started.append((seat, device, client))
        # The clock starts once every device is up: creating a hundred stores on a loaded machine takes a while.
        tally.measure_from = time.monotonic() + ramp + warm_up
        stop = tally.measure_from + seconds
        # A hundred devices' replicas in one process make a heap no single device has: frozen once created,
        # the garbage collector's full passes no longer stop every device of the worker at once.
        gc.collect()
        gc.freeze()
        lag_probe = asyncio.create_task(measure_lag(tally, stop))
        lives = []
        for i, (seat, device, client) in enumerate(started):
            rng = random.Random(seat.seed)
            life = (
                kiosk_life(device, speed, stop, rng)
                if seat.kind == DeviceKind.KIOSK
                else window_life(device, seat.window, speed, stop, rng)
            )
            lives.append(switch_on(client, ramp * i / len(started), life))
        await asyncio.gather(*lives)
        await lag_probe
        for c in clients:
            await c.stop()
    finally:
        for http in https:
            await http.aclose()
    return tally


def worker(
    seats: list[Seat],
    bundles: dict[str, HallBundle],
    speed: float,
    seconds: float,
    folder: str,
    warm_up: float,
    ramp: float,
) -> Tally:
    return asyncio.run(run_seats(seats, bundles, speed, seconds, Path(folder), warm_up, ramp))


def run(
    halls: int,
    seconds: float,
    speed: float,
    db_url: str | None,
    folder: Path,
    workers: int,
    device_folder: Path,
    warm_up: float,
    ramp: float,
    processes: int,
) -> dict[str, object]:
    admin = start_central(db_url, tmp_path=folder)
    server = serve_subprocess(admin.db_url, processes=processes)
    try:
        rng = random.Random(3)
        bundles: dict[str, HallBundle] = {}
        seats: list[Seat] = []
        for _hall in range(halls):
            bundle = make_hall(admin)
            bundles[bundle.hall_id] = bundle
            for kind, n in HALL_DEVICES:
                e = admin.enroll(kind, hall_id=bundle.hall_id)
                seats.append(Seat(e.device_id, bundle.hall_id, kind, e.slot, e.token, n, rng.random(), server.url))
        shares = [seats[i::workers] for i in range(workers)]
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            futures = [
                pool.submit(worker, share, bundles, speed, seconds, str(device_folder), warm_up, ramp)
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
        "errors": sum(1 for when, _why in failures if when >= 0),
        "errors_starting": sum(1 for when, _why in failures if when < 0),
        "p50": percentile(latencies, 50) if latencies else 0.0,
        "p99": percentile(latencies, 99) if latencies else 0.0,
        "first_errors": [f"{why} at {when:+.1f} s" for when, why in failures[:3]],
        "lag_p99": percentile([x for t in tallies for x in t.lag], 99),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--halls", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--processes",
        type=int,
        default=1,
        help="the central store's server processes, sharing its port (hall-central serve --processes; PostgreSQL)",
    )
    parser.add_argument(
        "--ramp", type=float, default=20, help="seconds over which the devices are switched on, one after another"
    )
    parser.add_argument(
        "--warm-up", type=float, default=20, help="seconds after the last device is on before measuring starts"
    )
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
        r = run(
            args.halls,
            args.seconds,
            args.speed,
            args.db,
            Path(tmp),
            args.workers,
            Path(devices),
            args.warm_up,
            args.ramp,
            args.processes,
        )
    served = f", the central store in {args.processes} processes" if args.processes > 1 else ""
    print(
        f"{r['devices']} devices in {args.workers} processes{served} at {args.speed:g}× a busy day "
        f"for {args.seconds:g} s on {machine()}, "
        f"{'PostgreSQL' if args.db else 'SQLite'}: {r['pushes']} pushes, {r['pulls']} pulls, errors {r['errors']} "
        f"(and {r['errors_starting']} while starting), "
        f"push p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms as the devices saw it; "
        f"in the central store p50 {r['server_p50']:.1f} ms, p99 {r['server_p99']:.1f} ms; "
        f"the workers' event loops late by p99 {r['lag_p99']:.1f} ms; "
        f"while starting ({args.ramp:g} + {args.warm_up:g} s, not measured) p99 {r['warm_up_p99']:.1f} ms "
        f"{r['first_errors'] or ''}"
    )


if __name__ == "__main__":
    main()

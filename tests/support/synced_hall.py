"""A hall for pytest-qt tests that need the real central store: a kiosk and a window client, each a real
device with its own SQLite store and sync client, over a real socket; synced by hand on a loop of their own.
The devices' clocks are the test's: they start at the central store's time, a Monday morning when the hall is
open (``hall_open``), and move by hand."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from common import wall_clock
from common.projection.admission import DeviceKind
from tests.support.central_server import RunningCentral, start_central
from tests.support.clock import FakeWall
from tests.support.hall_clock import hall_open
from tests.support.synced_devices import SyncedDevice, open_synced


@dataclass
class SyncedHall:
    central: RunningCentral
    loop: asyncio.AbstractEventLoop
    http: httpx.AsyncClient
    kiosk: SyncedDevice
    window: SyncedDevice
    wall: FakeWall

    def sync(self, *devices: SyncedDevice) -> None:
        for d in devices or (self.kiosk, self.window):
            self.loop.run_until_complete(d.sync())

    def settle(self) -> None:
        for _ in range(2):
            self.sync(self.kiosk, self.window)


@contextmanager
def synced_hall(tmp_path: Path, *, load_sample_hall: bool = False) -> Iterator[SyncedHall]:
    """The small test hall (or the sample hall) on a real central store, with ``kiosk-1`` and ``window-1``
    enrolled and synced once (leases, the catalogue, the clock)."""
    with hall_open(tmp_path), _synced_hall(tmp_path, load_sample_hall) as hall:
        yield hall


@contextmanager
def _synced_hall(tmp_path: Path, load_sample_hall: bool) -> Iterator[SyncedHall]:
    wall = FakeWall(wall_clock.utc_now())
    central = start_central(tmp_path=tmp_path, load_sample_hall=load_sample_hall)
    loop = asyncio.new_event_loop()
    http = httpx.AsyncClient(timeout=10)
    k = open_synced(central, tmp_path, DeviceKind.KIOSK, http, "kiosk-1", wall=wall)
    w = open_synced(central, tmp_path, DeviceKind.WINDOW, http, "window-1", wall=wall)
    hall = SyncedHall(central, loop, http, k, w, wall)
    try:
        hall.sync()
        yield hall
    finally:
        loop.run_until_complete(http.aclose())
        loop.close()
        for d in (k, w):
            d.device.close()
        central.stop()

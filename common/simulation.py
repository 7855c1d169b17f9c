"""Simulated citizens and clerks for the demo: a kiosk where citizens take numbers, and windows where
clerks call, serve, finish and are rated, at a chosen speed. They are ordinary enrolled devices with real
sync clients, so everything they do reaches the board, the other windows and the central store.

    python -m common.simulation --central URL --folder DIR --kiosk-code CODE --window-code CODE... [--speed 2]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import random
import signal
from pathlib import Path

import httpx

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import Channel, Outcome
from common.json_logging import quiet_chatty_libraries
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel
from common.sync.central_api import CentralApi
from common.sync.client import SyncClient
from common.sync.enrollment import enroll_device

log = logging.getLogger("hall.simulation")

TICKET_EVERY_S = 14.0
"""A busy day: about 2,000 tickets in eight hours."""
SERVICE_S = 150.0


async def _device(http: httpx.AsyncClient, central: str, folder: Path, name: str, code: str) -> Device:
    store = folder / f"{name}.db"
    if store.exists():
        return Device.open(store)
    return await enroll_device(CentralApi(http, central), store, code)


async def citizens(device: Device, speed: float, rng: random.Random) -> None:
    letters = [c.letter for c in device.bundle.config.categories]
    while True:
        await asyncio.sleep(rng.expovariate(speed / TICKET_EVERY_S))
        category = rng.choice(letters)
        green = device.bundle.config.category(category).green_channel and rng.random() < 0.08
        with contextlib.suppress(RuleViolation):
            receipt = kiosk.issue_ticket(device, category, Channel.GREEN if green else Channel.NORMAL)
            log.info("citizen took %s", receipt.number)


async def clerk(device: Device, window: int, staff: str, speed: float, rng: random.Random) -> None:
    with contextlib.suppress(RuleViolation):
        win.open_window(device, window, staff)
    reasons = device.bundle.config.rating.bad_reasons
    while True:
        await asyncio.sleep(rng.uniform(3, 8) / speed)
        try:
            ticket = win.call_next(device, window)
            if ticket is None:
                continue
            await asyncio.sleep(rng.uniform(5, 20) / speed)
            visit = win.start_service(device, window)
            await asyncio.sleep(rng.expovariate(speed / SERVICE_S))
            win.finish(device, window, Outcome.CONSULTED)
            level = rng.choices(list(RatingLevel), [60, 25, 10, 4, 1])[0]
            win.rate_visit(device, visit.id, level, [rng.choice(reasons)] if level.is_bad else [])
        except RuleViolation as e:
            log.info("window %d: %s", window, e.message)
            with contextlib.suppress(RuleViolation):
                win.no_show(device, window)


async def run(central: str, folder: Path, kiosk_code: str, window_codes: list[str], speed: float) -> None:
    rng = random.Random()  # noqa: S311 - a simulation
    async with httpx.AsyncClient(timeout=10) as http:
        devices = [await _device(http, central, folder, "sim-kiosk", kiosk_code)]
        devices += [await _device(http, central, folder, f"sim-window-{i}", c) for i, c in enumerate(window_codes)]
        clients = [SyncClient(d, CentralApi(http, central, d.identity.token)) for d in devices]
        for c in clients:
            c.start()
        await asyncio.sleep(1)  # the first sync brings the hall's state and a lease
        config = devices[0].bundle.config
        staff = [s.number for s in devices[0].bundle.roster.staff][-len(window_codes) :]
        windows = [w.number for w in config.windows][-len(window_codes) :]
        tasks = [asyncio.ensure_future(citizens(devices[0], speed, rng))]
        tasks += [
            asyncio.ensure_future(clerk(d, n, s, speed, rng))
            for d, n, s in zip(devices[1:], windows, staff, strict=False)
        ]
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        for t in tasks:
            t.cancel()
        for c in clients:
            await c.stop()
        for d in devices:
            d.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--central", required=True)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--kiosk-code", required=True)
    parser.add_argument("--window-code", action="append", default=[])
    parser.add_argument("--speed", type=float, default=1.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    quiet_chatty_libraries()
    args.folder.mkdir(parents=True, exist_ok=True)
    asyncio.run(run(args.central, args.folder, args.kiosk_code, args.window_code, args.speed))


if __name__ == "__main__":
    main()

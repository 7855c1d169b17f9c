"""Devices enrolled with a real central store and driven by the real ``SyncClient`` in plain asyncio."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx

from common.device import Device, Identity
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from common.sync.backoff import Backoff
from common.sync.central_api import CentralApi
from common.sync.client import SyncClient
from tests.support.central_server import RunningCentral


@dataclass
class SyncedDevice:
    device: Device
    api: CentralApi
    client: SyncClient

    async def sync(self) -> None:
        await self.client.sync_once()


def open_synced(
    central: RunningCentral,
    folder: Path,
    kind: DeviceKind,
    http: httpx.AsyncClient,
    name: str | None = None,
    *,
    url: str | None = None,
    bundle: HallBundle | None = None,
    wall: Callable[[], datetime] | None = None,
    idle_poll_s: float = 60.0,
) -> SyncedDevice:
    """Enroll a device (without a code), create its store, and give it a sync client on ``url``."""
    enrolled = central.enroll(kind, name)
    identity = Identity(enrolled.device_id, enrolled.hall_id, kind, enrolled.slot, enrolled.token, url or central.url)
    device = Device.create(folder / f"{enrolled.device_id}.db", identity, bundle or central.hall, wall=wall)
    api = CentralApi(http, url or central.url, enrolled.token)
    client = SyncClient(device, api, idle_poll_s=idle_poll_s, wall=wall, backoff=Backoff(base=0.05, cap=0.5))
    return SyncedDevice(device, api, client)


async def until(condition: Callable[[], bool], within: float = 10.0, what: str = "condition") -> None:
    """Wait, without sleeping blindly, until ``condition`` holds: the event loop keeps running meanwhile."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)  # yield to the sync tasks; the condition is what we wait on


async def settle(devices: list[SyncedDevice], rounds: int = 3) -> None:
    for _ in range(rounds):
        for d in devices:
            await d.sync()


def run(coro: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(coro())  # type: ignore[arg-type]

"""What every Hall app does around its screens: open (or first enroll) the device's store, keep it in
sync with the central store for as long as the app runs, and close everything cleanly.

    parser = argparse.ArgumentParser(...)
    add_device_arguments(parser)
    args = parser.parse_args()
    hall = HallApp("hall-board", language=...)
    device = open_device(args, DeviceKind.BOARD, hall)      # None: a message was printed, exit 2
    bridge = DeviceBridge(device)
    sync = start_sync(hall, device, bridge)                 # runs on the app's qasync loop
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

import httpx

from common.control_channel import ControlChannel
from common.device import Device
from common.projection.admission import DeviceKind
from common.settings import SettingsError, load_settings
from common.sync.central_api import CentralApi, CentralError, Unreachable
from common.sync.client import SyncClient
from common.sync.enrollment import enroll_device
from common.ui.app import HallApp
from common.ui.device_arguments import add_device_arguments
from common.ui.device_bridge import DeviceBridge

log = logging.getLogger("hall.app")

__all__ = ["SetupRefused", "add_device_arguments", "open_device", "start_sync", "start_sync_in_loop"]


class SetupRefused(Exception):
    """What stops a device from starting, in words for the person installing it."""


def open_device(args: argparse.Namespace, kind: DeviceKind, hall: HallApp) -> Device | None:
    """The device's store, opened or (with ``--enroll``) created. On a problem, say what to do and return None."""
    try:
        device = _open_or_enroll(args, kind, hall)
    except SetupRefused as e:
        print(f"{Path(sys.argv[0]).name}: {e}", file=sys.stderr)  # noqa: T201
        return None
    hall.on_quit(device.close)
    return device


def _open_or_enroll(args: argparse.Namespace, kind: DeviceKind, hall: HallApp) -> Device:
    store, central = args.store, args.central
    if args.settings is not None:
        try:
            settings = load_settings(args.settings, store=store)
        except SettingsError as e:
            raise SetupRefused(f"settings: {e}") from None
        if settings.kind != kind:
            raise SetupRefused(f"{args.settings} is the settings of a {settings.kind}, not a {kind}")
        store, central = settings.store, central or settings.central_url
    if store is None:
        raise SetupRefused("give --store PATH (or --settings FILE)")
    if Path(store).exists():
        try:
            device = Device.open(store)
        except FileNotFoundError as e:
            raise SetupRefused(f"{e}; enroll this {kind} first with --enroll CODE --central URL") from None
    else:
        if not args.enroll:
            raise SetupRefused(f"{store} does not exist: enroll this {kind} first with --enroll CODE --central URL")
        if not central:
            raise SetupRefused("enrolling needs the central store's URL: --central URL")
        try:
            device = hall.loop.run_until_complete(_enroll(Path(store), central, args.enroll))
        except (Unreachable, CentralError) as e:
            raise SetupRefused(f"enrollment failed: {e}") from None
    if device.identity.kind != kind:
        device.close()
        raise SetupRefused(f"{store} belongs to a {device.identity.kind}, not a {kind}")
    return device


async def _enroll(store: Path, central: str, code: str) -> Device:
    async with httpx.AsyncClient(timeout=10) as http:
        device = await enroll_device(CentralApi(http, central), store, code)
    log.info("enrolled as %s in hall %s", device.identity.device_id, device.identity.hall_id)
    return device


def start_sync(
    hall: HallApp,
    device: Device,
    bridge: DeviceBridge,
    *,
    offline: bool = False,
    control_port: int | None = None,
    screen: Callable[[], dict[str, object]] | None = None,
) -> SyncClient | None:
    """Sync for as long as the app runs: one HTTP client for the process, closed on quit. With a control
    port, also take actions from the local control channel (``common/control_channel.py``), whose ``state``
    then includes what ``screen`` says the app shows."""
    # The control channel starts first: running the loop to open it must not happen while the sync client's
    # first request is in flight (qasync then never finishes that request, and the device never syncs).
    started: list[SyncClient] = []
    if control_port is not None:
        hall.loop.run_until_complete(_open_control_channel(hall, device, started, control_port, screen))
    return _start_client(hall, device, bridge, started, offline=offline)


async def start_sync_in_loop(
    hall: HallApp, device: Device, bridge: DeviceBridge, *, offline: bool = False, control_port: int | None = None
) -> SyncClient | None:
    """``start_sync`` from a coroutine on the app's running loop (a kiosk that showed its first frame
    before opening its store): the control channel is open before the sync client starts, as there."""
    started: list[SyncClient] = []
    if control_port is not None:
        await _open_control_channel(hall, device, started, control_port)
    return _start_client(hall, device, bridge, started, offline=offline)


async def _open_control_channel(
    hall: HallApp,
    device: Device,
    started: list[SyncClient],
    control_port: int,
    screen: Callable[[], dict[str, object]] | None = None,
) -> None:
    def status() -> dict[str, object]:
        shown: dict[str, object] = {"screen": screen()} if screen is not None else {}
        if not started:
            return {"connection": "not syncing", **shown}
        value = started[0].status.value
        return {"connection": value.connection, "head": value.head, **shown}

    channel = ControlChannel(device, status)
    port = await channel.start(control_port)
    print(f"control channel on 127.0.0.1:{port}", file=sys.stderr, flush=True)  # noqa: T201
    hall.on_quit(channel.stop)


def _start_client(
    hall: HallApp, device: Device, bridge: DeviceBridge, started: list[SyncClient], *, offline: bool
) -> SyncClient | None:
    client = None
    if offline or not device.identity.central_url:
        log.info("not syncing: %s", "--offline" if offline else "no central store configured")
    else:
        http = httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=3.0))
        client = SyncClient(device, CentralApi(http, device.identity.central_url, device.identity.token))
        bridge.follow_sync(client.status)
        client.start()
        started.append(client)

        async def stop() -> None:
            await client.stop()
            await http.aclose()

        hall.on_quit(stop)
    return client

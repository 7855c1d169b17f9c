"""Devices on disk for tests, with a hand-moved clock."""

from __future__ import annotations

from pathlib import Path

from common.device import Device, Identity
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from tests.support.clock import FakeWall


def make_device(
    folder: Path,
    bundle: HallBundle,
    wall: FakeWall,
    kind: DeviceKind = DeviceKind.KIOSK,
    name: str | None = None,
    slot: int = 1,
    lease: int = 0,
) -> Device:
    """A device named ``name`` (default: its kind) with ``lease`` numbers leased per category today."""
    device_id = name or f"{kind}-1"
    identity = Identity(device_id=device_id, hall_id=bundle.hall_id, kind=kind, slot=slot)
    device = Device.create(folder / f"{device_id}.db", identity, bundle, wall=wall)
    if lease:
        for c in bundle.config.categories:
            device.store.add_lease(c.letter, device.today(), (slot - 1) * lease + 1, slot * lease)
    return device

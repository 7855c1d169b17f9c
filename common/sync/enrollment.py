"""Turning a one-time enrollment code into a device store ready to work (and to keep working offline)."""

from __future__ import annotations

from pathlib import Path

from common.device import Device, Identity
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from common.sync.central_api import CentralApi, CentralError


async def enroll_device(api: CentralApi, store_path: Path, code: str, name: str = "") -> Device:
    """Enroll with the central store and create the device's local store with the hall's configuration."""
    answer = await api.enroll(code, name)
    identity = Identity(
        device_id=str(answer["device_id"]),
        hall_id=str(answer["hall_id"]),
        kind=DeviceKind(answer["kind"]),
        slot=int(answer["slot"]),
        token=str(answer["token"]),
        central_url=api.base_url,
    )
    api.token = identity.token
    data = await api.catalogue()
    if data is None:
        raise CentralError(500, "no_catalogue", "the central store sent no hall configuration")
    return Device.create(store_path, identity, HallBundle.from_json_dict(data))

"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", "/tmp/hall-hypothesis")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from common.device import Device
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.halls import small_hall


@pytest.fixture(scope="session")
def bundle() -> HallBundle:
    return small_hall()


@pytest.fixture
def wall() -> FakeWall:
    return FakeWall()


@pytest.fixture
def device_factory(tmp_path: Path, bundle: HallBundle, wall: FakeWall) -> Iterator[Callable[..., Device]]:
    made: list[Device] = []

    def factory(kind: DeviceKind = DeviceKind.KIOSK, name: str | None = None, **kw: object) -> Device:
        device = make_device(tmp_path, bundle, wall, kind, name, **kw)
        made.append(device)
        return device

    yield factory
    for d in made:
        d.store.close()

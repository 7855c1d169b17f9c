"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", "/tmp/hall-hypothesis")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from common.device import Device
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.halls import small_hall

if TYPE_CHECKING:
    from common.ui.i18n import Languages


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


@pytest.fixture
def open_hall(tmp_path: Path) -> Iterator[None]:
    """The real clock (a central store, devices and programs reading ``common/wall_clock.py``) at a Monday
    morning: the kiosk gives numbers and windows call only within the hall's hours. Ask for it before
    ``central``."""
    from tests.support.hall_clock import hall_open

    with hall_open(tmp_path):
        yield


# --- the central store ------------------------------------------------------------------------------------

from tests.support.central_server import (  # noqa: E402
    RunningCentral,
    drop_postgres,
    postgres_available,
    postgres_url,
    start_central,
)


@pytest.fixture
def central(tmp_path: Path) -> Iterator[RunningCentral]:
    """The central store on a temporary SQLite file, serving the small test hall on a free port."""
    server = start_central(tmp_path=tmp_path)
    yield server
    server.stop()


def _need_postgres() -> None:
    if not postgres_available():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL at 127.0.0.1:5432 is needed in CI")
        pytest.skip("no PostgreSQL at 127.0.0.1:5432")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database, dropped after the test (skipped when no server answers, but not in CI)."""
    _need_postgres()
    url = postgres_url()
    yield url
    drop_postgres(url)


@pytest.fixture
def central_pg(pg_url: str) -> Iterator[RunningCentral]:
    """The central store on PostgreSQL, serving the small test hall on a free port."""
    server = start_central(pg_url)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_central(request: pytest.FixtureRequest) -> RunningCentral:
    """The central store on SQLite, then on PostgreSQL: the same code must behave the same on both."""
    name = "central" if request.param == "sqlite" else "central_pg"
    central: RunningCentral = request.getfixturevalue(name)
    return central


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_central_per_module(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningCentral]:
    """Like ``any_central``, but one server per module and database: for matrices of many small requests
    whose tests keep out of each other's way (their own ids, devices or halls)."""
    url: str | None = None
    if request.param == "postgres":
        _need_postgres()
        url = postgres_url()
    try:
        server = start_central(url, tmp_path=tmp_path_factory.mktemp("central"))
        yield server
        server.stop()
    finally:
        if url is not None:
            drop_postgres(url)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Makes empty databases, SQLite files or PostgreSQL databases dropped after the test, for tests that
    start more than one central store."""
    backend = request.param
    if backend == "postgres":
        _need_postgres()
    made: list[str] = []

    def make() -> str:
        url = f"sqlite:///{tmp_path / f'central-{len(made)}.db'}" if backend == "sqlite" else postgres_url()
        made.append(url)
        return url

    yield make
    if backend == "postgres":
        for url in made:
            drop_postgres(url)


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The apps' translations, compiled once for the whole run."""
    from tests.support.qt_languages import compiled_translations

    return compiled_translations(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def languages(qapp, qm_dir: Path) -> Iterator[Languages]:  # type: ignore[no-untyped-def]
    """The Qt translators installed, in Simplified Chinese; removed after the test."""
    from common.ui.i18n import Languages

    langs = Languages(qm_dir)
    langs.switch_to("zh_CN")
    yield langs
    langs.uninstall()

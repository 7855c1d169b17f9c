"""A kiosk that ran before starts from its home snapshot: the real home screen is drawn from the figures it
kept (and looks exactly like the live one, in both languages and both modes), a tap that arrives before
the device is attached is kept and acted on once, and a missing or damaged snapshot is never a crash."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from common.kiosk.home_figures import home_figures
from common.kiosk.home_snapshot import HomeSnapshot, read_home_snapshot, snapshot_path, write_home_snapshot
from common.kiosk.start_settings import StartSettings
from common.readability import DisplayMode
from common.ui.i18n import Languages
from common.ui.screenshots import save_screenshot, settle
from kiosk.kiosk_style import SCREEN_SIZE
from tests.support.busy_hall import BusyHall
from tests.support.clock import FakeWall
from tests.support.kiosk_rig import KioskRig, SnapshotKiosk, make_kiosk, make_kiosk_from_snapshot, visible_text

START = StartSettings(
    fingerprint=None,
    language="zh_CN",
    elder_default=False,
    read_aloud=True,
    speech_rate=150,
    idle_reset_s=90,
    fullscreen=True,
    log_dir="/tmp/logs",
)


@pytest.fixture
def busy(tmp_path: Path, wall: FakeWall) -> Iterator[BusyHall]:
    hall = BusyHall(tmp_path, wall)
    hall.fill()
    yield hall
    hall.close()


def kept(hall: BusyHall, folder: Path) -> HomeSnapshot:
    """The snapshot as the running kiosk writes it and the next start reads it."""
    path = snapshot_path(folder / "kiosk.db")
    write_home_snapshot(path, HomeSnapshot(home_figures(hall.kiosk, None), START))
    snapshot = read_home_snapshot(path)
    assert snapshot is not None
    return snapshot


@pytest.fixture
def started(qtbot, busy: BusyHall, languages: Languages, wall: FakeWall, tmp_path: Path) -> Iterator[SnapshotKiosk]:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk_from_snapshot(kept(busy, tmp_path).figures, languages, wall)
    qtbot.addWidget(kiosk.window)
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    yield kiosk
    kiosk.close()


# --- the snapshot file -------------------------------------------------------------------------------------


def test_the_snapshot_keeps_what_home_shows_and_the_settings_it_starts_with(busy: BusyHall, tmp_path: Path) -> None:
    figures = home_figures(busy.kiosk, None)
    assert any(c.waiting > 0 for c in figures.categories), "the busy hall has a queue"
    snapshot = kept(busy, tmp_path)
    assert snapshot == HomeSnapshot(figures, START)


def test_a_past_days_queue_is_not_shown_as_todays(busy: BusyHall) -> None:
    figures = home_figures(busy.kiosk, None)
    assert figures.as_of(figures.taken_at + timedelta(minutes=5)) == figures
    next_day = figures.as_of(figures.day_ends_at)
    assert [c.letter for c in next_day.categories] == [c.letter for c in figures.categories]
    assert all(c.waiting == 0 and c.open_windows == 0 for c in next_day.categories)


def test_without_a_snapshot_there_is_nothing_to_start_from(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert read_home_snapshot(snapshot_path(tmp_path / "kiosk.db")) is None
    assert not caplog.records, "a first start is not a fault"


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff\xfe not json",
        b'{"version": 1, "hall_name": "half a fi',
        b'{"version": 99}',
        b"[1, 2, 3]",
        b'{"version": 1, "start": {}, "categories": []}',
    ],
    ids=["empty", "binary", "torn", "another-version", "not-an-object", "no-categories"],
)
def test_a_damaged_snapshot_is_logged_and_ignored(
    busy: BusyHall, tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: bytes
) -> None:
    path = snapshot_path(tmp_path / "kiosk.db")
    path.write_bytes(damage)
    with caplog.at_level(logging.WARNING, logger="hall.kiosk"):
        assert read_home_snapshot(path) is None
    assert any("home snapshot" in r.getMessage() and "damaged" in r.getMessage() for r in caplog.records)


def test_a_snapshot_with_a_wrong_figure_is_ignored(busy: BusyHall, tmp_path: Path) -> None:
    path = snapshot_path(tmp_path / "kiosk.db")
    kept(busy, tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace('"waiting": ', '"waiting": -'), encoding="utf-8")
    assert read_home_snapshot(path) is None


# --- home drawn from it --------------------------------------------------------------------------------------


def _image(window: object) -> QImage:
    settle(window, SCREEN_SIZE)  # type: ignore[arg-type]
    return window.grab().toImage()  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", [DisplayMode.NORMAL, DisplayMode.ELDER])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_home_from_the_snapshot_looks_exactly_like_the_live_home(  # type: ignore[no-untyped-def]
    qtbot, busy: BusyHall, languages: Languages, wall: FakeWall, tmp_path: Path, language: str, mode: DisplayMode
) -> None:
    live: KioskRig = make_kiosk(busy.kiosk, languages, tmp_path)
    early = make_kiosk_from_snapshot(kept(busy, tmp_path).figures, languages, wall)
    languages.switch_to(language)
    try:
        seen = []
        for window, speaker in ((live.window, live.speaker), (early.window, early.speaker)):
            qtbot.addWidget(window)  # one at a time: the shown one has the keyboard focus
            window.set_mode(mode)
            window.home()
            window.show()
            qtbot.waitExposed(window)
            # What the captions show depends on how far speech has got (elder mode reads the screen a part at
            # a time): once each has said everything, the caption is cleared, and the screens compared.
            qtbot.waitUntil(lambda s=speaker: s.current is None and not s.pending(), timeout=10_000)
            window.bottom.captions.clear()
            seen.append((visible_text(window), _image(window)))
            window.hide()
        assert not early.ctx.ready
        assert seen[1][0] == seen[0][0]
        assert seen[1][1] == seen[0][1], "home from the snapshot differs from the live home"
        save_screenshot(early.window, f"kiosk_home_from_snapshot_{language}_{mode.value}", SCREEN_SIZE)
    finally:
        live.close()
        early.close()


# --- a tap before the device is attached ---------------------------------------------------------------------


def test_a_tap_on_a_category_before_the_device_is_attached_gives_one_number_once_it_is(  # type: ignore[no-untyped-def]
    qtbot, started: SnapshotKiosk, busy: BusyHall, tmp_path: Path
) -> None:
    home = started.window.current
    before = len(busy.kiosk.state.tickets)
    tile = home.category_tiles["A"]  # type: ignore[attr-defined]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # tapped again, impatient
    assert started.window.current is home, "nothing happens before the store is open"
    assert len(busy.kiosk.state.tickets) == before
    assert home.banner.message, "the tap is answered: one moment, it opens by itself"  # type: ignore[attr-defined]

    started.attach(busy.kiosk, tmp_path)
    ticket = started.window.screen("ticket")
    qtbot.waitUntil(lambda: started.window.current is ticket, timeout=10_000)
    assert len(busy.kiosk.state.tickets) == before + 1, "the kept tap is acted on once"
    assert ticket.number.text().startswith("A")  # type: ignore[attr-defined]


def test_a_tap_on_a_service_before_the_device_is_attached_opens_it_once_it_is(  # type: ignore[no-untyped-def]
    qtbot, started: SnapshotKiosk, busy: BusyHall, tmp_path: Path
) -> None:
    home = started.window.current
    qtbot.mouseClick(home.service_tiles["queue"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert started.window.current is home
    started.attach(busy.kiosk, tmp_path)
    assert started.window.current.route == "queue"
    started.window.back()
    assert started.window.current is home


def test_an_idle_reset_forgets_a_kept_tap(qtbot, started: SnapshotKiosk, busy: BusyHall, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = started.window.current
    before = len(busy.kiosk.state.tickets)
    qtbot.mouseClick(home.category_tiles["A"], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    started.window.start_over()
    started.attach(busy.kiosk, tmp_path)
    assert started.window.current is home
    assert len(busy.kiosk.state.tickets) == before


def test_once_attached_home_shows_the_devices_own_figures(  # type: ignore[no-untyped-def]
    qtbot, busy: BusyHall, languages: Languages, wall: FakeWall, tmp_path: Path
) -> None:
    """The snapshot may be old: once the device is attached, home shows what its state says."""
    snapshot = kept(busy, tmp_path)
    stale = replace(snapshot.figures, hall_name="旧名称")
    early = make_kiosk_from_snapshot(stale, languages, wall)
    try:
        qtbot.addWidget(early.window)
        early.window.show()
        assert "旧名称" in visible_text(early.window)
        early.attach(busy.kiosk, tmp_path)
        assert "旧名称" not in visible_text(early.window)
        assert busy.kiosk.bundle.config.name in visible_text(early.window)
    finally:
        early.close()

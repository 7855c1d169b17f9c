"""The board as people see it, on the sample hall at mid-morning (12 windows, 8 categories): it fits
1920x1080 and 1080x1920, passes the shared accessibility audit in every language, shows nothing left
in the other language, calls with a number at least 160 px high, and is written out as screenshots for
people to look at (``$HALL_SCREENSHOTS``, default ``screenshots/``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo

from common.freshness import Freshness, Link
from common.readability import DisplayMode
from common.speech.engines import RecordingEngine
from common.ui.device_bridge import DeviceBridge
from common.ui.i18n import Languages
from common.ui.screenshots import save_screenshot, screenshot_dir, settle
from common.ui.speech import Speaker
from kiosk.board.board_style import CALL_NUMBER_LEAST_PX
from kiosk.board.board_window import LANDSCAPE, PORTRAIT, BoardWindow
from tests.support.accessibility import assert_accessible
from tests.support.busy_hall import BusyHall
from tests.support.clock import FakeWall
from tests.support.translation import assert_translated, untranslated

ORIENTATIONS = {"landscape": LANDSCAPE, "portrait": PORTRAIT}


@pytest.fixture
def busy_board(qtbot, tmp_path: Path, wall: FakeWall, qm_dir: Path) -> Iterator[tuple[BoardWindow, Languages]]:  # type: ignore[no-untyped-def]
    """The busy sample hall's board; ``board.bridge.device`` is its device, ``board.speaker`` its speech."""
    hall = BusyHall(tmp_path, wall)
    hall.fill()
    languages = Languages(qm_dir)
    languages.switch_to("zh_CN")
    engine = RecordingEngine()
    speaker = Speaker(engine)
    speaker.start()
    bridge = DeviceBridge(hall.board)
    board = BoardWindow(bridge, speaker)
    qtbot.addWidget(board)
    bridge.set_freshness(Freshness(Link.OFFLINE, last_sync=wall() - timedelta(minutes=7)))
    board.show()
    qtbot.waitExposed(board)
    board.hall = hall  # type: ignore[attr-defined]
    board.engine = engine  # type: ignore[attr-defined]
    yield board, languages
    board.shutdown()
    speaker.close()
    bridge.close()
    languages.uninstall()
    hall.close()


def _show(board: BoardWindow, languages: Languages, language: str, orientation: str) -> None:
    languages.switch_to(language)
    board.set_portrait(orientation == "portrait")
    board.ticker.set_running(False)  # hold the notices still, so the picture is the same every run
    settle(board, ORIENTATIONS[orientation])


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("language", ["zh_CN", "en", "zh_TW"])
def test_the_board_fits_its_screen_and_passes_the_audit(busy_board, language: str, orientation: str) -> None:
    board, languages = busy_board
    _show(board, languages, language, orientation)
    assert (board.width(), board.height()) == ORIENTATIONS[orientation], "the layout needs more than the screen"
    assert_accessible(board, DisplayMode.ELDER)
    number = board.latest_call.number
    assert number.text() == "A004"
    assert QFontInfo(number.font()).pixelSize() >= CALL_NUMBER_LEAST_PX


@pytest.mark.parametrize("language", ["zh_CN", "en", "zh_TW"])
def test_nothing_on_the_board_is_left_in_the_other_language(busy_board, language: str) -> None:
    board, languages = busy_board
    _show(board, languages, language, "landscape")
    config = board.bridge.device.bundle.config
    # Hall data that exists in Chinese only: the notices (and the Chinese names, where English has none).
    assert_translated(board, language, allowed=tuple(config.notices))


def test_the_translation_check_can_fail(busy_board) -> None:
    board, languages = busy_board
    _show(board, languages, "en", "landscape")
    board.window_grid.heading.setText("窗口状态")
    assert "窗口状态" in untranslated(board, "en")
    _show(board, languages, "zh_CN", "landscape")
    board.window_grid.heading.setText("Windows")
    assert "Windows" in untranslated(board, "zh_CN")


def test_screenshots_of_the_board_are_written(busy_board) -> None:
    board, languages = busy_board
    written = []
    for language in ("zh_CN", "en", "zh_TW"):
        for orientation, size in ORIENTATIONS.items():
            _show(board, languages, language, orientation)
            written.append(save_screenshot(board, f"board-{orientation}-{language}", size))
    assert all(p.parent == screenshot_dir() and p.stat().st_size > 20_000 for p in written)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_screenshot_while_a_call_is_announced(busy_board, qtbot, language: str) -> None:
    from common import window_actions as win

    board, languages = busy_board
    board.engine.hold()  # the chime "plays" until released: the call is being announced
    with qtbot.waitSignal(board.captions.caption_shown, timeout=5000):
        board.hall.act(win.call_next, 10)
    called = board.bridge.device.state.recent_calls[0]
    for orientation, size in ORIENTATIONS.items():
        _show(board, languages, language, orientation)
        assert board.captions.speaking and board.latest_call.number.text() == called.number
        assert_accessible(board, DisplayMode.ELDER)
        save_screenshot(board, f"board-{orientation}-{language}-announcing", size)
    board.engine.release()

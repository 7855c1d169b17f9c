"""The board as people see it, on the sample hall at mid-morning (12 windows, 8 categories): it fits
1920x1080 and 1080x1920, passes the shared accessibility audit in every language, shows nothing left
in the other language, calls with a number at least 160 px high, and is written out as screenshots for
people to look at (``$HALL_SCREENSHOTS``, default ``screenshots/``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

from common.freshness import Freshness, Link
from common.readability import DisplayMode
from common.speech.engines import RecordingEngine
from common.ui.device_bridge import DeviceBridge
from common.ui.i18n import Languages
from common.ui.screenshots import save_screenshot, screenshot_dir, settle
from common.ui.speech import Speaker
from kiosk.board.board_style import CALL_DIGITS_LEAST_PX, GOLD, NOTICE_LEAST_CHARACTERS
from kiosk.board.board_window import LANDSCAPE, PORTRAIT, BoardWindow
from kiosk.board.latest_call_panel import drawn_height, fitting_px, legible_px
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
    assert number.fitted
    assert drawn_height(number.text(), number.font()) >= CALL_DIGITS_LEAST_PX  # each character, by the font
    assert ink_height(number) >= CALL_DIGITS_LEAST_PX  # and on screen


def ink_height(label: QLabel) -> int:
    """How many pixel rows of ``label``, as drawn, hold its gold ink: the drawn number's height."""
    image = label.grab().toImage()
    gold = QColor(GOLD)

    def inked(y: int) -> bool:
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if abs(c.red() - gold.red()) + abs(c.green() - gold.green()) + abs(c.blue() - gold.blue()) < 24:
                return True
        return False

    rows = [y for y in range(image.height()) if inked(y)]
    assert rows, "the number is not drawn"
    assert rows[0] > 0 and rows[-1] < image.height() - 1, "the number is cut at its label's edge"
    return rows[-1] - rows[0] + 1


def test_a_number_that_cannot_be_drawn_160_px_tall_in_its_room_is_not_said_to_fit(qapp) -> None:  # type: ignore[no-untyped-def]
    font = QFont("Noto Sans CJK SC")
    least = legible_px("A004", font)
    drawn = QFont(font)
    drawn.setBold(True)
    drawn.setPixelSize(least)
    metrics = QFontMetrics(drawn)
    width, height = metrics.horizontalAdvance("A004"), metrics.height()
    assert fitting_px("A004", font, width, height) == least
    assert fitting_px("A004", font, width - 10, height) is None
    assert fitting_px("A004", font, width, height - 10) is None
    assert fitting_px("A004", font, 4000, 4000) is not None


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_notices_have_a_line_wide_enough_to_read(busy_board, language: str, orientation: str) -> None:
    board, languages = busy_board
    _show(board, languages, language, orientation)
    ticker = board.ticker
    assert ticker.shown_text()
    character = QFontMetrics(ticker.font()).horizontalAdvance("中")
    visible = ticker.visibleRegion().boundingRect().width()
    assert visible >= NOTICE_LEAST_CHARACTERS * character, f"{visible // character} characters show at once"
    if orientation == "portrait":  # a row of its own, the screen's width
        assert visible >= board.width() - 2 * 32


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

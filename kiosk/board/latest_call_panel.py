"""The latest call, large: the number (every character at least 160 px tall, gold on navy) and where to go.
While a call is being announced it shows that call, so what is heard and what is seen agree."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from common.projection.state import Call
from common.ui.i18n import Retranslating, translate
from common.ui.theme import TextRole, set_role
from kiosk.board.board_style import CALL_DIGITS_LEAST_PX, CALL_NUMBER_PX, MARGIN, board_label, mark_panel

log = logging.getLogger("hall.board")

SAMPLE_NUMBER = "A000"
"""What the number's room is measured with before anything is called."""


def _at(font: QFont, px: int) -> QFont:
    sized = QFont(font)
    sized.setBold(True)
    sized.setPixelSize(px)
    return sized


def drawn_height(text: str, font: QFont) -> int:
    """How tall ``text`` is drawn in ``font``: the ink of its shortest letter or digit (no overshoot), so
    every character of the number is at least this tall on screen. A text with neither (the dash shown
    before any call) is held to the size of a number."""
    metrics = QFontMetrics(font)
    characters = [c for c in text if c.isalnum()] or list(SAMPLE_NUMBER)
    return min(metrics.tightBoundingRect(c).height() for c in characters)


def legible_px(text: str, font: QFont) -> int:
    """The smallest pixel size of ``font`` at which ``text`` is drawn ``CALL_DIGITS_LEAST_PX`` tall."""
    px = CALL_DIGITS_LEAST_PX
    while drawn_height(text, _at(font, px)) < CALL_DIGITS_LEAST_PX:
        px += 1
    return px


def fits(text: str, font: QFont, width: int, height: int) -> bool:
    """Whether one line of ``text`` in ``font`` fits ``width`` x ``height`` whole (its advance, and the
    font's full line height, as the accessibility audit counts them)."""
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance(text) <= width and metrics.height() <= height


def fitting_px(text: str, font: QFont, width: int, height: int, largest: int = CALL_NUMBER_PX) -> int | None:
    """The largest bold pixel size of ``font``, up to ``largest``, at which ``text`` fits ``width`` x
    ``height`` and is drawn at least ``CALL_DIGITS_LEAST_PX`` tall; ``None`` when it cannot be both."""
    least = legible_px(text, font)
    for px in (*range(max(largest, least), least, -2), least):
        if fits(text, _at(font, px), width, height):
            return px
    return None


class _CallNumber(QLabel):
    """The number, as large as its space allows: its size comes from the layout, its font follows. Where
    even the least legible size does not fit, it is drawn at that size anyway (and clipped: the board's
    layout is wrong, and the accessibility audit says so)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("call_number")
        set_role(self, TextRole.DISPLAY)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.px = 0
        self.fitted = False
        """Whether the number fits its room at a legible size (``fitting_px`` found one)."""
        self._room_for_least()

    def _room_for_least(self) -> None:
        least = _at(self.font(), legible_px(SAMPLE_NUMBER, self.font()))
        metrics = QFontMetrics(least)
        self.setMinimumSize(metrics.horizontalAdvance(SAMPLE_NUMBER), metrics.height())

    def fit(self) -> None:
        text = self.text() or SAMPLE_NUMBER
        area = self.contentsRect()
        px = fitting_px(text, self.font(), area.width(), area.height())
        self.fitted = px is not None
        if px is None:
            px = legible_px(text, self.font())
            if self.isVisible():
                log.warning("board: number %s does not fit %dx%d legibly", text, area.width(), area.height())
        if px != self.px or not self.styleSheet():
            self.px = px
            self.setStyleSheet(f"font-size: {px}px;")

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._room_for_least()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class LatestCallPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("latest_call")
        mark_panel(self)
        self.tag = board_label("call_tag", align=Qt.AlignmentFlag.AlignCenter)
        self.number = _CallNumber()
        self.window = board_label("call_window", align=Qt.AlignmentFlag.AlignCenter, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN // 2, MARGIN // 2, MARGIN // 2, MARGIN // 2)
        layout.setSpacing(0)
        layout.addWidget(self.tag)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.window)
        self._call: Call | None = None
        self._speaking = False
        self.retranslate()

    @property
    def call(self) -> Call | None:
        return self._call

    @property
    def speaking(self) -> bool:
        return self._speaking

    def show_call(self, call: Call | None, *, speaking: bool = False) -> None:
        self._call = call
        self._speaking = speaking
        self.retranslate()

    def retranslate(self) -> None:
        call = self._call
        if call is None:
            self.tag.setText(translate("LatestCallPanel", "Now calling"))
            self.number.setText("—")
            self.window.setText(translate("LatestCallPanel", "No number called yet"))
            self.setAccessibleName(self.window.text())
        else:
            if call.recall:
                tag = translate("LatestCallPanel", "Calling again")
            else:
                tag = translate("LatestCallPanel", "Now calling")
            self.tag.setText(tag)
            self.number.setText(call.number)
            where = translate("LatestCallPanel", "Go to window {window}")
            self.window.setText(where.format(window=call.window))
            self.setAccessibleName(f"{tag} {call.number} {self.window.text()}")
        self.number.fit()

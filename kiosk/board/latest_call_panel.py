"""The latest call, large: the number (160 to 240 px high, gold on navy) and where to go. While a call
is being announced it shows that call, so what is heard and what is seen agree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from common.projection.state import Call
from common.ui.i18n import Retranslating, translate
from common.ui.theme import FONT_FAMILY, TextRole, set_role
from kiosk.board.board_style import CALL_NUMBER_LEAST_PX, CALL_NUMBER_PX, MARGIN, board_label, mark_panel


def fitting_px(text: str, width: int, height: int, largest: int = CALL_NUMBER_PX) -> int:
    """The largest bold pixel size, up to ``largest``, at which ``text`` fits in ``width`` x ``height``
    (never below ``CALL_NUMBER_LEAST_PX``: a board too small for that is a layout bug the tests catch)."""
    font = QFont(FONT_FAMILY)
    font.setBold(True)
    for px in range(largest, CALL_NUMBER_LEAST_PX - 1, -4):
        font.setPixelSize(px)
        metrics = QFontMetrics(font)
        if metrics.horizontalAdvance(text) <= width and metrics.height() <= height:
            return px
    return CALL_NUMBER_LEAST_PX


class _CallNumber(QLabel):
    """The number, as large as its space allows: its size comes from the layout, its font follows."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("call_number")
        set_role(self, TextRole.DISPLAY)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        least = QFont(FONT_FAMILY)
        least.setBold(True)
        least.setPixelSize(CALL_NUMBER_LEAST_PX)
        self.setMinimumHeight(QFontMetrics(least).height())
        self.px = CALL_NUMBER_LEAST_PX

    def fit(self) -> None:
        px = fitting_px(self.text() or "A000", self.contentsRect().width(), self.contentsRect().height())
        if px != self.px or not self.styleSheet():
            self.px = px
            self.setStyleSheet(f"font-size: {px}px;")

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
        layout.setContentsMargins(MARGIN // 2, MARGIN // 2, MARGIN // 2, MARGIN)
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

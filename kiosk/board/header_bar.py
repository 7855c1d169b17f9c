"""The board's header: the hall's name, as on its plaque (clause 4.2.3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QWidget

from common.ui.i18n import Retranslating, current_language, is_chinese
from kiosk.board.board_style import MARGIN, board_label


class HeaderBar(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hall_name = board_label("hall_name", heading=True, wrap=True)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(MARGIN + 8, 10, MARGIN + 8, 10)
        self._layout.setSpacing(MARGIN)
        self._layout.addWidget(self.hall_name, 1)
        self._names = ("", "")

    def add_below(self, widget: QWidget) -> None:
        """Put ``widget`` (in portrait: how current the board is, and the clock) under the hall's name,
        across the header."""
        self._layout.setDirection(QBoxLayout.Direction.TopToBottom)
        self._layout.setSpacing(0)
        self._layout.addWidget(widget)

    def remove(self, widget: QWidget) -> None:
        self._layout.removeWidget(widget)
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight)

    def show_hall(self, name: str, name_en: str) -> None:
        self._names = (name, name_en)
        self.retranslate()

    def retranslate(self) -> None:
        name, name_en = self._names
        self.hall_name.setText(name if is_chinese(current_language()) or not name_en else name_en)

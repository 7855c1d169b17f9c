"""Today's date and the time, in the hall's time zone and the screen's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from common.ui.i18n import Retranslating, translate
from kiosk.board.board_style import board_label


class DateClock(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = board_label("date", muted=True)
        self.clock = board_label("clock", align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self.date, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.clock)
        self._now: datetime | None = None

    def show_time(self, now: datetime) -> None:
        self._now = now
        self.clock.setText(f"{now:%H:%M}")
        day = QDate(now.year, now.month, now.day)
        # The date's format is translated with the other texts: "M月d日 dddd" in Chinese.
        self.date.setText(QLocale().toString(day, translate("DateClock", "ddd d MMM")))

    def retranslate(self) -> None:
        if self._now is not None:
            self.show_time(self._now)

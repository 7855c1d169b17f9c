"""How current the board is, in words: live, or offline with the age of what it shows ("updated 7 min
ago"), so nobody takes old figures for new ones. Anything short of live is in the attention colour."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from common.freshness import Freshness, Link
from common.ui.i18n import Retranslating, translate
from common.ui.theme import repolish
from kiosk.board.board_style import board_label


def freshness_text(status: Freshness, now: datetime) -> str:
    if status.is_live(now):
        return translate("StatusLine", "Live")
    minutes = status.age_minutes(now)
    if minutes is None:
        age = translate("StatusLine", "no data from the central store yet")
    elif minutes < 1:
        age = translate("StatusLine", "updated just now")
    else:
        age = translate("StatusLine", "updated {n} min ago").format(n=minutes)
    if status.link in (Link.ONLINE, Link.SYNCING):
        where = translate("StatusLine", "Catching up")
    elif status.link == Link.OFFLINE:
        where = translate("StatusLine", "Offline")
    else:
        where = translate("StatusLine", "Not connected")
    return translate("StatusLine", "{state} · {age}").format(state=where, age=age)


class StatusLine(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.freshness = board_label("freshness", small=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 4)
        layout.addWidget(self.freshness)
        self._status = Freshness()
        self._now: datetime | None = None

    def show_status(self, status: Freshness, now: datetime) -> None:
        self._status, self._now = status, now
        self.retranslate()

    @property
    def attention(self) -> bool:
        return self._now is not None and not self._status.is_live(self._now)

    def retranslate(self) -> None:
        if self._now is not None:
            self.freshness.setText(freshness_text(self._status, self._now))
        wanted = "true" if self.attention else "false"
        if self.property("attention") != wanted:
            self.setProperty("attention", wanted)
            for w in (self, self.freshness):
                repolish(w)

"""The hall's notices (``HallConfig.notices``) as one line scrolling right to left, slowly enough to read."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from common.ui.accessibility_audit import FindingKind, exempt
from common.ui.theme import TextRole, set_role

SPEED_PX_PER_S = 90
FRAME_MS = 33
SEPARATOR = "　　◆　　"
LINE_ROOM = 1.25
"""The line's height, in lines of its font: a little air above and below the scrolling text."""


class NoticeTicker(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_ticker")
        set_role(self, TextRole.BODY)
        exempt(self, FindingKind.CLIPPED_TEXT)  # a ticker is wider than the screen by design: it scrolls
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._text = ""
        self._offset = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_frame)

    def set_notices(self, notices: tuple[str, ...] | list[str]) -> None:
        text = SEPARATOR.join(notices)
        if text != self._text:
            self._text = text
            self._offset = 0.0
            self.setAccessibleName(text)
            self.update()
        self.set_running(bool(text) and self.isVisible())

    def set_running(self, running: bool) -> None:
        """Scroll (on) or hold still at the start (off: screenshots, or a hidden board)."""
        if running and self._text and not self._timer.isActive():
            self._timer.start()
        elif not running:
            self._timer.stop()

    def shown_text(self) -> str:
        return self._text

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setHeight(int(QFontMetrics(self.font()).height() * LINE_ROOM))
        return hint

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.set_running(True)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().hideEvent(event)
        self.set_running(False)

    def _on_frame(self) -> None:
        width = QFontMetrics(self.font()).horizontalAdvance(self._text + SEPARATOR)
        self._offset = (self._offset + SPEED_PX_PER_S * FRAME_MS / 1000) % max(width, 1)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        width = QFontMetrics(self.font()).horizontalAdvance(self._text + SEPARATOR)
        x = self.contentsRect().x() - int(self._offset)
        while x < self.width():
            painter.drawText(QRect(x, 0, width, self.height()), Qt.AlignmentFlag.AlignVCenter, self._text + SEPARATOR)
            x += width
        painter.end()

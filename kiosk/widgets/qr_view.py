"""A QR code drawn module by module (segno's matrix), sharp at any size, with its quiet zone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from common.printing.document import QrCode

QUIET = 4


class QrView(QWidget):
    def __init__(self, side: int = 240) -> None:
        super().__init__()
        self.setObjectName("qr")
        self._code: QrCode | None = None
        self._side = side
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(side, side)

    def set_side(self, side: int) -> None:
        self._side = side
        self.setFixedSize(side, side)

    def show_payload(self, payload: str) -> None:
        self._code = QrCode.of(payload) if payload else None
        self.update()

    @property
    def payload(self) -> str:
        return self._code.payload if self._code else ""

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if self._code is None:
            return
        rows = self._code.modules
        count = len(rows) + 2 * QUIET
        module = min(self.width(), self.height()) / count
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(rows):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF((x + QUIET) * module, (y + QUIET) * module, module, module))
        painter.end()

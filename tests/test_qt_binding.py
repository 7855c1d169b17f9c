"""The Qt binding itself: PySide6-Essentials 6.12.0 drops a reference to None on each call of a method
that returns nothing, and on Python 3.11 (where None is not immortal) the process aborts after a few
thousand calls ("Fatal Python error: none_dealloc"). pyproject.toml keeps that release out; this test
notices if another one does the same."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_methods_keep_nones_reference_count(qapp: object) -> None:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            painter.setPen(QColor("black"))
            painter.drawLine(QPointF(0, 0), QPointF(1, 1))
        assert sys.getrefcount(None) - before > -100
    finally:
        painter.end()

"""The rating pad's five faces, drawn rather than loaded: a smile for 非常满意 down to a frown for 非常不满意,
each in its own colour and with its own mouth, so the level reads without colour vision too."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap

from common.ratings_scale import RatingLevel

FACE_COLOURS = {
    RatingLevel.VERY_SATISFIED: ("#1E7B34", "#CDEFD6"),
    RatingLevel.SATISFIED: ("#3F7A12", "#E1F2C9"),
    RatingLevel.BASICALLY_SATISFIED: ("#7A5A00", "#FBEBB5"),
    RatingLevel.DISSATISFIED: ("#A3420F", "#FCDCC8"),
    RatingLevel.VERY_DISSATISFIED: ("#A31818", "#F9D0D0"),
}
"""Outline and fill of each face."""
MOUTH_BEND = {
    RatingLevel.VERY_SATISFIED: 0.55,
    RatingLevel.SATISFIED: 0.3,
    RatingLevel.BASICALLY_SATISFIED: 0.0,
    RatingLevel.DISSATISFIED: -0.3,
    RatingLevel.VERY_DISSATISFIED: -0.55,
}
"""How far the mouth's middle bends, as a share of its width: up is a smile."""


def face_pixmap(level: RatingLevel, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(round(size * device_pixel_ratio), round(size * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    edge, fill = (QColor(c) for c in FACE_COLOURS[level])
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    stroke = max(size / 22, 2.0)
    painter.setPen(QPen(edge, stroke))
    painter.setBrush(QBrush(fill))
    inset = stroke
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    painter.setBrush(QBrush(edge))
    painter.setPen(Qt.PenStyle.NoPen)
    eye = size * 0.075
    for x in (0.35, 0.65):
        painter.drawEllipse(QPointF(size * x, size * 0.4), eye, eye * 1.25)
    bend = MOUTH_BEND[level]
    left, right, y = size * 0.3, size * 0.7, size * (0.66 - bend * 0.12)
    mouth = QPainterPath(QPointF(left, y))
    mouth.quadTo(QPointF(size / 2, y + bend * size * 0.4), QPointF(right, y))
    pen = QPen(edge, stroke * 1.4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)
    painter.end()
    return pixmap

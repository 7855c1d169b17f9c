"""Draw the sample hall's work photos: one plain 300×400 portrait placeholder per staff member.

Each photo is a head-and-shoulders silhouette on a neutral background with the clerk's surname drawn
large, written to the ``photo`` path that ``staff.toml`` names. Nothing is downloaded.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_sample_photos.py [hall folder]
"""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_HALL = ROOT / "assets" / "sample_hall"
FONT_FILES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
)
WIDTH, HEIGHT = 300, 400
BACKGROUND_TOP = QColor("#e9eef4")
BACKGROUND_BOTTOM = QColor("#d3dde8")
FIGURE = QColor("#5d7188")  # one uniform colour for every silhouette
COLLAR = QColor("#f4f6f8")
LETTER = QColor("#ffffff")
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "尉迟", "公孙")


def surname(name: str) -> str:
    for compound in COMPOUND_SURNAMES:
        if name.startswith(compound) and len(name) > len(compound):
            return compound
    return name[:1]


def cjk_family() -> str:
    for path in FONT_FILES:
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id)
            for family in families:
                if family.endswith(" SC"):
                    return family
            if families:
                return families[0]
    return "Sans Serif"


def draw(name: str, family: str) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    gradient = QLinearGradient(0, 0, 0, HEIGHT)
    gradient.setColorAt(0, BACKGROUND_TOP)
    gradient.setColorAt(1, BACKGROUND_BOTTOM)
    p.fillRect(image.rect(), gradient)

    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(FIGURE)
    # shoulders and chest
    body = QPainterPath()
    body.moveTo(18, HEIGHT)
    body.lineTo(18, 352)
    body.cubicTo(18, 296, 62, 272, 112, 262)
    body.lineTo(188, 262)
    body.cubicTo(238, 272, 282, 296, 282, 352)
    body.lineTo(282, HEIGHT)
    body.closeSubpath()
    p.drawPath(body)
    # neck
    p.drawRoundedRect(QRectF(124, 210, 52, 64), 14, 14)
    # shirt collar: a light V under the neck
    p.setBrush(COLLAR)
    collar = QPainterPath()
    collar.moveTo(120, 262)
    collar.lineTo(150, 318)
    collar.lineTo(180, 262)
    collar.lineTo(164, 262)
    collar.lineTo(150, 290)
    collar.lineTo(136, 262)
    collar.closeSubpath()
    p.drawPath(collar)
    # head
    p.setBrush(FIGURE)
    head = QRectF(82, 70, 136, 156)
    p.drawEllipse(head)

    # the surname, large, inside the head
    text = surname(name)
    font = QFont(family)
    font.setPixelSize(84 if len(text) == 1 else 52)
    font.setWeight(QFont.Weight.Bold)
    p.setFont(font)
    p.setPen(QPen(LETTER))
    p.drawText(head.translated(QPointF(0, -2)), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return image


def main(argv: list[str]) -> int:
    hall = Path(argv[0]) if argv else DEFAULT_HALL
    with (hall / "staff.toml").open("rb") as f:
        staff = tomllib.load(f)["staff"]
    app = QGuiApplication.instance() or QGuiApplication([])
    family = cjk_family()
    for member in staff:
        target = hall / member["photo"]
        target.parent.mkdir(parents=True, exist_ok=True)
        if not draw(member["name"], family).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(f"{target.relative_to(hall)}  {member['name']}  {target.stat().st_size} bytes")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

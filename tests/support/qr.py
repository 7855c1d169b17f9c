"""Reads a QR code back from a printed page's image, as a phone or a scanner at the window would, and
compares what was drawn with segno's matrix module by module."""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp
from PIL import Image


@dataclass(frozen=True)
class Scanned:
    text: str
    left: float
    top: float
    side: float
    """The symbol's outer square in the image's pixels, without the quiet zone."""


def scan(image: Image.Image) -> list[Scanned]:
    found = []
    for result in zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode):
        p = result.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        found.append(Scanned(result.text, min(xs), min(ys), max(max(xs) - min(xs), max(ys) - min(ys))))
    return found


def drawn_modules(image: Image.Image, where: Scanned, size: int) -> tuple[tuple[bool, ...], ...]:
    """Dark or light at the centre of each of ``size`` x ``size`` modules of the scanned square."""
    grey = image.convert("L")
    module = where.side / size
    return tuple(
        tuple(
            grey.getpixel((round(where.left + (c + 0.5) * module), round(where.top + (r + 0.5) * module))) < 128  # type: ignore[operator]
            for c in range(size)
        )
        for r in range(size)
    )

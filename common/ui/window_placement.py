"""Where a program's window goes on screen: full screen in a hall, or one tile of a 2x2 grid (``--tile N``)
so the demo shows the board, the kiosk and two window clients side by side on one monitor.

Tiles are numbered left to right, top to bottom: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right.
The demo also runs each program at half scale (``QT_SCALE_FACTOR=0.5``), so a tile of a 1920x1080 monitor
holds a screen laid out for 1920x1080 at half size rather than a squeezed one.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

TILES = 4
COLUMNS = 2


def tile_number(text: str) -> int:
    """``--tile``'s argument type: a clear error for anything but 0, 1, 2 or 3."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a tile is a number from 0 to {TILES - 1}, not {text!r}") from None
    if not 0 <= n < TILES:
        raise argparse.ArgumentTypeError(f"a tile is a number from 0 to {TILES - 1}, not {n}")
    return n


def tile_rect(area: QRect, tile: int) -> QRect:
    """The part of ``area`` (a screen's available geometry) that tile ``tile`` covers; the tiles share it
    without gaps or overlaps, odd pixels going to the right and bottom tiles."""
    row, column = divmod(tile, COLUMNS)
    rows = TILES // COLUMNS
    left = area.left() + area.width() * column // COLUMNS
    right = area.left() + area.width() * (column + 1) // COLUMNS
    top = area.top() + area.height() * row // rows
    bottom = area.top() + area.height() * (row + 1) // rows
    return QRect(left, top, right - left, bottom - top)


def show_in_tile(window: QWidget, tile: int) -> None:
    """Show ``window`` as a normal window filling tile ``tile`` of the screen it is on."""
    screen = QWidget.screen(window)  # some windows name a method of their own ``screen``
    window.setGeometry(tile_rect(screen.availableGeometry(), tile))
    window.show()

"""The demo's 2x2 layout: four tiles share a screen exactly, and ``--tile`` refuses anything but 0-3."""

from __future__ import annotations

import argparse
import itertools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from common.ui.window_placement import TILES, show_in_tile, tile_number, tile_rect


@pytest.mark.parametrize("area", [QRect(0, 0, 1920, 1080), QRect(10, 30, 1365, 767), QRect(0, 0, 801, 599)])
def test_the_tiles_cover_the_screen_without_gaps_or_overlaps(area: QRect) -> None:
    tiles = [tile_rect(area, n) for n in range(TILES)]
    assert sum(t.width() * t.height() for t in tiles) == area.width() * area.height()
    for a, b in itertools.combinations(tiles, 2):
        assert not a.intersects(b)
    assert all(area.contains(t) for t in tiles)
    assert tiles[0].topLeft() == area.topLeft()
    assert tiles[3].bottomRight() == area.bottomRight()
    assert tiles[1].left() > tiles[0].left() and tiles[2].top() > tiles[0].top()


def test_a_window_fills_its_tile(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    show_in_tile(window, 3)
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    assert window.geometry() == tile_rect(area, 3)
    assert not window.isFullScreen()


@pytest.mark.parametrize("text", ["4", "-1", "two", ""])
def test_a_tile_outside_the_grid_is_refused_in_words(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="a tile is a number from 0 to 3"):
        tile_number(text)


def test_the_tiles_are_numbered_from_zero() -> None:
    assert [tile_number(str(n)) for n in range(TILES)] == [0, 1, 2, 3]

"""Every window's state at a glance: who is being called or served, a pause with the time the clerk is
expected back, a new clerk taking over, or closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from common.board.board_view import WindowLine, WindowPhase
from common.ui.i18n import Retranslating, translate
from common.ui.theme import repolish
from kiosk.board.board_style import GAP, MARGIN, board_label, mark_panel

TILE_MAX_HEIGHT = 96
"""Tiles grow to fill the panel, up to this: a hall with few windows gets no giant tiles."""


def phase_text(line: WindowLine) -> str:
    texts = {
        WindowPhase.CALLING: translate("WindowGrid", "Calling {number}"),
        WindowPhase.SERVING: translate("WindowGrid", "Serving {number}"),
        WindowPhase.PAUSED: translate("WindowGrid", "Paused too long")
        if line.unattended
        else translate("WindowGrid", "Back at {time}")
        if line.back_at
        else translate("WindowGrid", "Paused"),
        WindowPhase.HANDOVER: translate("WindowGrid", "New clerk"),
        WindowPhase.CLOSED: translate("WindowGrid", "Closed"),
        WindowPhase.OPEN: translate("WindowGrid", "Open"),
    }
    time = f"{line.back_at:%H:%M}" if line.back_at else ""
    return texts[line.phase].format(number=line.ticket or "", time=time)


class WindowTile(QWidget):
    """One window on one line: its number in bold, then its state."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.name = board_label("tile_name", align=Qt.AlignmentFlag.AlignCenter)
        self.state = board_label("tile_state", small=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 8, 4)
        layout.setSpacing(8)
        layout.addWidget(self.name)
        layout.addWidget(self.state, 1)
        self.setMaximumHeight(TILE_MAX_HEIGHT)
        self.line: WindowLine | None = None

    def show_line(self, line: WindowLine) -> None:
        changed = self.line is None or self.line.phase != line.phase
        self.line = line
        if changed:
            self.setProperty("phase", line.phase.value)
            repolish(self)
            for label in (self.name, self.state):
                repolish(label)
        self.retranslate()

    def retranslate(self) -> None:
        if self.line is None:
            return
        shown = translate("WindowGrid", "{window}", "the window's number on its tile")
        self.name.setText(shown.format(window=self.line.number))
        widest = shown.format(window=88)  # every tile's number as wide as a two-digit one, so states line up
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(widest) + 8)
        self.state.setText(phase_text(self.line))
        where = translate("WindowGrid", "Window {window}").format(window=self.line.number)
        self.setAccessibleName(f"{where}: {self.state.text()}")


class WindowGrid(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("window_grid")
        mark_panel(self)
        self.heading = board_label("windows_heading", heading=True)
        self._holder = QWidget()
        self._grid = QGridLayout(self._holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN)
        layout.setSpacing(GAP // 2)
        layout.addWidget(self.heading)
        layout.addWidget(self._holder, 1)
        self.tiles: dict[int, WindowTile] = {}
        self._columns = 2
        self.retranslate()

    def set_columns(self, columns: int) -> None:
        self._columns = columns
        self._place()

    def show_windows(self, lines: tuple[WindowLine, ...]) -> None:
        numbers = [line.number for line in lines]
        if numbers != list(self.tiles):
            for tile in self.tiles.values():
                tile.deleteLater()
            self.tiles = {n: WindowTile() for n in numbers}
            self._place()
        for line in lines:
            self.tiles[line.number].show_line(line)

    def _place(self) -> None:
        for i, tile in enumerate(self.tiles.values()):
            self._grid.removeWidget(tile)
            self._grid.addWidget(tile, i // self._columns, i % self._columns)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 1 if c < self._columns else 0)
        rows = -(-len(self.tiles) // self._columns)
        for r in range(self._grid.rowCount()):
            self._grid.setRowStretch(r, 1 if r < rows else 0)

    def retranslate(self) -> None:
        self.heading.setText(translate("WindowGrid", "Windows"))
        for tile in self.tiles.values():
            tile.retranslate()

"""The calls before the latest one, each with its window, newest first: a citizen who looked away sees
whether their number has been called, and where to go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from common.projection.state import Call
from common.ui.i18n import Retranslating, translate
from kiosk.board.board_style import GAP, MARGIN, board_label, mark_panel


class _CallRow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.number = board_label("recent_number")
        self.window = board_label("recent_window")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GAP)
        layout.addWidget(self.number)
        layout.addWidget(self.window, 1)


class RecentCallsPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recent_calls")
        mark_panel(self)
        self.heading = board_label("recent_heading", heading=True)
        self.empty = board_label("recent_empty", muted=True)
        self._grid_holder = QWidget()
        self._grid = QGridLayout(self._grid_holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(GAP * 2)
        self._grid.setVerticalSpacing(GAP // 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        layout.setSpacing(GAP // 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self._grid_holder)
        layout.addStretch(1)
        self._rows: list[_CallRow] = []
        self._calls: tuple[Call, ...] = ()
        self._columns, self._max_rows = 1, 5
        self.retranslate()

    def set_shape(self, columns: int, rows: int) -> None:
        """Show up to ``columns`` x ``rows`` calls, newest first down each column."""
        self._columns, self._max_rows = columns, rows
        self.show_calls(self._calls)

    @property
    def capacity(self) -> int:
        return self._columns * self._max_rows

    def show_calls(self, calls: tuple[Call, ...]) -> None:
        self._calls = calls
        shown = calls[: self.capacity]
        while len(self._rows) < len(shown):
            self._rows.append(_CallRow())
        for row in self._rows:
            self._grid.removeWidget(row)
            row.hide()
        for i in range(len(shown)):
            row = self._rows[i]
            self._grid.addWidget(row, i % self._max_rows, i // self._max_rows, Qt.AlignmentFlag.AlignTop)
            row.show()
        for column in range(self._columns):
            self._grid.setColumnStretch(column, 1)
        self.empty.setVisible(not shown)
        self.retranslate()

    def shown_numbers(self) -> list[str]:
        return [r.number.text() for r in self._rows if not r.isHidden()]

    def retranslate(self) -> None:
        self.heading.setText(translate("RecentCallsPanel", "Recent calls"))
        self.empty.setText(translate("RecentCallsPanel", "None yet today"))
        where = translate("RecentCallsPanel", "Window {window}")
        for row, call in zip(self._rows, self._calls[: self.capacity], strict=False):
            row.number.setText(call.number)
            row.window.setText(where.format(window=call.window))

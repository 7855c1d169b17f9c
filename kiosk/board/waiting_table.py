"""How many are waiting in each category and about how long the wait is (``common.projection.queue``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from common.board.board_view import CategoryLine
from common.ui.i18n import Retranslating, current_language, is_chinese, translate
from kiosk.board.board_style import GAP, MARGIN, board_label, mark_panel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class WaitingTable(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiting_table")
        mark_panel(self)
        self.heading = board_label("waiting_heading", heading=True)
        self.column_names = (
            board_label("column_category", muted=True, small=True),
            board_label("column_figures", muted=True, small=True, align=RIGHT),
        )
        holder = QWidget()
        self._grid = QGridLayout(holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(GAP)
        self._grid.setVerticalSpacing(2)
        for column, label in enumerate(self.column_names):
            self._grid.addWidget(label, 0, column)
        self._grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        layout.setSpacing(GAP // 2)
        layout.addWidget(self.heading)
        layout.addWidget(holder)
        layout.addStretch(1)
        self.rows: list[tuple[QLabel, QLabel]] = []
        self._lines: tuple[CategoryLine, ...] = ()
        self.retranslate()

    def show_categories(self, lines: tuple[CategoryLine, ...]) -> None:
        self._lines = lines
        while len(self.rows) < len(lines):
            row = (
                board_label("category_name", wrap=True, small=True),
                board_label("category_figures", align=RIGHT | Qt.AlignmentFlag.AlignTop, small=True),
            )
            for column, label in enumerate(row):
                self._grid.addWidget(label, len(self.rows) + 1, column)
            self.rows.append(row)
        for i, row in enumerate(self.rows):
            for label in row:
                label.setVisible(i < len(lines))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("WaitingTable", "Waiting"))
        service, figures = self.column_names
        service.setText(translate("WaitingTable", "Service"))
        figures.setText(translate("WaitingTable", "Waiting · time"))
        chinese = is_chinese(current_language())
        for (name, shown), line in zip(self.rows, self._lines, strict=False):
            name.setText(f"{line.letter}  {line.name if chinese or not line.name_en else line.name_en}")
            people = translate("WaitingTable", "{n} waiting").format(n=line.waiting)
            if line.wait_minutes is None:
                wait = translate("WaitingTable", "no window")
            else:
                wait = translate("WaitingTable", "about {n} min").format(n=line.wait_minutes)
            shown.setText(translate("WaitingTable", "{people} · {wait}").format(people=people, wait=wait))

"""Transferring the ticket held: to another category (the citizen keeps their place in that line) or to
one window (only that window may call it), with a note for the next clerk."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from common.hall_config import HallConfig
from common.projection.state import HallState, WindowStatus
from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import Surface, TextRole, set_surface
from window_client.widgets import push_button, text_label
from window_client.window_words import window_name, window_type_text


class TransferPanel(Retranslating, QWidget):
    submitted = Signal(object, object, str)
    """to_category (a letter or None), to_window (a number or None), note."""
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_panel")
        set_surface(self, Surface.CARD)
        self.title = text_label("transfer_title", TextRole.HEADING)
        self.to_category = QRadioButton()
        self.to_category.setObjectName("to_category")
        self.to_window = QRadioButton()
        self.to_window.setObjectName("to_window")
        self.categories = QComboBox()
        self.categories.setObjectName("category_choice")
        self.windows = QComboBox()
        self.windows.setObjectName("window_choice")
        self.categories.activated.connect(lambda _i: self.to_category.setChecked(True))
        self.windows.activated.connect(lambda _i: self.to_window.setChecked(True))
        self.note_label = text_label("transfer_note_label")
        self.note = QLineEdit()
        self.note.setObjectName("transfer_note")
        self.note.setMaxLength(200)
        self.message = text_label("transfer_message", wrap=True)
        self.message.setProperty("accent", "true")
        self.cancel = push_button("transfer_cancel", secondary=True)
        self.cancel.clicked.connect(self.cancelled)
        self.submit = push_button("transfer_submit")
        self.submit.clicked.connect(self._submit)
        grid = QGridLayout()
        grid.addWidget(self.to_category, 0, 0)
        grid.addWidget(self.categories, 0, 1)
        grid.addWidget(self.to_window, 1, 0)
        grid.addWidget(self.windows, 1, 1)
        grid.addWidget(self.note_label, 2, 0)
        grid.addWidget(self.note, 2, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.number = ""
        self.retranslate()

    def open_for(self, number: str, category: str, here: int, config: HallConfig, state: HallState) -> None:
        self.number = number
        self.categories.clear()
        for c in config.categories:
            if c.letter != category:
                self.categories.addItem(f"{c.letter}  {c.name}", c.letter)
        self.windows.clear()
        for w in config.windows:
            if w.number == here:
                continue
            status = state.window(w.number).status
            label = f"{window_name(w.number)}  {window_type_text(w.type)}  {'/'.join(w.categories)}"
            if status != WindowStatus.OPEN:
                label += "  " + (
                    translate("TransferPanel", "(paused)")
                    if status == WindowStatus.PAUSED
                    else translate("TransferPanel", "(closed)")
                )
            self.windows.addItem(label, w.number)
        self.to_category.setChecked(True)
        self.note.clear()
        self.message.setVisible(False)
        self.retranslate()
        self.categories.setFocus()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _submit(self) -> None:
        if self.to_window.isChecked():
            self.submitted.emit(None, self.windows.currentData(), self.note.text())
        else:
            self.submitted.emit(self.categories.currentData(), None, self.note.text())

    def choose_window(self, number: int) -> None:
        self.windows.setCurrentIndex(self.windows.findData(number))
        self.to_window.setChecked(True)

    def choose_category(self, letter: str) -> None:
        self.categories.setCurrentIndex(self.categories.findData(letter))
        self.to_category.setChecked(True)

    def retranslate(self) -> None:
        self.title.setText(translate("TransferPanel", "Transfer {number}").format(number=self.number))
        self.to_category.setText(translate("TransferPanel", "To the category"))
        self.to_window.setText(translate("TransferPanel", "To the window"))
        self.note_label.setText(translate("TransferPanel", "Note"))
        self.note.setPlaceholderText(translate("TransferPanel", "For the next clerk (optional)"))
        self.cancel.setText(translate("TransferPanel", "Cancel (Esc)"))
        self.submit.setText(translate("TransferPanel", "Transfer (F6)"))
        make_accessible(self.submit, self.submit.text(), self.title.text())

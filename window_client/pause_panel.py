"""Putting up the pause sign (暂停服务牌): why (the hall's list of reasons) and for how long. The citizen
screen shows the sign and a countdown; past the hall's limit the window counts as unattended (不得空岗)
and managers are alerted, so a long absence needs a stand-in (hand over) instead."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import Surface, TextRole, set_surface
from window_client.widgets import clear_layout, push_button, text_label

MINUTES = (5, 10, 15, 30, 60)


class PausePanel(Retranslating, QWidget):
    submitted = Signal(str, int)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pause_panel")
        set_surface(self, Surface.CARD)
        self.title = text_label("pause_form_title", TextRole.HEADING)
        self.reason_label = text_label("pause_reason_label")
        self._reasons = QGridLayout()
        self._reasons.setSpacing(8)
        self._reason_group = QButtonGroup(self)
        self.reason_buttons: list[QPushButton] = []
        minutes_row = self._build_minutes()
        self.limit = text_label("pause_limit", wrap=True, muted=True)
        self.message = text_label("pause_message", wrap=True)
        self.message.setProperty("accent", "true")
        self.cancel = push_button("pause_cancel", secondary=True)
        self.cancel.clicked.connect(self.cancelled)
        self.submit = push_button("pause_submit")
        self.submit.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.reason_label)
        layout.addLayout(self._reasons)
        layout.addWidget(self.minutes_label)
        layout.addLayout(minutes_row)
        layout.addWidget(self.limit)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.limit_minutes = 15
        self.retranslate()

    def _build_minutes(self) -> QHBoxLayout:
        self.minutes_label = text_label("pause_minutes_label")
        minutes_row = QHBoxLayout()
        self._minute_group = QButtonGroup(self)
        self.minute_buttons: dict[int, QPushButton] = {}
        for m in MINUTES:
            button = push_button(f"minutes_{m}", secondary=True)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, v=m: self.minutes.setValue(v))
            self._minute_group.addButton(button)
            self.minute_buttons[m] = button
            minutes_row.addWidget(button)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("pause_minutes")
        self.minutes.setRange(1, 240)
        self.minutes.setValue(10)
        self.minutes.valueChanged.connect(self._on_minutes)
        minutes_row.addWidget(self.minutes)
        minutes_row.addStretch(1)
        return minutes_row

    def open_with(self, reasons: list[str], limit_minutes: int) -> None:
        self.limit_minutes = limit_minutes
        clear_layout(self._reasons)
        for b in self.reason_buttons:
            self._reason_group.removeButton(b)
        self.reason_buttons = []
        for i, reason in enumerate(reasons):
            button = push_button(f"pause_reason_{i}", secondary=True)
            button.setCheckable(True)
            button.setText(reason)
            self._reason_group.addButton(button)
            self.reason_buttons.append(button)
            self._reasons.addWidget(button, i // 4, i % 4)
        if self.reason_buttons:
            self.reason_buttons[0].setChecked(True)
        self.minutes.setValue(10)
        self._on_minutes(10)
        self.message.setVisible(False)
        self.retranslate()

    def choose(self, reason: str, minutes: int) -> None:
        for b in self.reason_buttons:
            if b.text() == reason:
                b.setChecked(True)
        self.minutes.setValue(minutes)

    def _on_minutes(self, value: int) -> None:
        for m, button in self.minute_buttons.items():
            button.setChecked(m == value)
        self.retranslate()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _submit(self) -> None:
        chosen = next((b.text() for b in self.reason_buttons if b.isChecked()), "")
        self.submitted.emit(chosen, self.minutes.value())

    def retranslate(self) -> None:
        self.title.setText(translate("PausePanel", "Pause the window"))
        self.reason_label.setText(translate("PausePanel", "Reason"))
        self.minutes_label.setText(translate("PausePanel", "Back in (minutes)"))
        for m, button in self.minute_buttons.items():
            button.setText(translate("PausePanel", "{n} min").format(n=m))
            make_accessible(button, button.text(), self.minutes_label.text())
        if self.minutes.value() > self.limit_minutes:
            self.limit.setText(
                translate(
                    "PausePanel",
                    "Longer than the hall's limit of {n} min: the window will count as unattended. "
                    "Hand it over instead?",
                ).format(n=self.limit_minutes)
            )
        else:
            self.limit.setText(
                translate(
                    "PausePanel", "A pause longer than {n} min alerts the managers: the window counts as unattended."
                ).format(n=self.limit_minutes)
            )
        self.cancel.setText(translate("PausePanel", "Cancel (Esc)"))
        self.submit.setText(translate("PausePanel", "Pause (F8)"))
        make_accessible(self.submit, self.submit.text(), self.title.text())

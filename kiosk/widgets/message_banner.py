"""A message in plain words on the screen it concerns: why something was refused, that the printer is out
of paper, that a booking made offline was not accepted. It stays until the person acts (no timed pop-ups,
clause 5.3.4.10), in the attention colour, and is read aloud in elder mode by the screen that shows it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.theme import Surface, TextRole, set_surface
from kiosk.widgets.parts import text_label


class MessageBanner(QWidget):
    def __init__(self, name: str = "message") -> None:
        super().__init__()
        self.setObjectName(name)
        set_surface(self, Surface.ATTENTION)
        self.text = text_label(TextRole.BODY)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        make_accessible(self, text, text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")

    @property
    def message(self) -> str:
        return self.text.text() if self.isVisibleTo(self.parentWidget() or self) else ""

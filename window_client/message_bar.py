"""The console's messages in plain words: what was just done, what was refused and why, and — kept until
the clerk acts on it — a call lost to another window, with the next ticket offered in one press."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import translate
from common.ui.theme import repolish
from window_client.widgets import push_button, text_label


class Tone(StrEnum):
    DONE = "done"
    REFUSED = "refused"
    LOST = "lost"
    """A call undone because another window had the ticket first."""


class MessageBar(QWidget):
    offer_taken = Signal(str)
    """The clerk pressed the offered action (a ticket id to call)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.text = text_label("message_text", wrap=True)
        self.offer = push_button("message_offer")
        self.offer.clicked.connect(self._on_offer)
        self.dismiss = push_button("message_dismiss", secondary=True)
        self.dismiss.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.offer)
        row.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(row)
        self.tone: Tone | None = None
        self._offer_ticket = ""
        self.clear()

    def show_message(self, text: str, tone: Tone, *, offer: str = "", offer_ticket: str = "") -> None:
        """Show ``text``; a lost call is not replaced by a later "done" message until it is dismissed."""
        if self.tone == Tone.LOST and tone == Tone.DONE and self.isVisible():
            return
        self.tone = tone
        self.setProperty("tone", tone.value)
        repolish(self)
        repolish(self.text)
        self.text.setText(text)
        self._offer_ticket = offer_ticket
        self.offer.setText(offer)
        self.offer.setVisible(bool(offer))
        self.dismiss.setText(translate("MessageBar", "OK"))
        self.dismiss.setVisible(tone != Tone.DONE)
        make_accessible(self.offer, offer, translate("MessageBar", "Call this ticket now"))
        make_accessible(self.dismiss, self.dismiss.text(), translate("MessageBar", "Close this message"))
        self.setVisible(True)

    def clear(self) -> None:
        self.tone = None
        self._offer_ticket = ""
        self.text.setText("")
        self.setVisible(False)

    @property
    def offered_ticket(self) -> str:
        return self._offer_ticket if self.isVisible() else ""

    def _on_offer(self) -> None:
        ticket = self._offer_ticket
        self.clear()
        if ticket:
            self.offer_taken.emit(ticket)

"""A citizen marked no-show (过号) came back: their number, typed or picked from today's no-shows at this
window, goes back to the end of the line."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import Surface, TextRole, set_surface
from window_client.widgets import push_button, text_label


class RequeuePanel(Retranslating, QWidget):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requeue_panel")
        set_surface(self, Surface.CARD)
        self.title = text_label("requeue_title", TextRole.HEADING)
        self.hint = text_label("requeue_hint", wrap=True, muted=True)
        self.number = QLineEdit()
        self.number.setObjectName("requeue_number")
        self.number.setMaxLength(6)
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z][0-9]{0,5}"), self))
        self.number.returnPressed.connect(self._submit)
        self.recent_label = text_label("requeue_recent_label")
        self.recent = QListWidget()
        self.recent.setObjectName("no_shows")
        self.recent.itemClicked.connect(lambda item: self.number.setText(item.text()))
        self.recent.itemActivated.connect(lambda item: (self.number.setText(item.text()), self._submit()))
        self.message = text_label("requeue_message", wrap=True)
        self.message.setProperty("accent", "true")
        self.cancel = push_button("requeue_cancel", secondary=True)
        self.cancel.clicked.connect(self.cancelled)
        self.submit = push_button("requeue_submit")
        self.submit.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.number)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def open_with(self, no_shows: tuple[str, ...]) -> None:
        self.recent.clear()
        self.recent.addItems(list(no_shows))
        self.number.clear()
        self.message.setVisible(False)
        self.number.setFocus()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _submit(self) -> None:
        number = self.number.text().strip().upper()
        if number:
            self.submitted.emit(number)

    def retranslate(self) -> None:
        self.title.setText(translate("RequeuePanel", "Requeue a returning no-show"))
        self.hint.setText(translate("RequeuePanel", "The number goes to the end of its line."))
        self.number.setPlaceholderText(translate("RequeuePanel", "Ticket number, e.g. A012"))
        self.recent_label.setText(translate("RequeuePanel", "No-shows at this window today"))
        self.cancel.setText(translate("RequeuePanel", "Cancel (Esc)"))
        self.submit.setText(translate("RequeuePanel", "Requeue (F7)"))
        make_accessible(self.submit, self.submit.text(), self.title.text())

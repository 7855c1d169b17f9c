"""Staff number and PIN, checked against the roster this device last synced, so signing in works offline.
The same panel signs a clerk in at the start of a shift and lets another clerk take over (替岗)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import Surface, TextRole, set_surface
from window_client.widgets import push_button, text_label


class SignInPanel(Retranslating, QWidget):
    submitted = Signal(str, str)
    """Staff number and PIN."""
    cancelled = Signal()

    def __init__(self, *, handover: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handover = handover
        self.setObjectName("handover_panel" if handover else "sign_in_panel")
        set_surface(self, Surface.CARD)
        self.title = text_label("sign_in_title", TextRole.HEADING, wrap=True)
        self.info = text_label("sign_in_info", wrap=True, muted=True)
        self.staff = QLineEdit()
        self.staff.setObjectName("staff_number")
        self.staff.setMaxLength(16)
        self.staff.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,16}"), self))
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), self))
        self.staff.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self._submit)
        self.staff_label = text_label("staff_label")
        self.pin_label = text_label("pin_label")
        form = QFormLayout()
        form.setSpacing(12)
        form.addRow(self.staff_label, self.staff)
        form.addRow(self.pin_label, self.pin)
        self.message = text_label("sign_in_message", wrap=True)
        self.message.setProperty("accent", "true")
        self.message.setVisible(False)
        self.submit = push_button("sign_in_submit")
        self.submit.clicked.connect(self._submit)
        self.cancel = push_button("sign_in_cancel", secondary=True)
        self.cancel.clicked.connect(self.cancelled)
        self.cancel.setVisible(handover)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.submit)
        layout.addWidget(self.cancel)
        layout.addStretch(1)
        self._info = ""
        self.retranslate()

    def set_info(self, text: str) -> None:
        self._info = text
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.pin.clear()
        self.pin.setFocus()

    def reset(self) -> None:
        self.staff.clear()
        self.pin.clear()
        self.message.setText("")
        self.message.setVisible(False)
        self.staff.setFocus()

    def _submit(self) -> None:
        staff, pin = self.staff.text().strip().upper(), self.pin.text()
        if not staff:
            self.show_error(translate("SignInPanel", "Enter your staff number."))
            self.staff.setFocus()
            return
        if not pin:
            self.show_error(translate("SignInPanel", "Enter your PIN."))
            return
        self.submitted.emit(staff, pin)

    def retranslate(self) -> None:
        if self.handover:
            self.title.setText(translate("SignInPanel", "Hand over the window (stand-in)"))
            self.submit.setText(translate("SignInPanel", "Take over the window"))
        else:
            self.title.setText(translate("SignInPanel", "Sign in"))
            self.submit.setText(translate("SignInPanel", "Sign in"))
        self.staff_label.setText(translate("SignInPanel", "Staff number"))
        self.pin_label.setText(translate("SignInPanel", "PIN"))
        self.cancel.setText(translate("SignInPanel", "Cancel (Esc)"))
        make_accessible(self.staff, self.staff_label.text(), translate("SignInPanel", "Your staff number"))
        make_accessible(self.pin, self.pin_label.text(), translate("SignInPanel", "Your PIN, 4 to 8 digits"))
        make_accessible(self.submit, self.submit.text(), self.title.text())
        make_accessible(self.cancel, self.cancel.text(), translate("SignInPanel", "Keep the window as it is"))
        self.set_info(self._info)

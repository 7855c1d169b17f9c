"""Staff exit from the locked-down kiosk: reached by five taps on the hall's name, then the exit PIN on a
keypad, checked against the argon2 hash in the settings (``exit_pin_hash``). Five wrong PINs lock the pad
for a minute. No PIN configured means no exit here (the kiosk is stopped by its service manager)."""

from __future__ import annotations

import logging
import time

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from common.pins import verify_pin
from common.readability import DisplayMode
from common.ui.accessible import make_accessible
from common.ui.i18n import translate
from kiosk.context import KioskContext
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.widgets.keyboard import KeyPad
from kiosk.widgets.parts import button, text_label

log = logging.getLogger("hall.kiosk")

MAX_TRIES = 5
LOCK_S = 60.0


class StaffExitScreen(KioskScreen):
    route = "staff_exit"

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.intro = text_label(muted=True)
        self.pin = QLineEdit()
        self.pin.setObjectName("exit_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setProperty("code", "true")
        self.pin.setMaxLength(8)
        self.keypad = KeyPad(digits_only=True, name="pin_keys")
        self.keypad.attach(self.pin)
        self.exit_button = button("exit_confirm")
        self.exit_button.clicked.connect(self.try_exit)
        self.cancel = button("exit_cancel", secondary=True)
        self.cancel.clicked.connect(self.ctx.home)
        left = QVBoxLayout()
        left.addWidget(self.intro)
        left.addWidget(self.pin)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.keypad)
        buttons = QHBoxLayout()
        buttons.addWidget(self.exit_button)
        buttons.addWidget(self.cancel)
        right.addLayout(buttons)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self.layout_.addLayout(row, 1)
        self.failures = 0
        self.locked_until = 0.0
        self.retranslate()

    def try_exit(self) -> bool:
        pin = self.pin.text()
        self.pin.clear()
        pin_hash = self.ctx.options.exit_pin_hash
        if not pin_hash:
            self.show_message(translate("StaffExitScreen", "No exit PIN is set up on this kiosk (exit_pin_hash)."))
            return False
        if time.monotonic() < self.locked_until:
            self.show_message(translate("StaffExitScreen", "Too many wrong PINs. Please wait a minute."))
            return False
        if verify_pin(pin_hash, pin):
            log.info("kiosk: staff exit")
            self.failures = 0
            self.ctx.exit_requested.emit()
            return True
        self.failures += 1
        log.warning("kiosk: wrong exit PIN (%d)", self.failures)
        if self.failures >= MAX_TRIES:
            self.failures = 0
            self.locked_until = time.monotonic() + LOCK_S
        self.show_message(translate("StaffExitScreen", "Wrong PIN."))
        return False

    def enter(self, **args: object) -> None:
        super().enter(**args)
        self.pin.clear()

    def reset(self) -> None:
        super().reset()
        self.pin.clear()

    def set_mode(self, mode: DisplayMode) -> None:
        self.keypad.set_mode(mode)

    def retranslate(self) -> None:
        title = translate("StaffExitScreen", "Staff: leave the kiosk")
        intro = translate("StaffExitScreen", "Enter the exit PIN to close the kiosk program.")
        self.intro.setText(intro)
        make_accessible(
            self.pin, translate("StaffExitScreen", "Exit PIN"), translate("StaffExitScreen", "Four to eight digits.")
        )
        self.exit_button.setText(translate("StaffExitScreen", "Exit"))
        make_accessible(
            self.exit_button,
            translate("StaffExitScreen", "Exit"),
            translate("StaffExitScreen", "Closes the kiosk program."),
        )
        self.cancel.setText(translate("StaffExitScreen", "Cancel"))
        make_accessible(
            self.cancel,
            translate("StaffExitScreen", "Cancel"),
            translate("StaffExitScreen", "Back to the first screen."),
        )
        self.describe(title, intro)

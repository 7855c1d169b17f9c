"""Appointment check-in: type the appointment code on the on-screen keyboard and get a number. On time
(from an hour before the slot to the hall's grace after it), the number is served first; late, it is an
ordinary number. A code that is unknown, used or cancelled is refused in plain words; so is a check-in
outside the hall's hours, unless the appointment's extended-service slot is running."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from common import kiosk_actions as kiosk
from common.kiosk.opening_guard import check_check_in_hours
from common.opening_rules import OutsideHours
from common.projection.violations import RuleViolation
from common.readability import DisplayMode
from common.ui.accessible import make_accessible
from common.ui.hours_words import ticket_refusal
from common.ui.i18n import translate
from kiosk import words
from kiosk.context import KioskContext
from kiosk.refusals import REFUSALS, error_text
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.widgets.keyboard import KeyPad
from kiosk.widgets.parts import button, code_field, text_label

log = logging.getLogger("hall.kiosk")


class CheckInScreen(KioskScreen):
    route = "check_in"

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.intro = text_label(name="check_in_intro", muted=True)
        self.field = code_field("appointment_code", 12)
        self.field.textChanged.connect(self._on_text)
        self.keypad = KeyPad(name="code_keys")
        self.keypad.attach(self.field)
        self.submit = button("check_in_submit")
        self.submit.clicked.connect(self.check_in)
        self.back_button = button("back", secondary=True)
        self.back_button.clicked.connect(self.ctx.back)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.field)
        left.addWidget(self.keypad)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self.intro)
        right.addStretch(1)
        right.addWidget(self.submit)
        right.addWidget(self.back_button)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addLayout(left, 3)
        row.addLayout(right, 1)
        self.layout_.addLayout(row, 1)
        self.retranslate()

    def _on_text(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            self.field.setText(upper)
        self.submit.setEnabled(len(upper.strip()) >= 6)

    def check_in(self) -> None:
        code = self.field.text().strip()
        try:
            check_check_in_hours(self.ctx.device, code)
            receipt = kiosk.check_in(self.ctx.device, code)
        except OutsideHours as e:
            log.info("kiosk: check-in refused: %s", e)
            self.show_message(ticket_refusal(e.answer, e.at, other_services=False))
            return
        except REFUSALS as e:
            log.info("kiosk: check-in refused: %s", e)
            note = ""
            if isinstance(e, RuleViolation) and e.code == "unknown_appointment":  # booked elsewhere meanwhile?
                device = self.ctx.device
                note = words.offline_note(self.ctx.bridge.freshness, device.now(), device.bundle.config)
            self.show_message(words.sentences(error_text(e), note))
            return
        log.info("kiosk: appointment checked in", extra={"number": receipt.number, "channel": receipt.channel.value})
        self.field.clear()
        self.ctx.go("ticket", receipt=receipt)

    def enter(self, **args: object) -> None:
        super().enter(**args)
        self.field.setFocus()

    def reset(self) -> None:
        super().reset()
        self.field.clear()

    def set_mode(self, mode: DisplayMode) -> None:
        self.keypad.set_mode(mode)

    def retranslate(self) -> None:
        title = translate("CheckInScreen", "Appointment check-in")
        intro = translate(
            "CheckInScreen",
            "Type the appointment code from your booking message, then tap “Check in”. On time, you are served first.",
        )
        self.intro.setText(intro)
        make_accessible(
            self.field,
            translate("CheckInScreen", "Appointment code"),
            translate("CheckInScreen", "Eight letters and digits, typed with the keys below."),
        )
        self.submit.setText(translate("CheckInScreen", "Check in"))
        make_accessible(
            self.submit,
            translate("CheckInScreen", "Check in"),
            translate("CheckInScreen", "Checks in the appointment and gives your number."),
        )
        self.submit.setEnabled(len(self.field.text().strip()) >= 6)
        self.back_button.setText(translate("CheckInScreen", "Back"))
        make_accessible(
            self.back_button, translate("CheckInScreen", "Back"), translate("CheckInScreen", "The screen before.")
        )
        self.describe(title, intro, speech=words.sentences(title, intro))

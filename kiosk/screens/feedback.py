"""办不成事反映: "I could not get it done". A short form of taps: what went wrong (one or more), and a mobile
number if the citizen wants a reply (kept for the hall's answer, masked on every screen). What is
recorded is the hall's own wording, so the clerks who answer read it whatever the screen's language was."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from common import kiosk_actions as kiosk
from common.kiosk.form_choices import FEEDBACK_TOPICS, feedback_text
from common.privacy import mask_phone
from common.readability import DisplayMode
from common.ui.accessible import make_accessible
from common.ui.i18n import translate
from common.ui.theme import TextRole
from kiosk import words
from kiosk.context import KioskContext
from kiosk.refusals import REFUSALS
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.widgets.keyboard import KeyPad
from kiosk.widgets.parts import button, choice, code_field, text_label

log = logging.getLogger("hall.kiosk")

TOPICS, CONTACT, SENT = range(3)


def topic_words(code: str) -> str:
    return {
        "materials_unclear": translate("FeedbackScreen", "The materials needed were not made clear"),
        "many_trips": translate("FeedbackScreen", "I came several times and it is still not done"),
        "passed_around": translate("FeedbackScreen", "I was sent from one window or office to another"),
        "refused_no_reason": translate("FeedbackScreen", "I was refused without a reason"),
        "system_down": translate("FeedbackScreen", "A system fault stopped it"),
        "too_slow": translate("FeedbackScreen", "The promised time has passed"),
        "other": translate("FeedbackScreen", "Something else"),
    }[code]


class FeedbackScreen(KioskScreen):
    route = "feedback"

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.pages = QStackedWidget()
        self.layout_.addWidget(self.pages, 1)
        topics = QWidget()
        self.grid = QGridLayout(topics)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        self.topic_buttons: dict[str, QPushButton] = {}
        for c in FEEDBACK_TOPICS:
            b = choice(f"topic_{c.code}")
            b.toggled.connect(lambda _on: self.retranslate())
            self.topic_buttons[c.code] = b
        self._place_topics(DisplayMode.NORMAL)
        self.pages.addWidget(topics)
        contact = QWidget()
        self.contact_note = text_label(muted=True)
        self.phone = code_field("feedback_phone", 11)
        self.digits = KeyPad(digits_only=True, name="feedback_keys")
        self.digits.attach(self.phone)
        cbox = QHBoxLayout(contact)
        left = QVBoxLayout()
        left.addWidget(self.contact_note)
        left.addWidget(self.phone)
        left.addStretch(1)
        cbox.addLayout(left, 3)
        cbox.addWidget(self.digits, 2)
        self.pages.addWidget(contact)
        sent = QWidget()
        sbox = QVBoxLayout(sent)
        self.sent = text_label(TextRole.HEADING, name="feedback_sent")
        sbox.addWidget(self.sent)
        sbox.addStretch(1)
        self.pages.addWidget(sent)
        self.next_button = button("feedback_next")
        self.next_button.clicked.connect(self._next)
        self.back_button = button("back", secondary=True)
        self.back_button.clicked.connect(self._back)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.next_button)
        bar.addWidget(self.back_button)
        self.layout_.addLayout(bar)
        self.feedback_id = ""
        self.retranslate()

    def _place_topics(self, mode: DisplayMode) -> None:
        columns = 2
        for i, b in enumerate(self.topic_buttons.values()):
            self.grid.removeWidget(b)
            self.grid.addWidget(b, i // columns, i % columns)

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    def chosen(self) -> list[str]:
        return [code for code, b in self.topic_buttons.items() if b.isChecked()]

    def _next(self) -> None:
        if self.page == TOPICS:
            self.pages.setCurrentIndex(CONTACT)
        elif self.page == CONTACT:
            self.send()
            return
        else:
            self.ctx.home()
            return
        self.retranslate()
        if self.ctx.elder:
            self.ctx.read(self.opening())

    def _back(self) -> None:
        if self.page == CONTACT:
            self.pages.setCurrentIndex(TOPICS)
            self.retranslate()
        else:
            self.ctx.back()

    def send(self) -> None:
        try:
            self.feedback_id = kiosk.submit_feedback(
                self.ctx.device, feedback_text(self.chosen()), contact=self.phone.text().strip()
            )
        except REFUSALS as e:
            self.show_refusal(e)
            return
        log.info("kiosk: feedback submitted", extra={"feedback": self.feedback_id, "topics": ",".join(self.chosen())})
        self.pages.setCurrentIndex(SENT)
        self.retranslate()
        self.ctx.tell(self.sent.text())

    def enter(self, **args: object) -> None:
        super().enter(**args)
        self.reset()

    def reset(self) -> None:
        super().reset()
        for b in self.topic_buttons.values():
            b.setChecked(False)
        self.phone.clear()
        self.feedback_id = ""
        self.pages.setCurrentIndex(TOPICS)
        self.retranslate()

    def set_mode(self, mode: DisplayMode) -> None:
        self.digits.set_mode(mode)
        self._place_topics(mode)

    def retranslate(self) -> None:
        for code, b in self.topic_buttons.items():
            b.setText(topic_words(code))
            make_accessible(b, topic_words(code), translate("FeedbackScreen", "Tap to choose or unchoose."))
        page = self.page
        self.contact_note.setText(
            translate(
                "FeedbackScreen",
                "Would you like a reply? Type your mobile number; it is kept only for the reply and shown masked. "
                "Or tap “Send” without one.",
            )
        )
        make_accessible(
            self.phone,
            translate("FeedbackScreen", "Mobile number"),
            translate("FeedbackScreen", "Optional, for the hall's reply."),
        )
        next_text = {
            TOPICS: translate("FeedbackScreen", "Next"),
            CONTACT: translate("FeedbackScreen", "Send"),
            SENT: translate("FeedbackScreen", "Done"),
        }[page]
        self.next_button.setText(next_text)
        make_accessible(self.next_button, next_text, translate("FeedbackScreen", "Goes on to the next step."))
        self.next_button.setEnabled(page != TOPICS or bool(self.chosen()))
        self.back_button.setText(translate("FeedbackScreen", "Back"))
        make_accessible(
            self.back_button, translate("FeedbackScreen", "Back"), translate("FeedbackScreen", "The step before.")
        )
        self.back_button.setVisible(page != SENT)
        phone = mask_phone(self.phone.text())
        if phone:
            sent = translate(
                "FeedbackScreen", "Thank you. Your report is recorded; the hall will reply to {phone} in time."
            ).format(phone=phone)
        else:
            sent = translate("FeedbackScreen", "Thank you. Your report is recorded and will be followed up.")
        self.sent.setText(sent)
        titles = {
            TOPICS: translate("FeedbackScreen", "Could not get it done?"),
            CONTACT: translate("FeedbackScreen", "A reply?"),
            SENT: translate("FeedbackScreen", "Report sent"),
        }
        abouts = {
            TOPICS: translate("FeedbackScreen", "Tell us what went wrong: choose one or more, then tap “Next”."),
            CONTACT: self.contact_note.text(),
            SENT: sent,
        }
        self.describe(titles[page], abouts[page], speech=words.sentences(titles[page], abouts[page]))

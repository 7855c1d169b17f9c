"""Ask staff for help (帮办代办): one tap queues a request the window clients see at once (or as soon as the
network is back); the citizen is told to wait at the kiosk and when it was sent."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from common import kiosk_actions as kiosk
from common.events import HelpKind
from common.kiosk.form_choices import HELP_KINDS
from common.ui.accessible import make_accessible
from common.ui.i18n import translate
from common.ui.theme import TextRole
from kiosk import words
from kiosk.context import KioskContext
from kiosk.refusals import REFUSALS
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.widgets.parts import Tile, button, text_label

log = logging.getLogger("hall.kiosk")


def kind_texts(kind: HelpKind) -> tuple[str, str]:
    return {
        HelpKind.ASSIST: (
            translate("HelpScreen", "Help me with my business"),
            translate("HelpScreen", "A clerk helps you fill in forms and handle the item, or handles it for you."),
        ),
        HelpKind.ACCESSIBILITY: (
            translate("HelpScreen", "I find it hard to see, hear or move"),
            translate("HelpScreen", "A clerk comes to guide you through the hall."),
        ),
        HelpKind.SELF_SERVICE_STUCK: (
            translate("HelpScreen", "I am stuck at this machine"),
            translate("HelpScreen", "A clerk comes to this kiosk to help you use it."),
        ),
    }[kind]


class HelpScreen(KioskScreen):
    route = "help"

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.pages = QStackedWidget()
        self.layout_.addWidget(self.pages, 1)
        choose = QWidget()
        box = QVBoxLayout(choose)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        self.tiles: dict[HelpKind, Tile] = {}
        for kind in HELP_KINDS:
            tile = Tile(f"help_{kind.value}")
            tile.clicked.connect(lambda _c=False, k=kind: self.ask(k))
            self.tiles[kind] = tile
            box.addWidget(tile, 1)
        self.pages.addWidget(choose)
        sent = QWidget()
        sbox = QVBoxLayout(sent)
        self.sent = text_label(TextRole.HEADING, name="help_sent")
        self.sent_note = text_label(name="help_sent_note")
        sbox.addWidget(self.sent)
        sbox.addWidget(self.sent_note)
        sbox.addStretch(1)
        self.pages.addWidget(sent)
        self.back_button = button("back", secondary=True)
        self.back_button.clicked.connect(self.ctx.back)
        self.done = button("help_done")
        self.done.clicked.connect(self.ctx.home)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.done)
        bar.addWidget(self.back_button)
        self.layout_.addLayout(bar)
        self.request_id = ""
        self.sent_at = ""
        self.retranslate()

    def ask(self, kind: HelpKind) -> None:
        try:
            self.request_id = kiosk.request_help(self.ctx.device, kind, step="kiosk")
        except REFUSALS as e:
            self.show_refusal(e)
            return
        log.info("kiosk: help requested", extra={"kind": kind.value, "request": self.request_id})
        self.sent_at = words.clock(self.ctx.device.now(), self.ctx.device.bundle.config)
        self.pages.setCurrentIndex(1)
        self.retranslate()
        self.ctx.tell(self.opening())

    def enter(self, **args: object) -> None:
        super().enter(**args)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.request_id = ""
        self.pages.setCurrentIndex(0)
        self.retranslate()

    def retranslate(self) -> None:
        for kind, tile in self.tiles.items():
            tile.set_texts(*kind_texts(kind))
        self.back_button.setText(translate("HelpScreen", "Back"))
        make_accessible(
            self.back_button, translate("HelpScreen", "Back"), translate("HelpScreen", "The screen before.")
        )
        self.done.setText(translate("HelpScreen", "Done"))
        make_accessible(
            self.done, translate("HelpScreen", "Done"), translate("HelpScreen", "Back to the first screen.")
        )
        sent = self.pages.currentIndex() == 1
        self.done.setVisible(sent)
        self.back_button.setVisible(not sent)
        self.sent.setText(translate("HelpScreen", "The staff have been told (at {time}).").format(time=self.sent_at))
        self.sent_note.setText(
            translate("HelpScreen", "Please wait here at this kiosk: a clerk will come to you shortly.")
        )
        if sent:
            title = translate("HelpScreen", "Help is on the way")
            about = f"{self.sent.text()} {self.sent_note.text()}"
        else:
            title = translate("HelpScreen", "Ask staff for help")
            about = translate("HelpScreen", "Choose what you need; a clerk will come to this kiosk.")
        self.describe(title, about, speech=words.sentences(title, about))

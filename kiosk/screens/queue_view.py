"""The queue now: for each service, how many are waiting, how many windows are open for it and about how
long the wait is, following the hall live; offline, the age of the figures is said at the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from common.projection.queue import category_loads
from common.ui.accessible import make_accessible
from common.ui.i18n import translate
from common.ui.theme import Surface, TextRole, set_surface
from kiosk import words
from kiosk.board.status_line import freshness_text
from kiosk.context import KioskContext
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.widgets.parts import button, text_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class QueueScreen(KioskScreen):
    route = "queue"

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.freshness = text_label(name="queue_freshness")
        table = QWidget()
        set_surface(table, Surface.CARD)
        self.grid = QGridLayout(table)
        self.grid.setContentsMargins(24, 12, 24, 12)
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(0)
        self.headers = [text_label(TextRole.BODY, muted=True, wrap=False) for _ in range(4)]
        for c, h in enumerate(self.headers):
            if c:
                h.setAlignment(RIGHT)
            self.grid.addWidget(h, 0, c)
        self.grid.setColumnStretch(0, 1)
        self.rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []
        self.layout_.addWidget(table, 1)
        self.take = button("queue_take")
        self.take.clicked.connect(lambda: self.ctx.go("take_number"))
        self.back_button = button("back", secondary=True)
        self.back_button.clicked.connect(self.ctx.back)
        bar = QHBoxLayout()
        bar.addWidget(self.freshness, 1)
        bar.addWidget(self.take)
        bar.addWidget(self.back_button)
        self.layout_.addLayout(bar)
        self.retranslate()

    def refresh(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        device = self.ctx.device
        config = device.bundle.config
        now = device.now()
        loads = category_loads(device.state, config, device.today(), now)
        while len(self.rows) < len(loads):
            r = len(self.rows) + 1
            row = (
                text_label(wrap=False),
                text_label(wrap=False),
                text_label(wrap=False),
                text_label(wrap=False),
            )
            for c, label in enumerate(row):
                if c:
                    label.setAlignment(RIGHT)
                self.grid.addWidget(label, r, c)
            self.rows.append(row)
        for i, row in enumerate(self.rows):
            for label in row:
                label.setVisible(i < len(loads))
        lines = []
        for row, load in zip(self.rows, loads, strict=False):
            name = f"{load.letter}  {words.category_name(config, load.letter)}"
            wait = (
                words.wait(load.waiting, load.estimated_wait_minutes)
                if load.open_windows
                else translate("QueueScreen", "no window open")
            )
            row[0].setText(name)
            row[1].setText(str(load.waiting))
            row[2].setText(str(load.open_windows))
            row[3].setText(wait)
            lines.append(
                translate("QueueScreen", "{name}: {waiting}, {wait}").format(
                    name=name, waiting=words.waiting(load.waiting), wait=wait
                )
            )
        for h, text in zip(
            self.headers,
            (
                translate("QueueScreen", "Service"),
                translate("QueueScreen", "Waiting"),
                translate("QueueScreen", "Windows open"),
                translate("QueueScreen", "Estimated wait"),
            ),
            strict=True,
        ):
            h.setText(text)
        freshness = self.ctx.bridge.freshness
        live = freshness.is_live(now)
        self.freshness.setText(freshness_text(freshness, now))
        self.freshness.setProperty("badge", "false" if live else "true")
        self.freshness.style().unpolish(self.freshness)
        self.freshness.style().polish(self.freshness)
        self.take.setText(translate("QueueScreen", "Take a number"))
        make_accessible(
            self.take,
            translate("QueueScreen", "Take a number"),
            translate("QueueScreen", "Choose a service and get a number."),
        )
        self.back_button.setText(translate("QueueScreen", "Back"))
        make_accessible(
            self.back_button, translate("QueueScreen", "Back"), translate("QueueScreen", "The screen before.")
        )
        title = translate("QueueScreen", "The queue now")
        about = self.freshness.text()
        self.describe(title, about, speech=words.sentences(title, about, *lines))

"""The ticket on screen: the number very large, the service, people ahead and the estimated wait (kept
up to date while the screen is open), the time, a QR code of the ticket, and what the printer did. A
printer fault never hides the number: the screen says so and keeps it. Offline, the number is marked as
an offline number and the queue figures carry their age. At lunch, when no window serving the service keeps
lunch duty, it says when calling resumes."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from common import kiosk_actions as kiosk
from common.events import Channel
from common.kiosk.opening_guard import check_ticket_hours
from common.kiosk_actions import TicketReceipt
from common.opening_rules import calling_resumes_for
from common.printing.labels import Language
from common.printing.print_job import PrintJob
from common.printing.printer import PrinterFault
from common.printing.ticket import ticket_document
from common.ui.accessible import make_accessible
from common.ui.i18n import current_language, translate
from common.ui.theme import Surface, TextRole, set_surface
from kiosk import words
from kiosk.context import KioskContext
from kiosk.refusals import REFUSALS
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.widgets.parts import button, text_label
from kiosk.widgets.qr_view import QrView

log = logging.getLogger("hall.kiosk")


def take_ticket(
    ctx: KioskContext,
    source: KioskScreen,
    category: str,
    channel: Channel = Channel.NORMAL,
    items: list[str] | None = None,
    package: str | None = None,
) -> TicketReceipt | None:
    """Issue a ticket and show it; a refusal (outside the hall's hours too) is shown on ``source`` in plain
    words and changes nothing."""
    try:
        check_ticket_hours(ctx.device)
        receipt = kiosk.issue_ticket(ctx.device, category, channel, items, package)
    except REFUSALS as e:
        log.info("kiosk: ticket refused: %s", e)
        source.show_refusal(e)
        return None
    log.info("kiosk: ticket issued", extra={"number": receipt.number, "category": category, "channel": channel.value})
    ctx.go("ticket", receipt=receipt)
    return receipt


def fault_words(fault: PrinterFault | None) -> str:
    return {
        PrinterFault.OUT_OF_PAPER: translate("TicketScreen", "The printer is out of paper."),
        PrinterFault.UNREACHABLE: translate("TicketScreen", "The printer is not answering."),
        PrinterFault.COVER_OPEN: translate("TicketScreen", "The printer's cover is open."),
        PrinterFault.FAILED: translate("TicketScreen", "The printer has a fault."),
        None: "",
    }[fault]


class TicketScreen(KioskScreen):
    route = "ticket"
    painted = Signal()
    """The ticket has been painted on screen (once per ticket shown)."""

    def __init__(self, ctx: KioskContext) -> None:  # noqa: PLR0915 - built in one place, top to bottom
        super().__init__(ctx)
        self.receipt: TicketReceipt | None = None
        self.last_job: PrintJob | None = None
        self._printing = False
        self._print_when_painted = False
        self._announce_paint = False

        card = QWidget()
        card.setObjectName("ticket_card")
        set_surface(card, Surface.CARD)
        self.your_number = text_label(TextRole.HEADING, name="your_number", center=True)
        self.number = text_label(TextRole.DISPLAY, name="ticket_number", center=True, wrap=False)
        self.category = text_label(TextRole.HEADING, name="ticket_category", center=True)
        self.mark = text_label(name="ticket_mark", center=True)
        self.mark.setProperty("badge", "true")
        self.offline = text_label(name="offline_number", center=True)
        self.offline.setProperty("badge", "true")
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.your_number)
        left.addWidget(self.number)
        left.addWidget(self.category)
        for badge in (self.mark, self.offline):
            left.addWidget(badge, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addStretch(1)

        self.field_names: list[QLabel] = []
        self.field_values: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        for row, name in enumerate(("ahead", "wait", "issued")):
            label = text_label(name=f"{name}_label", muted=True, wrap=False)
            value = text_label(TextRole.HEADING, name=f"{name}_value")
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            self.field_names.append(label)
            self.field_values.append(value)
        grid.setColumnStretch(1, 1)
        self.figures_age = text_label(name="figures_age", muted=True)
        self.lunch_note = text_label(name="lunch_note")
        self.qr = QrView(220)
        self.qr_note = text_label(name="qr_note", muted=True, center=True)
        middle = QVBoxLayout()
        middle.addLayout(grid)
        middle.addWidget(self.figures_age)
        middle.addWidget(self.lunch_note)
        middle.addStretch(1)
        qr_box = QVBoxLayout()
        qr_box.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_box.addWidget(self.qr_note)
        qr_box.addStretch(1)
        row = QHBoxLayout(card)
        row.setContentsMargins(40, 24, 40, 24)
        row.setSpacing(40)
        row.addLayout(left, 5)
        row.addLayout(middle, 6)
        row.addLayout(qr_box, 3)

        self.print_status = text_label(name="print_status")
        self.done = button("ticket_done")
        self.done.clicked.connect(self.ctx.home)
        self.reprint = button("ticket_reprint", secondary=True)
        self.reprint.clicked.connect(self._print)
        self.queue_button = button("ticket_queue", secondary=True)
        self.queue_button.clicked.connect(lambda: self.ctx.go("queue"))
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.print_status, 1)
        buttons.addWidget(self.queue_button)
        buttons.addWidget(self.reprint)
        buttons.addWidget(self.done)
        self.layout_.addWidget(card, 1)
        self.layout_.addLayout(buttons)
        ctx.printing.job_finished.connect(self._on_job_finished)
        self.retranslate()

    # --- showing a ticket -------------------------------------------------------------------------------

    def enter(self, **args: object) -> None:
        super().enter()
        receipt = args.get("receipt")
        if isinstance(receipt, TicketReceipt):
            self.receipt = receipt
            self.last_job = None
            self._printing = False
            self._print_when_painted = self.ctx.printing.available
            self._announce_paint = True
            self.qr.show_payload(receipt.qr_payload)
        self.retranslate()
        self.update()

    def reset(self) -> None:
        super().reset()
        self.receipt = None
        self.last_job = None
        self._printing = False
        self._print_when_painted = False
        self.qr.show_payload("")
        self.retranslate()

    def refresh(self) -> None:
        """People ahead and the wait move as the hall calls numbers."""
        r = self.receipt
        if r is None or r.ticket_id not in self.ctx.device.state.tickets:
            return
        self.receipt = kiosk.receipt(self.ctx.device, self.ctx.device.state.tickets[r.ticket_id])
        self.retranslate()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._announce_paint and self.receipt is not None:
            self._announce_paint = False
            self.painted.emit()
        if self._print_when_painted:
            self._print_when_painted = False
            QTimer.singleShot(0, self._print)

    # --- printing -----------------------------------------------------------------------------------------

    def _print(self) -> None:
        r = self.receipt
        if r is None or not self.ctx.printing.available or self._printing:
            return
        document = ticket_document(r, self.ctx.device.bundle.config, Language.of(current_language()))
        self._printing = self.ctx.printing.submit(document)
        self.retranslate()

    def _on_job_finished(self, job: PrintJob) -> None:
        if self.receipt is None or job.reference != self.receipt.number:
            return
        self._printing = False
        self.last_job = job
        self.retranslate()
        if job.fault is not None:
            self.ctx.tell(self.print_status.text())

    def print_words(self) -> str:
        r = self.receipt
        if r is None:
            return ""
        if not self.ctx.printing.available:
            return translate("TicketScreen", "This kiosk has no printer. Please remember your number {number}.").format(
                number=r.number
            )
        if self._printing:
            return translate("TicketScreen", "Printing your ticket…")
        job = self.last_job
        if job is None:
            return ""
        if job.fault is not None:
            return translate(
                "TicketScreen",
                "{fault} Your ticket could not be printed, but your number {number} is kept: please remember it "
                "or take a photo. The staff have been told.",
            ).format(fault=fault_words(job.fault), number=r.number)
        return translate("TicketScreen", "Printed. Please take your ticket from the slot below.")

    def lunch_words(self) -> str:
        """During the lunch break, when no window serving the ticket's service keeps lunch duty: when
        calling resumes (the wait figures do not count the break)."""
        r = self.receipt
        if r is None:
            return ""
        resumes = calling_resumes_for(self.ctx.device.bundle.config, r.category, self.ctx.device.now())
        if resumes is None:
            return ""
        return translate("TicketScreen", "Lunch break: numbers for this service are called again from {time}.").format(
            time=f"{resumes:%H:%M}"
        )

    # --- texts --------------------------------------------------------------------------------------------

    def retranslate(self) -> None:  # noqa: PLR0915 - built in one place, top to bottom
        r = self.receipt
        config = self.ctx.device.bundle.config
        names = (
            translate("TicketScreen", "People ahead"),
            translate("TicketScreen", "Estimated wait"),
            translate("TicketScreen", "Taken at"),
        )
        for label, text in zip(self.field_names, names, strict=True):
            label.setText(text)
        self.your_number.setText(translate("TicketScreen", "Your number"))
        self.qr_note.setText(translate("TicketScreen", "Ticket code"))
        make_accessible(
            self.qr, translate("TicketScreen", "Ticket code"), translate("TicketScreen", "A QR code of your ticket.")
        )
        self.done.setText(translate("TicketScreen", "Done"))
        make_accessible(
            self.done, translate("TicketScreen", "Done"), translate("TicketScreen", "Back to the first screen.")
        )
        self.reprint.setText(translate("TicketScreen", "Print again"))
        make_accessible(
            self.reprint,
            translate("TicketScreen", "Print again"),
            translate("TicketScreen", "Prints the ticket once more."),
        )
        self.reprint.setVisible(self.ctx.printing.available)
        self.reprint.setEnabled(not self._printing and r is not None)
        self.queue_button.setText(translate("TicketScreen", "See the queue"))
        make_accessible(
            self.queue_button,
            translate("TicketScreen", "See the queue"),
            translate("TicketScreen", "Shows how many are waiting for each service."),
        )
        if r is None:
            self.number.setText("")
            self.category.setText("")
            for value in self.field_values:
                value.setText("")
            self.mark.hide()
            self.offline.hide()
            self.figures_age.hide()
            self.lunch_note.hide()
            self.print_status.setText("")
            self.describe(translate("TicketScreen", "Your ticket"), translate("TicketScreen", "No ticket is shown."))
            return
        self.number.setText(r.number)
        category = words.category_name(config, r.category)
        self.category.setText(category)
        ahead, wait = words.people_ahead(r.ahead), words.wait(r.ahead, r.estimated_wait_minutes)
        self.field_values[0].setText(
            translate("TicketScreen", "{n} people").format(n=r.ahead)
            if r.ahead
            else translate("TicketScreen", "nobody, you are next")
        )
        self.field_values[1].setText(wait)
        self.field_values[2].setText(words.date_time(r.issued_at, config))
        mark = {
            Channel.GREEN: translate("TicketScreen", "Green channel: served first"),
            Channel.APPOINTMENT: translate("TicketScreen", "Appointment: served first"),
            Channel.NORMAL: "",
        }[r.channel]
        self.mark.setText(mark)
        self.mark.setVisible(bool(mark))
        self.offline.setText(translate("TicketScreen", "Offline number: valid as usual"))
        self.offline.setVisible(r.offline_number)
        now = self.ctx.device.now()
        freshness = self.ctx.bridge.freshness
        age = freshness.age_minutes(now)
        if freshness.is_live(now):
            self.figures_age.hide()
        else:
            if age is None:
                text = translate("TicketScreen", "This kiosk is offline: people ahead and the wait are estimates.")
            else:
                text = translate("TicketScreen", "This kiosk is offline: queue figures as of {n} min ago.").format(
                    n=age
                )
            self.figures_age.setText(text)
            self.figures_age.show()
        lunch = self.lunch_words()
        self.lunch_note.setText(lunch)
        self.lunch_note.setVisible(bool(lunch))
        self.print_status.setText(self.print_words())
        caption = translate("TicketScreen", "Your number is {number}, {category}. {ahead}, {wait}.").format(
            number=r.number, category=category, ahead=ahead, wait=wait
        )
        caption = words.sentences(caption, lunch)
        self.describe(translate("TicketScreen", "Your ticket"), caption, speech=caption)

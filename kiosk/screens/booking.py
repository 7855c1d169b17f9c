"""Book an appointment in the hall's slots (clause 5.3.2.3): the service, the day (the next two weeks,
evenings, Saturdays and holiday openings marked), the time with the places left, a phone number if the
citizen wants one kept (masked), then the code to bring back, large and spelled out."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from common import kiosk_actions as kiosk
from common.kiosk.appointment_offers import DayOffers, SlotOffer, bookable_categories, days_with_offers
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
from kiosk.widgets.parts import Tile, button, code_field, discard, text_label
from kiosk.widgets.scroll_page import ScrollPage

log = logging.getLogger("hall.kiosk")

CATEGORY, DAY, TIME, PHONE, CONFIRM, DONE = range(6)


def _grid() -> tuple[QWidget, QGridLayout]:
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(14)
    return holder, grid


class BookingScreen(KioskScreen):
    route = "booking"

    def __init__(self, ctx: KioskContext) -> None:  # noqa: PLR0915 - built in one place, top to bottom
        super().__init__(ctx)
        self.step_note = text_label(name="booking_step", muted=True)
        self.layout_.insertWidget(1, self.step_note)
        self.pages = QStackedWidget()
        self.layout_.addWidget(self.pages, 1)
        self.category_holder, self.category_grid = _grid()
        self.day_holder, self.day_grid = _grid()
        self.time_holder, self.time_grid = _grid()
        self.pages.addWidget(self.category_holder)
        self.day_page = ScrollPage(self.day_holder, "days")
        self.pages.addWidget(self.day_page)
        self.time_page = ScrollPage(self.time_holder, "times")
        self.pages.addWidget(self.time_page)
        phone_page = QWidget()
        self.phone = code_field("booking_phone", 11)
        self.digits = KeyPad(digits_only=True, name="phone_keys")
        self.digits.attach(self.phone)
        self.phone_note = text_label(muted=True)
        phone_box = QHBoxLayout(phone_page)
        phone_left = QVBoxLayout()
        phone_left.addWidget(self.phone_note)
        phone_left.addWidget(self.phone)
        phone_left.addStretch(1)
        phone_box.addLayout(phone_left, 3)
        phone_box.addWidget(self.digits, 2)
        self.pages.addWidget(phone_page)
        confirm_page = QWidget()
        self.summary = text_label(TextRole.HEADING, name="booking_summary")
        confirm_box = QVBoxLayout(confirm_page)
        confirm_box.addWidget(self.summary)
        confirm_box.addStretch(1)
        self.pages.addWidget(confirm_page)
        done_page = QWidget()
        self.code_intro = text_label(TextRole.HEADING)
        self.code_shown = text_label(name="code_shown", wrap=False)
        self.done_note = text_label(name="booking_done_note")
        done_box = QVBoxLayout(done_page)
        done_box.addWidget(self.code_intro)
        done_box.addWidget(self.code_shown)
        done_box.addWidget(self.done_note)
        done_box.addStretch(1)
        self.pages.addWidget(done_page)

        self.back_button = button("back", secondary=True)
        self.back_button.clicked.connect(self._back)
        self.next_button = button("booking_next")
        self.next_button.clicked.connect(self._next)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        self.layout_.addLayout(bar)

        self.category: str | None = None
        self.day: DayOffers | None = None
        self.offer: SlotOffer | None = None
        self.code = ""
        self.category_tiles: list[Tile] = []
        self.day_tiles: list[Tile] = []
        self.time_tiles: list[Tile] = []
        self.days: list[DayOffers] = []
        self.retranslate()

    # --- steps --------------------------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    def _columns(self, prefix: str) -> int:
        return 3 if self.mode == DisplayMode.ELDER and prefix != "category" else 4

    def _fill(self, grid: QGridLayout, tiles: list[Tile], count: int, prefix: str) -> None:
        for tile in tiles:
            grid.removeWidget(tile)
            discard(tile)
        tiles.clear()
        for i in range(count):
            role = TextRole.BODY if self.mode == DisplayMode.ELDER else TextRole.HEADING
            tile = Tile(f"{prefix}_{i}", secondary=prefix != "category", title_role=role)
            tiles.append(tile)
            grid.addWidget(tile, i // self._columns(prefix), i % self._columns(prefix))

    def _show(self, step: int) -> None:
        if step == CATEGORY:
            letters = bookable_categories(self.ctx.device.bundle.config)
            self._fill(self.category_grid, self.category_tiles, len(letters), "category")
            for tile, letter in zip(self.category_tiles, letters, strict=True):
                tile.clicked.connect(lambda _c=False, letter=letter: self.choose_category(letter))
        elif step == DAY:
            self._fill(self.day_grid, self.day_tiles, len(self.days), "day")
            for tile, day in zip(self.day_tiles, self.days, strict=True):
                tile.clicked.connect(lambda _c=False, d=day.day: self.choose_day(d))
            self.day_page.to_top()
        elif step == TIME:
            offers = self.day.offers if self.day else ()
            self._fill(self.time_grid, self.time_tiles, len(offers), "time")
            for tile, offer in zip(self.time_tiles, offers, strict=True):
                tile.clicked.connect(lambda _c=False, o=offer: self.choose_time(o))
                tile.setEnabled(not offer.full)
                tile.set_off(offer.full)
            self.time_page.to_top()
        self.pages.setCurrentIndex(step)
        self.banner.clear()
        self.retranslate()
        if self.isVisible() and self.ctx.elder:
            self.ctx.read(self.opening())

    def choose_category(self, letter: str) -> None:
        device = self.ctx.device
        self.category = letter
        self.days = days_with_offers(device.bundle.config, device.state, letter, device.now())
        self._show(DAY)

    def choose_day(self, day: date) -> None:
        self.day = next(d for d in self.days if d.day == day)
        self._show(TIME)

    def choose_time(self, offer: SlotOffer) -> None:
        self.offer = offer
        self._show(PHONE)

    def _next(self) -> None:
        if self.step == PHONE:
            self._show(CONFIRM)
        elif self.step == CONFIRM:
            self.book()
        elif self.step == DONE:
            self.ctx.home()

    def _back(self) -> None:
        if self.step in (CATEGORY, DONE):
            self.ctx.back()
        else:
            self._show(self.step - 1)

    def book(self) -> None:
        offer = self.offer
        if offer is None:
            return
        try:
            self.code = kiosk.book_appointment(
                self.ctx.device, offer.category, offer.start, offer.end, phone=self.phone.text().strip()
            )
        except REFUSALS as e:
            log.info("kiosk: booking refused: %s", e)
            self.show_refusal(e)
            return
        log.info("kiosk: appointment booked", extra={"category": offer.category, "start": offer.start.isoformat()})
        self._show(DONE)

    # --- hooks --------------------------------------------------------------------------------------------

    def enter(self, **args: object) -> None:
        super().enter(**args)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.category, self.day, self.offer, self.code = None, None, None, ""
        self.days = []
        self.phone.clear()
        self._show(CATEGORY)

    def set_mode(self, mode: DisplayMode) -> None:
        self.digits.set_mode(mode)
        self._show(self.step)

    def refresh(self) -> None:
        if self.step == TIME and self.category and self.day:
            device = self.ctx.device
            self.days = days_with_offers(device.bundle.config, device.state, self.category, device.now())
            match = [d for d in self.days if d.day == self.day.day]
            if match:
                self.day = match[0]
                self._show(TIME)

    def _offer_text(self, offer: SlotOffer) -> tuple[str, str]:
        config = self.ctx.device.bundle.config
        title = f"{words.clock(offer.start, config)}–{words.clock(offer.end, config)}"
        left = (
            translate("BookingScreen", "Fully booked")
            if offer.full
            else translate("BookingScreen", "{n} places left").format(n=offer.left)
        )
        return title, f"{words.slot_kind(offer.kind)} · {left}"

    def retranslate(self) -> None:
        config = self.ctx.device.bundle.config
        for tile, letter in zip(self.category_tiles, bookable_categories(config), strict=False):
            name = words.category_name(config, letter)
            tile.set_texts(f"{letter}  {name}", description=translate("BookingScreen", "Book a time for this service"))
        for tile, day in zip(self.day_tiles, self.days, strict=False):
            kinds = " · ".join(words.slot_kind(k) for k in day.kinds)
            places = translate("BookingScreen", "{n} places left").format(n=day.left)
            tile.set_texts(words.day_text(day.day), f"{kinds} · {places}")
        if self.day is not None:
            for tile, offer in zip(self.time_tiles, self.day.offers, strict=False):
                title, detail = self._offer_text(offer)
                tile.set_texts(title, detail)
        make_accessible(
            self.phone,
            translate("BookingScreen", "Mobile number"),
            translate("BookingScreen", "Optional; kept masked, for a reminder."),
        )
        self.phone_note.setText(
            translate(
                "BookingScreen",
                "If you like, type a mobile number for a reminder. It is stored masked. Or tap “Next” to skip.",
            )
        )
        self.back_button.setText(translate("BookingScreen", "Back"))
        make_accessible(
            self.back_button, translate("BookingScreen", "Back"), translate("BookingScreen", "The step before.")
        )
        step = self.step
        next_text = {
            PHONE: translate("BookingScreen", "Next"),
            CONFIRM: translate("BookingScreen", "Confirm booking"),
            DONE: translate("BookingScreen", "Done"),
        }.get(step, "")
        self.next_button.setText(next_text)
        self.next_button.setVisible(bool(next_text))
        make_accessible(
            self.next_button,
            next_text or translate("BookingScreen", "Next"),
            translate("BookingScreen", "Goes on to the next step."),
        )
        self.back_button.setVisible(step != DONE)
        category = words.category_name(config, self.category) if self.category else ""
        if self.offer is not None:
            when = f"{words.day_text(self.offer.start.date())} {self._offer_text(self.offer)[0]}"
            phone = mask_phone(self.phone.text()) or translate("BookingScreen", "none")
            self.summary.setText(
                translate("BookingScreen", "{category}\n{when}\nMobile: {phone}").format(
                    category=category, when=when, phone=phone
                )
            )
        else:
            when = ""
        self.code_intro.setText(translate("BookingScreen", "Booked. Your appointment code:"))
        self.code_shown.setText(" ".join(self.code))
        self.done_note.setText(
            translate(
                "BookingScreen",
                "{category}, {when}. Please write the code down or take a photo; check in here with it on the day.",
            ).format(category=category, when=when)
        )
        titles = {
            CATEGORY: translate("BookingScreen", "Book an appointment: choose the service"),
            DAY: translate("BookingScreen", "Choose the day"),
            TIME: translate("BookingScreen", "Choose the time"),
            PHONE: translate("BookingScreen", "A phone number for a reminder?"),
            CONFIRM: translate("BookingScreen", "Please check your booking"),
            DONE: translate("BookingScreen", "Your appointment is booked"),
        }
        notes = {
            CATEGORY: translate(
                "BookingScreen", "Step 1 of 4. Evenings, Saturdays and holiday openings are bookable too."
            ),
            DAY: translate("BookingScreen", "Step 2 of 4. {category}: the next two weeks.").format(category=category),
            TIME: translate("BookingScreen", "Step 3 of 4. Each time shows the places left."),
            PHONE: translate("BookingScreen", "Step 4 of 4."),
            CONFIRM: translate("BookingScreen", "Tap “Confirm booking” if this is right."),
            DONE: translate("BookingScreen", "Bring this code when you come."),
        }
        if step == DAY and not self.days:
            notes[DAY] = translate("BookingScreen", "No times can be booked for this service in the next two weeks.")
        self.step_note.setText(notes[step])
        spoken = words.sentences(titles[step], notes[step])
        if step == CONFIRM:
            spoken = words.sentences(spoken, *self.summary.text().split("\n"))
        if step == DONE:
            spoken = words.sentences(
                spoken, translate("BookingScreen", "Your code is {code}.").format(code=words.spell(self.code))
            )
        self.describe(titles[step], notes[step], speech=spoken)

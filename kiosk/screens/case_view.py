"""Case progress (办件查询) by case number, and rating a finished case once (一事一评): the items, the stages
so far, the promised date, the applicant masked; five levels, and for 不满意 / 非常不满意 at least one reason
from the hall's list."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from common import kiosk_actions as kiosk
from common.kiosk.case_progress import CaseProgress, find_case
from common.projection.state import CaseStatus
from common.ratings_scale import RatingLevel
from common.readability import DisplayMode
from common.ui.accessible import make_accessible
from common.ui.i18n import translate
from common.ui.theme import TextRole
from kiosk import words
from kiosk.context import KioskContext
from kiosk.refusals import REFUSALS
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.widgets.keyboard import KeyPad
from kiosk.widgets.parts import button, choice, code_field, discard, text_label
from kiosk.widgets.scroll_page import ScrollPage

log = logging.getLogger("hall.kiosk")

LOOKUP, PROGRESS, RATE, THANKS = range(4)


def level_words(level: RatingLevel) -> str:
    return {
        RatingLevel.VERY_SATISFIED: translate("CaseScreen", "Very satisfied"),
        RatingLevel.SATISFIED: translate("CaseScreen", "Satisfied"),
        RatingLevel.BASICALLY_SATISFIED: translate("CaseScreen", "Basically satisfied"),
        RatingLevel.DISSATISFIED: translate("CaseScreen", "Dissatisfied"),
        RatingLevel.VERY_DISSATISFIED: translate("CaseScreen", "Very dissatisfied"),
    }[level]


class CaseScreen(KioskScreen):
    route = "case"

    def __init__(self, ctx: KioskContext) -> None:  # noqa: PLR0915 - built in one place, top to bottom
        super().__init__(ctx)
        self.pages = QStackedWidget()
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.pages, 1)
        self.layout_.addLayout(body, 1)
        # lookup
        lookup = QWidget()
        self.intro = text_label(muted=True)
        self.field = code_field("case_number", 40)
        self.field.textChanged.connect(self._on_text)
        self.keypad = KeyPad(name="case_keys")
        self.keypad.attach(self.field)
        box = QVBoxLayout(lookup)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.intro)
        box.addWidget(self.field)
        box.addWidget(self.keypad)
        box.addStretch(1)
        self.pages.addWidget(lookup)
        # progress
        progress = QWidget()
        pbox = QVBoxLayout(progress)
        pbox.setContentsMargins(0, 0, 16, 0)
        self.summary = text_label(TextRole.HEADING, name="case_summary")
        self.details = text_label(name="case_details")
        self.stages_head = text_label(TextRole.HEADING)
        self.stages = text_label(name="case_stages")
        for w in (self.summary, self.details, self.stages_head, self.stages):
            pbox.addWidget(w)
        pbox.addStretch(1)
        self.progress_page = ScrollPage(progress, "case_progress")
        self.pages.addWidget(self.progress_page)
        # rating
        rate = QWidget()
        rbox = QVBoxLayout(rate)
        rbox.setContentsMargins(0, 0, 0, 0)
        levels = QHBoxLayout()
        levels.setSpacing(12)
        self.level_group = QButtonGroup(self)
        self.level_buttons: dict[RatingLevel, QPushButton] = {}
        for level in RatingLevel:
            b = choice(f"level_{level.value}")
            b.toggled.connect(lambda _on: self.retranslate())
            self.level_group.addButton(b)
            self.level_buttons[level] = b
            levels.addWidget(b)
        self.reasons_head = text_label(TextRole.HEADING)
        self.reasons_grid = QGridLayout()
        self.reasons_grid.setSpacing(12)
        self.reason_buttons: list[QPushButton] = []
        rbox.addLayout(levels)
        rbox.addWidget(self.reasons_head)
        rbox.addLayout(self.reasons_grid)
        rbox.addStretch(1)
        self.pages.addWidget(rate)
        # thanks
        thanks = QWidget()
        tbox = QVBoxLayout(thanks)
        self.thanks = text_label(TextRole.HEADING, name="rating_thanks")
        tbox.addWidget(self.thanks)
        tbox.addStretch(1)
        self.pages.addWidget(thanks)

        self.look_up = button("case_look_up")
        self.look_up.clicked.connect(self.lookup)
        self.rate_button = button("case_rate")
        self.rate_button.clicked.connect(lambda: self._show(RATE))
        self.submit = button("rating_submit")
        self.submit.clicked.connect(self.rate)
        self.back_button = button("back", secondary=True)
        self.back_button.clicked.connect(self._back)
        bar = QVBoxLayout()
        bar.setSpacing(16)
        bar.addStretch(1)
        for b in (self.look_up, self.rate_button, self.submit, self.back_button):
            bar.addWidget(b)
        body.addLayout(bar)
        self.case: CaseProgress | None = None
        self._build_reasons()
        self._show(LOOKUP)

    # --- pages --------------------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    def _build_reasons(self) -> None:
        for b in self.reason_buttons:
            self.reasons_grid.removeWidget(b)
            discard(b)
        self.reason_buttons = []
        reasons = self.ctx.device.bundle.config.rating.bad_reasons
        columns = 3 if self.mode == DisplayMode.ELDER else 5
        for i, reason in enumerate(reasons):
            b = choice(f"reason_{i}")
            b.setText(reason)
            b.toggled.connect(lambda _on: self.retranslate())
            self.reason_buttons.append(b)
            self.reasons_grid.addWidget(b, i // columns, i % columns)

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        if page == RATE:
            self._clear_rating()
        self.retranslate()
        if self.isVisible() and self.ctx.elder:
            self.ctx.read(self.opening())

    def _clear_rating(self) -> None:
        """No level and no reason chosen (a new rating, or the next citizen)."""
        for b in (*self.level_buttons.values(), *self.reason_buttons):
            b.setAutoExclusive(False)
            b.setChecked(False)
        self.level_group.setExclusive(False)
        for b in self.level_buttons.values():
            b.setChecked(False)
        self.level_group.setExclusive(True)

    def _on_text(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            self.field.setText(upper)
        self.look_up.setEnabled(len(upper.strip()) >= 6)

    def lookup(self) -> None:
        device = self.ctx.device
        number = self.field.text().strip()
        case = find_case(device.state, device.bundle.catalogue, number, device.today())
        if case is None:
            not_found = translate(
                "CaseScreen",
                "We cannot find case {number}. Please check the number on your receipt; a case accepted "
                "in the last few minutes may not be here yet.",
            ).format(number=number)
            self.show_message(words.sentences(not_found, self._offline_note()))
            return
        self.case = case
        self.banner.clear()
        self._show(PROGRESS)

    def _offline_note(self) -> str:
        """Why a case may be missing here: the kiosk is offline (empty while it is connected)."""
        return words.offline_note(self.ctx.bridge.freshness, self.ctx.device.now(), self.ctx.device.bundle.config)

    @property
    def level(self) -> RatingLevel | None:
        return next((lv for lv, b in self.level_buttons.items() if b.isChecked()), None)

    def chosen_reasons(self) -> list[str]:
        return [b.text() for b in self.reason_buttons if b.isChecked()]

    def rate(self) -> None:
        case, level = self.case, self.level
        if case is None or level is None:
            return
        reasons = self.chosen_reasons() if level.is_bad else []
        if level.is_bad and not reasons:
            self.show_message(translate("CaseScreen", "Please choose at least one reason."))
            return
        try:
            kiosk.rate_case(self.ctx.device, case.number, level, reasons)
        except REFUSALS as e:
            log.info("kiosk: rating refused: %s", e)
            self.show_refusal(e)
            return
        log.info("kiosk: case rated", extra={"case": case.number, "level": level.value})
        self._reload()
        self._show(THANKS)

    def _reload(self) -> None:
        if self.case is not None:
            device = self.ctx.device
            self.case = find_case(device.state, device.bundle.catalogue, self.case.number, device.today())

    def _back(self) -> None:
        if self.page == LOOKUP:
            self.ctx.back()
        elif self.page == RATE:
            self._show(PROGRESS)
        else:
            self._show(LOOKUP)

    # --- hooks --------------------------------------------------------------------------------------------

    def enter(self, **args: object) -> None:
        super().enter(**args)
        self.reset()
        self.field.setFocus()
        number = args.get("number")
        if isinstance(number, str):  # straight from a self-service result
            self.field.setText(number)
            self.lookup()

    def reset(self) -> None:
        super().reset()
        self.case = None
        self.field.clear()
        self._clear_rating()
        self._show(LOOKUP)

    def set_mode(self, mode: DisplayMode) -> None:
        self.keypad.set_mode(mode)
        self._build_reasons()
        self.retranslate()

    def refresh(self) -> None:
        if self.page == PROGRESS:
            self._reload()
            self.retranslate()

    def retranslate(self) -> None:  # noqa: PLR0915 - built in one place, top to bottom
        config = self.ctx.device.bundle.config
        page = self.page
        self.intro.setText(
            translate("CaseScreen", "Type the case number printed on your acceptance receipt, then tap “Look up”.")
        )
        make_accessible(
            self.field,
            translate("CaseScreen", "Case number"),
            translate("CaseScreen", "Letters, digits and hyphens, typed with the keys below."),
        )
        level = self.level
        bad = level is not None and level.is_bad
        for lv, b in self.level_buttons.items():
            b.setText(level_words(lv))
            make_accessible(
                b, level_words(lv), translate("CaseScreen", "Rates the case {level}.").format(level=level_words(lv))
            )
        self.reasons_head.setText(translate("CaseScreen", "What went wrong? Choose at least one reason:"))
        self.reasons_head.setVisible(bad)
        for b in self.reason_buttons:
            b.setVisible(bad)
            make_accessible(b, b.text(), translate("CaseScreen", "A reason for the rating; tap to choose or unchoose."))
        self.look_up.setText(translate("CaseScreen", "Look up"))
        make_accessible(
            self.look_up, translate("CaseScreen", "Look up"), translate("CaseScreen", "Shows the case's progress.")
        )
        self.look_up.setVisible(page == LOOKUP)
        self.look_up.setEnabled(len(self.field.text().strip()) >= 6)
        self.rate_button.setText(translate("CaseScreen", "Rate this case"))
        make_accessible(
            self.rate_button,
            translate("CaseScreen", "Rate this case"),
            translate("CaseScreen", "One rating per case, from very satisfied to very dissatisfied."),
        )
        self.rate_button.setVisible(page == PROGRESS and self.case is not None and self.case.can_rate)
        self.submit.setText(translate("CaseScreen", "Submit rating"))
        make_accessible(
            self.submit, translate("CaseScreen", "Submit rating"), translate("CaseScreen", "Sends your rating.")
        )
        self.submit.setVisible(page == RATE)
        self.submit.setEnabled(level is not None and (not bad or bool(self.chosen_reasons())))
        self.back_button.setText(translate("CaseScreen", "Back"))
        make_accessible(
            self.back_button, translate("CaseScreen", "Back"), translate("CaseScreen", "The screen before.")
        )
        self.thanks.setText(
            translate("CaseScreen", "Thank you. Your rating of case {number} is recorded.").format(
                number=self.case.number if self.case else ""
            )
        )
        case = self.case
        if case is not None:
            items = "、".join((i.name if words.chinese() or not i.name_en else i.name_en) for i in case.items)
            status = (
                translate("CaseScreen", "Finished")
                if case.status == CaseStatus.COMPLETED
                else translate("CaseScreen", "In progress")
            )
            self.summary.setText(
                translate("CaseScreen", "Case {number}: {status}").format(number=case.number, status=status)
            )
            lines = [
                translate("CaseScreen", "Items: {items}").format(items=items),
                translate("CaseScreen", "Applicant: {name}").format(name=case.applicant or "—"),
                translate("CaseScreen", "Accepted: {when}").format(when=words.date_time(case.accepted_at, config)),
                translate("CaseScreen", "Promised by: {day}").format(day=words.full_date(case.promised_date)),
            ]
            if case.overdue:
                lines.append(
                    translate(
                        "CaseScreen", "The promised date has passed: you may report it under “Could not get it done?”."
                    )
                )
            if case.completed_at is not None:
                lines.append(
                    translate("CaseScreen", "Finished: {when}").format(when=words.date_time(case.completed_at, config))
                )
            if case.result:
                lines.append(translate("CaseScreen", "Result: {result}").format(result=case.result))
            if case.rated:
                lines.append(translate("CaseScreen", "You have rated this case. Thank you."))
            elif case.completed:
                lines.append(translate("CaseScreen", "You can rate this case once."))
            else:
                lines.append(translate("CaseScreen", "You can rate it once it is finished."))
            self.details.setText("\n".join(lines))
            self.stages_head.setText(translate("CaseScreen", "Progress"))
            stages = [f"{words.date_time(at, config)}  {stage}" for at, stage in case.stages]
            self.stages.setText("\n".join(stages) or translate("CaseScreen", "Accepted; no further step yet."))
        titles = {
            LOOKUP: translate("CaseScreen", "Case progress"),
            PROGRESS: translate("CaseScreen", "Case progress"),
            RATE: translate("CaseScreen", "Rate case {number}").format(number=case.number if case else ""),
            THANKS: translate("CaseScreen", "Thank you"),
        }
        abouts = {
            LOOKUP: self.intro.text(),
            PROGRESS: self.summary.text() if case else "",
            RATE: translate("CaseScreen", "Choose how satisfied you are. For the two lowest, choose a reason."),
            THANKS: self.thanks.text(),
        }
        speech = words.sentences(titles[page], abouts[page])
        if page == PROGRESS and case is not None:
            speech = words.sentences(speech, *self.details.text().split("\n"))
        self.describe(titles[page], abouts[page] or titles[page], speech=speech)

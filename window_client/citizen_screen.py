"""The citizen-facing screen (a second monitor, or a rating tablet facing the citizen), shown at all times:
the window's number and type; who is on duty with their photo, name, unit and staff number (clause 5.3.1);
then, by the window's state, the number called or served, the pause sign with its countdown, the lunch sign
(午休) at a window without lunch duty, the one-time notice, the rating pad (一次一评) or the thank-you.
A recent handover (替岗) is said in a banner.

Elder mode (长辈模式) is one touch: large type and targets, what opens and what is touched read aloud, and
every spoken word captioned. The screen draws a ``WindowView``; what the citizen does leaves as signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from common.catalogue import Catalogue
from common.projection.state import Visit
from common.readability import DisplayMode
from common.ui.accessible import make_accessible, speech_text
from common.ui.captions import CaptionBar
from common.ui.i18n import Retranslating, current_language, translate
from common.ui.speech import Speaker
from common.ui.theme import Surface, TextRole, font_family, set_surface
from common.window.window_view import PadPhase, WindowPhase, WindowView
from window_client.citizen_style import SIZES, citizen_stylesheet
from window_client.identity_card import IdentityCard
from window_client.lunch_sign import LunchSignPanel
from window_client.notice_panel import NoticePanel
from window_client.page_stack import PageStack
from window_client.pause_sign import PauseSignPanel
from window_client.rating_pad import RatingChoice, RatingPad
from window_client.stage_pages import CallPage, ClosedPage, ThanksPage
from window_client.widgets import push_button, text_label
from window_client.window_words import window_name, window_type_text

SIZE = (1920, 1080)
"""The screen it is laid out for (a second monitor); it also fits a 1280x800 rating tablet."""


class CitizenScreen(Retranslating, QWidget):
    rating_submitted = Signal(str, object)
    """The visit's id and the ``RatingChoice``."""
    pad_touched = Signal()
    notice_read = Signal(str)
    """The citizen read the one-time notice of this visit."""
    mode_changed = Signal(object)

    def __init__(self, speaker: Speaker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizen_screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.speaker = speaker
        self.mode = DisplayMode.NORMAL
        self._family = font_family(current_language())
        self._build_band()
        self._build_body(speaker)

        self.pad.submitted.connect(self._on_pad_submitted)
        self.pad.touched.connect(self.pad_touched)
        self.pad.read_aloud.connect(self._read)
        self.notice.done.connect(self._on_notice_read)

        self.view: WindowView | None = None
        self._photo: Path | None = None
        self._notice_for: str | None = None
        self._catalogue: Catalogue | None = None
        self._reasons: tuple[str, ...] = ()
        self._spoken_page = ""
        self.set_mode(DisplayMode.NORMAL)
        self.resize(*SIZE)

    def _build_band(self) -> None:
        self.band = QWidget()
        self.band.setObjectName("band")
        set_surface(self.band, Surface.BAND)
        self.window_title = text_label("window_title", TextRole.TITLE)
        self.window_type = text_label("window_type", TextRole.HEADING)
        self.department = text_label("department", wrap=True)
        self.elder_button = push_button("elder_toggle", secondary=True)
        self.elder_button.clicked.connect(self._on_elder_toggled)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        first = QHBoxLayout()
        first.setSpacing(24)
        first.addWidget(self.window_title)
        first.addWidget(self.window_type)
        first.addStretch(1)
        titles.addLayout(first)
        titles.addWidget(self.department)
        self._band_layout = QHBoxLayout(self.band)
        self._band_layout.addLayout(titles, 1)
        self._band_layout.addWidget(self.elder_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def _build_body(self, speaker: Speaker | None) -> None:
        self.identity = IdentityCard()
        self.handover = QWidget()
        self.handover.setObjectName("handover_banner")
        self.handover.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.handover_text = text_label("handover_text", wrap=True)
        banner = QHBoxLayout(self.handover)
        banner.setContentsMargins(20, 8, 20, 8)
        banner.addWidget(self.handover_text)

        self.closed_page = ClosedPage()
        self.call_page = CallPage()
        self.pause_sign = PauseSignPanel()
        self.lunch_sign = LunchSignPanel()
        self.notice = NoticePanel()
        self.pad = RatingPad()
        self.thanks = ThanksPage()
        self.stage = PageStack()
        self.stage.setObjectName("stage")
        pages = (self.closed_page, self.call_page, self.pause_sign, self.lunch_sign, self.notice, self.pad, self.thanks)
        for page in pages:
            self.stage.addWidget(page)
        self.captions = CaptionBar(lines=1)
        if speaker is not None:
            self.captions.follow(speaker)

        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.handover)
        right.addWidget(self.stage, 1)
        self._body = QHBoxLayout()
        self._body.addWidget(self.identity)
        self._body.addLayout(right, 1)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.band)
        root.addLayout(self._body, 1)
        root.addWidget(self.captions)

    # --- what it shows ----------------------------------------------------------------------------------

    def show_view(
        self,
        view: WindowView,
        *,
        photo: Path | None = None,
        notice_visit: str | None = None,
        catalogue: Catalogue | None = None,
        reasons: tuple[str, ...] = (),
    ) -> None:
        """Draw ``view``; ``notice_visit`` is a visit whose one-time notice is shown before the pad."""
        old = self.view
        self.view, self._photo, self._notice_for = view, photo, notice_visit
        self._catalogue, self._reasons = catalogue, reasons
        self.identity.show_clerk(view.clerk, photo)
        visit = view.rating_visit
        if view.pad == PadPhase.RATE and visit is not None:
            if old is None or old.pad != PadPhase.RATE or old.rating_visit is None or old.rating_visit.id != visit.id:
                self.pad.start(visit.id, reasons)
            else:
                self.pad.set_reasons(reasons)
        self._choose_page(visit)
        self.retranslate()
        self._read_page_if_new()

    def _choose_page(self, visit: Visit | None) -> None:
        view = self.view
        assert view is not None
        if view.phase == WindowPhase.CLOSED:
            page: QWidget = self.closed_page
        elif view.pad == PadPhase.RATE and visit is not None:
            if self._notice_for == visit.id and self._catalogue is not None:
                self.notice.show_visit(visit, self._catalogue)
                page = self.notice
            else:
                page = self.pad
        elif view.pad == PadPhase.THANKS:
            self.thanks.show_level(view.rated_level, SIZES[self.mode].face_px)
            page = self.thanks
        elif view.phase == WindowPhase.PAUSED:
            self.pause_sign.show_sign(view.pause)
            page = self.pause_sign
        elif view.lunch_until is not None:
            self.lunch_sign.show_resumes_at(view.lunch_until)
            page = self.lunch_sign
        else:
            self.call_page.show_view(view)
            page = self.call_page
        self.stage.setCurrentWidget(page)
        self.identity.set_compact(page in (self.pad, self.notice, self.thanks))

    @property
    def page(self) -> str:
        """Which page is shown: closed, call, pause, lunch, notice, pad or thanks (for tests and logs)."""
        return {
            self.closed_page: "closed",
            self.call_page: "call",
            self.pause_sign: "pause",
            self.lunch_sign: "lunch",
            self.notice: "notice",
            self.pad: "pad",
            self.thanks: "thanks",
        }[self.stage.currentWidget()]

    def tick(self, view: WindowView) -> None:
        """Once a second: the countdown, and pages that time out (the thank-you, the handover banner)."""
        if self.view is None or _page_key(view) != _page_key(self.view) or view.handed_over != self.view.handed_over:
            self.show_view(
                view, photo=self._photo, notice_visit=self._notice_for, catalogue=self._catalogue, reasons=self._reasons
            )
            return
        self.view = view
        if view.phase == WindowPhase.PAUSED and self.stage.currentWidget() is self.pause_sign:
            self.pause_sign.show_sign(view.pause)

    # --- elder mode and read-aloud ----------------------------------------------------------------------

    def set_mode(self, mode: DisplayMode) -> None:
        self.mode = mode
        sizes = SIZES[mode]
        self._family = font_family(current_language())
        self.setStyleSheet(citizen_stylesheet(mode, self._family))
        self.identity.set_sizes(
            sizes.photo, sizes.compact_photo, (sizes.card_width, sizes.compact_card_width), sizes.margin, sizes.gap
        )
        self._band_layout.setContentsMargins(sizes.margin, sizes.margin // 2, sizes.margin, sizes.margin // 2)
        self._body.setContentsMargins(sizes.margin, sizes.gap, sizes.margin, sizes.gap)
        self._body.setSpacing(sizes.gap)
        self.pad.set_face_size(sizes.face_px)
        if self.view is not None and self.view.rated_level is not None:
            self.thanks.show_level(self.view.rated_level, sizes.face_px)
        self.captions.setVisible(mode == DisplayMode.ELDER)
        self.retranslate()

    def _on_elder_toggled(self) -> None:
        elder = self.mode != DisplayMode.ELDER
        self.set_mode(DisplayMode.ELDER if elder else DisplayMode.NORMAL)
        self.pad_touched.emit()
        self.mode_changed.emit(self.mode)
        if elder:
            self._spoken_page = self._page_key()
            self._read(self.reading())
        elif self.speaker is not None:
            self.speaker.stop()

    def _read(self, text: str) -> None:
        if self.mode == DisplayMode.ELDER and self.speaker is not None:
            self.speaker.read_aloud(text, current_language())

    def reading(self) -> str:
        """What elder mode reads of the screen now: the page shown, or on the rating pad past its faces
        (choosing reasons, leaving a number) that step, where the citizen is."""
        page = self.stage.currentWidget()
        if page is self.pad and self.pad.pages.currentWidget() is not self.pad.levels_page:
            page = self.pad.pages.currentWidget()
        return speech_text(page)

    def _page_key(self) -> str:
        """What identifies the page shown, for reading it once: its name and what it says."""
        if self.page == "pause":
            return f"pause:{self.pause_sign.reason.text()}"
        return f"{self.page}:{speech_text(self.stage.currentWidget())}"

    def _read_page_if_new(self) -> None:
        """In elder mode, read a page aloud when it opens (or its number changes), not on every redraw."""
        key = self._page_key()
        if key == self._spoken_page:
            return
        self._spoken_page = key
        self._read(speech_text(self.stage.currentWidget()))

    # --- what the citizen does --------------------------------------------------------------------------

    def _on_pad_submitted(self, choice: RatingChoice) -> None:
        if self.pad.visit_id is not None:
            self.rating_submitted.emit(self.pad.visit_id, choice)

    def _on_notice_read(self) -> None:
        self.pad_touched.emit()
        if self._notice_for is not None:
            visit = self._notice_for
            self._notice_for = None
            self.notice_read.emit(visit)
            if self.view is not None:
                self.show_view(self.view, photo=self._photo, catalogue=self._catalogue, reasons=self._reasons)

    # --- words ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        family = font_family(current_language())
        if family != self._family:
            self._family = family
            self.setStyleSheet(citizen_stylesheet(self.mode, family))
        view = self.view
        if view is None:
            return
        self.window_title.setText(window_name(view.number))
        self.window_type.setText(window_type_text(view.type))
        hall = view.hall_name_en if current_language() == "en" and view.hall_name_en else view.hall_name
        self.department.setText(f"{hall} · {view.department}" if view.department else hall)
        elder = self.mode == DisplayMode.ELDER
        self.elder_button.setText(
            translate("CitizenScreen", "Standard mode") if elder else translate("CitizenScreen", "Elder mode")
        )
        make_accessible(
            self.elder_button,
            self.elder_button.text(),
            translate("CitizenScreen", "Back to normal type")
            if elder
            else translate("CitizenScreen", "Large type, everything read aloud and captioned"),
        )
        clerk = view.clerk
        page = self.stage.currentWidget()
        if view.handed_over and clerk is not None and page in (self.call_page, self.pause_sign, self.lunch_sign):
            self.handover_text.setText(
                translate(
                    "CitizenScreen", "A new clerk has taken over: {name}, staff No. {number}, now serves you."
                ).format(name=clerk.name, number=clerk.number)
            )
            self.handover.setVisible(True)
        else:
            self.handover_text.setText("")
            self.handover.setVisible(False)
        self.captions.set_idle_text(translate("CitizenScreen", "What is read aloud is shown here."))
        page = self.stage.currentWidget()
        where = f"{self.window_title.text()} {self.window_type.text()}"
        said = " ".join(t for t in (where, speech_text(self.identity), speech_text(page)) if t)
        make_accessible(self, translate("CitizenScreen", "Window screen"), where, speech=said)


def _page_key(view: WindowView) -> tuple[object, ...]:
    visit = view.rating_visit.id if view.rating_visit is not None else None
    return (
        view.phase,
        view.pad,
        visit,
        view.ticket,
        view.calls,
        view.clerk,
        view.pause is not None and view.pause.overdue,
        view.lunch_until,
    )

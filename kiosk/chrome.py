"""The parts of the kiosk on every screen: at the top the hall's name, the three languages, the elder-mode
toggle and "home"; at the bottom the captions of everything spoken, "read this page", slower and faster
speech, and how current the queue figures are."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from common.freshness import Freshness
from common.readability import DisplayMode
from common.ui.accessible import make_accessible
from common.ui.captions import CaptionBar
from common.ui.i18n import LANGUAGES, NAMES, Retranslating, current_language, is_chinese, translate
from common.ui.theme import Surface, TextRole, set_surface
from kiosk.board.status_line import freshness_text
from kiosk.widgets.parts import button, text_label

FRESHNESS_EMS = 12
"""The freshness note's width in characters of its font: two short lines."""
CAPTION_LINES = 2
"""The caption bar holds two lines; a longer text is read (and captioned) a part at a time."""
STAFF_TAPS = 5
STAFF_TAP_WINDOW_S = 4.0
"""Five taps on the hall's name within four seconds open the staff exit (no button a citizen could find)."""


class TopBar(Retranslating, QWidget):
    language_chosen = Signal(str)
    elder_toggled = Signal(bool)
    home_requested = Signal()
    staff_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("top_bar")
        set_surface(self, Surface.BAND)
        self.hall_name = text_label(TextRole.BODY, name="hall_name")
        self.hall_name.installEventFilter(self)
        self.languages: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.setSpacing(12)
        layout.addWidget(self.hall_name, 1)
        for lang in LANGUAGES:
            b = button(f"language_{lang}", secondary=True)
            b.setCheckable(True)
            b.clicked.connect(lambda _c=False, lang=lang: self.language_chosen.emit(lang))
            self.languages[lang] = b
            layout.addWidget(b)
        self.elder = button("elder_toggle")
        self.elder.setCheckable(True)
        self.elder.clicked.connect(lambda: self.elder_toggled.emit(self.elder.isChecked()))
        self.home = button("home_button", secondary=True)
        self.home.clicked.connect(self.home_requested)
        layout.addSpacing(12)
        layout.addWidget(self.elder)
        layout.addWidget(self.home)
        self._names = ("", "")
        self._taps: list[float] = []
        self._mode = DisplayMode.NORMAL

    def show_hall(self, name: str, name_en: str) -> None:
        self._names = (name, name_en)
        self.retranslate()

    def set_mode(self, mode: DisplayMode) -> None:
        self._mode = mode
        self.elder.setChecked(mode == DisplayMode.ELDER)
        self.retranslate()

    def set_home_visible(self, visible: bool) -> None:
        self.home.setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.hall_name and event.type() == QEvent.Type.MouseButtonPress:
            import time

            now = time.monotonic()
            self._taps = [t for t in self._taps if now - t < STAFF_TAP_WINDOW_S] + [now]
            if len(self._taps) >= STAFF_TAPS:
                self._taps = []
                self.staff_requested.emit()
        return False

    def retranslate(self) -> None:
        name, name_en = self._names
        self.hall_name.setText(name if is_chinese(current_language()) or not name_en else name_en)
        current = current_language()
        for lang, b in self.languages.items():
            b.setText(NAMES[lang])
            b.setChecked(lang == current)
            make_accessible(
                b,
                NAMES[lang],
                translate("TopBar", "Shows the kiosk in this language."),
                speech=f"{NAMES[lang]}。{translate('TopBar', 'Shows the kiosk in this language.')}",
            )
        if self._mode == DisplayMode.ELDER:
            self.elder.setText(translate("TopBar", "Standard mode"))
            make_accessible(
                self.elder,
                translate("TopBar", "Leave elder mode"),
                translate("TopBar", "Back to standard text size; screens are no longer read aloud."),
            )
        else:
            self.elder.setText(translate("TopBar", "Elder mode · large text, read aloud"))
            make_accessible(
                self.elder,
                translate("TopBar", "Elder mode"),
                translate("TopBar", "Large text, high contrast, and every screen read aloud."),
            )
        self.home.setText(translate("TopBar", "Home"))
        make_accessible(self.home, translate("TopBar", "Home"), translate("TopBar", "Back to the first screen."))


class KioskCaptionBar(CaptionBar):
    """The shared caption bar, which the kiosk clears (``CaptionBar.clear``): after a change of screen or
    language, or an idle reset, the last caption (in the old language, or someone else's) must not stay on
    screen or come back late."""


class BottomBar(Retranslating, QWidget):
    read_page = Signal()
    slower = Signal()
    faster = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("bottom_bar")
        set_surface(self, Surface.BAND)
        self.captions = KioskCaptionBar(lines=CAPTION_LINES)
        self.read = button("read_page", secondary=True)
        self.read.clicked.connect(self.read_page)
        self.slow = button("speech_slower", secondary=True, first_tap_acts=True)
        self.slow.clicked.connect(self.slower)
        self.fast = button("speech_faster", secondary=True, first_tap_acts=True)
        self.fast.clicked.connect(self.faster)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 24, 0)
        layout.setSpacing(12)
        layout.addWidget(self.captions, 1)
        layout.addWidget(self.read)
        layout.addWidget(self.slow)
        layout.addWidget(self.fast)
        self.freshness: QLabel = text_label(name="freshness")
        layout.addWidget(self.freshness)
        self._status = Freshness()
        self._now: datetime | None = None
        self.retranslate()

    def show_status(self, status: Freshness, now: datetime) -> None:
        """How current the queue figures are: live, or offline since when."""
        self._status, self._now = status, now
        self.freshness.setText(freshness_text(status, now))

    def caption_width(self) -> int:
        """The narrowest the caption's text can be in this mode and language, whatever the layout has done yet
        (a mode change restyles first and lays out later): the bar less the buttons, the freshness and the
        widest of the caption's tags."""
        for w in (self.read, self.slow, self.fast, self.freshness, self.captions.tag, self.captions.text):
            w.ensurePolished()
        self.freshness.setFixedWidth(FRESHNESS_EMS * self.freshness.font().pixelSize())
        tag_metrics = QFontMetrics(self.captions.tag.font())
        tags = [translate("CaptionBar", t) for t in ("Captions (no sound)", "Speaking", "Last spoken", "Captions")]
        fixed = sum(b.sizeHint().width() for b in (self.read, self.slow, self.fast)) + self.freshness.width()
        spacing = self.layout().spacing() * 4 + self.layout().contentsMargins().right()
        inner = 32 + 32 + 28 + max(tag_metrics.horizontalAdvance(t) for t in tags)  # the caption bar's own margins
        return max(self.window().width() - fixed - spacing - inner, 200)

    def fits(self, text: str) -> bool:
        """Whether ``text`` fits the caption bar's lines at its width now."""
        label = self.captions.text
        width = self.caption_width()
        metrics = QFontMetrics(label.font())
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap.value), text)
        return box.height() <= metrics.height() + metrics.lineSpacing() * (CAPTION_LINES - 1) + 1

    def retranslate(self) -> None:
        self.read.setText(translate("BottomBar", "Read aloud"))
        make_accessible(
            self.read, translate("BottomBar", "Read aloud"), translate("BottomBar", "Reads this screen aloud.")
        )
        self.slow.setText(translate("BottomBar", "Slower"))
        make_accessible(self.slow, translate("BottomBar", "Slower"), translate("BottomBar", "Speaks more slowly."))
        self.fast.setText(translate("BottomBar", "Faster"))
        make_accessible(self.fast, translate("BottomBar", "Faster"), translate("BottomBar", "Speaks faster."))

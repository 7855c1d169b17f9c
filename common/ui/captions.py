"""The caption bar (字幕辅助): a large, high-contrast band showing what is being spoken, so a citizen who
cannot hear still gets every word. It follows a ``Speaker``: a caption appears when its utterance starts
and stays until the next one (a late glance still finds the last call).

A caption longer than the bar's lines is shown a page at a time, each page for about as long as it takes to
say (at the speaker's rate), so it is read from its first word to its last instead of being cut off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from common.speech.utterance import Utterance, last_issued_id
from common.ui.i18n import translate
from common.ui.speech import Speaker
from common.ui.theme import TextRole, set_role

CAPTION_BACKGROUND = "#0E1621"
CAPTION_TEXT = "#FFFFFF"
SPEAKING_TAG = "#FFD75E"
DEFAULT_RATE_WPM = 150
MIN_PAGE_MS = 1500
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_UNITS = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+\\s*|\\s+")
"""What a caption is broken into: one CJK character, or one word with the space after it."""


def caption_pages(text: str, fits: Callable[[str], bool]) -> list[str]:
    """``text`` cut into the fewest pages that each ``fits(page)``, breaking between characters of CJK text
    and between words otherwise; a single unit too long for a page gets a page of its own."""
    pages: list[str] = []
    page = ""
    for unit in _UNITS.findall(text):
        if page and not fits((page + unit).rstrip()):
            pages.append(page.rstrip())
            page = unit.lstrip()
        else:
            page += unit
    if page.strip() or not pages:
        pages.append(page.rstrip())
    return pages


def spoken_units(text: str) -> int:
    """About how many words the speaker says for ``text``: a CJK character counts as one, as a word does."""
    return sum(1 for unit in _UNITS.findall(text) if not unit.isspace())


class _CaptionTag(QLabel):
    """The bar's tag ("Speaking", "Last spoken"…): as wide as the widest of its words in the current language
    and font, so that a new word never needs a new layout, which a busy screen may run only after someone
    has looked at it (and seen the word cut off)."""

    def __init__(self) -> None:
        super().__init__()
        self.words: tuple[str, ...] = ()

    def set_words(self, words: tuple[str, ...]) -> None:
        if words != self.words:
            self.words = words
            self.updateGeometry()

    def _widest(self) -> int:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        widest = max((metrics.horizontalAdvance(w) for w in (*self.words, self.text())), default=0)
        return widest + margins.left() + margins.right() + 2 * self.margin()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._widest()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._widest()), hint.height())


class _CaptionText(QLabel):
    """Reports the first time a new caption is actually painted."""

    painted = Signal(str)
    resized = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._unpainted = False

        self._whole = ""

    def show_text(self, text: str, *, caption: bool, page: str | None = None) -> None:
        """Show ``page`` of ``text`` (all of it by default); a new caption reports its first paint."""
        self._whole = text
        self.setText(text if page is None else page)
        self._unpainted = caption

    @property
    def whole(self) -> str:
        return self._whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._unpainted:
            self._unpainted = False
            self.painted.emit(self._whole)


class CaptionBar(QWidget):
    caption_shown = Signal(str)
    """A new caption has been painted on screen (the text)."""

    def __init__(self, parent: QWidget | None = None, *, text_px: int | None = None, lines: int = 1) -> None:
        super().__init__(parent)
        self.setObjectName("caption_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._speaking = False
        self._idle_text = ""
        self._caption = ""
        self._utterance_id: int | None = None
        self._ignore_through_id = 0
        """Utterances up to this id were made before the last ``clear``: a late start of one is not shown."""
        self._silent = False
        self._lines = lines
        self._speaker: Speaker | None = None
        self._pages: list[str] = []
        self._page = 0
        self.min_page_ms = MIN_PAGE_MS
        """No page goes by faster than this, however fast the speaker."""
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.timeout.connect(self._next_page)

        self.tag = _CaptionTag()
        self.tag.setObjectName("caption_tag")
        self.text = _CaptionText()
        self.text.setObjectName("caption_text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.text.painted.connect(self.caption_shown)
        self.text.resized.connect(self._repaginate)
        for label in (self.tag, self.text):
            set_role(label, TextRole.CAPTION)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(28)
        layout.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1)
        size = f"font-size: {text_px}px;" if text_px else ""
        self.setStyleSheet(
            f"#caption_bar {{ background-color: {CAPTION_BACKGROUND}; }}"
            f"#caption_text {{ color: {CAPTION_TEXT}; background: transparent; {size} }}"
            f"#caption_tag {{ color: {SPEAKING_TAG}; background: transparent; font-weight: bold; {size} }}"
        )
        self.set_lines(lines)
        self.retranslate()

    def set_lines(self, lines: int) -> None:
        """Keep room for ``lines`` lines of caption, so the screen does not jump when a long one comes."""
        self._lines = lines
        self.text.ensurePolished()
        metrics = self.text.fontMetrics()
        self.text.setMinimumHeight(metrics.height() + metrics.lineSpacing() * (lines - 1))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            self.set_lines(self._lines)
        super().changeEvent(event)

    # --- what it shows ------------------------------------------------------------------------------

    def follow(self, speaker: Speaker) -> None:
        self._speaker = speaker
        speaker.utterance_started.connect(self._on_utterance_started)
        speaker.utterance_finished.connect(self._on_utterance_finished)
        speaker.engine_unavailable.connect(self._on_engine_unavailable)
        if not speaker.available:
            self.show_speech_unavailable()

    def show_speech_unavailable(self) -> None:
        """Say, where people read the captions, that nothing is being heard."""
        self._silent = True
        self.retranslate()

    def show_caption(self, text: str) -> None:
        self._caption = text
        self._speaking = True
        self._refresh()

    def set_idle_text(self, text: str) -> None:
        """What shows before anything has been spoken."""
        self._idle_text = text
        self._refresh()

    @property
    def caption(self) -> str:
        return self._caption

    @property
    def speaking(self) -> bool:
        return self._speaking

    def clear(self) -> None:
        """Forget the last caption, and any utterance made before now that the speaker reports starting
        late (its report was on its way when speech was stopped): after a change of screen, language or
        an idle reset, nothing said for the screen before (or for the citizen before) comes back."""
        self._ignore_through_id = last_issued_id()
        self._caption = ""
        self._speaking = False
        self._utterance_id = None
        self._refresh()

    def _on_utterance_started(self, utterance: Utterance) -> None:
        if utterance.id <= self._ignore_through_id:
            return
        self._utterance_id = utterance.id
        self.show_caption(utterance.caption)

    def _on_utterance_finished(self, utterance: Utterance, _completed: bool) -> None:
        if utterance.id == self._utterance_id:
            self._speaking = False
            self._refresh()

    def _on_engine_unavailable(self, _reason: str) -> None:
        self.show_speech_unavailable()

    def _refresh(self) -> None:
        self.retranslate()  # first: the tag's new words change the room the caption has
        shown = self._caption or self._idle_text
        if shown != self.text.whole:
            self._pages = self._paginate(shown)
            self._page = 0
            self.text.show_text(shown, caption=bool(self._caption), page=self._pages[0])
            self._schedule_page()

    @property
    def pages(self) -> list[str]:
        """The caption as it is shown, page by page (one page when it fits)."""
        return list(self._pages)

    @property
    def page(self) -> int:
        return self._page

    def _paginate(self, text: str) -> list[str]:
        width = self.text.contentsRect().width()
        if width <= 0 or not text:
            return [text]
        metrics = QFontMetrics(self.text.font())
        room = max(self.text.contentsRect().height(), metrics.height() + metrics.lineSpacing() * (self._lines - 1))
        flags = int(Qt.TextFlag.TextWordWrap)

        def fits(page: str) -> bool:
            return metrics.boundingRect(QRect(0, 0, width, 100 * room), flags, page).height() <= room

        return [text] if fits(text) else caption_pages(text, fits)

    def _schedule_page(self) -> None:
        self._page_timer.stop()
        if self._page + 1 < len(self._pages):
            rate = self._speaker.rate if self._speaker is not None else DEFAULT_RATE_WPM
            ms = spoken_units(self._pages[self._page]) * 60_000 // max(rate, 1)
            self._page_timer.start(max(self.min_page_ms, ms))

    def _next_page(self) -> None:
        if self._page + 1 < len(self._pages):
            self._page += 1
            self.text.setText(self._pages[self._page])
            self._schedule_page()

    def _repaginate(self) -> None:
        """The text's room changed (a resize, a longer tag): cut the caption again, keeping the place."""
        shown = self.text.whole
        pages = self._paginate(shown) if shown else [shown]
        if pages != self._pages:
            self._pages = pages
            self._page = min(self._page, len(pages) - 1)
            self.text.setText(pages[self._page])
            self._schedule_page()

    # --- language -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        silent = translate("CaptionBar", "Captions (no sound)")
        speaking = translate("CaptionBar", "Speaking")
        spoken = translate("CaptionBar", "Last spoken")
        idle = translate("CaptionBar", "Captions")
        # (without speech the tag only ever says one word: no room is kept for it while speech works)
        self.tag.set_words((silent,) if self._silent else (speaking, spoken, idle))
        if self._silent:
            tag = silent
        elif self._speaking:
            tag = speaking
        elif self._caption:
            tag = spoken
        else:
            tag = idle
        self.tag.setText(tag)
        self.setAccessibleName(translate("CaptionBar", "Captions"))
        self.setAccessibleDescription(translate("CaptionBar", "Everything spoken aloud is shown here as text."))

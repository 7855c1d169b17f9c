"""The caption bar (字幕辅助): a large, high-contrast band showing what is being spoken, so a citizen who
cannot hear still gets every word. It follows a ``Speaker``: a caption appears when its utterance starts
and stays until the next one (a late glance still finds the last call)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from common.speech.utterance import Utterance
from common.ui.i18n import translate
from common.ui.speech import Speaker
from common.ui.theme import TextRole, set_role

CAPTION_BACKGROUND = "#0E1621"
CAPTION_TEXT = "#FFFFFF"
SPEAKING_TAG = "#FFD75E"


class _CaptionText(QLabel):
    """Reports the first time a new caption is actually painted."""

    painted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._unpainted = False

    def show_text(self, text: str, *, caption: bool) -> None:
        self.setText(text)
        self._unpainted = caption

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._unpainted:
            self._unpainted = False
            self.painted.emit(self.text())


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
        self._silent = False
        self._lines = lines

        self.tag = QLabel()
        self.tag.setObjectName("caption_tag")
        self.text = _CaptionText()
        self.text.setObjectName("caption_text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.text.painted.connect(self.caption_shown)
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

    def _on_utterance_started(self, utterance: Utterance) -> None:
        self._utterance_id = utterance.id
        self.show_caption(utterance.caption)

    def _on_utterance_finished(self, utterance: Utterance, _completed: bool) -> None:
        if utterance.id == self._utterance_id:
            self._speaking = False
            self._refresh()

    def _on_engine_unavailable(self, _reason: str) -> None:
        self.show_speech_unavailable()

    def _refresh(self) -> None:
        shown = self._caption or self._idle_text
        if shown != self.text.text():
            self.text.show_text(shown, caption=bool(self._caption))
        self.retranslate()

    # --- language -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self._silent:
            tag = translate("CaptionBar", "Captions (no sound)")
        elif self._speaking:
            tag = translate("CaptionBar", "Speaking")
        elif self._caption:
            tag = translate("CaptionBar", "Last spoken")
        else:
            tag = translate("CaptionBar", "Captions")
        self.tag.setText(tag)
        self.setAccessibleName(translate("CaptionBar", "Captions"))
        self.setAccessibleDescription(translate("CaptionBar", "Everything spoken aloud is shown here as text."))

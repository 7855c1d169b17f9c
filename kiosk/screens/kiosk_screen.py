"""What every kiosk screen shares: a title, a message banner for refusals, the context, and the hooks
the window calls (``enter`` with the screen's arguments, ``reset`` to forget everything personal,
``set_mode`` for elder mode). A screen sets all its texts, accessible names and what is read when it opens
in ``retranslate``."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from common.readability import DisplayMode
from common.ui.accessible import make_accessible, speech_text
from common.ui.i18n import Retranslating
from common.ui.theme import Surface, TextRole, set_surface
from kiosk.context import KioskContext
from kiosk.widgets.message_banner import MessageBanner
from kiosk.widgets.parts import text_label

MARGIN = 32


class KioskScreen(Retranslating, QWidget):
    route: ClassVar[str] = ""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(self.route)
        set_surface(self, Surface.SCREEN)
        self.title = text_label(TextRole.TITLE, name="title")
        self.banner = MessageBanner()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        self.layout_.setSpacing(16)
        self.header = QHBoxLayout()
        self.header.setSpacing(16)
        self.header.addWidget(self.title, 1)
        self.layout_.addLayout(self.header)
        self.layout_.addWidget(self.banner)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- hooks the window calls -------------------------------------------------------------------------

    def enter(self, **args: object) -> None:
        """The screen is being shown (with what it was asked to show)."""
        self.banner.clear()
        self.retranslate()

    def reset(self) -> None:
        """Forget everything a citizen entered or was shown (an idle reset, a new session)."""
        self.banner.clear()

    def set_mode(self, mode: DisplayMode) -> None:
        """Normal or elder mode: screens with another layout for elder mode override this."""

    def refresh(self) -> None:
        """The hall's state changed while the screen is shown: redraw figures."""

    # --- helpers ------------------------------------------------------------------------------------------

    def describe(self, title: str, description: str, speech: str | None = None) -> None:
        """Set the title and what the screen is for; ``speech`` is what is read when it opens."""
        self.title.setText(title)
        make_accessible(self, title, description, speech)

    def opening(self) -> str:
        """What is read when the screen opens (or "read aloud" is tapped)."""
        return speech_text(self)

    def show_refusal(self, error: Exception) -> None:
        from kiosk.refusals import error_text

        self.show_message(error_text(error))

    def show_message(self, text: str) -> None:
        self.banner.show_message(text)
        self.ctx.tell(text)

    @property
    def mode(self) -> DisplayMode:
        return self.ctx.mode

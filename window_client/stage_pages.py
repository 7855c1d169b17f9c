"""The simpler states of the citizen screen's main area: the window closed, open and waiting for the next
number, a number called to this window, a number being served, and the thank-you after a rating."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from common.ratings_scale import RatingLevel
from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, current_language, translate
from common.ui.theme import TextRole, set_role
from common.window.window_view import WindowPhase, WindowView
from window_client.rating_faces import face_pixmap
from window_client.widgets import text_label

CENTER = Qt.AlignmentFlag.AlignCenter


class _Number(QLabel):
    """The number called or served; reports the first time a new number is actually painted (the
    benchmark's end point: what the citizen sees)."""

    painted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._unpainted = False

    def setText(self, text: str) -> None:
        if text != self.text():
            self._unpainted = bool(text)
        super().setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._unpainted:
            self._unpainted = False
            self.painted.emit(self.text())


class _Page(Retranslating, QWidget):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.box = QVBoxLayout(self)
        self.box.setSpacing(12)
        self.box.addStretch(1)

    def _add(self, *widgets: QWidget) -> None:
        for w in widgets:
            self.box.addWidget(w)

    def _end(self) -> None:
        self.box.addStretch(1)

    @staticmethod
    def _join(*parts: str) -> str:
        return " ".join(p for p in parts if p)


class ClosedPage(_Page):
    def __init__(self) -> None:
        super().__init__("closed_page")
        self.title = text_label("closed_title", TextRole.TITLE, align=CENTER, wrap=True)
        self.hint = text_label("closed_hint", TextRole.HEADING, align=CENTER, wrap=True)
        self._add(self.title, self.hint)
        self._end()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("CitizenScreen", "This window is not open now"))
        self.hint.setText(translate("CitizenScreen", "Please wait for your number at another window."))
        make_accessible(self, self.title.text(), self.hint.text())


class CallPage(_Page):
    """Idle, calling or serving: the number large, and what it means."""

    def __init__(self) -> None:
        super().__init__("call_page")
        self.lead = text_label("call_lead", TextRole.TITLE, align=CENTER, wrap=True)
        self.number = _Number()
        self.number.setObjectName("call_number")
        set_role(self.number, TextRole.DISPLAY)
        self.number.setAlignment(CENTER)
        self.detail = text_label("call_detail", TextRole.HEADING, align=CENTER, wrap=True)
        self._add(self.lead, self.number, self.detail)
        self._end()
        self.view: WindowView | None = None
        self.retranslate()

    def show_view(self, view: WindowView) -> None:
        self.view = view
        self.retranslate()

    def retranslate(self) -> None:
        view = self.view
        # The number keeps its place when there is none (an empty line): a call then repaints only the texts.
        if view is None or view.phase == WindowPhase.IDLE or view.ticket is None:
            self.lead.setText(translate("CitizenScreen", "Welcome"))
            self.number.setText("")
            self.detail.setText(translate("CitizenScreen", "Please wait for your number to be called."))
        elif view.phase == WindowPhase.CALLING:
            again = view.calls > 1
            self.lead.setText(
                translate("CitizenScreen", "Calling again") if again else translate("CitizenScreen", "Now calling")
            )
            self.number.setText(view.ticket)
            self.detail.setText(translate("CitizenScreen", "Please come to window {window}").format(window=view.number))
        else:
            self.lead.setText(translate("CitizenScreen", "Now serving"))
            self.number.setText(view.ticket)
            english = current_language() == "en" and view.category_name_en
            self.detail.setText(view.category_name_en if english else view.category_name)
        said = self._join(self.lead.text(), self.number.text(), self.detail.text())
        make_accessible(self, self.lead.text(), self.detail.text(), speech=said)


class ThanksPage(_Page):
    def __init__(self) -> None:
        super().__init__("thanks_page")
        self.face = QLabel()
        self.face.setAlignment(CENTER)
        self.title = text_label("thanks_title", TextRole.TITLE, align=CENTER, wrap=True)
        self.detail = text_label("thanks_detail", TextRole.HEADING, align=CENTER, wrap=True)
        self._add(self.face, self.title, self.detail)
        self._end()
        self.level: RatingLevel | None = None
        self.face_px = 112
        self.retranslate()

    def show_level(self, level: RatingLevel | None, face_px: int) -> None:
        self.level, self.face_px = level, face_px
        if level is None:
            self.face.setPixmap(QPixmap())
        else:
            self.face.setPixmap(face_pixmap(level, face_px, self.devicePixelRatioF()))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("CitizenScreen", "Thank you for your rating!"))
        self.detail.setText(translate("CitizenScreen", "Your rating helps us serve you better."))
        make_accessible(self, self.title.text(), self.detail.text())

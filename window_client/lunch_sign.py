"""午休牌: the sign the citizen screen shows during the lunch break at a window without lunch duty (clause
5.3.2.2, 午间值班) — that the window is at lunch, when calling resumes, and where to go meanwhile. Drawn
like the pause sign; it comes and goes with the hall's hours, nobody puts it up."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import TextRole
from window_client.widgets import text_label


class LunchSignPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lunch_sign")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        center = Qt.AlignmentFlag.AlignCenter
        self.title = text_label("lunch_title", TextRole.TITLE, align=center)
        self.resumes = text_label("lunch_resumes", TextRole.HEADING, align=center, wrap=True)
        self.hint = text_label("lunch_hint", align=center, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addStretch(1)
        for w in (self.title, self.resumes, self.hint):
            layout.addWidget(w)
        layout.addStretch(1)
        self.resumes_at: datetime | None = None
        self.retranslate()

    def show_resumes_at(self, resumes_at: datetime | None) -> None:
        """``resumes_at`` in the hall's zone."""
        self.resumes_at = resumes_at
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("LunchSign", "Lunch break"))
        at = self.resumes_at
        self.resumes.setText(
            translate("LunchSign", "Calling resumes at {time}").format(time=f"{at:%H:%M}") if at is not None else ""
        )
        self.hint.setText(
            translate("LunchSign", "Your number stays valid. For urgent matters, please go to a window on lunch duty.")
        )
        said = " ".join(t for t in (self.title.text(), self.resumes.text(), self.hint.text()) if t)
        make_accessible(self, self.title.text(), self.resumes.text(), speech=said)

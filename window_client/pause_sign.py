"""暂停服务牌: the sign a clerk puts up when stepping away (clause 5.3.1, 不得空岗) — why, when they expect
to be back, and a countdown; once that time has passed it says so and asks the citizen to wait or to
ask hall staff, instead of counting into negative numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import TextRole
from common.window.window_view import PauseSign
from window_client.widgets import text_label


def clock_text(seconds: int) -> str:
    """08:32, or 1:05:09 past an hour."""
    seconds = max(seconds, 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class PauseSignPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pause_sign")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        center = Qt.AlignmentFlag.AlignCenter
        self.title = text_label("pause_title", TextRole.TITLE, align=center)
        self.reason = text_label("pause_reason", TextRole.HEADING, align=center, wrap=True)
        self.back_at = text_label("pause_back_at", align=center, wrap=True)
        self.countdown = text_label("countdown", TextRole.DISPLAY, align=center)
        self.overdue = text_label("pause_overdue", align=center, wrap=True)
        self.hint = text_label("pause_hint", align=center, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addStretch(1)
        for w in (self.title, self.reason, self.back_at, self.countdown, self.overdue, self.hint):
            layout.addWidget(w)
        layout.addStretch(1)
        self.sign: PauseSign | None = None
        self.retranslate()

    def show_sign(self, sign: PauseSign | None) -> None:
        self.sign = sign
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("PauseSign", "Service paused"))
        sign = self.sign
        if sign is None:
            for w in (self.reason, self.back_at, self.countdown, self.overdue):
                w.setText("")
            self.hint.setText("")
            make_accessible(self, self.title.text(), "")
            return
        self.reason.setText(translate("PauseSign", "Reason: {reason}").format(reason=sign.reason))
        back = f"{sign.expected_return:%H:%M}"
        self.back_at.setText(translate("PauseSign", "Expected back at {time}").format(time=back))
        if sign.overdue:
            self.countdown.setVisible(False)
            self.overdue.setVisible(True)
            self.overdue.setText(
                translate("PauseSign", "The clerk is {time} late. Please wait a moment, or ask the hall staff.").format(
                    time=clock_text(-sign.remaining_s)
                )
            )
            self.hint.setText("")
            self.hint.setVisible(False)
            said = self.overdue.text()
        else:
            self.countdown.setVisible(True)
            self.overdue.setVisible(False)
            self.countdown.setText(clock_text(sign.remaining_s))
            self.hint.setVisible(True)
            self.hint.setText(
                translate("PauseSign", "For help now, please ask the hall staff or go to another window.")
            )
            said = translate("PauseSign", "Back in about {n} min.").format(n=max(-(-sign.remaining_s // 60), 1))
        speech = "".join(
            part if part.endswith(("。", ".", "！")) else part + ("。" if _chinese(part) else ". ")
            for part in (self.title.text(), self.reason.text(), self.back_at.text(), said)
        )
        make_accessible(self, self.title.text(), self.reason.text(), speech=speech.strip())


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)

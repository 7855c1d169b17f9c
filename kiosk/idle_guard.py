"""Idle reset: after a while without a touch, a warning with a large "continue" button stays for at least
20 s (60 s in elder mode), then the kiosk starts over: home screen, standard mode, its own language, and
nothing a citizen typed or was shown left on any screen (5.3.4.9: nobody watches an unattended kiosk)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import Surface, TextRole, set_surface
from kiosk.context import IDLE_WARNING_S, KioskContext
from kiosk.widgets.parts import button, text_label

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)
LEAST_WARNING_S = 20


class IdleWarning(Retranslating, QWidget):
    """Covers the whole window (nothing behind it can be hit by mistake); only "continue" is there."""

    continue_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle_warning")
        set_surface(self, Surface.SCREEN)
        card = QWidget()
        card.setObjectName("idle_card")
        card.setMinimumWidth(1200)
        set_surface(card, Surface.CARD)
        self.heading = text_label(TextRole.TITLE, center=True)
        self.countdown = text_label(TextRole.HEADING, name="idle_countdown", center=True)
        self.note = text_label(center=True)
        self.continue_button = button("idle_continue", first_tap_acts=True)
        self.continue_button.clicked.connect(self.continue_requested)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(24)
        inner.addWidget(self.heading)
        inner.addWidget(self.countdown)
        inner.addWidget(self.note)
        inner.addWidget(self.continue_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.seconds_left = 0
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.seconds_left = seconds
        self.retranslate()

    def retranslate(self) -> None:
        heading = translate("IdleWarning", "Are you still there?")
        countdown = translate("IdleWarning", "The kiosk starts over in {n} seconds.").format(n=self.seconds_left)
        note = translate("IdleWarning", "What you entered will be cleared. Tap “Continue” to carry on.")
        self.heading.setText(heading)
        self.countdown.setText(countdown)
        self.note.setText(note)
        self.continue_button.setText(translate("IdleWarning", "Continue"))
        self.continue_button.setMinimumWidth(480)
        make_accessible(
            self.continue_button,
            translate("IdleWarning", "Continue"),
            translate("IdleWarning", "Keeps what you are doing."),
        )
        make_accessible(self, heading, f"{countdown} {note}", speech=f"{heading} {note}")


class IdleGuard(QObject):
    warned = Signal()
    reset_done = Signal()

    def __init__(self, window: QWidget, ctx: KioskContext, reset: object, *, idle_s: int) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self._reset = reset
        self.warning = IdleWarning(window)
        self.warning.continue_requested.connect(self.keep_going)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_s * 1000)
        self.idle.timeout.connect(self.warn)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self.needed: object = lambda: True
        """Whether there is anything to reset (set by the window): an untouched home screen has nothing."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.idle.start()

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle.stop()
        self.tick.stop()

    @property
    def warning_shown(self) -> bool:
        return self.warning.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.warning_shown:
            self.idle.start()
        return False

    def warn(self) -> None:
        if not self.needed():  # type: ignore[operator]
            self.idle.start()
            return
        seconds = max(IDLE_WARNING_S[self.ctx.mode], LEAST_WARNING_S)
        self.warning.show_seconds(seconds)
        self.warning.setGeometry(self.window.rect())
        self.warning.show()
        self.warning.raise_()
        self.ctx.stop_speech()
        self.ctx.read(f"{self.warning.heading.text()} {self.warning.note.text()}")
        self.tick.start()
        self.warned.emit()

    def keep_going(self) -> None:
        self.tick.stop()
        self.warning.hide()
        self.ctx.stop_speech()
        self.idle.start()

    def _on_tick(self) -> None:
        left = self.warning.seconds_left - 1
        if left <= 0:
            self.expire()
        else:
            self.warning.show_seconds(left)

    def expire(self) -> None:
        """The warning ran out: start over."""
        self.tick.stop()
        self.warning.hide()
        self._reset()  # type: ignore[operator]
        self.idle.start()
        self.reset_done.emit()

    def fit(self) -> None:
        if self.warning_shown:
            self.warning.setGeometry(self.window.rect())

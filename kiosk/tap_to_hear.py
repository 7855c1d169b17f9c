"""Read-aloud of controls (内容朗读) in elder mode: the first tap on a control reads it aloud and marks it
(the focus ring, ``kiosk.focus_ring``, which this filter also feeds in every mode); a second tap on it acts.
A control reached by the keyboard is read when it gets the focus. Keys of the on-screen keyboard and
"continue" act on the first tap and are read as they act."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

from common.ui.accessible import speech_text
from common.ui.i18n import translate
from common.ui.interactive import INTERACTIVE
from kiosk.context import KioskContext
from kiosk.focus_ring import FOCUS_EVENTS, FocusRing, show_focus_ring
from kiosk.widgets.parts import FIRST_TAP_ACTS

PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


def control_at(widget: QObject | None, top: QWidget) -> QWidget | None:
    """The control a press on ``widget`` is for: itself or the nearest interactive ancestor under ``top``."""
    w = widget if isinstance(widget, QWidget) else None
    while w is not None and w is not top:
        if isinstance(w, INTERACTIVE) or w.property("interactive") is True:
            return w
        w = w.parentWidget()
    return None


class TapToHear(QObject):
    def __init__(self, window: QWidget, ctx: KioskContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.armed: QWidget | None = None
        self.focus_ring = FocusRing(window)
        """The focus ring on what the keyboard reached or the first tap marked, in every mode."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.destroyed.connect(lambda: None)

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def disarm(self) -> None:
        self.armed = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in FOCUS_EVENTS:
            self.focus_ring.follow(watched, event)
        if not self.ctx.elder:
            return False
        if kind in PRESSES:
            return self._press(watched)
        if kind == QEvent.Type.MouseButtonRelease:
            return False
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            reason = event.reason()
            if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
                control = control_at(watched, self.window)
                if control is not None and control is watched:
                    self.armed = control
                    self._read(control, hint=True)
        return False

    def _press(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget) or not self.window.isAncestorOf(watched):
            return False
        control = control_at(watched, self.window)
        if control is None or not control.isEnabled():
            return False
        if control.property(FIRST_TAP_ACTS) is True:
            self._read(control, hint=False)
            return False
        if control is self.armed:
            self.armed = None
            return False
        self.armed = control
        control.setFocus(Qt.FocusReason.MouseFocusReason)
        show_focus_ring(control, True)  # the mark of the first tap: this is the control that was read
        self._read(control, hint=True)
        return True

    def _read(self, control: QWidget, *, hint: bool) -> None:
        text = speech_text(control) or control.accessibleName()
        if not text:
            return
        if hint:
            text = translate("TapToHear", "{what}. Tap again to choose it.").format(what=text.rstrip("。."))
        self.ctx.read(text)

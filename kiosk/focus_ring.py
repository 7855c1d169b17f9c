"""The focus ring only where a person moved the focus: a control reached by the keyboard (Tab, Shift+Tab, a
shortcut), or marked by the first tap in elder mode (``TapToHear``). A control that merely holds the focus
because a screen opened, or because it was pressed, shows no ring: on a touch screen a ring there looks like a
choice nobody made.

The stylesheet draws the ring on ``[focus_ring="true"]:focus``; this sets and clears that property."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

FOCUS_RING = "focus_ring"
"""The property the stylesheet's focus ring rules ask for."""
KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


def show_focus_ring(widget: QWidget, shown: bool) -> None:
    """Draw (or stop drawing) the focus ring on ``widget`` while it has the focus."""
    if bool(widget.property(FOCUS_RING)) == shown:
        return
    widget.setProperty(FOCUS_RING, shown)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def has_focus_ring(widget: QWidget) -> bool:
    return widget.hasFocus() and bool(widget.property(FOCUS_RING))


class FocusRing(QObject):
    """Watches the focus in ``window``: a ring for keyboard focus, none for any other."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) or not isinstance(event, QFocusEvent):
            return False
        if not isinstance(watched, QWidget) or not self.window.isAncestorOf(watched):
            return False
        show_focus_ring(watched, kind == QEvent.Type.FocusIn and event.reason() in KEYBOARD_REASONS)
        return False

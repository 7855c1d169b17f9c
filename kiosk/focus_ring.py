"""The focus ring only where a person moved the focus: a control reached by the keyboard (Tab, Shift+Tab, a
shortcut), or marked by the first tap in elder mode (``TapToHear``). A control that merely holds the focus
because a screen opened, or because it was pressed, shows no ring: on a touch screen a ring there looks like a
choice nobody made.

The stylesheet draws the ring on ``[focus_ring="true"]:focus``; this sets and clears that property."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QWidget

FOCUS_RING = "focus_ring"
"""The property the stylesheet's focus ring rules ask for."""
FOCUS_EVENTS = (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
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


class FocusRing:
    """Follows the focus events in ``window`` (``TapToHear`` hands them over from the filter it already has,
    so no second filter sees every event): a ring for keyboard focus, none for any other."""

    def __init__(self, window: QWidget) -> None:
        self.window = window

    def follow(self, watched: QObject, event: QEvent) -> None:
        kind = event.type()
        if kind not in FOCUS_EVENTS or not isinstance(event, QFocusEvent) or not isinstance(watched, QWidget):
            return
        if self.window.isAncestorOf(watched):
            show_focus_ring(watched, kind == QEvent.Type.FocusIn and event.reason() in KEYBOARD_REASONS)

"""Kiosk lock-down: no keyboard way out of the kiosk (no Alt+F4, Ctrl+Q, Escape, function keys), and the
window refuses to close unless staff entered the exit PIN. Plain typing reaches the screens, so a
keyboard plugged in for accessibility still works."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

ESCAPE_KEYS = frozenset(
    {Qt.Key.Key_Escape, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Meta, Qt.Key.Key_Menu}
    | {Qt.Key(Qt.Key.Key_F1.value + i) for i in range(35)}
)
SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def is_escape(event: QKeyEvent) -> bool:
    """A key or chord that could leave the kiosk or open something over it."""
    return Qt.Key(event.key()) in ESCAPE_KEYS or bool(event.modifiers() & SHORTCUT_MODIFIERS)


class KeyGuard(QObject):
    """Swallows every escape key and shortcut before any widget or Qt's shortcut map sees it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.swallowed = 0
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease) and (
            isinstance(event, QKeyEvent) and is_escape(event)
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.swallowed += 1
            event.accept()
            return True
        return False

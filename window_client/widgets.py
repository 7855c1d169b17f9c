"""Small building blocks of the window client's screens: a label that says what its text is (its role,
for the theme and the accessibility audit) and a button named for read-aloud, in one call each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QPushButton

from common.ui.theme import TextRole, set_role


def text_label(
    name: str = "",
    role: TextRole = TextRole.BODY,
    *,
    wrap: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    muted: bool = False,
) -> QLabel:
    """A label with an object name (for the style sheet and the tests) and a text role."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    set_role(label, role)
    label.setWordWrap(wrap)
    label.setAlignment(align)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        label.setProperty("muted", "true")
    return label


def push_button(name: str, *, secondary: bool = False) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    if secondary:
        button.setProperty("kind", "secondary")
    button.setAutoDefault(False)
    return button


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in ``layout`` (rows rebuilt from a new list)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())

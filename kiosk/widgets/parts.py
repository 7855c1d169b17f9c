"""Labels, buttons and tiles as the kiosk uses them: each says what it is (role, kind) and the style
sheet decides how it looks in normal and elder mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.theme import LIGHT, TextRole, repolish, set_flag, set_role

FIRST_TAP_ACTS = "acts_on_first_tap"
"""A control that acts on the first tap even in elder mode (a keyboard key, "continue"): it is read
aloud as it acts, since reading first would make typing a code take twice the taps."""


def text_label(
    role: TextRole = TextRole.BODY,
    *,
    name: str = "",
    wrap: bool = True,
    muted: bool = False,
    center: bool = False,
) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    set_role(label, role)
    label.setWordWrap(wrap)
    if muted:
        set_flag(label, "muted")
    align = Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def button(name: str = "", *, secondary: bool = False, first_tap_acts: bool = False) -> QPushButton:
    b = QPushButton()
    if name:
        b.setObjectName(name)
    if secondary:
        b.setProperty("kind", "secondary")
    if first_tap_acts:
        b.setProperty(FIRST_TAP_ACTS, True)
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    b.setAutoDefault(False)
    return b


def choice(name: str = "") -> QPushButton:
    """A button that stays lit when chosen (a rating level, a reason, a topic)."""
    b = button(name, secondary=True)
    b.setCheckable(True)
    return b


def rule() -> QFrame:
    line = QFrame()
    line.setProperty("rule", "true")
    line.setFrameShape(QFrame.Shape.NoFrame)
    return line


class Tile(QPushButton):
    """A large button with a title and a line of detail, both wrapping: a category with its wait, an item
    with its category. The labels are part of the picture; the button is what a finger and a screen
    reader hit, named by ``set_texts``."""

    def __init__(self, name: str = "", *, secondary: bool = False, title_role: TextRole = TextRole.HEADING) -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.kind = "secondary" if secondary else "primary"
        self.setProperty("tile", self.kind)
        if secondary:
            self.setProperty("kind", "secondary")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.title = text_label(title_role)
        self.detail = text_label()
        self.detail.setProperty("detail", "true")
        self.title.setProperty("detail", "false")
        for label in (self.title, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.toggled.connect(self._on_toggled)

    def set_texts(self, title: str, detail: str = "", *, speech: str | None = None, description: str = "") -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        make_accessible(self, title, description or detail or title, speech)

    def _on_toggled(self, checked: bool) -> None:
        self.setProperty("tile", "chosen" if checked else self.kind)
        for w in (self, self.title, self.detail):
            repolish(w)

    def set_title_role(self, role: TextRole) -> None:
        set_role(self.title, role)

    def set_off(self, off: bool) -> None:
        """Shown but not available here (a category without a green channel)."""
        self.setProperty("tile", "off" if off else self.kind)
        for w in (self, self.title, self.detail):
            repolish(w)

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else super().heightForWidth(width)

    def hasHeightForWidth(self) -> bool:
        return True


def discard(widget: QWidget) -> None:
    """Take a widget off the screen now and delete it later (a rebuilt list of tiles)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def code_field(name: str, max_length: int) -> QLineEdit:
    """A field for a code, a case number or a phone number: large and spaced, placeholder readable."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setProperty("code", "true")
    field.setMaxLength(max_length)
    palette = field.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(LIGHT.text_muted))
    field.setPalette(palette)
    return field

"""The on-screen keyboard: a kiosk has no keys. Letters and digits (QWERTY, as on a phone's pinyin
keyboard) for item search, appointment codes and case numbers; a phone keypad for phone numbers and PINs.
Keys act on the first tap in elder mode too, and each is read aloud as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from common.readability import DisplayMode, rules_for
from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from kiosk.widgets.parts import button

LETTER_ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM")
DIGIT_ROWS = ("123", "456", "789")
BACKSPACE = "⌫"
NORMAL_KEY_PX = 76
"""Keys in normal mode: larger than the 60 px rule, since every letter is a tap."""


class KeyPad(Retranslating, QWidget):
    typed = Signal(str)
    """A key was pressed: the character (after it reached the field)."""

    def __init__(self, *, digits_only: bool = False, name: str = "keypad") -> None:
        super().__init__()
        self.setObjectName(name)
        self.digits_only = digits_only
        self._field: QLineEdit | None = None
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        if digits_only:
            for r, row in enumerate(DIGIT_ROWS):
                for c, ch in enumerate(row):
                    grid.addWidget(self._key(ch), r, c)
            grid.addWidget(self._key("clear"), 3, 0)
            grid.addWidget(self._key("0"), 3, 1)
            grid.addWidget(self._key(BACKSPACE), 3, 2)
        else:
            for r, row in enumerate(LETTER_ROWS):
                for c, ch in enumerate(row):
                    grid.addWidget(self._key(ch), r, c)
            grid.addWidget(self._key(BACKSPACE), 3, 7, 1, 2)
            grid.addWidget(self._key("clear"), 3, 9)
        self.set_mode(DisplayMode.NORMAL)
        self.retranslate()

    def _key(self, ch: str) -> QPushButton:
        key = button(
            f"key_{ch}" if ch.isalnum() or ch == "-" else ("key_backspace" if ch == BACKSPACE else "key_clear"),
            secondary=True,
            first_tap_acts=True,
        )
        key.setProperty("key", "true")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus and its cursor
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.clicked.connect(lambda _checked=False, c=ch: self._press(c))
        self.keys[ch] = key
        return key

    def attach(self, field: QLineEdit) -> None:
        self._field = field

    def set_mode(self, mode: DisplayMode) -> None:
        side = max(rules_for(mode).target_px, NORMAL_KEY_PX if mode == DisplayMode.NORMAL else 0)
        for key in self.keys.values():
            key.setMinimumSize(side, side)

    def _press(self, ch: str) -> None:
        field = self._field
        if field is None:
            return
        if ch == BACKSPACE:
            field.backspace()
        elif ch == "clear":
            field.clear()
        else:
            field.insert(ch)
        self.typed.emit(ch)

    def retranslate(self) -> None:
        for ch, key in self.keys.items():
            if ch == BACKSPACE:
                key.setText(BACKSPACE)
                make_accessible(key, translate("KeyPad", "Delete"), translate("KeyPad", "Deletes the last character."))
            elif ch == "clear":
                key.setText(translate("KeyPad", "Clear"))
                make_accessible(key, translate("KeyPad", "Clear"), translate("KeyPad", "Clears everything typed."))
            elif ch == "-":
                key.setText("-")
                make_accessible(key, translate("KeyPad", "Hyphen"), translate("KeyPad", "Types a hyphen."))
            else:
                key.setText(ch)
                make_accessible(key, ch, translate("KeyPad", "Types {key}.").format(key=ch), speech=ch)

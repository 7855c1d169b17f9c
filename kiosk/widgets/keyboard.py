"""The on-screen keyboard: a kiosk has no keys. Letters and digits (QWERTY, as on a phone's pinyin
keyboard) for item search, appointment codes and case numbers; a phone keypad for phone numbers and PINs.
Keys act on the first tap in elder mode too, and each is read aloud as it is typed.

A letter pad may offer pinyin (``pinyin=True``): its 中/英 key switches between letters (ABC) and pinyin
(拼音), where typed letters make a composition shown above the keys with a row of candidate hanzi (paged
with ‹ ›); tapping one puts it into the field and takes its syllables off the composition. Backspace and
clear work on the composition first. The index behind it (``common.pinyin_input``) is built when pinyin is
first switched on, or by the kiosk after its first frame (:meth:`KeyPad.warm`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from common.readability import DisplayMode, rules_for
from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import TextRole
from kiosk.widgets.parts import button, text_label

if TYPE_CHECKING:
    from common.pinyin_input import Candidate, PinyinIndex

LETTER_ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM")
DIGIT_ROWS = ("123", "456", "789")
BACKSPACE = "⌫"
SWITCH = "switch"
NORMAL_KEY_PX = 76
"""Keys in normal mode: larger than the 60 px rule, since every letter is a tap."""
CANDIDATES_PER_PAGE = {DisplayMode.NORMAL: 6, DisplayMode.ELDER: 4}
"""Candidates shown at once, at most: fewer in elder mode, where they are larger."""
CELLS_PER_PAGE = {DisplayMode.NORMAL: 14, DisplayMode.ELDER: 10}
"""How wide a page of candidates may be, in cells: a candidate takes one cell a character and one for its
margins, so a page of words holds fewer than a page of single characters and no word is cut."""
MAX_COMPOSITION = 30
"""Letters kept in the composition (a long name or address is typed and chosen a word at a time)."""
SHOWN_LETTERS = 12
"""The composition shows its last letters so that it leaves room for the candidates."""
FIRST_CANDIDATE = 3
"""Where the candidates start in the row: after what is typed, ‹ and the no-match words."""
PREVIOUS, NEXT = "‹", "›"


class KeyPad(Retranslating, QWidget):
    typed = Signal(str)
    """A key was pressed: the character (after it reached the field)."""

    def __init__(self, *, digits_only: bool = False, name: str = "keypad", pinyin: bool = False) -> None:  # noqa: PLR0915
        super().__init__()
        self.setObjectName(name)
        self.digits_only = digits_only
        self.offers_pinyin = pinyin and not digits_only
        self.pinyin = False
        """Pinyin (拼音) is on: letters go to the composition, not the field."""
        self.composition = ""
        self.candidates: list[Candidate] = []
        self.pages: list[range] = [range(0)]
        """Which candidates each page shows."""
        self.candidate_page = 0
        self._index: PinyinIndex | None = None
        self._mode = DisplayMode.NORMAL
        self._field: QLineEdit | None = None
        self.keys: dict[str, QPushButton] = {}
        self.candidate_buttons: list[QPushButton] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.pinyin_bar = QWidget()  # one row, in the digits' place: what is typed, then its candidates
        self.pinyin_bar.setObjectName(f"{name}_pinyin")
        row = self.candidate_row = QHBoxLayout(self.pinyin_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.composition_line = text_label(TextRole.BODY, name=f"{name}_composition", wrap=False)
        self.composition_line.setProperty("composition", "true")
        row.addWidget(self.composition_line)
        self.no_match = text_label(TextRole.BODY, name=f"{name}_no_match", muted=True)
        self.no_match.hide()
        self.previous_page = self._candidate_key("candidates_previous")
        self.previous_page.clicked.connect(lambda: self._turn(-1))
        self.next_page = self._candidate_key("candidates_next")
        self.next_page.clicked.connect(lambda: self._turn(1))
        row.addWidget(self.previous_page)
        row.addWidget(self.no_match, 1)
        for i in range(max(CANDIDATES_PER_PAGE.values())):
            b = self._candidate_key(f"candidate_{i}")
            b.setProperty("candidate", "true")
            b.clicked.connect(lambda _checked=False, n=i: self._choose(n))
            self.candidate_buttons.append(b)
            row.addWidget(b, 2)
        row.addWidget(self.next_page)
        self.pinyin_bar.hide()
        outer.addWidget(self.pinyin_bar)
        grid = self._grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        outer.addLayout(grid)
        if digits_only:
            for r, row_keys in enumerate(DIGIT_ROWS):
                for c, ch in enumerate(row_keys):
                    grid.addWidget(self._key(ch), r, c)
            grid.addWidget(self._key("clear"), 3, 0)
            grid.addWidget(self._key("0"), 3, 1)
            grid.addWidget(self._key(BACKSPACE), 3, 2)
        else:
            for r, row_keys in enumerate(LETTER_ROWS):
                for c, ch in enumerate(row_keys):
                    grid.addWidget(self._key(ch), r, c)
            if self.offers_pinyin:
                grid.addWidget(self._key(SWITCH), 3, 7)
                grid.addWidget(self._key(BACKSPACE), 3, 8)
            else:
                grid.addWidget(self._key(BACKSPACE), 3, 7, 1, 2)
            grid.addWidget(self._key("clear"), 3, 9)
        self.set_mode(DisplayMode.NORMAL)
        self.retranslate()

    def _key(self, ch: str) -> QPushButton:
        if (ch.isalnum() and len(ch) == 1) or ch == "-":
            name = f"key_{ch}"
        else:
            name = {BACKSPACE: "key_backspace", "clear": "key_clear", SWITCH: "key_pinyin"}[ch]
        key = button(name, secondary=True, first_tap_acts=True)
        key.setProperty("key", "true")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus and its cursor
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if ch == SWITCH:
            key.setCheckable(True)
            key.clicked.connect(lambda _checked=False: self.set_pinyin(not self.pinyin))
        else:
            key.clicked.connect(lambda _checked=False, c=ch: self._press(c))
        self.keys[ch] = key
        return key

    def _candidate_key(self, name: str) -> QPushButton:
        key = button(name, secondary=True, first_tap_acts=True)
        key.setProperty("key", "true")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return key

    def attach(self, field: QLineEdit) -> None:
        self._field = field

    def set_mode(self, mode: DisplayMode) -> None:
        self._mode = mode
        side = max(rules_for(mode).target_px, NORMAL_KEY_PX if mode == DisplayMode.NORMAL else 0)
        for key in self.keys.values():
            key.setMinimumSize(side, side)
        for key in (self.previous_page, self.next_page, *self.candidate_buttons):
            key.setMinimumSize(side, side)
        self.composition_line.setMinimumWidth(side)
        self._paginate()
        self._show_candidates()

    # --- pinyin -------------------------------------------------------------------------------------------

    def warm(self) -> None:
        """Build the pinyin index now (the kiosk does it after its first frame), if this pad offers pinyin."""
        if self.offers_pinyin:
            self.index()

    def index(self) -> PinyinIndex:
        if self._index is None:
            from common.pinyin_input import shared_index  # never on the kiosk's start path

            self._index = shared_index()
        return self._index

    def set_pinyin(self, on: bool) -> None:
        """Switch between pinyin (拼音) and letters (ABC); letters typed but not yet chosen go into the field
        as they were typed."""
        on = on and self.offers_pinyin
        if on:
            self.index()
        elif self.composition and self._field is not None:
            self._field.insert(self.composition)
        self.pinyin = on
        if SWITCH in self.keys:
            self.keys[SWITCH].setChecked(on)
        self.pinyin_bar.setVisible(on)
        for digit in LETTER_ROWS[0]:  # in pinyin the candidates take the digits' place; ABC has them back
            self.keys[digit].setVisible(not on)
        self._remeasure()
        self._compose("")
        self.retranslate()

    def offer_pinyin(self, allowed: bool) -> None:
        """Show the 中/英 key or not (a field that takes only digits and letters has no use for hanzi); a pad
        that may not offer pinyin is switched to letters."""
        if SWITCH in self.keys:
            self.keys[SWITCH].setVisible(allowed)
        if not allowed and self.pinyin:
            self.set_pinyin(False)

    def _remeasure(self) -> None:
        """The pad changed height (a row of candidates for the digits): have it and the layouts around it
        measured again, even on a page not shown now (Qt keeps a hidden page's old sizes otherwise, and the
        screen would be sized for a pad it no longer has)."""
        self._grid.invalidate()
        for widget in (self, self.parentWidget()):
            layout = widget.layout() if widget is not None else None
            if layout is not None:
                _invalidate(layout)
        self.updateGeometry()

    def clear_composition(self) -> None:
        """Forget letters typed but not chosen (a new field, the idle reset)."""
        self._compose("")

    def _compose(self, letters: str) -> None:
        self.composition = letters[:MAX_COMPOSITION]
        self.candidates = self.index().candidates(self.composition) if self.composition else []
        self._paginate()
        self._show_candidates()

    def _paginate(self) -> None:
        most, width = CANDIDATES_PER_PAGE[self._mode], CELLS_PER_PAGE[self._mode]
        pages: list[range] = []
        start, cells = 0, 0
        for i, c in enumerate(self.candidates):
            need = len(c.text) + 1
            if i > start and (i - start >= most or cells + need > width):
                pages.append(range(start, i))
                start, cells = i, 0
            cells += need
        pages.append(range(start, len(self.candidates)))
        self.pages = pages
        self.candidate_page = 0

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def shown_candidates(self) -> list[str]:
        """The candidates on the current page, in order."""
        return [self.candidates[i].text for i in self.pages[self.candidate_page]]

    def _turn(self, step: int) -> None:
        self.candidate_page = min(max(self.candidate_page + step, 0), self.page_count - 1)
        self._show_candidates()

    def _show_candidates(self) -> None:
        shown = self.shown_candidates()
        for i, b in enumerate(self.candidate_buttons):
            text = shown[i] if i < len(shown) else ""
            b.setText(text)
            b.setVisible(bool(text))
            self.candidate_row.setStretch(i + FIRST_CANDIDATE, (len(text) + 1) if text else 0)
            if text:
                make_accessible(b, text, translate("KeyPad", "Types {word}.").format(word=text), speech=text)
        self.previous_page.setEnabled(self.candidate_page > 0)
        self.next_page.setEnabled(self.candidate_page < self.page_count - 1)
        self._show_composition()

    def _show_composition(self) -> None:
        letters = self.composition
        if len(letters) > SHOWN_LETTERS:  # the end, where typing goes on
            letters = "…" + letters[-SHOWN_LETTERS:]
        self.composition_line.setText(letters or translate("KeyPad", "Pinyin"))
        self.no_match.setText(translate("KeyPad", "No characters for these letters"))
        self.no_match.setVisible(bool(self.composition) and not self.candidates)

    def _choose(self, n: int) -> None:
        page = self.pages[self.candidate_page]
        if self._field is None or n >= len(page):
            return
        chosen = self.candidates[page[n]]
        self._field.insert(chosen.text)
        self._compose(self.composition[chosen.consumed :])
        self.typed.emit(chosen.text)

    # --- keys ---------------------------------------------------------------------------------------------

    def _press(self, ch: str) -> None:
        field = self._field
        if field is None:
            return
        if self.pinyin and self.composition and ch in (BACKSPACE, "clear"):
            self._compose(self.composition[:-1] if ch == BACKSPACE else "")
        elif self.pinyin and ch.isalpha():
            self._compose(self.composition + ch.lower())
        elif ch == BACKSPACE:
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
            elif ch == SWITCH:
                key.setText(translate("KeyPad", "CN/EN"))
                if self.pinyin:
                    name = translate("KeyPad", "Pinyin on")
                    what = translate("KeyPad", "Switches to letters (ABC).")
                else:
                    name = translate("KeyPad", "Letters (ABC)")
                    what = translate("KeyPad", "Switches to pinyin, to type Chinese characters.")
                make_accessible(key, name, what)
            elif ch == "-":
                key.setText("-")
                make_accessible(key, translate("KeyPad", "Hyphen"), translate("KeyPad", "Types a hyphen."))
            else:
                key.setText(ch)
                make_accessible(key, ch, translate("KeyPad", "Types {key}.").format(key=ch), speech=ch)
        self.previous_page.setText(PREVIOUS)
        make_accessible(
            self.previous_page,
            translate("KeyPad", "Previous candidates"),
            translate("KeyPad", "Shows the characters before these."),
        )
        self.next_page.setText(NEXT)
        make_accessible(
            self.next_page, translate("KeyPad", "More candidates"), translate("KeyPad", "Shows more characters.")
        )
        self._show_candidates()


def _invalidate(layout: QLayout) -> None:
    layout.invalidate()
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if inner is not None:
            _invalidate(inner)

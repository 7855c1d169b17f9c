"""Pinyin on the kiosk's on-screen keyboard: 中/英 on the letter pad, the composition above the keys, a row
of candidates paged with ‹ ›, backspace and clear working on the composition first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QVBoxLayout, QWidget

from common.readability import DisplayMode
from kiosk.widgets.keyboard import BACKSPACE, CANDIDATES_PER_PAGE, CELLS_PER_PAGE, SWITCH, KeyPad


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        self.field = QLineEdit()
        self.pad = KeyPad(name="test_keys", pinyin=True)
        self.pad.attach(self.field)
        box.addWidget(self.field)
        box.addWidget(self.pad)


@pytest.fixture
def form(qtbot) -> Form:  # type: ignore[no-untyped-def]
    f = Form()
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    return f


def click(qtbot, widget: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_letters(qtbot, pad: KeyPad, letters: str) -> None:  # type: ignore[no-untyped-def]
    for ch in letters:
        click(qtbot, pad.keys[ch.upper()])


def pick(qtbot, pad: KeyPad, word: str) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, pad.candidate_buttons[pad.shown_candidates().index(word)])


def test_the_pad_starts_in_letters_and_builds_no_index_until_pinyin_is_asked_for(form: Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = form.pad
    assert not pad.pinyin and not pad.pinyin_bar.isVisible() and pad._index is None
    type_letters(qtbot, pad, "ab")
    assert form.field.text() == "AB"
    click(qtbot, pad.keys[SWITCH])
    assert pad.pinyin and pad.pinyin_bar.isVisible() and pad._index is not None
    assert not pad.keys["1"].isVisible()  # the candidates take the digits' row; ABC has them back
    assert pad.keys[SWITCH].isChecked() and pad.keys[SWITCH].accessibleName() == "Pinyin on"


def test_letters_compose_and_a_candidate_goes_into_the_field(form: Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = form.pad
    pad.set_pinyin(True)
    type_letters(qtbot, pad, "zhang")
    assert form.field.text() == "" and pad.composition == "zhang"
    assert pad.composition_line.text() == "zhang"
    assert "张" in pad.shown_candidates()
    with qtbot.waitSignal(pad.typed) as typed:
        pick(qtbot, pad, "张")
    assert typed.args == ["张"]
    assert form.field.text() == "张" and pad.composition == ""
    # two syllables: a character takes its own syllable and leaves the next to choose
    type_letters(qtbot, pad, "sanfeng")
    pick(qtbot, pad, "三")
    assert form.field.text() == "张三" and pad.composition == "feng"
    assert "丰" in pad.shown_candidates()
    pick(qtbot, pad, "丰")
    assert form.field.text() == "张三丰" and pad.composition == ""


def test_a_word_takes_all_its_syllables_at_once(form: Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = form.pad
    pad.set_pinyin(True)
    type_letters(qtbot, pad, "shenfenzheng")
    assert pad.shown_candidates()[0] == "身份证"
    assert sum(len(w) + 1 for w in pad.shown_candidates()) <= CELLS_PER_PAGE[DisplayMode.NORMAL]  # words: fewer
    pick(qtbot, pad, "身份证")
    assert form.field.text() == "身份证" and pad.composition == ""


def test_backspace_and_clear_edit_the_composition_first(form: Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = form.pad
    form.field.setText("号")
    pad.set_pinyin(True)
    type_letters(qtbot, pad, "lvx")
    click(qtbot, pad.keys[BACKSPACE])
    assert pad.composition == "lv" and form.field.text() == "号"
    assert "绿" in [c.text for c in pad.candidates]
    click(qtbot, pad.keys["clear"])
    assert pad.composition == "" and form.field.text() == "号" and pad.shown_candidates() == []
    click(qtbot, pad.keys[BACKSPACE])  # nothing composed: the field's last character goes
    assert form.field.text() == ""


def test_letters_that_are_not_pinyin_say_so_and_offer_nothing(form: Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = form.pad
    pad.set_pinyin(True)
    type_letters(qtbot, pad, "xqz")
    assert pad.shown_candidates() == [] and not any(b.isVisible() for b in pad.candidate_buttons)
    assert pad.composition_line.text() == "xqz" and pad.no_match.isVisible()
    assert pad.no_match.text() == "No characters for these letters"
    assert not pad.next_page.isEnabled() and not pad.previous_page.isEnabled()
    click(qtbot, pad.keys[BACKSPACE])
    click(qtbot, pad.keys[BACKSPACE])
    assert pad.composition == "x" and not pad.no_match.isVisible() and pad.shown_candidates()


@pytest.mark.parametrize("mode", [DisplayMode.NORMAL, DisplayMode.ELDER], ids=lambda m: m.value)
def test_candidates_are_paged(form: Form, qtbot, mode: DisplayMode) -> None:  # type: ignore[no-untyped-def]
    pad = form.pad
    pad.set_mode(mode)
    pad.set_pinyin(True)
    type_letters(qtbot, pad, "shi")
    first = pad.shown_candidates()
    assert len(first) == CANDIDATES_PER_PAGE[mode] and first[0] == "是"
    assert sum(b.isVisible() for b in pad.candidate_buttons) == len(first)
    assert not pad.previous_page.isEnabled() and pad.next_page.isEnabled()
    click(qtbot, pad.next_page)
    second = pad.shown_candidates()
    assert pad.candidate_page == 1 and second and not set(second) & set(first)
    assert pad.previous_page.isEnabled()
    pick(qtbot, pad, second[1])
    assert form.field.text() == second[1] and pad.candidate_page == 0 and pad.composition == ""
    type_letters(qtbot, pad, "shi")
    click(qtbot, pad.next_page)
    click(qtbot, pad.previous_page)
    assert pad.shown_candidates() == first


def test_switching_back_to_abc_types_letters_and_keeps_what_was_typed(form: Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = form.pad
    pad.set_pinyin(True)
    type_letters(qtbot, pad, "zhongshanlu")
    pick(qtbot, pad, "中山路")
    type_letters(qtbot, pad, "hao")
    click(qtbot, pad.keys[SWITCH])  # to ABC: the letters not chosen stay, as typed
    assert not pad.pinyin and not pad.pinyin_bar.isVisible() and not pad.keys[SWITCH].isChecked()
    assert form.field.text() == "中山路hao" and pad.composition == ""
    assert pad.keys["1"].isVisible()
    click(qtbot, pad.keys["1"])
    type_letters(qtbot, pad, "a")
    assert form.field.text() == "中山路hao1A"
    assert pad.keys[SWITCH].accessibleName() == "Letters (ABC)"


def test_the_hyphen_goes_straight_into_the_field_in_pinyin(form: Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = form.pad
    pad.set_pinyin(True)
    click(qtbot, pad.keys["-"])
    assert form.field.text() == "-" and pad.composition == ""


def test_every_key_and_candidate_has_a_name_and_is_read_as_it_is(form: Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    from common.ui.accessible import speech_text

    pad = form.pad
    pad.set_pinyin(True)
    type_letters(qtbot, pad, "lv")
    shown = [b for b in pad.candidate_buttons if b.isVisible()]
    assert shown
    for b in shown:
        assert b.accessibleName() == b.text() and speech_text(b) == b.text()
        assert b.property("acts_on_first_tap") is True
    for key in (*pad.keys.values(), pad.previous_page, pad.next_page):
        assert key.accessibleName(), key.objectName()
    assert pad.next_page.accessibleName() == "More candidates"


def test_a_digits_pad_and_a_plain_letter_pad_have_no_pinyin(qtbot) -> None:  # type: ignore[no-untyped-def]
    digits = KeyPad(digits_only=True, pinyin=True)
    letters = KeyPad()
    for pad in (digits, letters):
        qtbot.addWidget(pad)
        assert SWITCH not in pad.keys and not pad.offers_pinyin
        pad.set_pinyin(True)
        assert not pad.pinyin
        pad.warm()
        assert pad._index is None


def test_a_field_that_takes_no_hanzi_hides_the_switch(form: Form, qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = form.pad
    pad.set_pinyin(True)
    type_letters(qtbot, pad, "ab")
    pad.offer_pinyin(False)
    assert not pad.pinyin and not pad.keys[SWITCH].isVisible()
    pad.offer_pinyin(True)
    assert pad.keys[SWITCH].isVisible()

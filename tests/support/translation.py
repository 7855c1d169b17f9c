"""``assert_translated``: no string a person sees or hears on a screen is left in the other language.

In English, any Chinese character is untranslated; in Chinese, any Latin word of two letters or more is
(ticket numbers like A001 are one letter). Hall data that exists in one language only (the notices, a name
without an English form) is passed as ``allowed``. Checked: every visible text, and the accessible names,
descriptions and read-aloud texts, since those are heard."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QWidget

from common.ui.accessibility_audit import text_of
from common.ui.accessible import speech_text

CHINESE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def shown_strings(screen: QWidget) -> list[str]:
    widgets = [screen, *(w for w in screen.findChildren(QWidget) if w.isVisibleTo(screen))]
    strings = []
    for w in widgets:
        strings += [text_of(w), w.accessibleName(), w.accessibleDescription(), speech_text(w)]
    return [s for s in strings if s.strip()]


def untranslated(screen: QWidget, language: str, allowed: tuple[str, ...] = ()) -> list[str]:
    wrong = CHINESE if language == "en" else LATIN_WORD
    found = []
    for s in shown_strings(screen):
        rest = s
        for data in allowed:
            rest = rest.replace(data, "")
        if wrong.search(rest):
            found.append(s)
    return sorted(set(found))


def assert_translated(screen: QWidget, language: str, allowed: tuple[str, ...] = ()) -> None:
    found = untranslated(screen, language, allowed)
    if found:
        pytest.fail(
            f"{len(found)} string(s) on {type(screen).__name__} not in {language}:\n"
            + "\n".join(f"  - {s!r}" for s in found),
            pytrace=False,
        )

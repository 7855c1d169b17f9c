"""How a control or screen tells people what it is: the accessible name and description a screen reader
uses (Qt accessibility), and the text read aloud (内容朗读) when it opens, is focused or is tapped.

Every citizen-facing control gets all three through ``make_accessible``; the accessibility audit checks
that none is missing. Call it again from ``retranslate`` so all three follow the language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SPEECH_PROPERTY = "hall_speech_text"


def make_accessible(widget: QWidget, name: str, description: str, speech: str | None = None) -> None:
    """Name and describe ``widget``; what is read aloud defaults to the name and the description."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    set_speech_text(widget, speech if speech is not None else _join(name, description))


def set_speech_text(widget: QWidget, text: str) -> None:
    """What read-aloud says for ``widget``: for a screen, what is read when it opens."""
    widget.setProperty(SPEECH_PROPERTY, text)


def speech_text(widget: QWidget) -> str:
    value = widget.property(SPEECH_PROPERTY)
    return value if isinstance(value, str) else ""


def _join(name: str, description: str) -> str:
    """The name and the description as one sentence or two: a name that ends a sentence or a clause keeps
    its own mark (full-width marks need no space after them)."""
    if not description or description == name:
        return name
    if name.endswith(("。", "，", "：", "！", "？")):
        sep = ""
    elif name.endswith((".", ",", ":", "!", "?")):
        sep = " "
    else:
        sep = "，" if _is_chinese(name) else ". "
    return f"{name}{sep}{description}"


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)

"""A ticket number or code as speech engines should read it: one character at a time."""

from __future__ import annotations


def spoken_number(number: str, language: str) -> str:
    """``A012`` as espeak-ng should read it: ``A 0 1 2`` in Chinese, ``A0 1 2`` in English.

    (English espeak-ng reads a lone "A" as the article; Mandarin espeak-ng reads "A0" as a pinyin syllable.)"""
    letter, digits = number[:1], " ".join(number[1:])
    if language.startswith("zh"):
        return f"{letter} {digits}"
    return f"{letter}{digits}"

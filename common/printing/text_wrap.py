"""Line breaking for back ends that lay text out themselves (ESC/POS columns, the raster slip):
between any two Chinese characters, at spaces in Latin text, and never a closing mark (，。）…) at the
start of a line nor an opening one (（《“…) at its end (避头尾)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

NO_LINE_START = frozenset("，。、；：？！）」』】》〉’”…—·,.;:?!)]}%")
NO_LINE_END = frozenset("（「『【《〈‘“([{")


def is_wide(ch: str) -> bool:
    """Full-width: Chinese characters and full-width marks take two columns on a receipt printer."""
    return unicodedata.east_asian_width(ch) in ("W", "F", "A") and not ch.isascii()


def _units(paragraph: str) -> list[str]:
    """Pieces a line may break between: one wide character, a space, or a run of other characters.
    A number keeps the character after it (``1 份``, ``30 个``, ``3 号窗口``): no break between them."""
    units: list[str] = []
    word = ""
    for ch in paragraph:
        if ch == " " or is_wide(ch):
            if word:
                units.append(word)
                word = ""
            units.append(ch)
        else:
            word += ch
    if word:
        units.append(word)
    glued: list[str] = []
    for unit in units:
        if is_wide(unit[0]) and glued and glued[-1][-1].isdigit():
            glued[-1] += unit
        elif is_wide(unit[0]) and len(glued) >= 2 and glued[-1] == " " and glued[-2][-1].isdigit():
            glued.pop()
            glued[-1] += " " + unit
        else:
            glued.append(unit)
    return glued


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Lines no wider than ``width`` as ``measure`` counts (columns, dots or points); a single piece
    wider than a line is cut between characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_paragraph(paragraph, width, measure)
    return lines


def balanced(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """As many lines as ``wrap`` makes, but as even as they can be: a centred title never leaves one
    character alone on its last line."""
    lines = wrap(text, width, measure)
    if len(lines) < 2:
        return lines
    low, high = max(measure(ch) for ch in text if ch != "\n"), width
    while high - low > 1:
        mid = (low + high) / 2
        if len(wrap(text, mid, measure)) == len(lines):
            high = mid
        else:
            low = mid
    return wrap(text, high, measure)


def _wrap_paragraph(paragraph: str, width: float, measure: Callable[[str], float]) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    for unit in _units(paragraph):
        if measure("".join([*current, unit])) <= width:
            current.append(unit)
            continue
        if unit == " ":
            lines.append("".join(current))
            current = []
            continue
        if not current:
            pieces = _cut(unit, width, measure)
            lines += pieces[:-1]
            current = [pieces[-1]]
            continue
        # A closing mark may not start the next line, an opening one may not end this one: carry
        # pieces down with it, as long as something stays behind.
        carried: list[str] = []
        starts = unit
        while len(current) > 1 and (starts[0] in NO_LINE_START or current[-1][-1] in NO_LINE_END):
            starts = current.pop()
            carried.insert(0, starts)
        lines.append("".join(current).rstrip(" "))
        current = [*carried, unit]
        while current and current[0] == " ":
            current.pop(0)
        if measure("".join(current)) > width:
            pieces = _cut("".join(current), width, measure)
            lines += pieces[:-1]
            current = [pieces[-1]]
    lines.append("".join(current).rstrip(" "))
    return _no_lone_character(lines, width, measure)


def _no_lone_character(lines: list[str], width: float, measure: Callable[[str], float]) -> list[str]:
    """A paragraph's last line is never one Chinese character (孤字): the line above gives it one more."""
    if len(lines) < 2:
        return lines
    last, above = _units(lines[-1]), _units(lines[-2])
    words = [u for u in last if u[0] not in NO_LINE_START]
    if len(words) != 1 or len(words[0]) != 1 or not is_wide(words[0]) or len(above) < 4:
        return lines
    moved = above.pop()
    if moved[0] in NO_LINE_START or moved == " " or (above and above[-1][-1] in NO_LINE_END):
        return lines
    joined = moved + lines[-1]
    if measure(joined) > width:
        return lines
    return [*lines[:-2], "".join(above).rstrip(" "), joined]


def _cut(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    pieces: list[str] = []
    piece = ""
    for ch in word:
        if piece and measure(piece + ch) > width:
            pieces.append(piece)
            piece = ""
        piece += ch
    pieces.append(piece)
    return pieces

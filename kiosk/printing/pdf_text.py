"""Repairs the text layer of the PDFs Qt writes with Noto Sans CJK, so they can be searched, copied,
read aloud and checked by tests.

Qt's PDF engine writes each font's ToUnicode map by asking, for every code point from 0 up, which
glyph it uses, and keeps the lowest code point per glyph. Noto Sans CJK draws the Kangxi radicals
with the ideographs' glyphs (⼼ U+2F3C and 心 U+5FC3 are one glyph), so 中心 reads back as 中⼼, and
the space glyph reads back as a tab. The printed page is right; only the text behind it is wrong.

Qt leaves the ToUnicode streams uncompressed, so the repair swaps four hex digits for four hex digits
in place: no byte moves, the cross-reference table stays valid."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

_SECTION = re.compile(rb"begin(bfrange|bfchar)\n(.*?)end\1", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")

# Code points Qt may wrongly pick because they sort before the character meant, and where to look
# for the character meant.
_SUSPECTS = (range(0x20), range(0x2E80, 0x2FE0), range(0x31C0, 0x31F0))
_MEANT = (range(0x20, 0x7F), range(0x4E00, 0xA000), range(0x3400, 0x4DC0))


def shared_glyph_map(fonts: Iterable[QFont]) -> dict[int, int]:
    """For each suspect code point whose glyph an ordinary character also uses: that character."""
    mapping: dict[int, int] = {}
    for font in fonts:
        mapping.update(_map_for(font.family(), font.bold()))
    return mapping


@cache
def _map_for(family: str, bold: bool) -> dict[int, int]:
    font = QFont(family)
    font.setBold(bold)
    raw = QRawFont.fromFont(font)
    meant: dict[int, int] = {}
    for block in _MEANT:
        text = "".join(chr(cp) for cp in block)
        for cp, glyph in zip(block, raw.glyphIndexesForString(text), strict=True):
            if glyph:
                meant.setdefault(glyph, cp)
    mapping: dict[int, int] = {}
    for block in _SUSPECTS:
        text = "".join(chr(cp) for cp in block)
        for cp, glyph in zip(block, raw.glyphIndexesForString(text), strict=True):
            if glyph and glyph in meant:
                mapping[cp] = meant[glyph]
    return mapping


def repair_text_layer(pdf: Path, mapping: dict[int, int]) -> int:
    """Rewrite the ToUnicode maps of ``pdf`` in place; returns how many entries changed."""
    data = pdf.read_bytes()
    changed = 0

    def fix_target(token: re.Match[bytes]) -> bytes:
        nonlocal changed
        target = mapping.get(int(token.group(1), 16))
        if target is None:
            return token.group(0)
        changed += 1
        return b"<%04X>" % target

    def fix_line(line: bytes, kind: bytes) -> bytes:
        tokens = list(_HEX.finditer(line))
        sources = 1 if kind == b"bfchar" else 2
        if len(tokens) <= sources:
            return line
        if kind == b"bfrange" and b"[" not in line and tokens[0].group(1) != tokens[1].group(1):
            return line  # a run of consecutive code points: one entry cannot be changed alone
        start = tokens[sources].start()
        return line[:start] + _HEX.sub(fix_target, line[start:])

    def fix_section(section: re.Match[bytes]) -> bytes:
        kind, body = section.group(1), section.group(2)
        fixed = b"\n".join(fix_line(line, kind) for line in body.split(b"\n"))
        return b"begin" + kind + b"\n" + fixed + b"end" + kind

    repaired = _SECTION.sub(fix_section, data)
    if len(repaired) != len(data):  # cannot happen: every swap is four hex digits for four
        raise AssertionError("the text-layer repair changed the PDF's length")
    if changed:
        pdf.write_bytes(repaired)
    return changed

"""A picture of what a receipt printer makes of a text-mode job: each character in its cell of the
printer's 12 x 24 (font A), 9 x 17 (font B) or 24 x 24 (Chinese) dots, scaled by GS !, aligned by
ESC a, with the QR code the printer would draw. Close enough to a real slip to see the wrapping and
the layout; the real thing is the printer's own font."""

from __future__ import annotations

import segno
from PIL import Image, ImageDraw, ImageFont

from common.printing.settings import PrinterSettings
from common.printing.text_wrap import is_wide
from tests.support.escpos_reader import ESC, GS, LF, read

WIDTH = 576
SC_FACE = 2  # Noto Sans CJK's collection: JP, KR, SC, TC, HK


def _cell(ch: str, small: bool) -> tuple[int, int]:
    if is_wide(ch):
        return 24, 24
    return (9, 17) if small else (12, 24)


def preview(data: bytes) -> Image.Image:
    settings = PrinterSettings()
    regular = ImageFont.truetype(str(settings.font_regular), 22, index=SC_FACE)
    bold = ImageFont.truetype(str(settings.font_bold), 22, index=SC_FACE)
    printed = read(data)
    strips: list[Image.Image] = []
    qr_at = _qr_line_indexes(data)
    payloads = iter(printed.qr_payloads)
    modules = iter(printed.qr_module_dots)
    for i, line in enumerate(printed.lines):
        if i in qr_at:
            strips.append(_qr(next(payloads).decode(), next(modules)))
        cells = [_cell(ch, line.small) for ch in line.text] or [(12, 24)]
        height = max(h for _, h in cells)
        strip = Image.new("L", (sum(w for w, _ in cells), height), 255)
        draw = ImageDraw.Draw(strip)
        x = 0
        for ch, (w, h) in zip(line.text, cells, strict=False):
            font = bold if line.bold else regular
            draw.text((x + w / 2, h / 2), ch, font=font, fill=0, anchor="mm")
            x += w
        strip = strip.resize((strip.width * line.width, strip.height * line.height))
        row = Image.new("L", (WIDTH, strip.height), 255)
        left = (WIDTH - strip.width) // 2 if line.align == 1 else 0
        row.paste(strip, (max(0, left), 0))
        strips.append(row)
    page = Image.new("L", (WIDTH, sum(s.height for s in strips) + 16), 255)
    y = 8
    for s in strips:
        page.paste(s, (0, y))
        y += s.height
    return page


def _qr(payload: str, module: int) -> Image.Image:
    code = segno.make(payload, error="m", micro=False)
    side = code.symbol_size(scale=module, border=4)[0]
    image = Image.new("L", (WIDTH, side), 255)
    draw = ImageDraw.Draw(image)
    left = (WIDTH - side) // 2 + 4 * module
    for r, row in enumerate(code.matrix):
        for c, dark in enumerate(row):
            if dark:
                x, y = left + c * module, 4 * module + r * module
                draw.rectangle((x, y, x + module - 1, y + module - 1), fill=0)
    return image


def _qr_line_indexes(data: bytes) -> set[int]:
    """The printed-line index at which each QR code is printed (the line it precedes)."""
    at: set[int] = set()
    lines = 0
    i = 0
    while i < len(data):
        if data[i] == GS and data[i + 1 : i + 3] == b"(k":
            size = data[i + 3] + 256 * data[i + 4]
            if data[i + 5 : i + 7] == b"1Q":
                at.add(lines)
            i += 5 + size
        elif (data[i] == ESC and data[i + 1] in b"EMad") or (data[i] == GS and data[i + 1] in b"!V"):
            i += 3
        else:
            lines += data[i] == LF
            i += 1
    return at

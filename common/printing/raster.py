"""A document drawn as one black-and-white image the width of a receipt roll, for printers that print
Chinese only as a bitmap (``EscposMode.BITMAP``). Pillow and Noto Sans CJK SC; no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from common.printing.document import (
    LIST_COLUMN,
    Align,
    Document,
    Field,
    ListItem,
    QrCode,
    Role,
    Separator,
    SeparatorStyle,
    Text,
)
from common.printing.text_wrap import balanced, wrap

FAMILY = "Noto Sans CJK SC"
DOTS_PER_MM = 8  # 203 dpi, the common thermal head
QUIET_ZONE = 4  # modules of white around a QR code, as the standard asks

# Pixel sizes at 203 dpi; line height is 1.35 times the size.
SIZES: dict[Role, int] = {
    Role.TITLE: 34,
    Role.HEADING: 40,
    Role.SECTION: 31,
    Role.BIG_NUMBER: 168,
    Role.BODY: 26,
    Role.STRONG: 26,
    Role.SMALL: 21,
}
BOLD = frozenset({Role.TITLE, Role.HEADING, Role.SECTION, Role.BIG_NUMBER, Role.STRONG})


@dataclass(frozen=True, slots=True)
class Fonts:
    regular: Path
    bold: Path

    def get(self, role: Role, bold: bool | None = None) -> ImageFont.FreeTypeFont:
        heavy = role in BOLD if bold is None else bold
        return _font(self.bold if heavy else self.regular, SIZES[role])


@cache
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    """The Simplified Chinese face of a Noto CJK collection (a .ttc holds JP, KR, SC, TC, HK)."""
    for index in range(16):
        try:
            font = ImageFont.truetype(str(path), size, index=index)
        except OSError:
            break
        if font.getname()[0] == FAMILY:
            return font
    return ImageFont.truetype(str(path), size)


def render(document: Document, width: int, fonts: Fonts) -> Image.Image:
    """The document as a mode "1" image ``width`` dots wide (576 for an 80 mm roll at 203 dpi)."""
    margin = 2 * DOTS_PER_MM
    canvas = _Canvas(width, margin, fonts, document)
    for block in document.blocks:
        match block:
            case Text():
                canvas.text(block)
            case Field():
                canvas.field(block)
            case ListItem():
                canvas.list_item(block)
            case QrCode():
                canvas.qr(block)
            case Separator(style=style):
                canvas.separator(style)
    if document.footer:
        canvas.separator(SeparatorStyle.SPACE)
        canvas.text(Text(document.footer, Role.SMALL, Align.CENTER))
    return canvas.image()


class _Canvas:
    """Draws as it goes on a tall strip and crops to what was drawn."""

    def __init__(self, width: int, margin: int, fonts: Fonts, document: Document) -> None:
        self.width = width
        self.margin = margin
        self.fonts = fonts
        self.colon = document.colon
        self.column = round(fonts.get(Role.BODY).getlength(LIST_COLUMN))
        self.field_column = round(document.field_column(fonts.get(Role.BODY, bold=True).getlength, self.inner))
        self.y = margin
        self._image = Image.new("L", (width, 4000), 255)
        self._draw = ImageDraw.Draw(self._image)

    @property
    def inner(self) -> int:
        return self.width - 2 * self.margin

    def _grow(self, height: int) -> None:
        if self.y + height + self.margin <= self._image.height:
            return
        taller = Image.new("L", (self.width, max(self._image.height * 2, self.y + height + self.margin)), 255)
        taller.paste(self._image, (0, 0))
        self._image = taller
        self._draw = ImageDraw.Draw(self._image)

    def _lines(self, lines: list[str], font: ImageFont.FreeTypeFont, x: int, width: int, align: Align) -> None:
        step = round(font.size * 1.35)
        for line in lines:
            self._grow(step)
            left = x + (width - font.getlength(line)) / 2 if align is Align.CENTER else x
            self._draw.text((left, self.y), line, font=font, fill=0)
            self.y += step

    def text(self, block: Text) -> None:
        font = self.fonts.get(block.role)
        if block.role is Role.SECTION and self.y > self.margin:
            self.y += SIZES[Role.BODY] // 2  # a section starts with some air above it
        indent = block.indent * self.column
        width = self.inner - indent
        lines = (balanced if block.align is Align.CENTER else wrap)(block.text, width, font.getlength)
        self._lines(lines, font, self.margin + indent, width, block.align)

    def field(self, block: Field) -> None:
        """The label in bold, the value in a column beside it."""
        label_font = self.fonts.get(Role.BODY, bold=True)
        value_font = self.fonts.get(Role.BODY)
        label = f"{block.label}{self.colon}"
        top = self.y
        self._lines([label], label_font, self.margin, self.inner, Align.LEFT)
        column = self.field_column
        if label_font.getlength(label) <= column:
            self.y = top
        else:
            column = 0  # a label too long for the column: its value goes under it
        width = self.inner - column
        lines = wrap(block.value, width, value_font.getlength)
        self._lines(lines, value_font, self.margin + column, width, Align.LEFT)

    def list_item(self, block: ListItem) -> None:
        font = self.fonts.get(block.role)
        marker_width = max(self.column, round(font.getlength(block.marker + " ")))
        top = self.y
        self._lines([block.marker], font, self.margin, marker_width, Align.LEFT)
        self.y = top
        width = self.inner - marker_width
        self._lines(wrap(block.text, width, font.getlength), font, self.margin + marker_width, width, Align.LEFT)

    def qr(self, block: QrCode) -> None:
        """Whole dots per module (8 at most: 1 mm), centred, with its quiet zone."""
        module = max(1, min(DOTS_PER_MM, self.inner // (block.size + 2 * QUIET_ZONE)))
        side = block.size * module
        self._grow(side + 2 * QUIET_ZONE * module)
        self.y += QUIET_ZONE * module
        left = (self.width - side) // 2
        for r, row in enumerate(block.modules):
            for c, dark in enumerate(row):
                if dark:
                    x0, y0 = left + c * module, self.y + r * module
                    self._draw.rectangle((x0, y0, x0 + module - 1, y0 + module - 1), fill=0)
        self.y += side + QUIET_ZONE * module

    def separator(self, style: SeparatorStyle) -> None:
        gap = SIZES[Role.BODY] // 2
        self._grow(2 * gap)
        if style is SeparatorStyle.LINE:
            mid = self.y + gap
            for x in range(self.margin, self.width - self.margin, 12):
                self._draw.line((x, mid, min(x + 7, self.width - self.margin), mid), fill=0, width=2)
        self.y += 2 * gap

    def image(self) -> Image.Image:
        cropped = self._image.crop((0, 0, self.width, self.y + self.margin))
        return cropped.point(lambda v: 255 if v >= 128 else 0).convert("1", dither=Image.Dither.NONE)

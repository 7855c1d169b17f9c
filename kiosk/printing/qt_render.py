"""Paints a printed document with QPainter in Noto Sans CJK SC: one page the length of the slip on an
80 mm roll, or A4 pages with the hall and page numbers at the foot.

Lines are broken by ``common.printing.text_wrap`` (the same rules as the ESC/POS back end) and
drawn one by one, so pagination is by line and a heading never ends a page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPaintDevice, QPainter, QPen

from common.printing.document import (
    LIST_COLUMN,
    Align,
    Document,
    Field,
    ListItem,
    Paper,
    QrCode,
    Role,
    Separator,
    SeparatorStyle,
    Text,
)
from common.printing.labels import labels
from common.printing.printer import PrinterError, PrinterFault
from common.printing.text_wrap import balanced, wrap

FAMILY = "Noto Sans CJK SC"
FONT_FILES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
)
POINTS: dict[Paper, dict[Role, float]] = {
    Paper.RECEIPT: {
        Role.TITLE: 12,
        Role.HEADING: 15,
        Role.SECTION: 12,
        Role.BIG_NUMBER: 64,
        Role.BODY: 10,
        Role.STRONG: 10,
        Role.SMALL: 8,
    },
    Paper.A4: {
        Role.TITLE: 20,
        Role.HEADING: 14,
        Role.SECTION: 13,
        Role.BIG_NUMBER: 48,
        Role.BODY: 11,
        Role.STRONG: 11,
        Role.SMALL: 9,
    },
}
BOLD = frozenset({Role.TITLE, Role.HEADING, Role.SECTION, Role.BIG_NUMBER, Role.STRONG})
MARGIN_MM: dict[Paper, float] = {Paper.RECEIPT: 4.0, Paper.A4: 18.0}
RECEIPT_WIDTH_MM = 80.0
QR_SIDE_MM: dict[Paper, float] = {Paper.RECEIPT: 34.0, Paper.A4: 30.0}
"""The QR code's side without its quiet zone: about 1 mm a module for a ticket, easy for any phone."""
QUIET_ZONE = 4


def ensure_font() -> None:
    """Noto Sans CJK SC, from the system or from its files; without it Chinese would print as boxes."""
    if FAMILY in QFontDatabase.families():
        return
    for path in FONT_FILES:
        if path.is_file():
            QFontDatabase.addApplicationFont(str(path))
    if FAMILY not in QFontDatabase.families():
        raise PrinterError(PrinterFault.FAILED, f"font {FAMILY} is not installed (Debian: fonts-noto-cjk)")


def make_font(paper: Paper, role: Role, bold: bool | None = None, scale: float = 1.0) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(POINTS[paper][role] * scale)
    font.setBold(role in BOLD if bold is None else bold)
    # Noto CJK's 'locl' swaps digits after Latin letters for glyphs no character maps to, and Qt's PDF
    # text layer then loses them (A001 would read back as "A"). The SC face needs no localisation.
    font.setFeature(QFont.Tag("locl"), 0)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters in the text layer
    return font


@dataclass
class _Row:
    """One strip of the page: a line of text, a QR code, a rule or some air."""

    height: float
    paint: Callable[[QPainter, float], None]
    keep_with_next: bool = False
    air: bool = False
    """Dropped at the top of a page."""


def _nothing(_painter: QPainter, _y: float) -> None:
    return None


class Layout:
    """The document as rows ``width`` device pixels wide, measured for ``device`` (a QPrinter); text
    sizes times ``scale``."""

    def __init__(self, document: Document, device: QPaintDevice, width: float, scale: float = 1.0) -> None:
        self.document = document
        self.paper = document.paper
        self.device = device
        self.width = width
        self.scale = scale
        self.mm = device.logicalDpiX() / 25.4
        self.rows: list[_Row] = []
        self._column = self._measure(Role.BODY, LIST_COLUMN)
        self._field_column = document.field_column(lambda s: self._measure(Role.BODY, s, bold=True), width)
        for block in document.blocks:
            match block:
                case Text():
                    self._text(block)
                case Field():
                    self._field(block)
                case ListItem():
                    self._list_item(block)
                case QrCode():
                    self._qr(block)
                case Separator(style=style):
                    self._separator(style)
        if document.footer and self.paper is Paper.RECEIPT:
            self._separator(SeparatorStyle.SPACE)
            self._text(Text(document.footer, Role.SMALL, Align.CENTER))

    @property
    def height(self) -> float:
        return sum(r.height for r in self.rows)

    def _font(self, role: Role, bold: bool | None = None) -> QFont:
        return make_font(self.paper, role, bold, self.scale)

    def _metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def _measure(self, role: Role, text: str, bold: bool | None = None) -> float:
        return self._metrics(self._font(role, bold)).horizontalAdvance(text)

    def _lines(
        self, font: QFont, lines: list[str], x: float, width: float, align: Align, keep: bool = False
    ) -> list[_Row]:
        fm = self._metrics(font)
        rows = []
        for line in lines:
            left = x + (width - fm.horizontalAdvance(line)) / 2 if align is Align.CENTER else x

            def paint(p: QPainter, y: float, text: str = line, left: float = left) -> None:
                p.setFont(font)
                p.drawText(QPointF(left, y + fm.ascent()), text)

            rows.append(_Row(fm.lineSpacing(), paint, keep_with_next=keep))
        if len(rows) >= 2:  # no paragraph leaves a single line alone at a page's foot or head
            rows[0].keep_with_next = rows[-2].keep_with_next = True
        return rows

    def _text(self, block: Text) -> None:
        font = self._font(block.role)
        fm = self._metrics(font)
        if block.role is Role.BIG_NUMBER:
            self._big_number(block, font, fm)
            return
        heading = block.role is Role.SECTION
        if heading and self.rows:
            air = self._metrics(self._font(Role.BODY)).lineSpacing() * 0.6
            self.rows.append(_Row(air, _nothing, keep_with_next=True, air=True))
        indent = block.indent * self._column
        width = self.width - indent
        breaker = balanced if block.align is Align.CENTER else wrap
        lines = breaker(block.text, width, fm.horizontalAdvance)
        self.rows += self._lines(font, lines, indent, width, block.align, keep=heading)

    def _big_number(self, block: Text, font: QFont, fm: QFontMetricsF) -> None:
        """Digits need no room for descenders or Chinese: the row is the cap height and some air."""
        cap = fm.capHeight()
        text = block.text

        def paint(p: QPainter, y: float) -> None:
            p.setFont(font)
            p.drawText(QPointF((self.width - fm.horizontalAdvance(text)) / 2, y + cap * 1.2), text)

        self.rows.append(_Row(cap * 1.5, paint))

    def _field(self, block: Field) -> None:
        label_font = self._font(Role.BODY, bold=True)
        value_font = self._font(Role.BODY)
        label = f"{block.label}{self.document.colon}"
        fm = self._metrics(value_font)
        if self._metrics(label_font).horizontalAdvance(label) > self._field_column:
            self.rows += self._lines(label_font, [label], 0, self.width, Align.LEFT, keep=True)
            self.rows += self._lines(
                value_font, wrap(block.value, self.width, fm.horizontalAdvance), 0, self.width, Align.LEFT
            )
            return
        width = self.width - self._field_column
        rows = self._lines(
            value_font, wrap(block.value, width, fm.horizontalAdvance), self._field_column, width, Align.LEFT
        )
        rows[0] = self._with_prefix(rows[0], label_font, label)
        self.rows += rows

    def _list_item(self, block: ListItem) -> None:
        font = self._font(block.role)
        fm = self._metrics(font)
        column = max(self._column, fm.horizontalAdvance(f"{block.marker} "))
        width = self.width - column
        rows = self._lines(font, wrap(block.text, width, fm.horizontalAdvance), column, width, Align.LEFT)
        rows[0] = self._with_prefix(rows[0], font, block.marker)
        self.rows += rows

    def _with_prefix(self, row: _Row, font: QFont, prefix: str) -> _Row:
        """The row, with ``prefix`` (a label, a list marker) drawn at the left margin."""
        fm = self._metrics(font)
        first = row.paint

        def paint(p: QPainter, y: float) -> None:
            p.setFont(font)
            p.drawText(QPointF(0, y + fm.ascent()), prefix)
            first(p, y)

        return _Row(max(row.height, fm.lineSpacing()), paint, row.keep_with_next)

    def _qr(self, block: QrCode) -> None:
        """Whole device pixels per module, no antialiasing: every module edge is sharp."""
        module = max(1, round(QR_SIDE_MM[self.paper] * self.mm / block.size))
        side = module * block.size
        quiet = QUIET_ZONE * module
        left = round((self.width - side) / 2)

        def paint(p: QPainter, y: float) -> None:
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            top = round(y + quiet)
            for r, row in enumerate(block.modules):
                c = 0
                while c < block.size:
                    if not row[c]:
                        c += 1
                        continue
                    start = c
                    while c < block.size and row[c]:
                        c += 1
                    p.fillRect(
                        left + start * module, top + r * module, (c - start) * module, module, Qt.GlobalColor.black
                    )
            p.restore()

        self.rows.append(_Row(side + 2 * quiet, paint))

    def _separator(self, style: SeparatorStyle) -> None:
        body = self._metrics(self._font(Role.BODY)).lineSpacing()
        if style is SeparatorStyle.SPACE:
            self.rows.append(_Row(body * 0.5, _nothing, air=True))
            return
        height = body * 0.8
        pen = QPen(QColor("black"), 0.25 * self.mm, Qt.PenStyle.DashLine)

        def paint(p: QPainter, y: float) -> None:
            p.setPen(pen)
            p.drawLine(QPointF(0, y + height / 2), QPointF(self.width, y + height / 2))
            p.setPen(QColor("black"))

        self.rows.append(_Row(height, paint))

    # --- pages ----------------------------------------------------------------------------------

    def pages(self, page_height: float) -> list[list[tuple[_Row, float]]]:
        """Rows placed on pages of ``page_height``: a row that does not fit starts a page, and so does
        a heading whose next row would not fit."""
        pages: list[list[tuple[_Row, float]]] = [[]]
        y = 0.0
        for i, row in enumerate(self.rows):
            need = row.height
            j = i
            while self.rows[j].keep_with_next and j + 1 < len(self.rows):
                j += 1
                need += self.rows[j].height
            if pages[-1] and y + min(need, page_height) > page_height:
                pages.append([])
                y = 0.0
            if row.air and not pages[-1]:
                continue
            pages[-1].append((row, y))
            y += row.height
        return pages

    def footer_height(self) -> float:
        return self._metrics(self._font(Role.SMALL)).lineSpacing() * 2

    def paint_footer(self, p: QPainter, page_height: float, page: int, pages: int) -> None:
        font = self._font(Role.SMALL)
        fm = self._metrics(font)
        p.setFont(font)
        p.setPen(QPen(QColor("black"), 0.2 * self.mm))
        top = page_height - fm.lineSpacing() * 1.3
        p.drawLine(QPointF(0, top), QPointF(self.width, top))
        baseline = page_height - fm.descent()
        p.drawText(QPointF(0, baseline), self.document.footer.replace("\n", "  "))
        number = labels(self.document.language).page.format(page=page, pages=pages)
        p.drawText(QPointF(self.width - fm.horizontalAdvance(number), baseline), number)
        p.setPen(QColor("black"))

    def paint_page(self, p: QPainter, rows: list[tuple[_Row, float]]) -> None:
        p.setPen(QColor("black"))
        for row, y in rows:
            row.paint(p, y)

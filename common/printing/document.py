"""What a printer back end renders: a short list of blocks (text with a role, labelled fields, list
items, a QR code, separators) on a kind of paper. Builders make documents from the domain
(``ticket.py``, ``service_guide.py``, ``one_time_notice.py``); back ends decide sizes and fonts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import segno

from common.printing.labels import Language, labels


class DocumentKind(StrEnum):
    TICKET = "ticket"  # 取号凭条
    SERVICE_GUIDE = "service_guide"  # 办事指南
    ONE_TIME_NOTICE = "one_time_notice"  # 一次性告知书
    SELF_SERVICE_RESULT = "self_service_result"  # 自助办理结果 / 受理凭证


class Paper(StrEnum):
    RECEIPT = "receipt"
    """An 80 mm roll: the kiosk's ticket printer."""
    A4 = "a4"


class Role(StrEnum):
    TITLE = "title"  # the hall's name or the document's title
    HEADING = "heading"  # the ticket's category, the guide's item: centred, large
    SECTION = "section"  # a section of a guide or notice (受理条件, 申请材料…): air above, never last on a page
    BIG_NUMBER = "big_number"  # the queue number
    BODY = "body"
    STRONG = "strong"  # body text that must not be missed: the e-certificate mark, priority
    SMALL = "small"  # notes, footers


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"


FIELD_COLUMN = 0.45
"""The largest share of a line that field labels take."""
LIST_COLUMN = "00. "
"""How far a list item's text starts from its marker, as text in the body font; also one level of
``Text.indent``, so a note under an item lines up with the item's text."""


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    role: Role = Role.BODY
    align: Align = Align.LEFT
    indent: int = 0
    """Levels of indentation (a note under a list item is 1)."""


@dataclass(frozen=True, slots=True)
class Field:
    """A label and its value (``承诺办结时限：5 个工作日``); back ends set the label apart."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ListItem:
    """A numbered or marked line whose wrapped lines hang under the text, not the marker."""

    marker: str
    text: str
    role: Role = Role.BODY


@dataclass(frozen=True, slots=True)
class QrCode:
    payload: str
    modules: tuple[tuple[bool, ...], ...]
    """segno's matrix, dark modules True, without the quiet zone (back ends leave 4 modules clear)."""

    @classmethod
    def of(cls, payload: str) -> QrCode:
        """Error correction M: a creased or smudged slip still scans."""
        code = segno.make(payload, error="m", micro=False)
        modules = tuple(tuple(bool(m) for m in row) for row in code.matrix)
        return cls(payload=payload, modules=modules)

    @property
    def size(self) -> int:
        """Modules per side."""
        return len(self.modules)


class SeparatorStyle(StrEnum):
    LINE = "line"
    SPACE = "space"


@dataclass(frozen=True, slots=True)
class Separator:
    style: SeparatorStyle = SeparatorStyle.LINE


Block = Text | Field | ListItem | QrCode | Separator


@dataclass(frozen=True, slots=True)
class Document:
    kind: DocumentKind
    paper: Paper
    language: Language
    title: str
    """What the printed job is called (``取号凭条 A001``): print queues and the job log show it."""
    reference: str
    """The ticket number, item code or visit it belongs to, for the job log."""
    blocks: tuple[Block, ...] = field(default=())
    footer: str = ""
    """Printed at the foot of each page on paged paper (the hall and the print time)."""

    def plain_text(self) -> str:
        """The document's words in order, one block a line: for logs, screen previews and tests."""
        lines: list[str] = []
        for block in self.blocks:
            match block:
                case Text(text=text, indent=indent):
                    lines.append("  " * indent + text)
                case Field(label=label, value=value):
                    lines.append(f"{label}{self.colon}{value}")
                case ListItem(marker=marker, text=text):
                    lines.append(f"{marker} {text}")
                case QrCode(payload=payload):
                    lines.append(f"[QR {payload}]")
                case Separator():
                    lines.append("")
        if self.footer:
            lines.append(self.footer)
        return "\n".join(lines)

    @property
    def colon(self) -> str:
        """What follows a field's label in this document's language (``：`` or ``: ``)."""
        return labels(self.language).colon

    def field_column(self, label_width: Callable[[str], float], line_width: float) -> float:
        """Where field values start: the labels share one column, at most ``FIELD_COLUMN`` of the
        line; a label wider than that puts its value on the lines under it."""
        widths = [label_width(f"{b.label}{self.colon}") for b in self.blocks if isinstance(b, Field)]
        return max((w for w in widths if w <= line_width * FIELD_COLUMN), default=0.0)

    @property
    def qr_codes(self) -> tuple[QrCode, ...]:
        return tuple(b for b in self.blocks if isinstance(b, QrCode))

"""The queue ticket (取号凭条): what the kiosk prints after ``issue_ticket`` or ``check_in``."""

from __future__ import annotations

import math

from common.hall_config import HallConfig
from common.kiosk_actions import TicketReceipt
from common.printing.document import (
    Align,
    Block,
    Document,
    DocumentKind,
    Field,
    Paper,
    QrCode,
    Role,
    Separator,
    SeparatorStyle,
    Text,
)
from common.printing.labels import ZH, Labels, Language, labels


def ticket_document(receipt: TicketReceipt, config: HallConfig, language: Language = Language.ZH) -> Document:
    """An 80 mm slip: hall, number (very large), category, time in the hall's zone, people ahead, the
    estimated wait, the priority mark, and a QR code of ``receipt.qr_payload``."""
    words = labels(language)
    english = language is Language.EN
    category = config.category(receipt.category) if _has_category(config, receipt.category) else None
    category_name = (category.name_en if english and category and category.name_en else "") or receipt.category_name
    hall_name = (config.name_en if english else "") or receipt.hall_name
    issued = config.local(receipt.issued_at)

    blocks: list[Block] = [Text(hall_name, Role.TITLE, Align.CENTER)]
    if hall_name != receipt.hall_name:
        blocks.append(Text(receipt.hall_name, Role.SMALL, Align.CENTER))
    blocks += [
        Text(words.ticket_title, Role.SMALL, Align.CENTER),
        Separator(),
        Text(words.your_number, Role.SMALL, Align.CENTER),
        Text(receipt.number, Role.BIG_NUMBER, Align.CENTER),
        Text(category_name, Role.HEADING, Align.CENTER),
    ]
    mark = words.channel_mark[receipt.channel]
    if mark:
        blocks.append(Text(mark, Role.STRONG, Align.CENTER))
    blocks += [
        Separator(),
        Field(words.people_ahead, words.people_ahead_value.format(n=receipt.ahead)),
        Field(words.estimated_wait, wait_text(receipt.ahead, receipt.estimated_wait_minutes, words)),
        Field(words.issued_at, f"{issued:%Y-%m-%d %H:%M}"),
        Separator(SeparatorStyle.SPACE),
        QrCode.of(receipt.qr_payload),
        Text(ZH.watch_screen, Role.STRONG, Align.CENTER),
    ]
    if english:
        blocks.append(Text(words.watch_screen, Role.STRONG, Align.CENTER))
    if config.phone:
        blocks.append(Text(f"{words.phone} {config.phone}", Role.SMALL, Align.CENTER))
    return Document(
        kind=DocumentKind.TICKET,
        paper=Paper.RECEIPT,
        language=language,
        title=f"{words.ticket_title} {receipt.number}",
        reference=receipt.number,
        blocks=tuple(blocks),
    )


def wait_text(ahead: int, minutes: float, words: Labels) -> str:
    """Whole minutes, rounded up; nobody ahead means the next call is this ticket's."""
    if ahead <= 0:
        return words.wait_none
    whole = max(1, math.ceil(minutes))
    if whole < 60:
        return words.wait_minutes.format(m=whole)
    return words.wait_hours.format(h=whole // 60, m=whole % 60)


def _has_category(config: HallConfig, letter: str) -> bool:
    return any(c.letter == letter for c in config.categories)

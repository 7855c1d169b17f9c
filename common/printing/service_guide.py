"""The service guide (办事指南) of a catalogue item, as the kiosk prints it for a citizen to take home."""

from __future__ import annotations

from datetime import datetime

from common.catalogue import Item, Material, ServiceGuide
from common.hall_config import HallConfig
from common.printing.document import (
    Align,
    Block,
    Document,
    DocumentKind,
    Field,
    ListItem,
    Paper,
    Role,
    Text,
)
from common.printing.labels import Labels, Language, labels


def service_guide_document(
    item: Item,
    config: HallConfig,
    language: Language = Language.ZH,
    paper: Paper = Paper.A4,
    printed_at: datetime | None = None,
) -> Document:
    """Everything in the item's guide, with the materials an electronic certificate (电子证照) replaces
    marked ★. ``paper`` is A4 for a page printer; a kiosk with only its ticket printer asks for RECEIPT."""
    words = labels(language)
    guide = item.guide
    name = (item.name_en if language is Language.EN else "") or item.name
    blocks: list[Block] = [
        Text(words.guide_title, Role.TITLE, Align.CENTER),
        Text(name, Role.HEADING, Align.CENTER),
    ]
    if name != item.name:
        blocks.append(Text(item.name, Role.SMALL, Align.CENTER))
    blocks += [
        Field(words.item_code, item.code),
        Field(words.department, item.department),
        Field(words.item_kind, words.kinds[item.kind]),
        Text(words.conditions, Role.SECTION),
        Text(guide.conditions),
        Text(words.materials, Role.SECTION),
    ]
    for i, material in enumerate(guide.materials, start=1):
        blocks += material_blocks(material, f"{i}.", words)
    if any(m.replaceable_by_e_certificate for m in guide.materials):
        blocks.append(Text(words.e_certificate_legend, Role.STRONG))
    blocks += [
        Text(words.time_limits, Role.SECTION),
        Field(words.legal_days, words.days_text(guide.legal_days)),
        Field(words.promised_days, words.on_the_spot if guide.on_the_spot else words.days_text(guide.promised_days)),
        Field(words.fee, fee_text(guide, language)),
        Field(words.trips, words.trips_value.format(n=guide.trips) if guide.trips else words.trips_none),
    ]
    if guide.fully_online and guide.trips:
        blocks.append(Text(words.fully_online, Role.STRONG))
    blocks.append(Field(words.where, words.clause_separator.join(guide.where)))
    blocks.append(Text(words.process, Role.SECTION))
    blocks += [ListItem(f"{i}.", step) for i, step in enumerate(guide.process, start=1)]
    if guide.basis:
        blocks += [Text(words.basis, Role.SECTION), Text(guide.basis, Role.SMALL)]
    phone = guide.phone or config.phone
    if phone:
        blocks.append(Field(words.phone, phone))
    return Document(
        kind=DocumentKind.SERVICE_GUIDE,
        paper=paper,
        language=language,
        title=f"{words.guide_title} {item.name}",
        reference=item.code,
        blocks=tuple(blocks),
        footer=footer_text(config, words, language, printed_at),
    )


def material_blocks(material: Material, marker: str, words: Labels) -> list[Block]:
    """One material: name, form and copies, whether it is needed in every case; then the ★ mark when
    an electronic certificate replaces it, and its note."""
    line = words.material_line.format(
        name=material.name,
        form=words.forms[material.form],
        copies=words.copies_text(material.copies),
        optional="" if material.required else words.optional,
    )
    blocks: list[Block] = [ListItem(marker, line)]
    if material.replaceable_by_e_certificate:
        blocks.append(Text(words.e_certificate_mark.format(name=material.e_certificate), Role.STRONG, indent=1))
    if material.note:
        blocks.append(Text(material.note, Role.SMALL, indent=1))
    return blocks


def fee_text(guide: ServiceGuide, language: Language) -> str:
    if language is Language.ZH:
        return guide.fee_text
    words = labels(language)
    if guide.fee_yuan == 0:
        return guide.fee_note or words.free
    return words.yuan.format(amount=guide.fee_yuan) + (f" ({guide.fee_note})" if guide.fee_note else "")


def footer_text(config: HallConfig, words: Labels, language: Language, printed_at: datetime | None) -> str:
    hall = (config.name_en if language is Language.EN else "") or config.name
    if printed_at is None:
        return hall
    return f"{hall}\n{words.printed_at} {config.local(printed_at):%Y-%m-%d %H:%M}"

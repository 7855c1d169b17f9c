"""The one-time notice (一次性告知书): every missing material of a visit, told at once, on paper.

The window client prints it when a clerk finishes a visit with ``Outcome.ONE_TIME_NOTICE``
(``notice_for_visit``); the kiosk prints it for materials a citizen found missing in a guide."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from datetime import datetime

from common.catalogue import Catalogue, Item, Material
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
    Separator,
    SeparatorStyle,
    Text,
)
from common.printing.labels import Language, labels
from common.printing.service_guide import footer_text, material_blocks
from common.projection.state import Visit


def one_time_notice_document(
    config: HallConfig,
    items: Sequence[Item],
    missing: Sequence[str],
    *,
    issued_at: datetime,
    window: int | None = None,
    staff: str | None = None,
    language: Language = Language.ZH,
    paper: Paper = Paper.A4,
    reference: str = "",
) -> Document:
    """``missing`` names materials; a name found in the items' guides is printed with its form, copies
    and the ★ mark when an electronic certificate replaces it, any other name as written. Window and
    staff number are printed when a clerk gives the notice (not at the kiosk)."""
    names = list(dict.fromkeys(name.strip() for name in missing if name.strip()))
    if not names:
        raise ValueError("a one-time notice lists at least one missing material")
    words = labels(language)
    known = _materials_by_name(items)
    found = [known.get(name) for name in names]
    replaceable = sum(1 for m in found if m is not None and m.replaceable_by_e_certificate)
    item_names = [((it.name_en if language is Language.EN else "") or it.name) for it in items]

    blocks: list[Block] = [
        Text(words.notice_title, Role.TITLE, Align.CENTER),
        Text((config.name_en if language is Language.EN else "") or config.name, Role.SMALL, Align.CENTER),
        Separator(),
    ]
    if item_names:
        blocks.append(Field(words.notice_items, words.list_separator.join(item_names)))
    blocks += [Text(words.notice_intro), Text(words.notice_missing.format(n=len(names)), Role.SECTION)]
    for i, (name, material) in enumerate(zip(names, found, strict=True), start=1):
        if material is None:
            blocks.append(ListItem(f"{i}.", name))
        else:
            blocks += material_blocks(material, f"{i}.", words)
    if replaceable:
        blocks.append(Text(words.notice_e_certificate.format(n=replaceable), Role.STRONG))
    blocks += [Text(words.notice_closing), Separator(SeparatorStyle.SPACE)]
    if window is not None:
        blocks.append(Field(words.notice_window, words.notice_window_value.format(n=window)))
    if staff:
        blocks.append(Field(words.notice_staff, staff))
    blocks.append(Field(words.notice_date, words.date_text(config.local(issued_at).date())))
    if config.phone:
        blocks.append(Field(words.phone, config.phone))
    if window is not None:
        blocks += [Separator(SeparatorStyle.SPACE), Text(words.notice_signature)]
    return Document(
        kind=DocumentKind.ONE_TIME_NOTICE,
        paper=paper,
        language=language,
        title=words.notice_title,
        reference=reference or ",".join(it.code for it in items) or "notice",
        blocks=tuple(blocks),
        footer=footer_text(config, words, language, issued_at),
    )


def notice_for_visit(
    visit: Visit,
    config: HallConfig,
    catalogue: Catalogue,
    language: Language = Language.ZH,
    paper: Paper = Paper.A4,
) -> Document:
    """The notice for a finished visit, from what the clerk recorded: items (or the package's items),
    missing materials, window, the clerk who finished it and when."""
    if not visit.missing_materials:
        raise ValueError(f"visit {visit.id} lists no missing materials: there is no one-time notice to print")
    codes = list(visit.items)
    if visit.package:
        with suppress(KeyError):  # a package since removed from the catalogue: the visit names its items
            codes += catalogue.package(visit.package).items
    items: list[Item] = []
    for code in dict.fromkeys(codes):
        try:
            items.append(catalogue.item(code))
        except KeyError:
            continue  # an item since removed: its materials are printed as the clerk named them
    return one_time_notice_document(
        config,
        items,
        visit.missing_materials,
        issued_at=visit.finished_at or visit.started_at,
        window=visit.window,
        staff=visit.finished_by or visit.staff,
        language=language,
        paper=paper,
        reference=visit.id,
    )


def _materials_by_name(items: Sequence[Item]) -> dict[str, Material]:
    found: dict[str, Material] = {}
    for item in items:
        for material in item.guide.materials:
            found.setdefault(material.name, material)
    return found

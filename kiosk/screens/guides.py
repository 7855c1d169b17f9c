"""Service guides (办事指南), the same catalogue as every window (clause 5.3.3): find an item by service or
by name; read its conditions, materials (★ where an electronic certificate replaces the paper), time
limits, fee, trips and where to go; print the guide, or tick the materials still missing and print them
as a one-time notice (一次性告知) to take home; or take a number for the item."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QGridLayout, QStackedWidget, QVBoxLayout, QWidget

from common.catalogue import Item, Material, MaterialForm
from common.printing.document import DocumentKind, Paper
from common.printing.labels import Language
from common.printing.one_time_notice import one_time_notice_document
from common.printing.print_job import PrintJob
from common.printing.service_guide import service_guide_document
from common.readability import DisplayMode
from common.self_service.task import doable_here
from common.ui.accessible import make_accessible
from common.ui.i18n import current_language, translate
from common.ui.theme import TextRole
from kiosk import words
from kiosk.context import KioskContext
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.screens.ticket import fault_words, take_ticket
from kiosk.widgets.parts import Tile, button, discard, text_label
from kiosk.widgets.scroll_page import ScrollPage
from kiosk.widgets.search_panel import SearchPanel

log = logging.getLogger("hall.kiosk")

CATEGORIES, SEARCH, ITEMS, GUIDE = range(4)


def form_words(form: MaterialForm) -> str:
    return {
        MaterialForm.ORIGINAL: translate("GuidesScreen", "original"),
        MaterialForm.COPY: translate("GuidesScreen", "copy"),
        MaterialForm.ORIGINAL_AND_COPY: translate("GuidesScreen", "original and copy"),
        MaterialForm.ELECTRONIC: translate("GuidesScreen", "electronic"),
    }[form]


def copies_words(n: int) -> str:
    """How many copies of a material to bring: "1 copy", "2 copies"."""
    if n == 1:
        return translate("GuidesScreen", "1 copy")
    return translate("GuidesScreen", "{n} copies").format(n=n)


def material_texts(i: int, m: Material) -> tuple[str, str]:
    star = " ★" if m.replaceable_by_e_certificate else ""
    title = f"{i}. {m.name}{star}"
    parts = [form_words(m.form), copies_words(m.copies)]
    if not m.required:
        parts.append(translate("GuidesScreen", "if it applies"))
    if m.e_certificate:
        parts.append(
            translate("GuidesScreen", "★ an e-certificate can replace it: {name}").format(name=m.e_certificate)
        )
    if m.note:
        parts.append(m.note)
    return title, " · ".join(parts)


class GuidesScreen(KioskScreen):
    route = "guides"

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.pages = QStackedWidget()
        self.layout_.addWidget(self.pages, 1)
        cats = QWidget()
        self.category_grid = QGridLayout(cats)
        self.category_grid.setContentsMargins(0, 0, 0, 0)
        self.category_grid.setSpacing(16)
        self.category_tiles: dict[str, Tile] = {}
        self.search = SearchPanel(ctx.device.bundle, "guide_search")
        self.search.chosen.connect(self._on_found)
        items_holder = QWidget()
        self.items_grid = QGridLayout(items_holder)
        self.items_grid.setContentsMargins(0, 0, 0, 0)
        self.items_grid.setSpacing(12)
        self.item_tiles: list[Tile] = []
        self.items_page = ScrollPage(items_holder, "items")
        guide_holder = QWidget()
        self.guide_box = QVBoxLayout(guide_holder)
        self.guide_box.setContentsMargins(0, 0, 16, 0)
        self.guide_box.setSpacing(10)
        self.guide_page = ScrollPage(guide_holder, "guide")
        for page in (cats, self.search, self.items_page, self.guide_page):
            self.pages.addWidget(page)

        self.find_button = button("guide_find", secondary=True)
        self.find_button.clicked.connect(lambda: self._show(SEARCH))
        self.print_guide = button("print_guide", secondary=True)
        self.print_guide.clicked.connect(self._print_guide)
        self.print_notice = button("print_notice", secondary=True)
        self.print_notice.clicked.connect(self._print_notice)
        self.take_button = button("guide_take")
        self.take_button.clicked.connect(self._take)
        self.back_button = button("back", secondary=True)
        self.back_button.clicked.connect(self._back)
        for b in (
            self.find_button,
            self.print_guide,
            self.print_notice,
            self.take_button,
            self.back_button,
        ):
            self.header.addWidget(b)

        self.category: str | None = None
        self.item: Item | None = None
        self.material_tiles: list[Tile] = []
        self.do_here: Tile | None = None
        """可在此办理, on the guide of an item the kiosk can do itself."""
        self._guide_labels: list[QWidget] = []
        self._printing: str = ""
        ctx.printing.job_finished.connect(self._on_job_finished)
        self._build_categories()
        self._show(CATEGORIES)

    # --- pages --------------------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    def _build_categories(self) -> None:
        for tile in self.category_tiles.values():
            self.category_grid.removeWidget(tile)
            discard(tile)
        self.category_tiles = {}
        config = self.ctx.device.bundle.config
        columns = 3 if self.mode == DisplayMode.ELDER else 4
        for i, c in enumerate(config.categories):
            tile = Tile(f"guide_category_{c.letter}", secondary=True)
            tile.set_title_role(TextRole.BODY if self.mode == DisplayMode.ELDER else TextRole.HEADING)
            tile.clicked.connect(lambda _c=False, letter=c.letter: self.open_category(letter))
            self.category_tiles[c.letter] = tile
            self.category_grid.addWidget(tile, i // columns, i % columns)

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.banner.clear()
        self.retranslate()
        if self.isVisible() and self.ctx.elder:
            self.ctx.read(self.opening())

    def open_category(self, letter: str) -> None:
        self.category = letter
        for tile in self.item_tiles:
            self.items_grid.removeWidget(tile)
            discard(tile)
        self.item_tiles = []
        items = self.ctx.device.bundle.catalogue.items_in(letter)
        columns = 1 if self.mode == DisplayMode.ELDER else 2
        for i, item in enumerate(items):
            tile = Tile(f"item_{item.code}", secondary=True, title_role=TextRole.BODY)
            tile.clicked.connect(lambda _c=False, code=item.code: self.open_item(code))
            self.item_tiles.append(tile)
            self.items_grid.addWidget(tile, i // columns, i % columns)
        self.items_page.to_top()
        self._show(ITEMS)

    def _on_found(self, code: str, is_package: bool) -> None:
        catalogue = self.ctx.device.bundle.catalogue
        if is_package:
            package = catalogue.package(code)
            self.open_item(package.items[0])
        else:
            self.open_item(code)

    def open_item(self, code: str) -> None:
        item = self.ctx.device.bundle.catalogue.item(code)
        self.item = item
        self.category = item.category
        for w in self._guide_labels:
            self.guide_box.removeWidget(w)
            discard(w)
        self._guide_labels = []
        self.material_tiles = []
        self._build_guide(item)
        self.guide_page.to_top()
        self._show(GUIDE)

    def _add(self, widget: QWidget) -> None:
        self.guide_box.addWidget(widget)
        self._guide_labels.append(widget)

    def _build_guide(self, item: Item) -> None:
        self._sections: dict[str, QWidget] = {}
        self.do_here = None
        if doable_here(item):  # 可在此办理: first, where it is seen before anything else
            self.do_here = Tile("guide_do_here", title_role=TextRole.HEADING)
            self.do_here.clicked.connect(self._do_here)
            self._add(self.do_here)
        for key in ("conditions", "materials"):
            head = text_label(TextRole.HEADING, name=f"section_{key}")
            self._add(head)
            self._sections[key] = head
            if key == "conditions":
                self._conditions = text_label(name="conditions")
                self._add(self._conditions)
        for i in range(1, len(item.guide.materials) + 1):
            tile = Tile(f"material_{i}", secondary=True, title_role=TextRole.BODY)
            tile.setCheckable(True)
            tile.toggled.connect(lambda _on: self._update_notice_button())
            self.material_tiles.append(tile)
            self._add(tile)
        self._legend = text_label(name="e_certificate_legend")
        self._add(self._legend)
        self._facts_head = text_label(TextRole.HEADING, name="section_facts")
        self._add(self._facts_head)
        self._facts = text_label(name="facts")
        self._add(self._facts)
        self._process_head = text_label(TextRole.HEADING, name="section_process")
        self._add(self._process_head)
        self._process = text_label(name="process")
        self._add(self._process)

    def _update_notice_button(self) -> None:
        self.print_notice.setEnabled(self.ctx.printing.available and any(t.isChecked() for t in self.material_tiles))

    def _back(self) -> None:
        if self.page == GUIDE:
            self._show(ITEMS if self.category else CATEGORIES)
            if self.category:
                self.open_category(self.category)
        elif self.page in (ITEMS, SEARCH):
            self._show(CATEGORIES)
        else:
            self.ctx.back()

    # --- actions ------------------------------------------------------------------------------------------

    def _language(self) -> Language:
        return Language.of(current_language())

    def _print_guide(self) -> None:
        if self.item is None:
            return
        doc = service_guide_document(
            self.item, self.ctx.device.bundle.config, self._language(), Paper.RECEIPT, self.ctx.device.now()
        )
        self._submit(doc.kind, self.ctx.printing.submit(doc))

    def missing(self) -> list[str]:
        if self.item is None:
            return []
        return [m.name for m, t in zip(self.item.guide.materials, self.material_tiles, strict=True) if t.isChecked()]

    def _print_notice(self) -> None:
        missing = self.missing()
        if self.item is None or not missing:
            return
        doc = one_time_notice_document(
            self.ctx.device.bundle.config,
            [self.item],
            missing,
            issued_at=self.ctx.device.now(),
            language=self._language(),
            paper=Paper.RECEIPT,
            reference=self.item.code,
        )
        self._submit(doc.kind, self.ctx.printing.submit(doc))

    def _submit(self, kind: DocumentKind, queued: bool) -> None:
        if not queued:
            self.show_message(translate("GuidesScreen", "This kiosk has no printer."))
            return
        self._printing = kind.value
        self.banner.show_message(translate("GuidesScreen", "Printing…"))

    def _on_job_finished(self, job: PrintJob) -> None:
        if not self._printing or self.item is None or job.reference != self.item.code:
            return
        self._printing = ""
        if job.fault is not None:
            self.show_message(
                translate("GuidesScreen", "{fault} Nothing was printed; the staff have been told.").format(
                    fault=fault_words(job.fault)
                )
            )
        else:
            self.show_message(translate("GuidesScreen", "Printed. Please take the paper from the slot below."))

    def _do_here(self) -> None:
        if self.item is not None and doable_here(self.item):
            self.ctx.go("self_service", task=self.item.code)

    def _take(self) -> None:
        if self.item is not None:
            take_ticket(self.ctx, self, self.item.category, items=[self.item.code])

    # --- hooks --------------------------------------------------------------------------------------------

    def enter(self, **args: object) -> None:
        super().enter(**args)
        self.search.set_bundle(self.ctx.device.bundle)
        code = args.get("item")
        if isinstance(code, str):
            self.open_item(code)
        else:
            self._show(CATEGORIES)

    def reset(self) -> None:
        super().reset()
        self.item = None
        self.category = None
        self.search.clear()
        self._printing = ""
        self._show(CATEGORIES)

    def set_mode(self, mode: DisplayMode) -> None:
        self.search.set_mode(mode)
        self._build_categories()
        if self.page == ITEMS and self.category:
            self.open_category(self.category)
        self.retranslate()

    def retranslate(self) -> None:
        config = self.ctx.device.bundle.config
        catalogue = self.ctx.device.bundle.catalogue
        for letter, tile in self.category_tiles.items():
            count = len(catalogue.items_in(letter))
            tile.set_texts(
                f"{letter}  {words.category_name(config, letter)}",
                translate("GuidesScreen", "{n} items").format(n=count),
            )
        if self.category:
            for tile, item in zip(self.item_tiles, catalogue.items_in(self.category), strict=False):
                guide = item.guide
                days = (
                    translate("GuidesScreen", "done on the spot")
                    if guide.on_the_spot
                    else translate("GuidesScreen", "{n} working days").format(n=guide.promised_days)
                )
                tile.set_texts(words.item_name(item), days)
        page = self.page
        item = self.item
        if item is not None and self.material_tiles:
            self._fill_guide(item)
        self.find_button.setText(translate("GuidesScreen", "Find by name"))
        make_accessible(
            self.find_button,
            translate("GuidesScreen", "Find by name"),
            translate("GuidesScreen", "Type part of the item's name or its pinyin initials."),
        )
        self.find_button.setVisible(page == CATEGORIES)
        self.print_guide.setText(translate("GuidesScreen", "Print this guide"))
        make_accessible(
            self.print_guide,
            translate("GuidesScreen", "Print this guide"),
            translate("GuidesScreen", "Prints the whole guide to take home."),
        )
        self.print_notice.setText(translate("GuidesScreen", "Print what I still need"))
        make_accessible(
            self.print_notice,
            translate("GuidesScreen", "Print what I still need"),
            translate("GuidesScreen", "Tick the materials you do not have yet, then print them as a one-time notice."),
        )
        self.take_button.setText(translate("GuidesScreen", "Take a number"))
        make_accessible(
            self.take_button,
            translate("GuidesScreen", "Take a number"),
            translate("GuidesScreen", "Takes a number for this item."),
        )
        for b in (self.print_guide, self.print_notice, self.take_button):
            b.setVisible(page == GUIDE)
        self.print_guide.setEnabled(self.ctx.printing.available)
        self._update_notice_button()
        self.back_button.setText(translate("GuidesScreen", "Back"))
        make_accessible(
            self.back_button, translate("GuidesScreen", "Back"), translate("GuidesScreen", "The screen before.")
        )
        if page == CATEGORIES:
            title = translate("GuidesScreen", "Service guides")
            about = translate("GuidesScreen", "Choose a service to see its items, or find an item by name.")
        elif page == SEARCH:
            title = translate("GuidesScreen", "Find a service guide")
            about = translate("GuidesScreen", "Type part of the name or its pinyin initials, then tap the item.")
        elif page == ITEMS:
            name = words.category_name(config, self.category) if self.category else ""
            title = translate("GuidesScreen", "Service guides: {name}").format(name=name)
            about = translate("GuidesScreen", "Tap an item to read its guide.")
        else:
            title = words.item_name(item) if item else ""
            about = translate(
                "GuidesScreen", "Tick the materials you do not have yet to print them as a list to take home."
            )
        speech = words.sentences(title, about)
        if page == GUIDE and item is not None:
            speech = words.sentences(title, self._facts.text().replace("\n", " "), about)
        self.describe(title, about, speech=speech)

    def _fill_guide(self, item: Item) -> None:
        guide = item.guide
        if self.do_here is not None:
            self.do_here.set_texts(
                translate("GuidesScreen", "Do it here"),
                translate("GuidesScreen", "This item can be done at this kiosk from start to finish."),
            )
        self._sections["conditions"].setText(translate("GuidesScreen", "Who can apply"))
        self._conditions.setText(guide.conditions)
        self._sections["materials"].setText(translate("GuidesScreen", "Materials (tap the ones you do not have yet)"))
        for i, (tile, m) in enumerate(zip(self.material_tiles, guide.materials, strict=True), start=1):
            title, detail = material_texts(i, m)
            tile.set_texts(title, detail)
        has_e = any(m.replaceable_by_e_certificate for m in guide.materials)
        self._legend.setText(
            translate("GuidesScreen", "★ An electronic certificate can replace this paper.") if has_e else ""
        )
        self._legend.setVisible(has_e)
        self._facts_head.setText(translate("GuidesScreen", "Time, fee and trips"))
        promised = (
            translate("GuidesScreen", "done on the spot")
            if guide.on_the_spot
            else translate("GuidesScreen", "{n} working days").format(n=guide.promised_days)
        )
        fee = (
            translate("GuidesScreen", "free")
            if guide.fee_yuan == 0
            else translate("GuidesScreen", "{n} yuan").format(n=guide.fee_yuan)
        )
        if guide.fee_note:
            fee = f"{fee} ({guide.fee_note})"
        trips = (
            translate("GuidesScreen", "no visit needed")
            if guide.trips == 0
            else translate("GuidesScreen", "at most 1 visit")
            if guide.trips == 1
            else translate("GuidesScreen", "at most {n} visit(s)").format(n=guide.trips)
        )
        self._facts.setText(
            translate(
                "GuidesScreen",
                "Promised time: {promised} (by law {legal} working days).\nFee: {fee}.\n"
                "Visits: {trips}.\nWhere: {where}.",
            ).format(promised=promised, legal=guide.legal_days, fee=fee, trips=trips, where="；".join(guide.where))
        )
        self._process_head.setText(translate("GuidesScreen", "Steps"))
        self._process.setText("\n".join(f"{i}. {step}" for i, step in enumerate(guide.process, start=1)))

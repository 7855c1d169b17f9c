"""Take a number: by service (category), or by item found by name or pinyin; the green channel (elderly,
disabled, pregnant) where the hall allows it for the service."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QStackedWidget, QWidget

from common.events import Channel
from common.projection.queue import category_loads
from common.readability import DisplayMode
from common.ui.accessible import make_accessible
from common.ui.i18n import translate
from common.ui.theme import TextRole
from kiosk import words
from kiosk.context import KioskContext
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.screens.ticket import take_ticket
from kiosk.widgets.parts import Tile, button, choice, discard
from kiosk.widgets.search_panel import SearchPanel


class TakeNumberScreen(KioskScreen):
    route = "take_number"

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.by_category = choice("by_category")
        self.by_name = choice("by_name")
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.by_category)
        group.addButton(self.by_name)
        self.by_category.setChecked(True)
        self.by_category.clicked.connect(lambda: self._show_page(0))
        self.by_name.clicked.connect(lambda: self._show_page(1))
        self.green = choice("green_channel")
        self.green.toggled.connect(lambda _on: self.retranslate())
        self.back_button = button("back", secondary=True)
        self.back_button.clicked.connect(self.ctx.back)
        for b in (self.by_category, self.by_name, self.green, self.back_button):
            self.header.addWidget(b)
        self.pages = QStackedWidget()
        categories = QWidget()
        self.grid = QGridLayout(categories)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.tiles: dict[str, Tile] = {}
        self.search = SearchPanel(ctx.device.bundle)
        self.search.chosen.connect(self._on_item_chosen)
        self.pages.addWidget(categories)
        self.pages.addWidget(self.search)
        self.layout_.addWidget(self.pages, 1)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            discard(tile)
        self.tiles = {}
        config = self.ctx.device.bundle.config
        columns = 3 if self.mode == DisplayMode.ELDER else 4
        for i, c in enumerate(config.categories):
            tile = Tile(f"take_{c.letter}")
            tile.set_title_role(TextRole.BODY if self.mode == DisplayMode.ELDER else TextRole.HEADING)
            tile.clicked.connect(lambda _c=False, letter=c.letter: self._take(letter))
            self.tiles[c.letter] = tile
            self.grid.addWidget(tile, i // columns, i % columns)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        (self.by_category if index == 0 else self.by_name).setChecked(True)
        self.retranslate()

    @property
    def channel(self) -> Channel:
        return Channel.GREEN if self.green.isChecked() else Channel.NORMAL

    def _take(self, letter: str) -> None:
        take_ticket(self.ctx, self, letter, self.channel)

    def _on_item_chosen(self, code: str, is_package: bool) -> None:
        catalogue = self.ctx.device.bundle.catalogue
        if is_package:
            take_ticket(self.ctx, self, catalogue.package(code).category, self.channel, package=code)
        else:
            take_ticket(self.ctx, self, catalogue.item(code).category, self.channel, items=[code])

    # --- hooks --------------------------------------------------------------------------------------------

    def enter(self, **args: object) -> None:
        self.green.setChecked(bool(args.get("green", False)))
        self.search.set_bundle(self.ctx.device.bundle)
        self._show_page(1 if args.get("search") else 0)
        super().enter(**args)

    def reset(self) -> None:
        super().reset()
        self.green.setChecked(False)
        self.search.clear()
        self._show_page(0)

    def set_mode(self, mode: DisplayMode) -> None:
        self.search.set_mode(mode)
        self._build()
        self.retranslate()

    def refresh(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        device = self.ctx.device
        config = device.bundle.config
        if set(self.tiles) != {c.letter for c in config.categories}:
            self._build()
        loads = {x.letter: x for x in category_loads(device.state, config, device.today(), device.now())}
        green = self.green.isChecked()
        for letter, tile in self.tiles.items():
            load = loads[letter]
            name = words.category_name(config, letter)
            allowed = config.category(letter).green_channel
            if green and not allowed:
                detail = translate("TakeNumberScreen", "No green channel for this service")
            else:
                detail = translate("TakeNumberScreen", "{waiting} · {wait}").format(
                    waiting=words.waiting(load.waiting), wait=words.wait(load.waiting, load.estimated_wait_minutes)
                )
            tile.set_off(green and not allowed)
            tile.set_texts(
                f"{letter}  {name}",
                detail,
                description=translate("TakeNumberScreen", "Takes a number for {name}. {detail}.").format(
                    name=name, detail=detail
                ),
            )
        self.by_category.setText(translate("TakeNumberScreen", "By service"))
        make_accessible(
            self.by_category,
            translate("TakeNumberScreen", "By service"),
            translate("TakeNumberScreen", "Shows the services to choose from."),
        )
        self.by_name.setText(translate("TakeNumberScreen", "By item name"))
        make_accessible(
            self.by_name,
            translate("TakeNumberScreen", "By item name"),
            translate("TakeNumberScreen", "Find the item by typing its name or pinyin initials."),
        )
        self.green.setText(
            translate("TakeNumberScreen", "Green channel: on")
            if green
            else translate("TakeNumberScreen", "Green channel (elderly, disabled, pregnant)")
        )
        make_accessible(
            self.green,
            translate("TakeNumberScreen", "Green channel"),
            translate(
                "TakeNumberScreen", "For elderly, disabled or pregnant people: served first. Tap to turn on or off."
            ),
        )
        self.back_button.setText(translate("TakeNumberScreen", "Back"))
        make_accessible(
            self.back_button, translate("TakeNumberScreen", "Back"), translate("TakeNumberScreen", "The screen before.")
        )
        if self.pages.currentIndex() == 0:
            title = translate("TakeNumberScreen", "Choose the service")
            about = translate("TakeNumberScreen", "Tap a service to take a number.")
        else:
            title = translate("TakeNumberScreen", "Find your item")
            about = translate("TakeNumberScreen", "Type part of the name or its pinyin initials, then tap the item.")
        if green:
            green_on = translate("TakeNumberScreen", "Green channel is on: you will be served first.")
            about = words.sentences(about, green_on)
        self.describe(title, about, speech=words.sentences(title, about))

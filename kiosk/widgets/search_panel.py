"""Find an item (事项) by part of its name, its code or its pinyin — initials ("bdc" for 不动产) or whole —
typed on the on-screen keyboard; the best matches appear as tiles beside the keyboard as each key is hit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from common.hall_bundle import HallBundle
from common.readability import DisplayMode
from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from common.ui.theme import TextRole
from kiosk import words
from kiosk.widgets.keyboard import KeyPad
from kiosk.widgets.parts import Tile, text_label

if TYPE_CHECKING:
    from common.item_search import Hit, ItemIndex

RESULTS = {DisplayMode.NORMAL: 5, DisplayMode.ELDER: 3}


class SearchPanel(Retranslating, QWidget):
    chosen = Signal(str, bool)
    """An item's or a package's code, and whether it is a package."""

    def __init__(self, bundle: HallBundle, name: str = "search") -> None:
        super().__init__()
        self.setObjectName(name)
        self._bundle = bundle
        self._index: ItemIndex | None = None
        """Built on first use (pypinyin's dictionary takes a quarter of a second to load)."""
        self._version = bundle.version
        self.hits: list[Hit] = []
        self.field = QLineEdit()
        self.field.setObjectName("search_field")
        self.field.setMaxLength(30)
        self.field.textChanged.connect(self._search)
        self.keypad = KeyPad(name="search_keys")
        self.keypad.attach(self.field)
        self.hint = text_label(name="search_hint", muted=True)
        self.tiles: list[Tile] = []
        self.results = QGridLayout()
        self.results.setSpacing(12)
        self.mode = DisplayMode.NORMAL
        for i in range(max(RESULTS.values())):
            tile = Tile(f"result_{i}", secondary=True, title_role=TextRole.BODY)
            tile.clicked.connect(lambda _c=False, i=i: self._choose(i))
            self.tiles.append(tile)
            self.results.addWidget(tile, i, 0)
        left = QVBoxLayout()
        left.setSpacing(12)
        self.prompt = text_label(name="search_prompt", muted=True)
        left.addWidget(self.prompt)
        left.addWidget(self.field)
        left.addWidget(self.keypad)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.hint)
        right.addLayout(self.results)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._search()

    def set_bundle(self, bundle: HallBundle) -> None:
        if bundle.version != self._version:
            self._bundle, self._version = bundle, bundle.version
            self._index = None
            self._search()

    def warm(self) -> None:
        """Load the index now (the kiosk does it after its first frame, so the first key is quick)."""
        self.index()

    def index(self) -> ItemIndex:
        if self._index is None:
            from common.item_search import ItemIndex

            self._index = ItemIndex(self._bundle.catalogue)
        return self._index

    def set_mode(self, mode: DisplayMode) -> None:
        self.mode = mode
        self.keypad.set_mode(mode)
        self._search()

    def clear(self) -> None:
        self.field.clear()

    def _search(self) -> None:
        text = self.field.text()
        self.hits = self.index().search(text, limit=RESULTS[self.mode]) if text.strip() else []
        self.retranslate()

    def _choose(self, i: int) -> None:
        if i < len(self.hits):
            hit = self.hits[i]
            self.chosen.emit(hit.code, hit.is_package)

    def retranslate(self) -> None:
        self.prompt.setText(translate("SearchPanel", "Item name, or its pinyin initials (e.g. bdc):"))
        make_accessible(
            self.field,
            translate("SearchPanel", "Item name"),
            translate("SearchPanel", "Type part of the item's name or its pinyin initials."),
        )
        text = self.field.text().strip()
        if not text:
            self.hint.setText(translate("SearchPanel", "Matching items appear here as you type."))
        elif not self.hits:
            self.hint.setText(
                translate("SearchPanel", "No item matches “{text}”. Try fewer letters.").format(text=text)
            )
        else:
            self.hint.setText(translate("SearchPanel", "Tap the item you need:"))
        catalogue = self._bundle.catalogue
        config = self._bundle.config
        for i, tile in enumerate(self.tiles):
            if i < len(self.hits):
                hit = self.hits[i]
                thing = catalogue.package(hit.code) if hit.is_package else catalogue.item(hit.code)
                category = words.category_name(config, thing.category)
                kind = translate("SearchPanel", "One-go package") if hit.is_package else category
                # Elder mode keeps to the name (long names wrap to two lines); the service is still read aloud.
                detail = "" if self.mode == DisplayMode.ELDER else kind
                tile.set_texts(words.item_name(thing), detail, description=kind)
                tile.show()
            else:
                tile.hide()
        self.results.setAlignment(Qt.AlignmentFlag.AlignTop)

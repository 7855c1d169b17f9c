"""The first screen. In standard mode: every service of the hall as a large tile with how many are waiting
and about how long; one tap on a tile takes a number (the common case), and the other services below. In
elder mode: only the three things most people come for, very large, and "more services". Today's hours
are beside the subtitle; outside them the subtitle says that no number is issued now and every other service works."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from common.kiosk.home_figures import CategoryFigures
from common.readability import DisplayMode
from common.ui.i18n import translate
from common.ui.theme import TextRole
from common.ui.today_hours_words import today_hours_text
from kiosk import words
from kiosk.context import KioskContext
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.widgets.parts import Tile, discard, text_label

SERVICES = (
    "self_service",
    "search",
    "green",
    "check_in",
    "booking",
    "guides",
    "queue",
    "case",
    "help",
    "feedback",
)
ELDER_ACTIONS = ("take", "check_in", "help")
"""The three most used actions, for elder mode's home: a number, an appointment, a person to help."""


def service_texts() -> dict[str, tuple[str, str]]:
    """Each service's name and what it is for."""
    return {
        "take": (
            translate("HomeScreen", "Take a number"),
            translate("HomeScreen", "Choose a service and get a number."),
        ),
        "self_service": (
            translate("HomeScreen", "Do it yourself here"),
            translate("HomeScreen", "Enquiries, printouts, applications: done at this kiosk."),
        ),
        "search": (
            translate("HomeScreen", "Find by item name"),
            translate("HomeScreen", "Type part of the name or its pinyin initials, e.g. bdc."),
        ),
        "green": (
            translate("HomeScreen", "Green channel"),
            translate("HomeScreen", "Elderly, disabled or pregnant: served first."),
        ),
        "check_in": (
            translate("HomeScreen", "Appointment check-in"),
            translate("HomeScreen", "Have a code? Get your priority number."),
        ),
        "booking": (
            translate("HomeScreen", "Book an appointment"),
            translate("HomeScreen", "Including evenings, Saturdays and holidays."),
        ),
        "guides": (
            translate("HomeScreen", "Service guides"),
            translate("HomeScreen", "Materials, time limits, fees; print them."),
        ),
        "queue": (translate("HomeScreen", "Queue now"), translate("HomeScreen", "Waiting and open windows.")),
        "case": (
            translate("HomeScreen", "Case progress and rating"),
            translate("HomeScreen", "Look up a case; rate a finished one."),
        ),
        "help": (
            translate("HomeScreen", "Ask staff for help"),
            translate("HomeScreen", "Assisted service: a clerk comes to you."),
        ),
        "feedback": (
            translate("HomeScreen", "Could not get it done?"),
            translate("HomeScreen", "Tell us what went wrong; we reply in time."),
        ),
    }


class HomeScreen(KioskScreen):
    route = "home"

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.pages = QStackedWidget()
        self.pages.currentChanged.connect(self._only_the_shown_page_sizes)
        self._build_status()
        self.layout_.addWidget(self.pages, 1)

        # standard mode
        standard = QWidget()
        self.categories_grid = QGridLayout()
        self.categories_grid.setSpacing(16)
        self.category_tiles: dict[str, Tile] = {}
        self.services_heading = text_label(TextRole.HEADING, name="services_heading")
        self.service_tiles: dict[str, Tile] = {}
        services_grid = QGridLayout()
        services_grid.setSpacing(16)
        for i, key in enumerate(SERVICES):
            tile = Tile(f"service_{key}", secondary=True, title_role=TextRole.HEADING)
            tile.clicked.connect(self._opener(key))
            self.service_tiles[key] = tile
            services_grid.addWidget(tile, i // 5, i % 5)
        box = QVBoxLayout(standard)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        box.addLayout(self.categories_grid, 3)
        box.addWidget(self.services_heading)
        box.addLayout(services_grid, 2)
        self.pages.addWidget(standard)

        # elder mode
        elder = QWidget()
        self.elder_tiles: dict[str, Tile] = {}
        elder_box = QGridLayout(elder)
        elder_box.setContentsMargins(0, 0, 0, 0)
        elder_box.setSpacing(24)
        for i, key in enumerate(ELDER_ACTIONS):
            tile = Tile(f"elder_{key}", title_role=TextRole.TITLE)
            tile.clicked.connect(self._opener(key))
            self.elder_tiles[key] = tile
            elder_box.addWidget(tile, i // 2, i % 2)
        self.more = Tile("elder_more", secondary=True, title_role=TextRole.TITLE)
        self.more.clicked.connect(lambda: self.pages.setCurrentIndex(2))
        elder_box.addWidget(self.more, 1, 1)
        self.pages.addWidget(elder)

        # elder mode, every other service
        more = QWidget()
        more_grid = QGridLayout(more)
        more_grid.setContentsMargins(0, 0, 0, 0)
        more_grid.setSpacing(16)
        self.more_tiles: dict[str, Tile] = {}
        for i, key in enumerate(k for k in SERVICES if k not in ELDER_ACTIONS):
            tile = Tile(f"more_{key}", secondary=True, title_role=TextRole.HEADING)
            tile.clicked.connect(self._opener(key))
            self.more_tiles[key] = tile
            more_grid.addWidget(tile, i // 2, i % 2)
        self.pages.addWidget(more)
        self._only_the_shown_page_sizes(self.pages.currentIndex())
        self._build_categories(self.ctx.home_figures().categories)
        self.retranslate()

    def _opener(self, key: str) -> Callable[[], None]:
        routes = {
            "take": ("take_number", {}),
            "self_service": ("self_service", {}),
            "search": ("take_number", {"search": True}),
            "green": ("take_number", {"green": True}),
            "check_in": ("check_in", {}),
            "booking": ("booking", {}),
            "guides": ("guides", {}),
            "queue": ("queue", {}),
            "case": ("case", {}),
            "help": ("help", {}),
            "feedback": ("feedback", {}),
        }
        route, args = routes[key]
        return lambda: self.ctx.go(route, **args)

    def _only_the_shown_page_sizes(self, shown: int) -> None:
        """A hidden page does not make the screen taller: the elder page fits 1080 px with a message above it,
        although the standard page's many tiles in elder type would not."""
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == shown else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)

    def _build_status(self) -> None:
        """The subtitle, and today's hours beside it."""
        self.subtitle = text_label(TextRole.BODY, name="home_subtitle", muted=True)
        self.today_hours = text_label(TextRole.BODY, name="today_hours", wrap=False)
        status = QHBoxLayout()
        status.setSpacing(24)
        status.addWidget(self.subtitle, 1)
        status.addWidget(self.today_hours)
        self.layout_.insertLayout(1, status)

    def _build_categories(self, categories: tuple[CategoryFigures, ...]) -> None:
        for tile in self.category_tiles.values():
            self.categories_grid.removeWidget(tile)
            discard(tile)
        self.category_tiles = {}
        columns = 4 if len(categories) > 6 else 3
        for i, c in enumerate(categories):
            tile = Tile(f"category_{c.letter}")
            tile.clicked.connect(lambda _c=False, letter=c.letter: self.ctx.when_ready(lambda: self._take(letter)))
            self.category_tiles[c.letter] = tile
            self.categories_grid.addWidget(tile, i // columns, i % columns)

    def _take(self, letter: str) -> None:
        from kiosk.screens.ticket import take_ticket

        take_ticket(self.ctx, self, letter)

    # --- hooks ------------------------------------------------------------------------------------------

    def enter(self, **args: object) -> None:
        self.pages.setCurrentIndex(1 if self.mode == DisplayMode.ELDER else 0)
        super().enter(**args)

    def set_mode(self, mode: DisplayMode) -> None:
        self.pages.setCurrentIndex(1 if mode == DisplayMode.ELDER else 0)
        self.retranslate()

    def refresh(self) -> None:
        self.retranslate()

    def reset(self) -> None:
        super().reset()
        self.pages.setCurrentIndex(1 if self.mode == DisplayMode.ELDER else 0)

    def retranslate(self) -> None:
        figures = self.ctx.home_figures()
        if list(self.category_tiles) != [c.letter for c in figures.categories]:
            self._build_categories(figures.categories)
        take = translate("HomeScreen", "Take a number")
        for load in figures.categories:
            tile = self.category_tiles[load.letter]
            name = words.local_name(load.name, load.name_en)
            if load.open_windows == 0 and load.waiting == 0:
                detail = translate("HomeScreen", "Nobody waiting")
            else:
                detail = translate("HomeScreen", "{waiting} · {wait}").format(
                    waiting=words.waiting(load.waiting), wait=words.wait(load.waiting, load.estimated_wait_minutes)
                )
            tile.set_texts(
                f"{load.letter}  {name}",
                detail,
                speech=translate("HomeScreen", "{take}: {name}. {detail}.").format(take=take, name=name, detail=detail),
                description=translate("HomeScreen", "Takes a number for {name}. {detail}.").format(
                    name=name, detail=detail
                ),
            )
        texts = service_texts()
        for key, tile in self.service_tiles.items():
            tile.set_texts(*texts[key])
        for key, tile in self.elder_tiles.items():
            tile.set_texts(*texts[key])
        for key, tile in self.more_tiles.items():
            tile.set_texts(*texts[key])
        self.more.set_texts(
            translate("HomeScreen", "More services"),
            translate("HomeScreen", "Do it yourself, guides, queue, booking, case progress, feedback."),
        )
        self.services_heading.setText(translate("HomeScreen", "Other services"))
        if self.mode == DisplayMode.ELDER:
            title = translate("HomeScreen", "What would you like to do?")
            subtitle = translate("HomeScreen", "Tap once to hear a button, tap it again to choose it.")
            choices = ("、" if words.chinese() else ", ").join(texts[k][0] for k in ELDER_ACTIONS)
            speech = words.sentences(title, choices, subtitle)
        else:
            title = translate("HomeScreen", "Tap a service to take a number")
            subtitle = translate("HomeScreen", "Your number is given at once; other services are below.")
            speech = words.sentences(title, subtitle)
        self.subtitle.setText(subtitle)
        hours = today_hours_text(figures.today) if figures.today is not None else ""
        self.today_hours.setText(hours)
        if not figures.issues_numbers(self.ctx.now()):
            closed = translate("HomeScreen", "No queue numbers now; every other service works.")
            subtitle = words.sentences(closed, subtitle)
            self.subtitle.setText(closed)
        speech = words.sentences(speech, hours)
        self.describe(title, words.sentences(subtitle, hours), speech=speech)

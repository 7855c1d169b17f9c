"""The kiosk's one window: the top bar, the current screen, the bottom bar with captions; moving between
screens (speech stops when the screen changes, and the new one is read in elder mode); elder mode and the
language for every screen at once; idle reset; lock-down with the staff exit.

It only arranges: what a screen shows is the screen's, what a rule says is ``common``'s."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from common.device import Change
from common.freshness import Freshness
from common.readability import DisplayMode
from common.ui.i18n import Retranslating, current_language, translate
from kiosk.chrome import CAPTION_LINES, BottomBar, TopBar
from kiosk.context import KioskContext, split_sentences
from kiosk.idle_guard import IdleGuard
from kiosk.kiosk_style import SCREEN_SIZE, kiosk_stylesheet, kiosk_theme
from kiosk.lockdown import KeyGuard
from kiosk.screens.kiosk_screen import KioskScreen
from kiosk.tap_to_hear import TapToHear

log = logging.getLogger("hall.kiosk")

STATUS_TICK_MS = 15_000
"""How often the age of the queue figures is redrawn ("updated 7 min ago")."""


class KioskWindow(Retranslating, QWidget):
    screen_changed = Signal(str)
    """The route of the screen now shown."""
    first_painted = Signal()
    """The window has been painted once: the kiosk is ready for a finger."""

    def __init__(self, ctx: KioskContext, screens: Iterable[type[KioskScreen]], parent: QWidget | None = None) -> None:  # noqa: PLR0915 - built in one place, top to bottom
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.ctx = ctx
        ctx.nav = self
        self._family_language = ""
        self.top = TopBar()
        self.bottom = BottomBar()
        self.stack = QStackedWidget()
        self.screens: dict[str, KioskScreen] = {}
        """The screens built so far: home at once, the others after the first frame (``finish_building``)."""
        self._classes = {cls.route: cls for cls in screens}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bottom)
        self.history: list[str] = []
        self._painted = False
        self.current: KioskScreen = self.screen("home")

        self.top.language_chosen.connect(self.switch_language)
        self.top.elder_toggled.connect(self._on_elder_toggled)
        self.top.home_requested.connect(self.home)
        self.top.staff_requested.connect(lambda: self.go("staff_exit"))
        self.bottom.read_page.connect(self.read_page)
        self.bottom.slower.connect(self._on_slower)
        self.bottom.faster.connect(self._on_faster)
        self.bottom.captions.follow(ctx.speaker)
        ctx.caption_parts = lambda text: split_sentences(text, self.bottom.fits)

        bridge = ctx.bridge
        bridge.state_changed.connect(self._on_state_changed)
        bridge.config_changed.connect(self._on_config_changed)
        bridge.freshness_changed.connect(self._on_freshness_changed)
        bridge.sync_refused.connect(self._on_sync_refused)

        self.tap_to_hear = TapToHear(self, ctx)
        self.idle = IdleGuard(self, ctx, self.start_over, idle_s=ctx.options.idle_reset_s)
        self.idle.needed = self._anything_to_reset
        self.key_guard = KeyGuard(self) if ctx.options.locked else None
        self._may_close = not ctx.options.locked
        if ctx.options.locked:
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_TICK_MS)
        self._status_timer.timeout.connect(self._show_status)
        self._status_timer.start()

        self.resize(*SCREEN_SIZE)
        self._apply_style()
        self._show_hall()
        self.set_mode(DisplayMode.ELDER if ctx.options.elder_default else DisplayMode.NORMAL)
        self.retranslate()
        self.go("home", remember=False)

    # --- building screens -------------------------------------------------------------------------------

    def screen(self, route: str) -> KioskScreen:
        """The screen for ``route``, built now if it was not yet."""
        screen = self.screens.get(route)
        if screen is None:
            screen = self._classes[route](self.ctx)
            screen.set_mode(self.ctx.mode)
            self.screens[route] = screen
            self.stack.addWidget(screen)
        return screen

    def finish_building(self, *, later: bool = False) -> None:
        """Build every screen not built yet: all at once, or (``later``) one per turn of the event loop, so
        the kiosk answers a finger from its first frame while the rest is made."""
        missing = [r for r in self._classes if r not in self.screens]
        if not later:
            for route in missing:
                self.screen(route)
            return
        if missing:
            self.screen(missing[0])
            QTimer.singleShot(0, lambda: self.finish_building(later=True))

    def warm_up(self) -> None:
        """Load what the first search and the first pinyin need (pypinyin, the pinyin index), once every
        screen is built."""
        if len(self.screens) < len(self._classes):
            QTimer.singleShot(50, self.warm_up)
            return
        from kiosk.widgets.keyboard import KeyPad
        from kiosk.widgets.search_panel import SearchPanel

        for panel in self.findChildren(SearchPanel):
            panel.warm()
        for pad in self.findChildren(KeyPad):
            pad.warm()

    # --- moving between screens ---------------------------------------------------------------------------

    def go(self, route: str, **args: object) -> None:
        remember = bool(args.pop("remember", True))
        screen = self.screen(route)
        if remember and self.current is not screen:
            self.history.append(self.current.route)
        self.ctx.stop_speech()
        self.bottom.captions.clear()  # the last caption belonged to the screen before
        self.tap_to_hear.disarm()
        self.current = screen
        self.stack.setCurrentWidget(screen)
        screen.enter(**args)
        self.top.set_home_visible(route != "home")
        self.screen_changed.emit(route)
        log.info("kiosk: screen %s", route)
        if self.ctx.elder and self.ctx.options.read_aloud:
            self.read_page()

    def home(self) -> None:
        self.history.clear()
        self.go("home", remember=False)

    def back(self) -> None:
        route = self.history.pop() if self.history else "home"
        self.go(route, remember=False)

    def read_page(self) -> None:
        self.ctx.read(self.current.opening())

    # --- modes and languages ------------------------------------------------------------------------------

    def set_mode(self, mode: DisplayMode) -> None:
        self.ctx.set_mode(mode)
        self._apply_style()
        self.top.set_mode(mode)
        for screen in self.screens.values():
            screen.set_mode(mode)
        self.bottom.captions.set_lines(CAPTION_LINES)
        log.info("kiosk: %s mode", mode.value)

    def _on_elder_toggled(self, on: bool) -> None:
        self.set_mode(DisplayMode.ELDER if on else DisplayMode.NORMAL)
        self.ctx.stop_speech()
        if on:
            self.ctx.read(translate("KioskWindow", "Elder mode is on: large text, and every screen is read aloud."))
            self.go(self.current.route, remember=False)
        else:
            self.tap_to_hear.disarm()

    def switch_language(self, language: str) -> None:
        self.ctx.stop_speech()
        self.ctx.languages.switch_to(language)
        self.bottom.captions.clear()
        self.top.retranslate()  # the pressed language button stays checked only if it is the current one
        if self.ctx.elder:
            self.read_page()

    def _apply_style(self) -> None:
        language = current_language()
        self._family_language = language
        self.setStyleSheet(kiosk_stylesheet(kiosk_theme(self.ctx.mode), language))

    def retranslate(self) -> None:
        if current_language() != self._family_language:
            self._apply_style()
        self._show_hall()
        self._show_status()
        self.bottom.captions.set_idle_text(translate("KioskWindow", "What the kiosk says is shown here."))
        from common.ui.accessible import make_accessible

        make_accessible(
            self,
            translate("KioskWindow", "Self-service kiosk"),
            translate("KioskWindow", "Take a number, check in, read service guides and more."),
        )

    # --- starting over ------------------------------------------------------------------------------------

    def _anything_to_reset(self) -> bool:
        options = self.ctx.options
        return not (
            self.current.route == "home"
            and self.ctx.mode == (DisplayMode.ELDER if options.elder_default else DisplayMode.NORMAL)
            and current_language() == options.language
            and not self.history
        )

    def start_over(self) -> None:
        """Idle reset (or a new session): every screen forgets, standard mode, the kiosk's language, home."""
        log.info("kiosk: starting over after inactivity")
        self.ctx.stop_speech()
        for screen in self.screens.values():
            screen.reset()
        self.ctx.speaker.set_rate(self.ctx.options.speech_rate)
        self.set_mode(DisplayMode.ELDER if self.ctx.options.elder_default else DisplayMode.NORMAL)
        if current_language() != self.ctx.options.language:
            self.ctx.languages.switch_to(self.ctx.options.language)
        self.bottom.captions.clear()
        self.home()

    # --- the device -------------------------------------------------------------------------------------

    def _show_hall(self) -> None:
        config = self.ctx.device.bundle.config
        self.top.show_hall(config.name, config.name_en)

    def _show_status(self) -> None:
        self.bottom.show_status(self.ctx.bridge.freshness, self.ctx.device.now())

    def _on_state_changed(self, _change: Change) -> None:
        self.current.refresh()

    def _on_config_changed(self) -> None:
        self._show_hall()
        for screen in self.screens.values():
            screen.retranslate()
        self.current.refresh()

    def _on_freshness_changed(self, _status: Freshness) -> None:
        self._show_status()
        self.current.refresh()

    def _on_sync_refused(self, refusals: object) -> None:
        from kiosk.refusals import refusal_text

        for refusal in refusals:  # type: ignore[attr-defined]
            log.warning("kiosk: the central store refused %s: %s", refusal.event_type, refusal.code)
        last = list(refusals)[-1]  # type: ignore[call-overload]
        self.current.show_message(
            translate("KioskWindow", "Something recorded here earlier was not accepted: {why}").format(
                why=refusal_text(last.code)
            )
        )

    def _on_slower(self) -> None:
        self.ctx.slower()
        self.ctx.read(translate("KioskWindow", "Speaking more slowly."))

    def _on_faster(self) -> None:
        self.ctx.faster()
        self.ctx.read(translate("KioskWindow", "Speaking faster."))

    # --- lock-down ----------------------------------------------------------------------------------------

    def allow_close(self) -> None:
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            return
        log.warning("kiosk: a close request was refused (lock-down)")
        event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.idle.fit()

    def shutdown(self) -> None:
        """Stop timers and filters; the app closes the speaker, the bridge and the device."""
        self._status_timer.stop()
        self.idle.detach()
        self.tap_to_hear.detach()
        if self.key_guard is not None:
            self.key_guard.detach()
        self.allow_close()

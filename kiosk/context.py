"""What every kiosk screen is handed: the device (through its bridge), speech, printing, the languages,
the kiosk's options, and the way to move between screens. Passed to each screen's constructor, never
looked up from a global."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from common.device import Device
from common.readability import DisplayMode
from common.speech.engines import DEFAULT_RATE
from common.speech.utterance import Speech, Utterance
from common.ui.device_bridge import DeviceBridge
from common.ui.i18n import DEFAULT_LANGUAGE, Languages, current_language
from common.ui.speech import Speaker
from kiosk.print_service import PrintService

IDLE_WARNING_S = {DisplayMode.NORMAL: 30, DisplayMode.ELDER: 60}
"""How long the "are you still there?" warning stays before the kiosk starts over (at least 20 s)."""
RATE_STEP = 25


@dataclass(frozen=True)
class KioskOptions:
    language: str = DEFAULT_LANGUAGE
    """The language the kiosk starts in and returns to after an idle reset."""
    elder_default: bool = False
    read_aloud: bool = True
    """In elder mode, read each screen aloud when it opens."""
    speech_rate: int = DEFAULT_RATE
    idle_reset_s: int = 90
    exit_pin_hash: str = ""
    locked: bool = True
    """Full screen, no frame, no keyboard way out; staff leave with the exit PIN."""


class Navigator(Protocol):
    def go(self, route: str, **args: object) -> None: ...

    def home(self) -> None: ...

    def back(self) -> None: ...


class KioskContext(QObject):
    mode_changed = Signal(object)
    """The display mode changed (a ``DisplayMode``)."""
    exit_requested = Signal()
    """Staff entered the exit PIN."""

    def __init__(
        self,
        bridge: DeviceBridge,
        speaker: Speaker,
        printing: PrintService,
        languages: Languages,
        options: KioskOptions | None = None,
    ) -> None:
        super().__init__()
        self.bridge = bridge
        self.speaker = speaker
        self.printing = printing
        self.languages = languages
        self.options = options or KioskOptions()
        self.mode = DisplayMode.NORMAL
        self.nav: Navigator | None = None

    @property
    def device(self) -> Device:
        return self.bridge.device

    @property
    def elder(self) -> bool:
        return self.mode == DisplayMode.ELDER

    def go(self, route: str, **args: object) -> None:
        assert self.nav is not None, "the kiosk window sets the navigator"
        self.nav.go(route, **args)

    def home(self) -> None:
        assert self.nav is not None
        self.nav.home()

    def back(self) -> None:
        assert self.nav is not None
        self.nav.back()

    def set_mode(self, mode: DisplayMode) -> None:
        if mode != self.mode:
            self.mode = mode
            self.mode_changed.emit(mode)

    def read(self, caption: str, spoken: str | None = None, key: str = "") -> Utterance | None:
        """Read ``caption`` aloud now (``spoken`` if the ear needs other words, e.g. digit by digit)."""
        if not caption.strip():
            return None
        lang = current_language()
        return self.speaker.say(Utterance(caption=caption, parts=(Speech(spoken or caption, lang),), key=key))

    def tell(self, caption: str, spoken: str | None = None) -> None:
        """Read aloud what a screen reports (a refusal, a result) when read-aloud is on (elder mode)."""
        if self.elder:
            self.read(caption, spoken)

    def slower(self) -> int:
        self.speaker.set_rate(self.speaker.rate - RATE_STEP)
        return self.speaker.rate

    def faster(self) -> int:
        self.speaker.set_rate(self.speaker.rate + RATE_STEP)
        return self.speaker.rate

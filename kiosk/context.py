"""What every kiosk screen is handed: the device (through its bridge), speech, printing, the languages,
the kiosk's options, and the way to move between screens. Passed to each screen's constructor, never
looked up from a global."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from common import wall_clock
from common.freshness import Freshness
from common.kiosk.home_figures import HomeFigures, home_figures
from common.readability import DisplayMode
from common.speech.engines import DEFAULT_RATE
from common.speech.spoken_number import spoken_number
from common.speech.utterance import Speech, Utterance
from common.ui.captions import caption_pages
from common.ui.i18n import DEFAULT_LANGUAGE, Languages, current_language
from common.ui.speech import Speaker

if TYPE_CHECKING:  # the core: loaded after the first frame when the kiosk starts from its home snapshot
    from common.device import Device
    from common.self_service.providers import Providers
    from common.self_service.scanner import FilePickerScanner
    from common.ui.device_bridge import DeviceBridge
    from kiosk.print_service import PrintService

TICKET_NUMBER = re.compile(r"\b[A-Z]\d{3,5}\b")
SENTENCE_END = re.compile(r"(?<=[。！？；!?;])|(?<=[.] )")


def spoken_form(text: str, language: str) -> str:
    """What the ear needs: ticket numbers one character at a time (A 0 1 2), as halls call them."""
    return TICKET_NUMBER.sub(lambda m: spoken_number(m.group(0), language), text)


def split_sentences(text: str, fits: Callable[[str], bool] = lambda s: len(s) <= 60) -> list[str]:
    """Sentences joined while they ``fit``; a sentence too long alone is cut at commas, then between words
    (between characters in Chinese), never inside a word: each part is spoken on its own."""
    pieces = [p.strip() for p in SENTENCE_END.split(text) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        if out and fits(f"{out[-1]} {piece}" if not _is_cjk(piece) else out[-1] + piece):
            out[-1] = f"{out[-1]} {piece}" if not _is_cjk(piece) else out[-1] + piece
        elif fits(piece):
            out.append(piece)
        else:
            out.extend(_cut(piece, fits))
    return out


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text[:2])


CLAUSE_END = re.compile(r"(?<=[，、：])|(?<=[,:])(?=\s)")
"""After Chinese commas and colons; after an ASCII comma or colon only before a space, so that a time
(09:00) or a number (1,000) is never cut in two."""


def _cut(text: str, fits: Callable[[str], bool]) -> list[str]:
    """``text`` (one sentence too long to fit) cut at its commas and colons, clauses joined again while they
    fit; a clause too long alone is cut between words, or between characters of Chinese (``caption_pages``).
    A single word longer than a part stays whole."""
    clauses = [c for c in CLAUSE_END.split(text) if c.strip()]
    out: list[str] = []
    for clause in clauses:
        if out and fits((out[-1] + clause).strip()):
            out[-1] += clause
        elif fits(clause.strip()):
            out.append(clause)
        else:
            out.extend(caption_pages(clause.strip(), fits))
    return [p.strip() for p in out if p.strip()]


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
    """The kiosk's parts. A kiosk starting from its home snapshot is made without its core (``bridge`` and
    ``printing`` None, ``snapshot`` the home figures) and gets it with ``attach_core`` right after the first
    frame; until then home is drawn from the snapshot, and a tap is kept (``when_ready``) and acted on then."""

    mode_changed = Signal(object)
    """The display mode changed (a ``DisplayMode``)."""
    exit_requested = Signal()
    """Staff entered the exit PIN."""
    core_ready = Signal()
    """The device (store, state, sync) is attached: everything may be used now."""
    tap_kept = Signal()
    """A tap arrived before the core was ready: it is kept and acted on once the core is attached."""

    def __init__(
        self,
        bridge: DeviceBridge | None,
        speaker: Speaker,
        printing: PrintService | None,
        languages: Languages,
        options: KioskOptions | None = None,
        providers: Providers | None = None,
        *,
        snapshot: HomeFigures | None = None,
        wall: Callable[[], datetime] = wall_clock.utc_now,
    ) -> None:
        super().__init__()
        assert bridge is not None or snapshot is not None, "without the device, home is drawn from a snapshot"
        self.bridge: DeviceBridge = bridge  # type: ignore[assignment] - None only until attach_core
        self.speaker = speaker
        self.printing: PrintService = printing  # type: ignore[assignment] - None only until attach_core
        self.languages = languages
        self.options = options or KioskOptions()
        self.mode = DisplayMode.NORMAL
        self.snapshot = snapshot
        self._wall = wall
        """The clock until the device (whose clock is corrected by the central store's) is attached."""
        if providers is None and bridge is not None:
            providers = _demo_providers(bridge.device)
        self.providers: Providers = providers  # type: ignore[assignment] - None only until attach_core
        """Identity, e-certificates and scanner for self-service items (the demo ones unless a hall has its own)."""
        self.nav: Navigator | None = None
        self._kept: Callable[[], None] | None = None
        self._chain: list[Utterance] = []
        self.caption_parts: Callable[[str], list[str]] = split_sentences
        """Cuts a text into parts that each fit the caption bar (the window sets the real measure)."""
        speaker.utterance_finished.connect(self._on_utterance_finished)

    # --- the core, attached after the first frame ----------------------------------------------------------

    @property
    def ready(self) -> bool:
        """The device is attached (always, except in the moment after a start from the home snapshot)."""
        return self.bridge is not None

    def attach_core(
        self,
        bridge: DeviceBridge,
        printing: PrintService,
        providers: Providers | None = None,
        options: KioskOptions | None = None,
    ) -> None:
        """The device is open: use it from now on, and act on the tap kept while it was loading."""
        assert not self.ready, "the core is attached once"
        self.bridge, self.printing = bridge, printing
        self.providers = providers or _demo_providers(bridge.device)
        if options is not None:
            self.options = options
        self.core_ready.emit()
        kept, self._kept = self._kept, None
        if kept is not None:
            kept()

    def when_ready(self, action: Callable[[], None]) -> None:
        """Do ``action`` now, or (core not ready) once it is: only the last tap is kept, so a tap repeated
        in impatience is acted on once."""
        if self.ready:
            action()
            return
        self._kept = action
        self.tap_kept.emit()

    def forget_kept_tap(self) -> None:
        self._kept = None

    def hall_names(self) -> tuple[str, str]:
        """The hall's name, in Chinese and English."""
        if self.ready:
            config = self.device.bundle.config
            return config.name, config.name_en
        assert self.snapshot is not None
        return self.snapshot.hall_name, self.snapshot.hall_name_en

    def home_figures(self) -> HomeFigures:
        """What home shows: the device's figures now, or the snapshot's until the device is attached."""
        if self.ready:
            return home_figures(self.device, self.bridge.freshness.last_sync)
        assert self.snapshot is not None
        return self.snapshot.as_of(self.now())

    def freshness(self) -> Freshness:
        """How current the figures are; before the device is attached, no sync has reported yet."""
        if self.ready:
            return self.bridge.freshness
        assert self.snapshot is not None
        return Freshness(last_sync=self.snapshot.last_sync)

    def now(self) -> datetime:
        return self.device.now() if self.ready else self._wall()

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

    def read(self, text: str) -> Utterance | None:
        """Read ``text`` aloud now, instead of whatever was being read. Long texts are read a part at a time,
        each part captioned while it is heard (the caption bar holds two lines); ticket numbers are
        spoken digit by digit."""
        self._chain = []
        parts = self.caption_parts(text.strip()) if text.strip() else []
        if not parts:
            return None
        lang = current_language()
        self._chain = [Utterance(caption=p, parts=(Speech(spoken_form(p, lang), lang),)) for p in parts]
        return self.speaker.say(self._chain[0])

    def stop_speech(self) -> None:
        self._chain = []
        self.speaker.stop()

    def _on_utterance_finished(self, utterance: Utterance, completed: bool) -> None:
        if self._chain and utterance.id == self._chain[0].id:
            self._chain.pop(0)
            if completed and self._chain:
                self.speaker.say(self._chain[0])
            else:
                self._chain = []

    def tell(self, text: str) -> None:
        """Read aloud what a screen reports (a refusal, a result) when read-aloud is on (elder mode)."""
        if self.elder:
            self.read(text)

    def slower(self) -> int:
        self.speaker.set_rate(self.speaker.rate - RATE_STEP)
        return self.speaker.rate

    def faster(self) -> int:
        self.speaker.set_rate(self.speaker.rate + RATE_STEP)
        return self.speaker.rate


def _demo_providers(device: Device) -> Providers:
    from common.self_service.providers import demo_providers

    return demo_providers(_pick_file, device_salt(device))


def device_salt(device: Device) -> bytes:
    """The key of the ID number's hash on this kiosk: its token for its hall."""
    from common.self_service.providers import salt_for

    identity = device.identity
    return salt_for(identity.hall_id, identity.token or identity.device_id)


def demo_scanner() -> FilePickerScanner:
    """The DEMO scanner's factory (``[self_service] scanner = "kiosk.context:demo_scanner"``): a file dialog
    stands in for the document camera."""
    from common.self_service.scanner import FilePickerScanner

    return FilePickerScanner(_pick_file)


def _pick_file(material: str) -> Path | None:
    """The demo scanner's stand-in for a document camera: a file dialog."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(None, material, str(Path.home()), "Images, PDF (*.png *.jpg *.jpeg *.pdf)")
    return Path(name) if name else None

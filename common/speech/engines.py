"""The speech engine interface, and the two engines that need no sound card: the recording engine tests
use to see exactly what was played and when, and the silent engine that paces captions when no speech
engine works (so a caption still stays on screen as long as its speech would have taken)."""

from __future__ import annotations

import threading
import time
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from common.speech.utterance import Part, Sound, Speech

DEFAULT_RATE = 150
"""Words per minute: a little slower than espeak-ng's 175, for elderly listeners."""


class SpeechUnavailable(RuntimeError):
    """No speech can be played: the engine, its voice or the audio output is missing or broken."""


class SpeechEngine(Protocol):
    """Used from one thread only (the speech worker's), except ``interrupt``, which any thread may call."""

    name: str

    def open(self) -> None:
        """Get ready to play; raise ``SpeechUnavailable`` with a reason a person can act on."""

    def prepare(self, parts: Sequence[Part], rate: int) -> None:
        """Get ``parts`` ready to play without a pause between them (synthesize speech ahead)."""

    def play(self, part: Part, rate: int) -> bool:
        """Play ``part`` to the end and return True, or return False if ``interrupt`` cut it short."""

    def interrupt(self) -> None:
        """Cut the part being played short; nothing happens if none is playing."""

    def close(self) -> None: ...


def wav_seconds(path: object) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate())


@dataclass(frozen=True, slots=True)
class Played:
    part: Part
    rate: int
    started: float
    ended: float
    completed: bool


class RecordingEngine:
    """Records every part with when it started and ended. ``hold`` keeps the next parts "playing" until
    ``release``, so a test can queue more while one plays and check nothing overlaps or is cut off."""

    name = "recording"

    def __init__(self) -> None:
        self.played: list[Played] = []
        self.playing: Part | None = None
        self.opened = False
        self.closed = False
        self._cond = threading.Condition()
        self._open_gate = True
        self._cut = False

    def open(self) -> None:
        self.opened = True

    def prepare(self, parts: Sequence[Part], rate: int) -> None:
        pass

    def hold(self) -> None:
        with self._cond:
            self._open_gate = False

    def release(self) -> None:
        with self._cond:
            self._open_gate = True
            self._cond.notify_all()

    def wait_playing(self, timeout: float = 5.0) -> Part:
        """Block until a part is playing (held), and return it."""
        with self._cond:
            if not self._cond.wait_for(lambda: self.playing is not None, timeout):
                raise TimeoutError("nothing started playing")
            assert self.playing is not None
            return self.playing

    def play(self, part: Part, rate: int) -> bool:
        with self._cond:
            self._cut = False
            self.playing = part
            started = time.monotonic()
            self._cond.notify_all()
            self._cond.wait_for(lambda: self._open_gate or self._cut)
            completed = not self._cut
            self.playing = None
            self.played.append(Played(part, rate, started, time.monotonic(), completed))
            return completed

    def interrupt(self) -> None:
        with self._cond:
            if self.playing is not None:
                self._cut = True
                self._cond.notify_all()

    def close(self) -> None:
        self.closed = True

    @property
    def spoken_texts(self) -> list[str]:
        return [p.part.text for p in self.played if isinstance(p.part, Speech)]


class SilentEngine:
    """Plays nothing, but takes about as long as the speech would, so captions stay up long enough to read."""

    name = "silent"

    def __init__(self, seconds_per_char: float = 0.25, least_seconds: float = 1.5) -> None:
        self.seconds_per_char = seconds_per_char
        self.least_seconds = least_seconds
        self._cut = threading.Event()
        self._playing = threading.Event()

    def open(self) -> None:
        pass

    def prepare(self, parts: Sequence[Part], rate: int) -> None:
        pass

    def duration(self, part: Part, rate: int) -> float:
        if isinstance(part, Sound):
            try:
                return wav_seconds(part.path) if self.seconds_per_char else 0.0
            except (OSError, EOFError, wave.Error):
                return 0.0
        seconds = len(part.text) * self.seconds_per_char * DEFAULT_RATE / max(rate, 1)
        return max(seconds, self.least_seconds) if self.seconds_per_char else 0.0

    def play(self, part: Part, rate: int) -> bool:
        self._cut.clear()
        self._playing.set()
        try:
            return not self._cut.wait(self.duration(part, rate))
        finally:
            self._playing.clear()

    def interrupt(self) -> None:
        if self._playing.is_set():
            self._cut.set()

    def close(self) -> None:
        pass

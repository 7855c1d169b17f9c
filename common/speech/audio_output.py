"""Where synthesized audio goes: to the speakers through a player program, or into a folder of numbered
WAV files (tests and benchmarks, and halls that want a record of what the board said).

Playing through a child process rather than pyttsx3's own playback keeps every sound interruptible:
pyttsx3's espeak driver on Linux plays with a blocking ``os.system("aplay ...")`` that cannot be stopped
and whose failure is ignored.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
import threading
import time
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from common.speech.engines import SpeechUnavailable
from common.speech.utterance import Part, Sound, Speech

log = logging.getLogger("hall.speech")

PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (("pw-play", ()), ("paplay", ()), ("aplay", ("-q",)))
"""Tried in order: PipeWire, PulseAudio, then plain ALSA (``alsa-utils``, installed by ``scripts/setup``)."""


class AudioOutput(Protocol):
    def open(self) -> None:
        """Raise ``SpeechUnavailable`` if nothing can be played."""

    def begin(self, wav: Path, part: Part) -> None:
        """Start playing (or keeping) ``wav`` and return at once; ``finish`` waits for the end."""

    def finish(self) -> bool:
        """Wait until what ``begin`` started has ended: True if heard to the end, False if interrupted."""

    def play(self, wav: Path, part: Part) -> bool:
        """``begin`` and ``finish``."""

    def interrupt(self) -> None: ...

    def close(self) -> None: ...


class PlayerOutput:
    """Plays each WAV file with the first player program found; a failing player makes speech unavailable."""

    def __init__(self, players: tuple[tuple[str, tuple[str, ...]], ...] = PLAYERS) -> None:
        self._players = players
        self._command: list[str] = []
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._cut = False

    def open(self) -> None:
        """Find a player and play a moment of silence with it, so a missing sound card is known at start."""
        for name, args in self._players:
            found = shutil.which(name)
            if found:
                self._command = [found, *args]
                break
        else:
            raise SpeechUnavailable("no audio player found (pw-play, paplay or aplay); install alsa-utils")
        with tempfile.TemporaryDirectory(prefix="hall-audio-") as folder:
            silence = Path(folder) / "silence.wav"
            with wave.open(str(silence), "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(22050)
                w.writeframes(b"\0\0" * (22050 // 20))
            self.play(silence, Sound(silence))

    def begin(self, wav: Path, part: Part) -> None:
        with self._lock:
            self._cut = False
            self._process = subprocess.Popen(  # noqa: S603 - our own player path and our own temp file
                [*self._command, str(wav)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )

    def play(self, wav: Path, part: Part) -> bool:
        self.begin(wav, part)
        return self.finish()

    def finish(self) -> bool:
        with self._lock:
            process = self._process
        if process is None:
            return True
        _, err = process.communicate()
        with self._lock:
            self._process = None
            if self._cut:
                return False
        if process.returncode != 0:
            lines = err.decode(errors="replace").strip().splitlines()
            reason = lines[-1] if lines else f"exit status {process.returncode}"
            raise SpeechUnavailable(f"{Path(self._command[0]).name} failed: {reason}")
        return True

    def interrupt(self) -> None:
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                self._cut = True
                self._process.terminate()

    def close(self) -> None:
        self.interrupt()


@dataclass(frozen=True, slots=True)
class HandedAudio:
    """One piece of audio handed to the output: which file, for what, and when (``time.monotonic``)."""

    seq: int
    path: Path
    part: Part
    at: float


class FolderOutput:
    """Keeps every piece of audio as ``NNNN-speech.wav`` / ``NNNN-sound.wav`` in ``folder``, in the order it
    was handed over, with a line per file in ``manifest.tsv`` (number, kind, language, text)."""

    MANIFEST = "manifest.tsv"

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.handed: list[HandedAudio] = []
        self._lock = threading.Lock()

    def open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)

    def play(self, wav: Path, part: Part) -> bool:
        self.begin(wav, part)
        return self.finish()

    def finish(self) -> bool:
        return True

    def begin(self, wav: Path, part: Part) -> None:
        at = time.monotonic()
        with self._lock:
            seq = len(self.handed) + 1
            kind = "speech" if isinstance(part, Speech) else "sound"
            dest = self.folder / f"{seq:04d}-{kind}.wav"
            shutil.copyfile(wav, dest)
            text = part.text if isinstance(part, Speech) else part.path.name
            language = part.language if isinstance(part, Speech) else ""
            with (self.folder / self.MANIFEST).open("a", encoding="utf-8") as manifest:
                manifest.write(f"{seq}\t{kind}\t{language}\t{text}\n")
            self.handed.append(HandedAudio(seq, dest, part, at))

    def interrupt(self) -> None:
        pass

    def close(self) -> None:
        pass

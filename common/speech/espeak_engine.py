"""Speech with pyttsx3 driving espeak-ng: each text is synthesized to a WAV file on the speech worker's
thread, then handed to an ``AudioOutput`` (the speakers, or a folder in tests).

Voices. Debian 12's espeak-ng 1.51 reads Chinese badly with its plain ``cmn`` voice: the dictionary turns
characters into pinyin and the voice then pronounces the pinyin by English rules ("qing3" as "king
three"). ``cmn-latn-pinyin`` reads the same pinyin as Mandarin, so it comes first; ``cmn`` is the fallback
for espeak-ng builds that name voices differently.

Why ``save_to_file``: pyttsx3's own playback on Linux blocks in ``aplay`` and cannot be stopped, which
read-aloud needs. ``save_to_file`` was checked against ``espeak-ng -w`` on 300 calls: Mandarin WAVs are the
same length (within 2 ms), English ones within 80 ms (end pause), and pyttsx3 takes 20 ms against the
command's 30 ms; but about 1 in 100 of pyttsx3's files is empty (its espeak driver writes the file when
espeak reports the end of the message, and that report sometimes comes before the audio). Hall keeps
pyttsx3, so production and the tests' WAV files come from the same code, re-synthesizes an empty result
(up to ``ATTEMPTS`` times) and falls back to ``espeak-ng -w`` if that ever fails. Its other quirks are
handled here too: it prints "Audio saved to ..." (silenced), and libespeak-ng is one per process, so
synthesis is serialized across engines by a lock.
"""

from __future__ import annotations

import contextlib
import io
import logging
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from common.speech.audio_output import AudioOutput
from common.speech.engines import SpeechUnavailable
from common.speech.espeak_last_chunk import append_audio_first
from common.speech.utterance import Part, Sound, Speech

log = logging.getLogger("hall.speech")

VOICES: Mapping[str, Sequence[str]] = {
    "zh_CN": ("sit/cmn-latn-pinyin", "sit/cmn", "cmn"),
    "zh_TW": ("sit/cmn-latn-pinyin", "sit/cmn", "cmn"),
    "en": ("gmw/en", "gmw/en-us", "en"),
}
"""Voice ids to try for each language, best first."""

ATTEMPTS = 3
WAV_HEADER_BYTES = 44

_LIBESPEAK = threading.Lock()
"""pyttsx3 keeps one engine per driver and libespeak-ng one synthesis callback per process: two speech
workers in one process (as in the tests) must take turns."""


def _has_audio(path: Path) -> bool:
    return path.exists() and path.stat().st_size > WAV_HEADER_BYTES


def language_key(language: str) -> str:
    """``zh`` and ``zh_CN`` to ``zh_CN``, ``zh_TW``/``zh_HK`` to ``zh_TW``, ``en_US`` to ``en``."""
    lang = language.replace("-", "_")
    if lang in VOICES:
        return lang
    if lang.startswith("zh"):
        return "zh_TW" if lang.endswith(("TW", "HK", "MO", "Hant")) else "zh_CN"
    return lang.split("_")[0]


class EspeakEngine:
    name = "espeak-ng"

    def __init__(self, output: AudioOutput, voices: Mapping[str, Sequence[str]] = VOICES) -> None:
        self.output = output
        self._wanted = voices
        self._voices: dict[str, str] = {}
        self._engine: Any = None
        self._dir: Path | None = None
        self._prepared: dict[tuple[Speech, int], Path] = {}
        self._pending: list[Speech] = []
        self._pending_rate = 0

    def open(self) -> None:
        try:
            import pyttsx3

            with _LIBESPEAK:
                self._engine = pyttsx3.init("espeak")
                append_audio_first(self._engine.proxy._driver)
                available = {v.id for v in self._engine.getProperty("voices")}
        except Exception as e:  # ImportError, OSError (no libespeak-ng1), RuntimeError from espeak
            raise SpeechUnavailable(f"espeak-ng cannot be started: {e}") from e
        for language, ids in self._wanted.items():
            voice = next((v for v in ids if v in available), None)
            if voice:
                self._voices[language] = voice
        if "zh_CN" not in self._voices:
            raise SpeechUnavailable("espeak-ng has no Mandarin voice (cmn)")
        self.output.open()
        self._dir = Path(tempfile.mkdtemp(prefix="hall-speech-"))
        log.info("speech: espeak-ng voices %s", self._voices)

    def voice_for(self, language: str) -> str:
        return self._voices.get(language_key(language)) or self._voices["zh_CN"]

    def synthesize(self, text: str, language: str, rate: int, path: Path) -> None:
        """Write ``text`` spoken in ``language`` at ``rate`` words per minute to the WAV file ``path``."""
        voice = self.voice_for(language)
        for attempt in range(1, ATTEMPTS + 1):
            self._pyttsx3_save(text, voice, rate, path)
            if _has_audio(path):
                return
            log.info("speech: pyttsx3 gave an empty file for %r (attempt %d)", text[:20], attempt)
        self._command_save(text, voice, rate, path)
        if not _has_audio(path):
            raise SpeechUnavailable(f"espeak-ng produced no audio for {text[:20]!r}")

    def _pyttsx3_save(self, text: str, voice: str, rate: int, path: Path) -> None:
        path.unlink(missing_ok=True)
        engine = self._engine
        with _LIBESPEAK, contextlib.redirect_stdout(io.StringIO()):
            engine.setProperty("voice", voice)
            engine.setProperty("rate", rate)
            engine.save_to_file(text, str(path))
            engine.runAndWait()

    def _command_save(self, text: str, voice: str, rate: int, path: Path) -> None:
        program = shutil.which("espeak-ng")
        if program is None:
            return
        subprocess.run(  # noqa: S603 - the system's espeak-ng, our own text, a list of arguments
            [program, "-v", voice.rsplit("/", 1)[-1], "-s", str(rate), "-w", str(path), text],
            capture_output=True,
            check=False,
            timeout=30,
        )

    def prepare(self, parts: Sequence[Part], rate: int) -> None:
        """Note the utterance's speech; it is synthesized while its chime plays (or when first needed), so a
        call's words follow its chime without a pause and its caption is not held back by synthesis."""
        for old in self._prepared.values():
            old.unlink(missing_ok=True)
        self._prepared = {}
        self._pending = [p for p in dict.fromkeys(parts) if isinstance(p, Speech)]
        self._pending_rate = rate

    def _synthesize_pending(self) -> None:
        assert self._dir is not None, "open() first"
        while self._pending:
            part = self._pending.pop(0)
            key = (part, self._pending_rate)
            if key not in self._prepared:
                wav = self._dir / f"part-{len(self._prepared)}.wav"
                self.synthesize(part.text, part.language, self._pending_rate, wav)
                self._prepared[key] = wav

    def play(self, part: Part, rate: int) -> bool:
        if isinstance(part, Sound):
            self.output.begin(part.path, part)
            try:
                self._synthesize_pending()
            except BaseException:
                self.output.interrupt()
                self.output.finish()
                raise
            return self.output.finish()
        wav = self._prepared.get((part, rate))
        if wav is None:  # no chime before it, or the rate changed: synthesize it now
            self._pending, self._pending_rate = [part], rate
            self._synthesize_pending()
            wav = self._prepared[(part, rate)]
        return self.output.play(wav, part)

    def interrupt(self) -> None:
        self.output.interrupt()

    def close(self) -> None:
        self.output.close()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

"""The speech worker as a Qt object: say, read aloud, announce and stop from the UI thread, and hear
back through signals when each utterance starts and ends (for captions) and, once, when speech cannot
be heard at all.

The worker runs on its own thread (``common.speech.speech_worker``); its reports are emitted from there
and Qt queues them to the receivers' thread, so slots run on the UI thread and nothing blocks it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from common.speech.engines import DEFAULT_RATE, SpeechEngine
from common.speech.speech_worker import SpeechWorker
from common.speech.utterance import Utterance


class Speaker(QObject):
    utterance_started = Signal(object)
    """An ``Utterance`` began: show its caption."""
    utterance_finished = Signal(object, bool)
    """An ``Utterance`` ended; the flag says whether it was heard to the end (False: cut short)."""
    engine_unavailable = Signal(str)
    """Speech cannot be heard (the reason); emitted once. Captions keep coming."""

    def __init__(
        self,
        engine: SpeechEngine,
        *,
        rate: int = DEFAULT_RATE,
        fallback: SpeechEngine | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = SpeechWorker(engine, _SignalListener(self), rate=rate, fallback=fallback)
        self._closed = False

    def start(self) -> None:
        self._worker.start()

    def say(self, utterance: Utterance) -> Utterance:
        """Queue ``utterance`` under its own policy (a read-aloud replaces, an announcement waits)."""
        self._worker.say(utterance)
        return utterance

    def read_aloud(self, text: str, language: str, key: str = "") -> Utterance | None:
        """Read ``text`` now, instead of whatever was being read; None if there is nothing to read."""
        if not text.strip():
            return None
        return self.say(Utterance.read_aloud(text, language, key))

    def stop(self) -> None:
        """The screen changed: stop reading aloud (announcements carry on)."""
        self._worker.stop()

    def set_rate(self, words_per_minute: int) -> None:
        self._worker.set_rate(words_per_minute)

    @property
    def rate(self) -> int:
        return self._worker.rate

    @property
    def available(self) -> bool:
        return not self._worker.unavailable_reason

    @property
    def unavailable_reason(self) -> str:
        return self._worker.unavailable_reason

    @property
    def current(self) -> Utterance | None:
        return self._worker.current

    def pending(self) -> list[Utterance]:
        return self._worker.pending()

    def close(self) -> None:
        """Stop speaking and end the worker thread; call before the app quits."""
        if not self._closed:
            self._closed = True
            self._worker.close()


class _SignalListener:
    """Turns the worker's reports into the speaker's signals (emitted on the worker's thread)."""

    def __init__(self, speaker: Speaker) -> None:
        self._speaker = speaker

    def utterance_started(self, utterance: Utterance) -> None:
        self._speaker.utterance_started.emit(utterance)

    def utterance_finished(self, utterance: Utterance, completed: bool) -> None:
        self._speaker.utterance_finished.emit(utterance, completed)

    def engine_unavailable(self, reason: str) -> None:
        self._speaker.engine_unavailable.emit(reason)

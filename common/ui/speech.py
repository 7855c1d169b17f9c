"""The speech worker as a Qt object: say, read aloud, announce and stop from the UI thread, and hear
back through signals when each utterance starts and ends (for captions) and, once, when speech cannot
be heard at all.

The worker runs on its own thread (``common.speech.speech_worker``). Its reports go into a thread-safe
queue, and the worker wakes the UI thread with a signal that carries nothing; the UI thread then emits the
public signals itself. Emitting signals with Python objects from a plain Python thread crashed PySide6
(``none_dealloc`` in the UI thread after a few dozen announcements, ``bench/bench_board_caption.py``);
an argument-free queued signal is only a posted event, which Qt supports from any thread.
"""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, Qt, Signal

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
    _reports_waiting = Signal()
    """From the worker thread, with no arguments: "drain the queue"."""

    def __init__(
        self,
        engine: SpeechEngine,
        *,
        rate: int = DEFAULT_RATE,
        fallback: SpeechEngine | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reports: queue.SimpleQueue[tuple[str, tuple[object, ...]]] = queue.SimpleQueue()
        self._reports_waiting.connect(self._on_reports_waiting, Qt.ConnectionType.QueuedConnection)
        self._worker = SpeechWorker(
            engine, _QueuedListener(self._reports, self._reports_waiting), rate=rate, fallback=fallback
        )
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

    def _on_reports_waiting(self) -> None:
        signals = {
            "utterance_started": self.utterance_started,
            "utterance_finished": self.utterance_finished,
            "engine_unavailable": self.engine_unavailable,
        }
        while True:
            try:
                what, args = self._reports.get_nowait()
            except queue.Empty:
                return
            signals[what].emit(*args)


class _QueuedListener:
    """The worker's side: each report is queued, then the UI thread is woken (on the worker's thread)."""

    def __init__(self, reports: queue.SimpleQueue[tuple[str, tuple[object, ...]]], wake: Signal) -> None:
        self._reports = reports
        self._wake = wake

    def _put(self, what: str, *args: object) -> None:
        self._reports.put((what, args))
        self._wake.emit()

    def utterance_started(self, utterance: Utterance) -> None:
        self._put("utterance_started", utterance)

    def utterance_finished(self, utterance: Utterance, completed: bool) -> None:
        self._put("utterance_finished", utterance, completed)

    def engine_unavailable(self, reason: str) -> None:
        self._put("engine_unavailable", reason)

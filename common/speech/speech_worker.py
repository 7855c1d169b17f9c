"""Plays utterances one at a time on a thread of its own, so speech never blocks a screen.

Two policies (``Policy``): a read-aloud replaces the read-aloud that is waiting or playing (the kiosk reads
the new screen, not the old one), and ``stop`` silences it; announcements wait their turn and are always
played whole, so calls never overlap and the next never cuts one off. Anything waiting plays in order.

Every utterance is reported when it starts and when it ends (``SpeechListener``), from the worker's thread,
so captions can show exactly what is heard. If the engine cannot be opened, or fails while playing, the
worker says so once and carries on with the fallback engine (silent, paced like speech), so captions keep
coming and the app keeps working.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import Protocol

from common.speech.engines import DEFAULT_RATE, SilentEngine, SpeechEngine, SpeechUnavailable
from common.speech.utterance import Policy, Utterance

log = logging.getLogger("hall.speech")

RATE_RANGE = (80, 300)
"""Words per minute the rate is kept within: slower than 80 drags, faster than 300 is a blur."""


class SpeechListener(Protocol):
    def utterance_started(self, utterance: Utterance) -> None: ...

    def utterance_finished(self, utterance: Utterance, completed: bool) -> None: ...

    def engine_unavailable(self, reason: str) -> None: ...


class SpeechWorker:
    def __init__(
        self,
        engine: SpeechEngine,
        listener: SpeechListener,
        *,
        rate: int = DEFAULT_RATE,
        fallback: SpeechEngine | None = None,
    ) -> None:
        self._engine = engine
        self._fallback: SpeechEngine = fallback or SilentEngine()
        self._listener = listener
        self._rate = _clamp(rate)
        self._cond = threading.Condition()
        self._queue: deque[Utterance] = deque()
        self._current: Utterance | None = None
        self._cancelled = False
        self._closing = False
        self._thread: threading.Thread | None = None
        self.unavailable_reason = ""
        """Why speech cannot be heard, once it is known; empty while it works."""

    # --- any thread --------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hall-speech", daemon=True)
            self._thread.start()

    def say(self, utterance: Utterance) -> None:
        with self._cond:
            if self._closing:
                return
            if utterance.policy == Policy.READ_ALOUD:
                self._drop_read_aloud()
            self._queue.append(utterance)
            self._cond.notify_all()

    def stop(self) -> None:
        """Silence read-aloud (the screen changed); announcements carry on."""
        with self._cond:
            self._drop_read_aloud()

    def set_rate(self, words_per_minute: int) -> None:
        """Applies from the next part spoken."""
        with self._cond:
            self._rate = _clamp(words_per_minute)

    @property
    def rate(self) -> int:
        return self._rate

    @property
    def current(self) -> Utterance | None:
        return self._current

    def pending(self) -> list[Utterance]:
        with self._cond:
            return list(self._queue)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until nothing is playing or waiting (for scripts and benchmarks; never on the UI thread)."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._queue and self._current is None, timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Drop what waits, cut what plays, and end the thread."""
        with self._cond:
            self._closing = True
            self._queue.clear()
            self._cancel_current()
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("speech: the worker did not stop within %.1f s", timeout)

    def _drop_read_aloud(self) -> None:
        kept = [u for u in self._queue if u.policy != Policy.READ_ALOUD]
        self._queue.clear()
        self._queue.extend(kept)
        if self._current is not None and self._current.policy == Policy.READ_ALOUD:
            self._cancel_current()

    def _cancel_current(self) -> None:
        self._cancelled = True
        self._engine.interrupt()
        self._fallback.interrupt()

    # --- the worker thread -------------------------------------------------------------------------

    def _run(self) -> None:
        engine = self._open(self._engine)
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._queue) or self._closing)
                if self._closing:
                    break
                utterance = self._queue.popleft()
                self._current = utterance
                self._cancelled = False
                rate = self._rate
            self._report("utterance_started", utterance)
            try:
                engine.prepare(utterance.parts, rate)
            except Exception as e:
                self._unavailable(f"{engine.name}: {e}", e)
                engine = self._fallback
            completed = True
            for part in utterance.parts:
                with self._cond:
                    if self._cancelled:
                        completed = False
                        break
                    rate = self._rate
                try:
                    played = engine.play(part, rate)
                except Exception as e:
                    self._unavailable(f"{engine.name}: {e}", e)
                    engine = self._fallback
                    played = engine.play(part, rate)
                if not played:
                    completed = False
                    break
            with self._cond:
                self._current = None
                self._cond.notify_all()
            self._report("utterance_finished", utterance, completed)
        with self._cond:
            self._current = None
            self._cond.notify_all()
        for used in {id(engine): engine, id(self._engine): self._engine}.values():
            try:
                used.close()
            except Exception:
                log.exception("speech: closing %s failed", used.name)

    def _open(self, engine: SpeechEngine) -> SpeechEngine:
        try:
            engine.open()
        except Exception as e:
            self._unavailable(str(e), e)
            self._fallback.open()
            return self._fallback
        return engine

    def _unavailable(self, reason: str, error: BaseException) -> None:
        if self.unavailable_reason:
            return
        self.unavailable_reason = reason
        if isinstance(error, SpeechUnavailable):
            log.warning("speech: unavailable, captions only: %s", reason)
        else:
            log.error("speech: the engine failed, captions only: %s", reason, exc_info=error)
        self._report("engine_unavailable", reason)

    def _report(self, what: str, *args: object) -> None:
        try:
            getattr(self._listener, what)(*args)
        except Exception:  # a broken caption must not stop the speech
            log.exception("speech: the listener failed on %s", what)


def _clamp(rate: int) -> int:
    return max(RATE_RANGE[0], min(RATE_RANGE[1], int(rate)))

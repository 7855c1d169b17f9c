"""A speech listener that remembers what it was told, for tests of the Qt-free speech worker."""

from __future__ import annotations

import threading

from common.speech.utterance import Utterance


class ListenerLog:
    def __init__(self) -> None:
        self.events: list[tuple[str, int, bool | None]] = []
        self.unavailable: list[str] = []
        self.threads: set[str] = set()
        self._cond = threading.Condition()

    def utterance_started(self, utterance: Utterance) -> None:
        self._add(("started", utterance.id, None))

    def utterance_finished(self, utterance: Utterance, completed: bool) -> None:
        self._add(("finished", utterance.id, completed))

    def engine_unavailable(self, reason: str) -> None:
        with self._cond:
            self.unavailable.append(reason)
            self._cond.notify_all()

    def _add(self, event: tuple[str, int, bool | None]) -> None:
        with self._cond:
            self.events.append(event)
            self.threads.add(threading.current_thread().name)
            self._cond.notify_all()

    def wait_finished(self, utterance: Utterance, timeout: float = 10.0) -> bool | None:
        """Block until ``utterance`` is reported finished; return whether it completed."""
        with self._cond:
            ok = self._cond.wait_for(
                lambda: any(e[0] == "finished" and e[1] == utterance.id for e in self.events), timeout
            )
            if not ok:
                raise TimeoutError(f"utterance {utterance.caption!r} was not reported finished")
            return next(e[2] for e in self.events if e[0] == "finished" and e[1] == utterance.id)

    def started_ids(self) -> list[int]:
        with self._cond:
            return [e[1] for e in self.events if e[0] == "started"]

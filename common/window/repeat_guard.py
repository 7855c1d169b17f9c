"""A click or key press repeated within a fraction of a second is one intent, not two: a double click on
"recall" must not announce the number twice, a bouncing key must not call two tickets. Different actions
in quick succession (call, start, finish) all go through: a fast clerk loses no step."""

from __future__ import annotations

import time
from collections.abc import Callable

REPEAT_GUARD_S = 0.4


class RepeatGuard:
    def __init__(self, seconds: float = REPEAT_GUARD_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._last: tuple[str, float] | None = None

    def allow(self, action: str) -> bool:
        """True, and remembered, unless ``action`` is the same as the last one and came too soon after it."""
        now = self._clock()
        if self._last is not None and self._last[0] == action and now - self._last[1] < self.seconds:
            return False
        self._last = (action, now)
        return True

"""Exponential back-off with jitter, so a hall full of devices does not reconnect in lockstep."""

from __future__ import annotations

import random


class Backoff:
    def __init__(self, base: float = 0.5, cap: float = 30.0, rng: random.Random | None = None) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security

    def next_delay(self) -> float:
        """Seconds to wait after one more failure: uniform in [c/2, c] with c = min(cap, base·2ⁿ)."""
        # The exponent stops growing once the cap is reached: a device offline overnight fails a thousand
        # times, and 2**1024 no longer fits in a float.
        ceiling = min(self.cap, self.base * 2.0 ** min(self.failures, 64))
        self.failures += 1
        return self._rng.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.failures = 0

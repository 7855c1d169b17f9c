"""Hybrid logical clock: timestamps that follow wall time yet never go backwards and respect causality.

A timestamp is a fixed-width string ``PPPPPPPPPPPPP-CCCC-node`` (Unix milliseconds, a counter, the
device id) so that plain string comparison is the clock's order, in SQL and in Python alike.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from common import wall_clock

HLC_PATTERN = r"^\d{13}-\d{4}-[a-z0-9][a-z0-9-]{0,62}$"
_HLC_RE = re.compile(HLC_PATTERN)
_MAX_COUNTER = 9999


@dataclass(frozen=True, slots=True, order=True)
class Timestamp:
    physical_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.physical_ms:013d}-{self.counter:04d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        if not _HLC_RE.match(text):
            raise ValueError(f"not a hybrid logical clock timestamp: {text!r}")
        physical, counter, node = text.split("-", 2)
        return cls(int(physical), int(counter), node)


def wall_ms() -> int:
    return int(wall_clock.now_ms())


class HybridClock:
    """Issues timestamps for one device.

    ``offset_ms`` corrects a device whose wall clock is wrong: the sync client learns the central
    store's time from every answer and sets it, so a kiosk an hour fast still orders its tickets
    where they belong.
    """

    def __init__(self, node: str, wall: Callable[[], int] = wall_ms, offset_ms: int = 0) -> None:
        self.node = node
        self._wall = wall
        self.offset_ms = offset_ms
        self._last = Timestamp(0, 0, node)
        self._lock = threading.Lock()

    def physical_now(self) -> int:
        return self._wall() + self.offset_ms

    def now(self) -> Timestamp:
        """A timestamp later than every one issued or observed so far."""
        with self._lock:
            physical = max(self.physical_now(), self._last.physical_ms)
            counter = self._last.counter + 1 if physical == self._last.physical_ms else 0
            if counter > _MAX_COUNTER:
                physical, counter = physical + 1, 0
            self._last = Timestamp(physical, counter, self.node)
            return self._last

    def observe(self, remote: str | Timestamp) -> None:
        """Move past a timestamp seen on another device, so what we do next sorts after it."""
        ts = Timestamp.parse(remote) if isinstance(remote, str) else remote
        with self._lock:
            if (ts.physical_ms, ts.counter) > (self._last.physical_ms, self._last.counter):
                self._last = Timestamp(ts.physical_ms, ts.counter, self.node)

"""The machine's clock, as every Hall program reads it: the system clock, unless a test moves it.

A test that runs a whole hall day with the real programs (``tests/test_hall_day.py``) needs every process,
the central store included, to agree on the hall's time and to jump from opening to lunch to closing in
seconds. It sets ``HALL_CLOCK_FILE`` to a file holding one number: milliseconds to add to this machine's
clock. Each program re-reads the file when it changes, so the test moves every program's time at once
(forward only: the hybrid logical clock would hold a step back anyway). Nobody sets it in a hall, and
without it nothing is read: the plain system clock.
"""

from __future__ import annotations

import os
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

CLOCK_FILE_ENV = "HALL_CLOCK_FILE"

_lock = threading.Lock()
_cache: tuple[str, tuple[int, int, int], float] | None = None
"""(path, its inode, modification time and size, offset in ms) of the file last read."""


def offset_ms() -> float:
    """What the clock file adds to the system clock (0 without ``HALL_CLOCK_FILE``, or while it is missing)."""
    global _cache  # noqa: PLW0603 - one cache for the process
    path = os.environ.get(CLOCK_FILE_ENV)
    if not path:
        return 0.0
    try:
        st = Path(path).stat()
    except OSError:
        return 0.0
    version = (st.st_ino, st.st_mtime_ns, st.st_size)
    with _lock:
        if _cache is not None and _cache[0] == path and _cache[1] == version:
            return _cache[2]
        try:
            value = float(Path(path).read_text(encoding="ascii").strip() or 0)
        except (OSError, ValueError):  # half written: keep the last value
            return _cache[2] if _cache is not None and _cache[0] == path else 0.0
        _cache = (path, version, value)
        return value


def now_ms() -> float:
    """Unix milliseconds."""
    return time.time() * 1000 + offset_ms()


def utc_now() -> datetime:
    return datetime.fromtimestamp(now_ms() / 1000, UTC)


def write_offset(path: Path, offset: float) -> None:
    """Set the clock of every program reading ``path`` (atomically: a reader never sees half a number)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(f"{offset:.0f}\n", encoding="ascii")
    tmp.replace(path)

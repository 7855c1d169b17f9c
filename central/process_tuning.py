"""How the central store's process shares its interpreter between the requests it serves.

Each push runs in a worker thread, and every SQLite or PostgreSQL call in it lets go of the interpreter lock
and then waits to take it back. With the default switch interval (5 ms) a thread that holds the database's
writer lock waited up to 5 ms after each of its ten statements while the event loop parsed other requests:
the lock was held for 7 ms to do 3 ms of work, and every other hall's push queued behind it. A shorter
interval hands the interpreter back sooner (``bench/bench_many_devices.py``: writer-lock hold p50 7.6 →
4.7 ms).

The objects made while starting (the app, its routes and models, SQLAlchemy's tables, every imported module)
live as long as the process. Frozen after start-up, the garbage collector no longer walks them in each full
collection: on the 2-core test machine a full collection under load paused every request for about 200 ms
before, and 80–100 ms after.
"""

from __future__ import annotations

import gc
import sys

SWITCH_INTERVAL_S = 0.0005


def share_the_interpreter_quickly() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def freeze_what_start_up_made() -> None:
    """Collect the start-up's garbage, then move every object left to the collector's permanent generation."""
    gc.collect()
    gc.freeze()

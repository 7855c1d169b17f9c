"""A device store written by Hall's first release opens under the current code with everything in it.

``tests/data/device_store_v1.sql`` is the dump of a window client's store made by the first release (commit
7d4c147, store schema 1, snapshot version 1) with ``tests/data/make_device_store_v1.py``: the sample hall,
five tickets from a kiosk, two visits served and rated at window 1 and synced, then one call made offline
and still pending. (The central store's first revision is tested the same way in ``test_central_admin.py``.)
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from common import window_actions as win
from common.device import Device
from common.events import Outcome
from common.ratings_scale import RatingLevel
from common.store.local_store import SNAPSHOT_VERSION
from common.store.schema import SCHEMA_VERSION
from tests.support.clock import FakeWall

DUMP = Path(__file__).parent / "data" / "device_store_v1.sql"


def _restore(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(DUMP.read_text(encoding="utf-8"))
    conn.close()


def test_a_store_of_the_first_release_opens_with_its_data(tmp_path: Path) -> None:
    store = tmp_path / "window-1.db"
    _restore(store)
    wall = FakeWall(datetime(2026, 11, 30, 1, 52, tzinfo=UTC))  # the same morning, a minute later
    device = Device.open(store, wall=wall)
    try:
        assert device.identity.device_id == "window-1" and device.identity.hall_id == "nj-bdc"
        assert device.bundle.config.window(1).lunch_duty, "the hall it was given, read by today's code"
        assert device.store.cursor == 14 and device.store.pending_count() == 1
        state = device.state
        numbers = {t.number: str(t.status) for t in state.tickets.values()}
        assert numbers == {"A001": "done", "A002": "done", "B001": "called", "C001": "waiting", "A003": "waiting"}
        assert sorted(str(r.level) for r in state.ratings.values()) == ["dissatisfied", "very_satisfied"]
        assert state.window(1).staff == "BDC0101"
        # It works on: the pending call is served and rated like any other.
        win.start_service(device, 1)
        visit = win.finish(device, 1, Outcome.CONSULTED)
        win.rate_visit(device, visit.id, RatingLevel.SATISFIED)
        assert device.store.pending_count() == 4
    finally:
        device.close()
    with sqlite3.connect(store) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT version FROM snapshot").fetchone()[0] == SNAPSHOT_VERSION
    reopened = Device.open(store, wall=wall)
    try:
        assert len(reopened.state.ratings) == 3 and reopened.store.pending_count() == 4
    finally:
        reopened.close()

"""Made ``device_store_v1.sql`` with the first release of Hall: ``git archive 7d4c147 | tar -x -C OLD``, copy
this file into OLD, and there run ``PYTHONPATH=. python make_device_store_v1.py device_store_v1.sql``.
A kiosk and a window of the sample hall, synced through the in-process relay; the window's store is dumped."""

import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.events import Outcome
from common.hall_bundle import load_hall
from common.projection.admission import DeviceKind
from common.ratings_scale import RatingLevel
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.relay import Relay

folder = Path(tempfile.mkdtemp())
bundle = load_hall("assets/sample_hall")
wall = FakeWall(datetime(2026, 11, 30, 1, 30, tzinfo=UTC))
relay = Relay(bundle)
k = make_device(folder, bundle, wall, DeviceKind.KIOSK, "kiosk-1", slot=1, lease=50)
w = make_device(folder, bundle, wall, DeviceKind.WINDOW, "window-1", slot=2)
numbers = [kiosk.issue_ticket(k, c).number for c in "AABCA"]
relay.sync(k)
relay.sync(w)
win.open_window(w, 1, "BDC0101")
for level in (RatingLevel.VERY_SATISFIED, RatingLevel.DISSATISFIED):
    wall.advance(minutes=5)
    win.call_next(w, 1)
    visit = win.start_service(w, 1)
    wall.advance(minutes=7)
    win.finish(w, 1, Outcome.CONSULTED)
    win.rate_visit(w, visit.id, level, ["等候时间长"] if level.is_bad else [])
relay.sync(w)
relay.sync(k)
relay.sync(w)
wall.advance(minutes=5)
win.call_next(w, 1)  # made offline: still pending in the store
w.close()  # writes the snapshot (version 1)
k.close()
conn = sqlite3.connect(folder / "window-1.db")
version = conn.execute("PRAGMA user_version").fetchone()[0]
lines = [
    f"-- A window client's store written by Hall's first release (7d4c147): {numbers}, two rated visits,",
    "-- one call still pending, a version-1 snapshot. Made by tests/data/make_device_store_v1.py.",
    *conn.iterdump(),
    f"PRAGMA user_version = {version};",
]
Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
print(numbers, version)

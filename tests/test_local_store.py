"""The device store: what a person was told is saved survives a restart; numbers never repeat."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from common import kiosk_actions as kiosk
from common.device import SNAPSHOT_EVERY, Device
from common.projection.admission import DeviceKind
from common.store.local_store import LocalStore
from common.store.schema import SCHEMA_VERSION
from tests.support.clock import FakeWall
from tests.support.relay import Relay


def test_the_store_runs_in_wal_mode_with_full_sync(tmp_path: Path) -> None:
    """FULL sync in WAL mode: a committed ticket survives a power cut, not just a crash."""
    store = LocalStore(tmp_path / "d.db")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
    store.close()


def test_a_store_from_a_newer_hall_is_refused(tmp_path: Path) -> None:
    """Downgrading a device must not silently misread its data."""
    store = LocalStore(tmp_path / "d.db")
    with store.engine.begin() as conn:
        conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION + 1}"))
    store.close()
    with pytest.raises(RuntimeError, match="newer"):
        LocalStore(tmp_path / "d.db")


def test_the_store_says_how_many_leased_numbers_are_left(device_factory: Callable[..., Device]) -> None:
    device = device_factory(DeviceKind.KIOSK, lease=5)
    assert device.store.numbers_left("A", device.today()) == 5
    kiosk.issue_ticket(device, "A")
    kiosk.issue_ticket(device, "A")
    assert device.store.numbers_left("A", device.today()) == 3


def test_numbers_left_on_given_days_are_counted_per_category_and_day(
    device_factory: Callable[..., Device],
) -> None:
    """What the sync loop reads to top up its leases: one query for every category and day."""
    device = device_factory(DeviceKind.KIOSK, lease=5)
    today = device.today()
    tomorrow = today + timedelta(days=1)
    device.store.add_lease("B", tomorrow, 1, 50)
    device.store.add_lease("B", today, 6, 7)
    kiosk.issue_ticket(device, "A")
    left = device.store.numbers_left_on([today, tomorrow])
    assert left[("A", today)] == 4 and left[("B", tomorrow)] == 50
    assert left[("B", today)] == device.store.numbers_left("B", today)
    assert device.store.numbers_left_on([tomorrow]) == {("B", tomorrow): 50}
    for _ in range(4):
        kiosk.issue_ticket(device, "A")
    assert ("A", today) not in device.store.numbers_left_on([today]), "a used-up category is missing"


def test_pending_among_gives_only_events_still_in_the_outbox(device_factory: Callable[..., Device]) -> None:
    device = device_factory(DeviceKind.KIOSK, lease=5)
    for _ in range(2):
        kiosk.issue_ticket(device, "A")
    ids = [str(e.id) for e in device.store.pending()]
    assert [str(e.id) for e in device.store.pending_among([ids[1], ids[0], "no-such-id"])] == ids
    device.apply_confirmed([(1, device.store.pending()[0])], cursor=1)
    assert [str(e.id) for e in device.store.pending_among(ids)] == ids[1:]


def test_an_exhausted_lease_falls_back_to_the_devices_own_range(device_factory: Callable[..., Device]) -> None:
    """Offline with no numbers left, the kiosk still issues numbers nobody else can issue (slot 3 → A3001)."""
    device = device_factory(DeviceKind.KIOSK, slot=3, lease=2)
    receipts = [kiosk.issue_ticket(device, "A") for _ in range(4)]
    assert [r.number for r in receipts] == ["A005", "A006", "A3001", "A3002"]
    assert [r.offline_number for r in receipts] == [False, False, True, True]


def test_leases_are_used_in_order_across_blocks(device_factory: Callable[..., Device]) -> None:
    device = device_factory(DeviceKind.KIOSK)
    device.store.add_lease("B", device.today(), 51, 52)
    device.store.add_lease("B", device.today(), 1, 2)
    assert [kiosk.issue_ticket(device, "B").number for _ in range(4)] == ["B001", "B002", "B051", "B052"]


def test_pending_events_and_the_view_survive_a_restart(
    device_factory: Callable[..., Device], tmp_path: Path, wall: FakeWall
) -> None:
    """A ticket on screen is on disk: reopening the device shows it again, still waiting to sync."""
    device = device_factory(DeviceKind.KIOSK, lease=10)
    receipt = kiosk.issue_ticket(device, "A")
    path = device.store.path
    device.close()
    reopened = Device.open(path, wall=wall)
    assert reopened.state.tickets[receipt.ticket_id].number == "A001"
    assert reopened.store.pending_count() == 1
    assert kiosk.issue_ticket(reopened, "A").number == "A002"
    reopened.store.close()


def test_acknowledged_events_leave_the_outbox_and_rejected_ones_are_kept_with_the_reason(
    device_factory: Callable[..., Device], bundle
) -> None:  # type: ignore[no-untyped-def]
    """A refusal is never silently dropped: the device keeps the event and why, for its UI and for audit."""
    relay = Relay(bundle)
    a = device_factory(DeviceKind.KIOSK, "kiosk-1")
    b = device_factory(DeviceKind.KIOSK, "kiosk-2", slot=2)
    for d in (a, b):
        d.store.add_lease("A", d.today(), 1, 5)  # overlapping leases: a misconfiguration
    kiosk.issue_ticket(a, "A")
    kiosk.issue_ticket(b, "A")
    relay.sync(a)
    assert relay.sync(b) == ["number_taken"]
    assert a.store.pending_count() == 0 and a.store.count("confirmed") == 1
    assert b.store.pending_count() == 0
    [rejection] = b.store.rejections()
    assert rejection.code == "number_taken" and rejection.event.payload.number == "A001"  # type: ignore[union-attr]
    assert b.state.tickets[next(iter(b.state.tickets))].device_id == "kiosk-1"


def test_start_up_uses_the_snapshot_and_gives_the_same_state(
    device_factory: Callable[..., Device], bundle, wall: FakeWall
) -> None:  # type: ignore[no-untyped-def]
    """Start-up reads a snapshot and folds only what came after it; the state must be identical."""
    relay = Relay(bundle)
    k = device_factory(DeviceKind.KIOSK, "kiosk-1", lease=0)
    k.store.add_lease("A", k.today(), 1, 999)
    k.store.add_lease("B", k.today(), 1, 999)
    for _ in range(SNAPSHOT_EVERY // 2 + 10):
        kiosk.issue_ticket(k, "A")
    relay.sync(k)
    for _ in range(SNAPSHOT_EVERY // 2 + 10):
        kiosk.issue_ticket(k, "B")
    relay.sync(k)
    kiosk.issue_ticket(k, "C")  # one left pending
    assert k.store.load_snapshot() is not None
    expected = k.state.clone()
    path = k.store.path
    k.store.close()
    reopened = Device.open(path, wall=wall)
    assert reopened.state == expected
    reopened.store.close()

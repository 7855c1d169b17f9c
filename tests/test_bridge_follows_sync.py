"""The app's bridge shows what the sync client reports: how fresh the screen is, and what was refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from common.device import Device
from common.freshness import Link
from common.projection.admission import DeviceKind
from common.sync.status import Connection, Refusal, SyncStatus
from common.ui.device_bridge import DeviceBridge


def test_sync_states_become_freshness_and_new_refusals_a_signal(qtbot, device_factory: Callable[..., Device]) -> None:  # type: ignore[no-untyped-def]
    bridge = DeviceBridge(device_factory(DeviceKind.WINDOW, "window-1"))
    status = SyncStatus()
    old = Refusal("e-0", "ticket.called", "ticket_taken", "A001 was already called")
    status.refused([old])
    bridge.follow_sync(status)
    assert bridge.freshness.link == Link.OFFLINE
    synced = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    with qtbot.waitSignal(bridge.freshness_changed) as fresh:
        status.update(connection=Connection.ONLINE, last_synced_at=synced)
    assert fresh.args[0].link == Link.ONLINE and fresh.args[0].last_sync == synced
    new = Refusal("e-1", "rating.submitted", "already_rated", "visit A002 has already been rated")
    with qtbot.waitSignal(bridge.sync_refused) as refused:
        status.refused([new])
    assert refused.args[0] == [new]  # the refusal seen before following is not reported again
    bridge.close()
    with qtbot.assertNotEmitted(bridge.freshness_changed):
        status.update(connection=Connection.OFFLINE)

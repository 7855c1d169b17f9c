"""The sync client against the real central store over a real socket: push, pull, leases, catalogue,
stream wake-ups, refusals, clock skew, and work done offline reaching everyone when the network returns."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from central.halls import store_hall
from common import kiosk_actions as kiosk
from common import window_actions as win
from common.events import Event, Outcome
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from common.projection.queue import queue_for_window
from common.ratings_scale import RatingLevel
from common.sync.central_api import PullAnswer, PushAnswer
from common.sync.status import Connection
from tests.support.central_server import RunningCentral
from tests.support.clock import FakeWall
from tests.support.fault_proxy import FaultProxy
from tests.support.synced_devices import open_synced, run, settle, until


@pytest.fixture
def proxy(central: RunningCentral) -> Iterator[FaultProxy]:
    host, port = central.url.removeprefix("http://").split(":")
    p = FaultProxy(host, int(port))
    yield p
    p.close()


def test_tickets_issued_offline_reach_the_windows_and_calls_reach_the_kiosk(
    central: RunningCentral, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            w = open_synced(central, tmp_path, DeviceKind.WINDOW, http)
            receipts = [kiosk.issue_ticket(k.device, "A") for _ in range(3)]  # before any sync: fallback numbers
            assert all(r.offline_number for r in receipts)
            win.open_window(w.device, 1, "S001")
            await settle([k, w])
            assert k.device.store.pending_count() == 0 and w.device.store.pending_count() == 0
            called = win.call_next(w.device, 1)
            assert called is not None and called.number == receipts[0].number
            await settle([w, k])
            assert k.device.state.tickets[called.id].window == 1
            assert k.device.state == w.device.state
            assert k.device.state.recent_calls[0].number == receipts[0].number

    run(scenario)


def test_a_kiosk_keeps_leases_topped_up_and_two_kiosks_never_share_a_number(
    central: RunningCentral, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            k1 = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            k2 = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            await settle([k1, k2])
            block = central.hall.config.queue.lease_block_size
            assert k1.device.store.numbers_left("A", k1.device.today()) == block
            numbers = [kiosk.issue_ticket(d.device, "A").number for _ in range(block) for d in (k1, k2)]
            assert len(set(numbers)) == len(numbers)
            assert all(len(n) == 4 for n in numbers)  # all leased, none from the fallback range
            await settle([k1, k2])
            assert k1.device.store.numbers_left("A", k1.device.today()) >= block // 4
            assert len(k1.device.state.tickets) == 2 * block

    run(scenario)


def test_the_stream_wakes_a_device_within_moments(central: RunningCentral, tmp_path: Path) -> None:
    """The window's timer would not poll for a minute: only the stream can bring the ticket this fast."""

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            w = open_synced(central, tmp_path, DeviceKind.WINDOW, http, idle_poll_s=600)
            await settle([k, w])
            w.client.start()
            try:
                await until(lambda: w.client.status.value.connection == Connection.ONLINE, what="window online")
                receipt = kiosk.issue_ticket(k.device, "B")
                await k.sync()
                await until(lambda: receipt.ticket_id in w.device.state.tickets, within=5, what="stream wake-up")
            finally:
                await w.client.stop()

    run(scenario)


def test_the_stream_carries_new_events_so_a_device_follows_the_hall_without_pulling(
    central: RunningCentral, tmp_path: Path
) -> None:
    """With a few events per push, a pull per device per push would multiply the central store's requests by
    the number of devices in the hall: the stream brings the events themselves."""

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            w = open_synced(central, tmp_path, DeviceKind.WINDOW, http, idle_poll_s=600)
            await settle([k, w])
            pulls: list[int] = []
            real_pull = w.api.pull

            async def counted_pull(after: int, limit: int = 1000) -> PullAnswer:
                pulls.append(after)
                return await real_pull(after, limit)

            w.api.pull = counted_pull  # type: ignore[method-assign]
            w.client.start()
            try:
                await until(lambda: w.client.status.value.connection == Connection.ONLINE, what="window online")
                await until(lambda: w.client.hears_the_stream, what="the stream connected")
                pulls.clear()
                receipts = []
                for category in "ABC":
                    receipts.append(kiosk.issue_ticket(k.device, category))
                    await k.sync()
                await until(
                    lambda: all(r.ticket_id in w.device.state.tickets for r in receipts), within=5, what="tickets"
                )
                assert pulls == []
                assert w.device.store.cursor == k.device.store.cursor
                assert w.device.state == k.device.state
            finally:
                await w.client.stop()

    run(scenario)


def test_events_another_device_pushed_meanwhile_come_back_with_the_push(
    central: RunningCentral, tmp_path: Path
) -> None:
    """The kiosk pushes between the window's pull and its push (its stream has not brought them yet): the
    push's answer carries them, with the window's own event among them, and the window needs no pull."""

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            w = open_synced(central, tmp_path, DeviceKind.WINDOW, http)
            await settle([k, w])
            pulls: list[int] = []
            real_pull, real_push = w.api.pull, w.api.push

            async def counted_pull(after: int, limit: int = 1000) -> PullAnswer:
                pulls.append(after)
                return await real_pull(after, limit)

            async def push_after_the_kiosk(events: list[Event], after: int | None = None) -> PushAnswer:
                receipts.extend(kiosk.issue_ticket(k.device, c) for c in "AB")
                await k.sync()
                return await real_push(events, after)

            receipts: list[kiosk.TicketReceipt] = []
            w.api.pull = counted_pull  # type: ignore[method-assign]
            w.api.push = push_after_the_kiosk  # type: ignore[method-assign]
            win.open_window(w.device, 1, "S001")
            before = w.device.store.cursor
            await w.sync()
            assert pulls == [before]  # the round's first look (no stream here), before the push
            assert w.device.store.cursor == central.store.head(central.hall.hall_id) == before + 3
            assert all(r.ticket_id in w.device.state.tickets for r in receipts)
            assert w.device.store.pending_count() == 0 and w.device.state.windows[1].staff == "S001"

    run(scenario)


def test_a_round_that_fails_unexpectedly_is_shown_and_tried_again(central: RunningCentral, tmp_path: Path) -> None:
    """A fault that is not the network's (here the first push raises) must not end the sync loop for good:
    the device says what went wrong, waits, and gets its ticket through on the next round."""

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            await settle([k])
            real_push = k.api.push
            failures: list[str] = []

            async def push_failing_once(events: list[Event], after: int | None = None) -> PushAnswer:
                if not failures:
                    failures.append("disk")
                    raise OSError(28, "No space left on device")
                return await real_push(events, after)

            k.api.push = push_failing_once  # type: ignore[method-assign]
            seen: list[str] = []
            k.client.status.subscribe(lambda state: seen.append(state.last_error))
            receipt = kiosk.issue_ticket(k.device, "A")
            k.client.start()
            try:
                await until(lambda: k.device.store.pending_count() == 0, within=10, what="the ticket pushed")
                assert any("No space left on device" in e for e in seen)
                assert k.client.status.value.connection == Connection.ONLINE
                assert (
                    central.client(central.enroll("board"))
                    .get("/sync/pull")
                    .json()["events"][-1]["event"]["payload"]["ticket_id"]
                    == receipt.ticket_id
                )
            finally:
                await k.client.stop()

    run(scenario)


def test_a_call_that_lost_to_another_window_is_refused_and_reported(central: RunningCentral, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            w1 = open_synced(central, tmp_path, DeviceKind.WINDOW, http)
            w2 = open_synced(central, tmp_path, DeviceKind.WINDOW, http)
            win.open_window(w1.device, 1, "S001")
            win.open_window(w2.device, 2, "S002")
            receipt = kiosk.issue_ticket(k.device, "B")  # windows 1 and 2 both serve B
            await settle([k, w1, w2])
            win.call(w1.device, 1, receipt.ticket_id)  # both offline from each other
            win.call(w2.device, 2, receipt.ticket_id)
            await w1.sync()
            await w2.sync()
            [refusal] = w2.client.status.value.refusals
            assert refusal.code == "ticket_taken" and refusal.event_type == "ticket.called"
            assert w2.device.state.window(2).ticket_id is None
            assert w2.device.state.tickets[receipt.ticket_id].window == 1
            assert [r.code for r in w2.device.store.rejections()] == ["ticket_taken"]

    run(scenario)


def test_a_new_catalogue_reaches_devices_without_a_restart(central: RunningCentral, tmp_path: Path) -> None:
    """Clause 5.3.3.4: one source, updated in step on every screen."""

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            await k.sync()
            changes = []
            k.device.subscribe(lambda c: changes.append(c.config))
            config = central.hall.config.model_copy(update={"notices": ["今日16:00起系统维护"]})
            new = HallBundle(config, central.hall.roster, central.hall.catalogue, "v2-test")
            store_hall(central.engine, new, None)
            k.client._catalogue_checked = 0.0  # the next round checks at once instead of within a minute
            await k.sync()
            assert k.device.bundle.config.notices == ["今日16:00起系统维护"]
            assert True in changes

    run(scenario)


@pytest.mark.parametrize("skew", [timedelta(hours=1), timedelta(hours=-1)])
def test_a_device_with_a_wrong_clock_orders_its_tickets_by_the_central_clock(
    central: RunningCentral, tmp_path: Path, skew: timedelta
) -> None:
    """A kiosk an hour fast would otherwise push its citizens to the back of the line for an hour (and one
    an hour slow, to the front). The correction is as good as a round trip, so the tickets are two seconds
    apart, as two citizens at two kiosks would be."""

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            now, started = datetime.now(UTC), time.monotonic()
            wrong_wall, right_wall = FakeWall(now + skew), FakeWall(now)
            wrong = open_synced(central, tmp_path, DeviceKind.KIOSK, http, wall=wrong_wall)
            right = open_synced(central, tmp_path, DeviceKind.KIOSK, http, wall=right_wall)
            w = open_synced(central, tmp_path, DeviceKind.WINDOW, http)
            await settle([wrong, right, w])
            # (the walls stand still while the central store's clock runs: the offset grows by the time taken)
            taken_ms = (time.monotonic() - started) * 1000
            assert abs(wrong.device.clock.offset_ms + skew.total_seconds() * 1000) < 2000 + taken_ms
            first = kiosk.issue_ticket(wrong.device, "A")
            for wall in (wrong_wall, right_wall):
                wall.advance(seconds=2)
            second = kiosk.issue_ticket(right.device, "A")
            await settle([wrong, right, w])
            win.open_window(w.device, 1, "S001")
            order = [t.id for t in queue_for_window(w.device.state, w.device.bundle.config, 1, w.device.today())]
            assert order == [first.ticket_id, second.ticket_id]

    run(scenario)


def test_work_done_while_the_network_is_cut_reaches_everyone_once_it_returns(
    central: RunningCentral, proxy: FaultProxy, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(2.0)) as http:
            k = open_synced(central, tmp_path, DeviceKind.KIOSK, http, url=proxy.url, idle_poll_s=0.5)
            w = open_synced(central, tmp_path, DeviceKind.WINDOW, http, url=proxy.url, idle_poll_s=0.5)
            await settle([k, w])
            for d in (k, w):
                d.client.start()
            try:
                proxy.set_mode("cut")
                win.open_window(w.device, 1, "S001")
                issued = [kiosk.issue_ticket(k.device, "A") for _ in range(5)]
                await until(lambda: k.client.status.value.connection == Connection.OFFLINE, what="kiosk offline")
                offline = k.client.status.value
                assert offline.offline_since is not None and offline.pending >= 1
                proxy.set_mode("pass")
                await until(
                    lambda: (
                        k.device.store.pending_count() == 0
                        and w.device.store.pending_count() == 0
                        and all(r.ticket_id in w.device.state.tickets for r in issued)
                    ),
                    within=15,
                    what="both devices caught up",
                )
                await until(lambda: k.client.status.value.connection == Connection.ONLINE, what="kiosk online")
                assert k.client.status.value.offline_since is None
            finally:
                for d in (k, w):
                    await d.client.stop()
            await settle([k, w])
            assert k.device.state == w.device.state

    run(scenario)


def test_a_full_visit_reaches_the_kiosk_and_its_case_can_be_rated_there(
    central: RunningCentral, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(central, tmp_path, DeviceKind.KIOSK, http)
            w = open_synced(central, tmp_path, DeviceKind.WINDOW, http)
            await settle([k, w])
            kiosk.issue_ticket(k.device, "A")
            win.open_window(w.device, 1, "S001")
            await settle([k, w])
            win.call_next(w.device, 1)
            visit = win.start_service(w.device, 1)
            done = win.finish(w.device, 1, Outcome.ON_THE_SPOT, items=["T-001"])
            win.rate_visit(w.device, visit.id, RatingLevel.VERY_SATISFIED)
            await settle([w, k])
            assert done.case_number is not None
            kiosk.rate_case(k.device, done.case_number, RatingLevel.SATISFIED)
            await settle([k, w])
            assert len(w.device.state.ratings) == 2
            with contextlib.suppress(Exception):
                kiosk.rate_case(k.device, done.case_number, RatingLevel.SATISFIED)
            assert len(k.device.state.ratings) == 2

    run(scenario)

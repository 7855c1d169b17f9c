"""Faults between devices and the central store: the server killed with SIGKILL mid-push and restarted,
connections cut and delayed by the fault proxy, and random offline work on several devices. After the
faults stop, every replica converges to the central state, with no event lost and none doubled."""

from __future__ import annotations

import asyncio
import contextlib
import random
import secrets
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from central.halls import store_hall
from central.tables import events, rejected_events
from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import Outcome
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from common.projection.fold import fold
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel
from tests.support.central_server import RunningCentral, serve_subprocess
from tests.support.fault_proxy import FaultProxy
from tests.support.halls import small_hall
from tests.support.synced_devices import SyncedDevice, open_synced, settle, until


def _server_ids(central: RunningCentral, hall_id: str | None = None) -> list[str]:
    with central.engine.connect() as conn:
        query = select(events.c.id)
        if hall_id:
            query = query.where(events.c.hall_id == hall_id)
        return list(conn.execute(query.order_by(events.c.seq)).scalars())


def _refused_ids(central: RunningCentral) -> set[str]:
    with central.engine.connect() as conn:
        return set(conn.execute(select(rejected_events.c.id)).scalars())


def _local_made(d: SyncedDevice) -> set[str]:
    from common.store.schema import events as local_events

    with d.device.store.engine.connect() as conn:
        return set(conn.execute(select(local_events.c.id).where(local_events.c.local == 1)).scalars())


def _assert_converged(central: RunningCentral, devices: list[SyncedDevice], hall_id: str | None = None) -> None:
    """Every device shows the central log's fold; each event made is stored once, or refused and kept."""
    ids = _server_ids(central, hall_id)
    assert len(ids) == len(set(ids)), "an event was stored twice"
    refused = _refused_ids(central)
    for d in devices:
        assert d.device.store.pending_count() == 0
        made = _local_made(d)
        device_refused = {str(r.event.id) for r in d.device.store.rejections()}
        assert made <= set(ids) | device_refused, "an event made on a device is neither stored nor refused"
        assert device_refused <= refused, "a refusal the device heard of is not on the central record"
        assert not device_refused & set(ids)
    first = devices[0].device.replica.confirmed
    for d in devices[1:]:
        assert d.device.replica.confirmed == first
    confirmed_log = [e for _s, e in devices[0].device.store.confirmed()]
    assert [str(e.id) for e in confirmed_log] == ids
    assert fold(confirmed_log) == first


def _busy(k: SyncedDevice, windows: list[tuple[SyncedDevice, int]], rng: random.Random, tickets: int) -> None:
    """Some of a hall's work: tickets issued, windows calling and serving whoever they think is next."""
    for _ in range(tickets):
        kiosk.issue_ticket(k.device, rng.choice("AB"))
    for w, n in windows:
        for action in (win.call_next, win.start_service):
            try:
                action(w.device, n)
            except RuleViolation:
                break
        else:
            try:
                visit = win.finish(w.device, n, Outcome.CONSULTED)
                win.rate_visit(w.device, visit.id, rng.choice(list(RatingLevel)[:3]))
            except RuleViolation:
                pass


async def _work_through_faults(
    proxy: FaultProxy, rng: random.Random, k: SyncedDevice, w1: SyncedDevice, w2: SyncedDevice, *, rounds: int
) -> None:
    """Windows 1 and 2 open; then ``rounds`` of the network passing, cut, black-holed or slow at random while
    the kiosk issues and the windows serve, each round waiting for a sync attempt; then the network heals,
    every outbox empties and the devices settle with the central store."""
    devices = [k, w1, w2]
    win.open_window(w1.device, 1, "S001")
    win.open_window(w2.device, 2, "S002")
    for d in devices:
        d.client.start()
    try:
        for _round in range(rounds):
            proxy.set_mode(rng.choice(["pass", "cut", "blackhole"]), delay_s=rng.choice([0, 0.05]))
            _busy(k, [(w1, 1), (w2, 2)], rng, tickets=3)
            connections = proxy.connections
            await until(lambda c=connections: proxy.connections > c, within=10, what="a sync attempt")
        proxy.set_mode("pass", delay_s=0)
        await until(
            lambda: all(d.device.store.pending_count() == 0 for d in devices), within=30, what="every outbox empty"
        )
    finally:
        for d in devices:
            await d.client.stop()
    await settle(devices)


@pytest.mark.slow
def test_the_central_store_killed_mid_push_loses_nothing_and_doubles_nothing(
    any_central: RunningCentral, tmp_path: Path
) -> None:
    """SIGKILL while a push is in flight: the server has the request (and may or may not have committed it)
    and the device has no answer yet. The device must resend, and the server must neither lose the batch
    nor store it twice, whichever side of the commit the kill fell on."""
    server = serve_subprocess(any_central.db_url)
    port = int(server.url.rsplit(":", 1)[1])
    proxy = FaultProxy("127.0.0.1", port)  # holds the server's answers, so the kill lands mid-push
    rng = random.Random(7)

    async def scenario() -> None:
        nonlocal server
        async with httpx.AsyncClient(timeout=httpx.Timeout(3.0)) as http:
            k = open_synced(any_central, tmp_path, DeviceKind.KIOSK, http, url=proxy.url, idle_poll_s=0.5)
            w1 = open_synced(any_central, tmp_path, DeviceKind.WINDOW, http, url=proxy.url, idle_poll_s=0.5)
            w2 = open_synced(any_central, tmp_path, DeviceKind.WINDOW, http, url=proxy.url, idle_poll_s=0.5)
            devices = [k, w1, w2]
            win.open_window(w1.device, 1, "S001")
            win.open_window(w2.device, 2, "S002")
            for d in devices:
                d.client.start()
            try:
                for _round in range(4):
                    proxy.hold_replies()
                    pushes = proxy.pushes_forwarded
                    _busy(k, [(w1, 1), (w2, 2)], rng, tickets=8)
                    await until(lambda p=pushes: proxy.pushes_forwarded > p, what="a push reaching the server")
                    assert any(d.client.status.value.connection == "syncing" for d in devices)
                    server.kill()  # the push's answer is still held: it is in flight
                    proxy.release_replies()
                    _busy(k, [(w1, 1), (w2, 2)], rng, tickets=4)  # the hall keeps working meanwhile
                    server = serve_subprocess(any_central.db_url, port=port)
                await until(
                    lambda: all(d.device.store.pending_count() == 0 for d in devices),
                    within=30,
                    what="every outbox empty",
                )
            finally:
                for d in devices:
                    await d.client.stop()
            await settle(devices)
            _assert_converged(any_central, devices)
            assert len(k.device.state.tickets) == 4 * 12

    try:
        asyncio.run(scenario())
    finally:
        proxy.close()
        server.stop()


@pytest.mark.slow
def test_cut_and_slow_connections_converge_once_the_faults_stop(any_central: RunningCentral, tmp_path: Path) -> None:
    host, port = any_central.url.removeprefix("http://").split(":")
    proxy = FaultProxy(host, int(port))
    rng = random.Random(11)

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(1.0)) as http:
            k = open_synced(any_central, tmp_path, DeviceKind.KIOSK, http, url=proxy.url, idle_poll_s=0.3)
            w1 = open_synced(any_central, tmp_path, DeviceKind.WINDOW, http, url=proxy.url, idle_poll_s=0.3)
            w2 = open_synced(any_central, tmp_path, DeviceKind.WINDOW, http, url=proxy.url, idle_poll_s=0.3)
            await _work_through_faults(proxy, rng, k, w1, w2, rounds=8)
            _assert_converged(any_central, [k, w1, w2])

    try:
        asyncio.run(scenario())
    finally:
        proxy.close()


@pytest.mark.slow
def test_devices_an_hour_fast_and_an_hour_slow_converge_through_cut_and_slow_connections(
    any_central: RunningCentral, tmp_path: Path
) -> None:
    """Device clocks in a hall drift, and one set to the wrong zone is an hour off: a kiosk an hour fast and a
    window an hour slow, syncing through cuts and delays, must still end with every event stored once and
    every replica showing the central state (the central store's clock orders the log, not theirs)."""
    host, port = any_central.url.removeprefix("http://").split(":")
    proxy = FaultProxy(host, int(port))
    rng = random.Random(13)

    def skewed(hours: int) -> Callable[[], datetime]:
        return lambda: datetime.now(UTC) + timedelta(hours=hours)

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(1.0)) as http:
            fast, slow = skewed(+1), skewed(-1)
            k = open_synced(any_central, tmp_path, DeviceKind.KIOSK, http, url=proxy.url, wall=fast, idle_poll_s=0.3)
            w1 = open_synced(any_central, tmp_path, DeviceKind.WINDOW, http, url=proxy.url, wall=slow, idle_poll_s=0.3)
            w2 = open_synced(any_central, tmp_path, DeviceKind.WINDOW, http, url=proxy.url, idle_poll_s=0.3)
            await _work_through_faults(proxy, rng, k, w1, w2, rounds=6)
            _assert_converged(any_central, [k, w1, w2])
            assert len(k.device.state.tickets) == 6 * 3
            # Each skewed device learnt the central clock: its offset undoes its error to within a round trip.
            assert abs(k.device.clock.offset_ms + 3_600_000) < 5000
            assert abs(w1.device.clock.offset_ms - 3_600_000) < 5000

    try:
        asyncio.run(scenario())
    finally:
        proxy.close()


# --- random offline work on several devices ------------------------------------------------------------------

ACTIONS = st.sampled_from(["nothing", "call", "serve", "serve", "no_show"])
ROUNDS = st.lists(
    st.fixed_dictionaries(
        {
            "kiosk": st.integers(0, 1),
            "issue": st.lists(st.sampled_from("ABC"), max_size=4),
            "sync_before": st.sets(st.integers(0, 3)),
            "actions": st.tuples(ACTIONS, ACTIONS),
            "level": st.sampled_from(list(RatingLevel)),
            "sync_after": st.sets(st.integers(0, 3)),
        }
    ),
    min_size=2,
    max_size=10,
)
"""A round of a hall's life: a kiosk issues tickets, some devices reach the central store (others stay
offline), each window acts on what it knows, and some devices reach the central store again."""


class _Hall:
    """A fresh hall on the shared central store for each example, so examples do not see each other."""

    def __init__(self, central: RunningCentral, folder: Path, http: httpx.AsyncClient) -> None:
        base = small_hall()
        self.hall_id = f"prop-{secrets.token_hex(4)}"
        self.bundle = HallBundle(
            base.config.model_copy(update={"id": self.hall_id}), base.roster, base.catalogue, f"v-{self.hall_id}"
        )
        store_hall(central.engine, self.bundle, None)
        self.folder = folder / self.hall_id
        self.folder.mkdir()
        self.devices = [
            self._open(central, http, DeviceKind.KIOSK),
            self._open(central, http, DeviceKind.KIOSK),
            self._open(central, http, DeviceKind.WINDOW),
            self._open(central, http, DeviceKind.WINDOW),
        ]

    def _open(self, central: RunningCentral, http: httpx.AsyncClient, kind: DeviceKind) -> SyncedDevice:
        enrolled = central.enroll(kind, hall_id=self.hall_id)
        from common.device import Device, Identity
        from common.sync.central_api import CentralApi
        from common.sync.client import SyncClient

        identity = Identity(enrolled.device_id, self.hall_id, kind, enrolled.slot, enrolled.token, central.url)
        device = Device.create(self.folder / f"{enrolled.device_id}.db", identity, self.bundle)
        api = CentralApi(http, central.url, enrolled.token)
        return SyncedDevice(device, api, SyncClient(device, api))


@pytest.mark.slow
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(rounds=ROUNDS, order=st.permutations(range(4)))
def test_devices_working_offline_converge_in_any_reconnection_order(
    central: RunningCentral, tmp_path: Path, rounds: list[dict[str, Any]], order: list[int]
) -> None:
    _work_offline_then_converge(central, tmp_path, rounds, order)


@pytest.mark.slow
@pytest.mark.postgres
@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(rounds=ROUNDS, order=st.permutations(range(4)))
def test_devices_working_offline_converge_in_any_reconnection_order_on_postgresql(
    central_pg: RunningCentral, tmp_path: Path, rounds: list[dict[str, Any]], order: list[int]
) -> None:
    """The same property on PostgreSQL (fewer examples: each costs more there): its locking and sequence are
    not SQLite's, and the convergence must not depend on which one the hall runs."""
    _work_offline_then_converge(central_pg, tmp_path, rounds, order)


def _work_offline_then_converge(
    central: RunningCentral, tmp_path: Path, rounds: list[dict[str, Any]], order: list[int]
) -> None:
    """Four devices (two kiosks, two windows) of a fresh hall work through ``rounds`` reaching the central
    store only now and then, reconnect in ``order`` and settle: all converge, numbers unique, one rating each."""

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            hall = _Hall(central, tmp_path, http)
            kiosks, windows = hall.devices[:2], hall.devices[2:]
            for n, w in enumerate(windows, start=1):
                win.open_window(w.device, n, f"S00{n}")
            for r in rounds:
                for category in r["issue"]:
                    kiosk.issue_ticket(kiosks[r["kiosk"]].device, category)
                for index in sorted(r["sync_before"]):
                    await hall.devices[index].sync()
                for n, (w, action) in enumerate(zip(windows, r["actions"], strict=True), start=1):
                    _act(w.device, n, action, r["level"], hall.bundle.config.rating.bad_reasons[0])
                for index in sorted(r["sync_after"]):
                    await hall.devices[index].sync()
            for index in order:  # reconnect in a random order, then settle
                await hall.devices[index].sync()
            await settle(hall.devices)
            _assert_converged(central, hall.devices, hall.hall_id)
            state = hall.devices[0].device.state
            refused = sum(len(d.device.store.rejections()) for d in hall.devices)
            event(f"events stored: {len(_server_ids(central, hall.hall_id)) // 10 * 10}+")
            event(f"refused by the central store: {refused > 0}")
            event(f"ratings: {len(state.ratings) > 0}")
            numbers = Counter((t.day, t.number) for t in state.tickets.values())
            assert all(c == 1 for c in numbers.values()), "a number was issued twice"
            rated = Counter(r.target_id for r in state.ratings.values())
            assert all(c == 1 for c in rated.values()), "a visit has two ratings"
            for d in hall.devices:
                d.device.store.close()

    asyncio.run(scenario())


def _act(device: Device, n: int, action: str, level: RatingLevel, reason: str) -> None:
    with contextlib.suppress(RuleViolation):
        if action == "call":
            win.call_next(device, n)
        elif action == "no_show":
            win.no_show(device, n)
        elif action == "serve":
            if device.state.window(n).ticket_id is None and win.call_next(device, n) is None:
                return
            win.start_service(device, n)
            visit = win.finish(device, n, Outcome.CONSULTED)
            win.rate_visit(device, visit.id, level, [reason] if level.is_bad else [])

"""Two window clients and a kiosk against one real central store (over a real socket, with the real sync
client on the Qt event loop through qasync): calls never serve a ticket twice, even when both windows
press "call next" at the same instant or while both are offline; the window that lost is told and offered
the next ticket; paused windows are never called; a handover keeps the visit; one rating per visit, with
reasons for bad ones; offline work syncs later with nothing lost; staff photos are fetched while online and
shown offline."""

from __future__ import annotations

import asyncio
import gc
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync

from common import kiosk_actions as kiosk
from common.events import EventType, Outcome
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from common.projection.state import HallState, TicketStatus, WindowStatus
from common.ratings_scale import RatingLevel
from common.ui.i18n import Languages
from tests.support.central_server import RunningCentral, start_central
from tests.support.synced_devices import SyncedDevice, open_synced, settle, until
from tests.support.window_rig import WindowRig, make_rig

PINS = {"S001": "1001", "S002": "1002", "S003": "1003", "S004": "1004"}


@pytest.fixture(scope="module")
def qloop(qapp, qm_dir: Path) -> Iterator[qasync.QEventLoop]:  # type: ignore[no-untyped-def]
    """The app's event loop as the apps run it: asyncio on the Qt loop; one for the module, as an app has one
    (a second qasync loop on the same application sometimes missed a socket's wake-up and hung)."""
    languages = Languages(qm_dir)
    languages.switch_to("zh_CN")
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)
    languages.uninstall()
    gc.collect()  # Qt objects of this test die here, on the UI thread, not in some later test's thread


class Hall:
    """A kiosk and window clients enrolled with the central store, each with its own sync client."""

    def __init__(self, central: RunningCentral, folder: Path, loop: qasync.QEventLoop) -> None:
        self.central = central
        self.folder = folder
        self.loop = loop
        self.http = httpx.AsyncClient(timeout=5)
        self.kiosk = open_synced(central, folder, DeviceKind.KIOSK, self.http, "kiosk-1")
        self.synced: dict[int, SyncedDevice] = {}
        self.rigs: dict[int, WindowRig] = {}

    def window(self, number: int, staff: str) -> WindowRig:
        synced = open_synced(self.central, self.folder, DeviceKind.WINDOW, self.http, f"window-{number}")
        rig = make_rig(synced.device, number, self.folder)
        rig.bridge.follow_sync(synced.client.status)
        # No photo fetching here (its own test has it): a task left in flight when ``run_until_complete``
        # returns may miss its wake-up under qasync, and the app never stops its loop that way.
        rig.sign_in(staff, PINS[staff])
        assert rig.session.signed_in
        self.synced[number] = synced
        self.rigs[number] = rig
        return rig

    def sync(self, *numbers: int, kiosk_too: bool = True) -> None:
        """Sync the windows named (all by default) and the kiosk, twice round, on the app's event loop. The
        clerks act between syncs, as they do between the network's rounds: outside the loop's tasks."""
        devices = [self.synced[n] for n in (numbers or tuple(self.synced))]
        self.loop.run_until_complete(
            asyncio.wait_for(settle(([self.kiosk] if kiosk_too else []) + devices, rounds=2), 30)
        )

    def issue(self, category: str, count: int = 1) -> list[kiosk.TicketReceipt]:
        if self.kiosk.device.store.numbers_left(category, self.kiosk.device.today()) < count:
            self.loop.run_until_complete(self.kiosk.sync())  # a lease first, as a kiosk that has been online
        return [kiosk.issue_ticket(self.kiosk.device, category) for _ in range(count)]

    def central_state(self, read: Callable[[HallState], Any]) -> Any:
        return self.central.store.with_state(self.central.hall.hall_id, lambda state, _b, _s: read(state))

    def close(self) -> None:
        async def stop() -> None:
            for d in (self.kiosk, *self.synced.values()):
                await d.client.stop()
            await self.http.aclose()

        self.loop.run_until_complete(stop())
        for rig in self.rigs.values():
            rig.close()
        for d in (self.kiosk, *self.synced.values()):
            d.device.close()


@pytest.fixture
def hall(qloop, open_hall: None, central: RunningCentral, tmp_path: Path) -> Iterator[Hall]:  # type: ignore[no-untyped-def]
    made = Hall(central, tmp_path, qloop)
    yield made
    made.close()


def _no_ticket_twice(state: HallState) -> None:
    visits = Counter(v.ticket_id for v in state.visits.values() if not v.transferred)
    assert all(n == 1 for n in visits.values()), visits
    for ticket in state.tickets.values():
        assert len(ticket.visits) <= 1, ticket


def _consult(rig: WindowRig) -> None:
    rig.key("F3")
    rig.key("F4")
    rig.console.finish_form.choose_outcome(Outcome.CONSULTED)
    rig.key("F4")


def test_two_windows_pressing_call_at_the_same_instant_never_serve_a_ticket_twice(hall: Hall) -> None:
    hall.issue("A", 6)
    one, three = hall.window(1, "S001"), hall.window(3, "S003")
    hall.sync()
    lost_seen = 0
    for _ in range(6):
        if one.session.view().ticket is None:
            one.key("F1")
        if three.session.view().ticket is None:
            three.key("F1")  # the same instant: neither has heard of the other's call yet
        hall.sync(1, 3, kiosk_too=False)
        for rig in (one, three):
            bar = rig.console.messages
            if bar.isVisible() and bar.tone == "lost":
                lost_seen += 1
                assert bar.offered_ticket or "没有其他人" in bar.text.text()
                if bar.offered_ticket:
                    rig.click(bar.offer)
        hall.sync(1, 3, kiosk_too=False)
        for rig in (one, three):
            if rig.session.view().ticket is not None:
                _consult(rig)
        hall.sync(1, 3, kiosk_too=False)
    assert lost_seen >= 1  # the race happened, and was told
    hall.central_state(_no_ticket_twice)
    served = hall.central_state(lambda s: sum(1 for t in s.tickets.values() if t.status == TicketStatus.DONE))
    assert served == 6
    for rig in (one, three):
        assert rig.device.replica.pending == [] and rig.device.state.visits == hall.synced[1].device.state.visits


def test_a_call_lost_while_both_were_offline_is_undone_and_the_next_offered(hall: Hall) -> None:
    a1, a2 = hall.issue("A", 2)
    one, three = hall.window(1, "S001"), hall.window(3, "S003")
    hall.sync()
    one.key("F1")  # both offline: each calls A001 and starts serving
    one.key("F3")
    three.key("F1")
    three.key("F3")
    hall.sync(1, kiosk_too=False)  # window 1 reaches the central store first
    hall.sync(3, kiosk_too=False)
    bar = three.console.messages
    assert bar.tone == "lost" and bar.text.text().startswith(f"{a1.number} 已被1号窗口先叫到")
    assert bar.offered_ticket == a2.ticket_id
    assert three.citizen.call_page.number.text() == ""  # the citizen screen no longer shows A001
    refused = three.events(EventType.TICKET_CALLED, status="rejected")
    assert len(refused) == 1  # kept on the device with its reason, never lost
    three.click(bar.offer)
    hall.sync(1, 3, kiosk_too=False)
    assert hall.central_state(lambda s: s.tickets[a2.ticket_id].window) == 3
    assert hall.central_state(lambda s: s.tickets[a1.ticket_id].window) == 1
    hall.central_state(_no_ticket_twice)


def test_a_paused_window_is_never_called(hall: Hall) -> None:
    hall.issue("A", 3)
    one, three = hall.window(1, "S001"), hall.window(3, "S003")
    three.key("F8")
    three.console.pause_form.choose("会议", 15)
    three.key("F8")
    hall.sync()
    assert not three.console.actions.buttons["call_next"].isEnabled()
    for _ in range(3):
        three.key("F1")  # nothing happens: the key of a disabled action does nothing
        one.key("F1")
        _consult(one)
        hall.sync(1, 3, kiosk_too=False)
    calls = hall.central_state(lambda s: [c.window for c in s.recent_calls])
    assert calls == [1, 1, 1]
    assert hall.central_state(lambda s: s.window(3).status) == WindowStatus.PAUSED
    assert three.events(EventType.TICKET_CALLED) == []


def test_a_handover_keeps_the_visit_and_records_both_shifts(hall: Hall) -> None:
    (a1,) = hall.issue("A")
    one = hall.window(1, "S001")
    hall.sync()
    one.key("F1")
    one.key("F3")
    hall.sync()
    one.key("F9")
    form = one.console.handover_form
    form.staff.setText("S004")
    form.pin.setText("1004")
    form.submit.click()
    assert one.citizen.identity.clerk is not None and one.citizen.identity.clerk.number == "S004"
    assert one.citizen.handover.isVisible()
    _consult(one)
    hall.sync()
    visit = hall.central_state(lambda s: next(iter(s.visits.values())))
    assert (visit.ticket_id, visit.staff, visit.finished_by) == (a1.ticket_id, "S001", "S004")
    shifts = hall.central_state(lambda s: [(x.staff, x.ended_by) for x in s.shifts if x.window == 1])
    assert shifts == [("S001", "handover"), ("S004", "")]


def test_one_rating_per_visit_with_reasons_for_bad_ones_and_offline_work_kept(hall: Hall) -> None:
    hall.issue("A", 3)
    one = hall.window(1, "S001")
    hall.sync()
    # Offline from here: three visits, three ratings (one bad, real-name), a pause and a handover.
    pad = one.citizen.pad
    one.key("F1")
    _consult(one)
    one.click(pad.level_buttons[RatingLevel.SATISFIED])
    pad.submitted.emit(pad_choice(RatingLevel.VERY_SATISFIED))  # a second try: refused on the pad
    assert "只能评价一次" in pad.levels_message.text()
    one.later(10)
    one.key("F1")
    _consult(one)
    one.click(pad.real_name)
    one.click(pad.level_buttons[RatingLevel.VERY_DISSATISFIED])
    one.click(pad.reason_buttons[0])
    one.click(pad.reasons_next)
    for digit in "13912345678":
        one.click(pad.keys[digit], at_once=True)
    one.click(pad.contact_submit)
    one.key("F8")
    one.console.pause_form.choose("临时离开", 5)
    one.key("F8")
    one.key("F8")
    one.key("F1")
    _consult(one)
    one.key("F1")  # nobody left; the last visit is recorded as not rated when the window closes
    one.key("F10")
    made = list(one.device.replica.pending)
    assert len(made) >= 15
    hall.sync()
    assert one.device.store.pending_count() == 0
    kept = hall.central_state(lambda s: set(s.applied))
    assert {str(e.id) for e in made} <= kept  # every offline step reached the central store
    ratings = hall.central_state(lambda s: sorted((r.level, r.reasons, r.contact) for r in s.ratings.values()))
    assert ratings == [
        (RatingLevel.SATISFIED, (), ""),
        (RatingLevel.VERY_DISSATISFIED, ("服务态度差",), "13912345678"),
    ]
    skipped = hall.central_state(lambda s: sum(1 for v in s.visits.values() if v.skipped_rating))
    assert skipped == 1


def pad_choice(level: RatingLevel):  # type: ignore[no-untyped-def]
    from window_client.rating_pad import RatingChoice

    return RatingChoice(level)


def test_staff_photos_are_fetched_while_online_and_shown_offline(qloop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = start_central(tmp_path=tmp_path, load_sample_hall=True)

    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            synced = open_synced(server, tmp_path, DeviceKind.WINDOW, http, "window-3")
            rig = make_rig(synced.device, 3, tmp_path)
            try:
                rig.sign_in("BDC0101", "0101")
                assert not rig.citizen.identity.has_photo  # never fetched: the outline stands in
                rig.client.follow_sync(synced.client.status, synced.api)
                with_photos: list[object] = []
                rig.client.photos_refreshed.connect(with_photos.append)
                await synced.sync()
                await until(lambda: bool(with_photos), what="the photos fetched")
                assert rig.photos.path("BDC0101") is not None and len(with_photos[0].fetched) == 15  # type: ignore[attr-defined]
                assert rig.citizen.identity.has_photo
            finally:
                await synced.client.stop()
                rig.close()
            synced.device.close()

    try:
        qloop.run_until_complete(scenario())
    finally:
        server.stop()
    # Offline, in a new session: the photo kept beside the store is shown.
    from common.device import Device

    device = Device.open(tmp_path / f"{synced_name(tmp_path)}")
    rig = make_rig(device, 3, tmp_path)
    try:
        rig.sign_in("BDC0101", "0101")
        assert rig.citizen.identity.has_photo
    finally:
        rig.close()
        device.close()


def synced_name(folder: Path) -> str:
    return next(p.name for p in folder.glob("window-3*.db"))


_ = HallBundle

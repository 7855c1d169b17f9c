"""Property tests of the fold: random work on a kiosk and two windows, synced at random moments.

The operations cover the whole day of a hall: tickets, appointments booked and checked in, calls,
recalls, no-shows, requeues, transfers, service, cases accepted and completed, visit ratings at the
window and case ratings at the kiosk, help requests, 办不成事 feedback, pauses, handovers, windows
closed and opened again, time passing and syncs at random moments.

Whatever happens: folding the server's log in one go or in any batching gives the same state; every
device ends in that state; no number is issued twice in a day; no visit or case has two ratings; and
every event a device made is either in the log or kept as refused, never lost.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from contextlib import suppress
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import (
    CaseAccepted,
    CaseCompleted,
    Channel,
    EventType,
    HelpKind,
    Outcome,
    RatingSubmitted,
    RatingTarget,
)
from common.projection.admission import DeviceKind
from common.projection.fold import apply, fold
from common.projection.state import AppointmentStatus, CaseStatus, HallState, TicketStatus
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel
from common.replica import Replica
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.halls import small_hall
from tests.support.relay import Relay

WINDOWS = (1, 2)
REASONS = ["服务态度差", "办事效率低"]
SLOT_STARTS = [time(9, 0), time(9, 30), time(10, 0), time(11, 30), time(12, 0)]
"""Slots the small hall takes appointments for (09:00–12:00, every 30 minutes), and 12:00, which it does not."""


class HallMachine(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="hall-prop-"))
        self.bundle = small_hall()
        self.wall = FakeWall()
        self.relay = Relay(self.bundle)
        self.kiosk = make_device(self.folder, self.bundle, self.wall, DeviceKind.KIOSK, "kiosk-1", lease=200)
        self.windows = {
            n: make_device(self.folder, self.bundle, self.wall, DeviceKind.WINDOW, f"window-{n}") for n in WINDOWS
        }
        for n, staff in zip(WINDOWS, ("S001", "S002"), strict=True):
            win.open_window(self.windows[n], n, staff)

    def teardown(self) -> None:
        if hasattr(self, "folder"):
            for d in self.devices:
                d.store.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def devices(self) -> list[Device]:
        return [self.kiosk, *self.windows.values()]

    def attempt(self, device: Device, action, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Run an action; a refusal must leave the device's state and outbox exactly as they were."""
        before_state = device.state.clone()
        before_outbox = device.store.pending_count()
        try:
            result = action(device, *args, **kwargs)
        except (RuleViolation, ValueError):
            assert device.state == before_state
            assert device.store.pending_count() == before_outbox
            return None
        return result

    # --- the kiosk ------------------------------------------------------------------------------

    @rule(categories=st.lists(st.sampled_from("ABC"), min_size=1, max_size=5), green=st.booleans())
    def issue(self, categories: list[str], green: bool) -> None:
        for i, category in enumerate(categories):
            channel = Channel.GREEN if green and i == 0 else Channel.NORMAL
            self.attempt(self.kiosk, kiosk.issue_ticket, category, channel)

    @rule(category=st.sampled_from("ABC"), slot=st.sampled_from(SLOT_STARTS), days_ahead=st.integers(0, 1))
    def book_appointment(self, category: str, slot: time, days_ahead: int) -> None:
        """Slots fill up (capacity 2) and C takes no appointments: refusals are part of the run."""
        config = self.bundle.config
        day = self.kiosk.today() + timedelta(days=days_ahead)
        start = datetime.combine(day, slot, tzinfo=config.zone)
        self.attempt(self.kiosk, kiosk.book_appointment, category, start, start + timedelta(minutes=30))

    @rule(data=st.data(), green=st.booleans())
    def check_in(self, data: st.DataObject, green: bool) -> None:
        """On time gives a priority ticket, late an ordinary one; either way a new number, never one twice."""
        booked = sorted(c for c, a in self.kiosk.state.appointments.items() if a.status == AppointmentStatus.BOOKED)
        if booked:
            self.attempt(self.kiosk, kiosk.check_in, data.draw(st.sampled_from(booked)), green)

    @rule(data=st.data(), level=st.sampled_from(list(RatingLevel)))
    def rate_case(self, data: st.DataObject, level: RatingLevel) -> None:
        """一事一评 at the kiosk: a completed case takes one rating; a second one is refused on the spot."""
        cases = sorted(n for n, c in self.kiosk.state.cases.items() if c.status == CaseStatus.COMPLETED)
        if not cases:
            return
        self.rate_case_number(data.draw(st.sampled_from(cases)), level)

    @rule(kind=st.sampled_from(list(HelpKind)), item=st.sampled_from([None, "T-001", "T-404"]))
    def request_help(self, kind: HelpKind, item: str | None) -> None:
        self.attempt(self.kiosk, kiosk.request_help, kind, item, note="找不到材料")

    @rule(item=st.sampled_from([None, "T-002"]), contact=st.sampled_from(["", "13812345678"]))
    def feedback(self, item: str | None, contact: str) -> None:
        """办不成事反映: kept with a masked contact; it never blocks or reorders the queue."""
        self.attempt(self.kiosk, kiosk.submit_feedback, "材料要求前后不一致", item, contact)

    # --- the windows ----------------------------------------------------------------------------

    @rule(n=st.sampled_from(WINDOWS))
    def call_next(self, n: int) -> None:
        self.attempt(self.windows[n], win.call_next, n)

    @rule(n=st.sampled_from(WINDOWS))
    def recall(self, n: int) -> None:
        self.attempt(self.windows[n], win.recall, n)

    @rule(n=st.sampled_from(WINDOWS))
    def no_show(self, n: int) -> None:
        self.attempt(self.windows[n], win.no_show, n)

    @rule(n=st.sampled_from(WINDOWS), data=st.data())
    def requeue(self, n: int, data: st.DataObject) -> None:
        device = self.windows[n]
        gone = sorted(t.number for t in device.state.tickets.values() if t.status == TicketStatus.NO_SHOW)
        if gone:
            self.attempt(device, win.requeue, n, data.draw(st.sampled_from(gone)))

    @rule(n=st.sampled_from(WINDOWS), to=st.sampled_from(["A", "B", "C", 1, 2]))
    def transfer(self, n: int, to: str | int) -> None:
        if isinstance(to, int):
            self.attempt(self.windows[n], win.transfer, n, to_window=to)
        else:
            self.attempt(self.windows[n], win.transfer, n, to_category=to)

    @rule(n=st.sampled_from(WINDOWS))
    def start_service(self, n: int) -> None:
        self.attempt(self.windows[n], win.start_service, n)

    @rule(n=st.sampled_from(WINDOWS), outcome=st.sampled_from(list(Outcome)))
    def finish(self, n: int, outcome: Outcome) -> None:
        self.wall.advance(minutes=3)
        extra: dict[str, object] = {}
        if outcome in (Outcome.ON_THE_SPOT, Outcome.PROMISED):
            extra["items"] = ["T-001"]
        if outcome == Outcome.PROMISED:
            extra["promised_date"] = self.windows[n].today() + timedelta(days=3)
        if outcome == Outcome.ONE_TIME_NOTICE:
            extra["missing_materials"] = ["不动产权证书"]
        self.attempt(self.windows[n], win.finish, n, outcome, **extra)

    @rule(n=st.sampled_from(WINDOWS), level=st.sampled_from(list(RatingLevel)), data=st.data())
    def rate(self, n: int, level: RatingLevel, data: st.DataObject) -> None:
        device = self.windows[n]
        visits = [
            v.id
            for v in sorted(device.state.visits.values(), key=lambda v: (v.started_at, v.number))
            if v.window == n and v.finished
        ]
        if visits:
            visit = data.draw(st.sampled_from(visits))
            reasons = [REASONS[0]] if level.is_bad else []
            self.attempt(device, win.rate_visit, visit, level, reasons)

    @rule(n=st.sampled_from(WINDOWS), level=st.sampled_from(list(RatingLevel)), sync_first=st.booleans())
    def serve_someone(self, n: int, level: RatingLevel, sync_first: bool) -> None:
        """The common path in one step, so that random runs reach ratings often: call, serve, finish, rate."""
        device = self.windows[n]
        if sync_first:
            self.relay.sync(self.kiosk)
            self.relay.sync(device)
        if self.attempt(device, win.call_next, n) is None:
            return
        if (visit := self.attempt(device, win.start_service, n)) is None:
            return
        self.wall.advance(minutes=5)
        self.attempt(device, win.finish, n, Outcome.CONSULTED)
        self.attempt(device, win.rate_visit, visit.id, level, [REASONS[1]] if level.is_bad else [])

    @rule(n=st.sampled_from(WINDOWS), data=st.data())
    def skip_rating(self, n: int, data: st.DataObject) -> None:
        device = self.windows[n]
        visits = [
            v.id
            for v in sorted(device.state.visits.values(), key=lambda v: (v.started_at, v.number))
            if v.window == n and v.finished
        ]
        if visits:
            self.attempt(device, win.skip_rating, n, data.draw(st.sampled_from(visits)))

    @rule(n=st.sampled_from(WINDOWS), minutes=st.integers(1, 30))
    def pause(self, n: int, minutes: int) -> None:
        self.attempt(self.windows[n], win.pause, n, "临时离开", self.wall.moment + timedelta(minutes=minutes))

    @rule(n=st.sampled_from(WINDOWS))
    def resume(self, n: int) -> None:
        self.attempt(self.windows[n], win.resume, n)

    @rule(n=st.sampled_from(WINDOWS), staff=st.sampled_from(["S001", "S002", "S003", "S004"]))
    def handover(self, n: int, staff: str) -> None:
        self.attempt(self.windows[n], win.handover, n, staff)

    @rule(n=st.sampled_from(WINDOWS))
    def close_window(self, n: int) -> None:
        """Refused while the window holds a ticket; once closed, nothing is called to it until it reopens."""
        self.attempt(self.windows[n], win.close_window, n)

    @rule(n=st.sampled_from(WINDOWS), staff=st.sampled_from(["S001", "S002", "S003"]))
    def open_window(self, n: int, staff: str) -> None:
        self.attempt(self.windows[n], win.open_window, n, staff)

    @rule(n=st.sampled_from(WINDOWS), days=st.integers(0, 5), with_visit=st.booleans(), data=st.data())
    def accept_case(self, n: int, days: int, with_visit: bool, data: st.DataObject) -> None:
        """A case accepted at the window (承诺件), on its own or attached to a visit of this window."""
        device = self.windows[n]
        visits = sorted(v.id for v in device.state.visits.values() if v.window == n)
        payload = CaseAccepted(
            case_number=win.new_case_number(device),
            items=["T-002"],
            promised_date=device.today() + timedelta(days=days),
            visit_id=data.draw(st.sampled_from(visits)) if with_visit and visits else None,
            applicant="张*",
        )
        self.attempt(device, Device.record, EventType.CASE_ACCEPTED, payload)

    @rule(n=st.sampled_from(WINDOWS), data=st.data())
    def complete_case(self, n: int, data: st.DataObject) -> None:
        """Any case the window knows of, completed or not: a second completion is refused."""
        device = self.windows[n]
        cases = sorted(device.state.cases)
        if cases:
            number = data.draw(st.sampled_from(cases))
            completed = CaseCompleted(case_number=number, result="办结")
            self.attempt(device, Device.record, EventType.CASE_COMPLETED, completed)

    @rule(n=st.sampled_from(WINDOWS), level=st.sampled_from(list(RatingLevel)), on_the_spot=st.booleans())
    def a_case_from_window_to_kiosk_rating(self, n: int, level: RatingLevel, on_the_spot: bool) -> None:
        """A case's whole life in one step, so random runs reach case ratings often: accepted at a window
        (即办, or 承诺件 then completed), synced, rated at the kiosk; a second rating there is refused (一事一评)."""
        device = self.windows[n]
        number = win.new_case_number(device)
        if on_the_spot:
            self.attempt(device, win.call_next, n)
            if self.attempt(device, win.start_service, n) is None:
                return
            visit = self.attempt(device, win.finish, n, Outcome.ON_THE_SPOT, items=["T-003"], case_number=number)
            if visit is None:
                return
        else:
            accepted = CaseAccepted(case_number=number, items=["T-001"], promised_date=device.today())
            if self.attempt(device, Device.record, EventType.CASE_ACCEPTED, accepted) is None:
                return
            self.attempt(device, Device.record, EventType.CASE_COMPLETED, CaseCompleted(case_number=number))
        self.relay.sync(device)
        self.relay.sync(self.kiosk)
        self.rate_case_number(number, level)
        self.rate_case_number(number, level)

    def rate_case_number(self, number: str, level: RatingLevel) -> None:
        case = self.kiosk.state.cases.get(number)
        if case is None or case.status != CaseStatus.COMPLETED:
            return
        reasons = [REASONS[0]] if level.is_bad else []
        if case.rating_id is not None:
            before = self.kiosk.store.pending_count()
            with pytest.raises(RuleViolation) as refused:
                kiosk.rate_case(self.kiosk, number, level, reasons)
            assert refused.value.code == "already_rated"
            assert self.kiosk.store.pending_count() == before
            return
        self.attempt(self.kiosk, kiosk.rate_case, number, level, reasons)

    # --- time and the network -------------------------------------------------------------------

    @rule(seconds=st.integers(1, 600))
    def time_passes(self, seconds: int) -> None:
        self.wall.advance(seconds=seconds)

    @rule(days=st.integers(1, 3))
    def days_pass(self, days: int) -> None:
        """Overnight the state forgets old tickets: every replica must forget the same things."""
        self.wall.advance(days=days)

    @rule(which=st.integers(0, 2), push=st.booleans(), pull=st.booleans())
    def sync(self, which: int, push: bool, pull: bool) -> None:
        device = self.devices[which]
        if push:
            self.relay.push(device)
        if pull:
            self.relay.pull(device)

    # --- what must always hold ------------------------------------------------------------------

    @invariant()
    def server_state_obeys_the_rules(self) -> None:
        if not hasattr(self, "relay"):
            return
        state = self.relay.sequencer.state
        numbers = Counter((t.day, t.number) for t in state.tickets.values())
        assert all(c == 1 for c in numbers.values()), "a number was issued twice"
        rated = Counter(r.target_id for r in state.ratings.values())
        assert all(c == 1 for c in rated.values()), "a visit or case has two ratings"
        for case in state.cases.values():
            if case.rating_id is not None:
                assert case.status == CaseStatus.COMPLETED, "an unfinished case was rated"
                assert state.ratings[case.rating_id].target_id == case.number
        holders = Counter(w.ticket_id for w in state.windows.values() if w.ticket_id)
        assert all(c == 1 for c in holders.values()), "two windows hold one ticket"

    @invariant()
    def each_device_shows_the_servers_order_plus_its_own_pending_events(self) -> None:
        """The view is defined as: the log up to the device's cursor, then its outbox on top."""
        if not hasattr(self, "relay"):
            return
        for d in self.devices:
            expected = fold(e for s, e in self.relay.log if s <= d.replica.seq)
            for pending in d.store.pending():
                with suppress(RuleViolation):
                    apply(expected, pending)
            assert d.state == expected


class SettledHallMachine(HallMachine):
    """At the end, every device syncs until nothing is left to send; then all must agree."""

    def teardown(self) -> None:
        if hasattr(self, "relay"):
            self.settle_and_compare()
        super().teardown()

    def settle_and_compare(self) -> None:
        for _ in range(3):
            for d in self.devices:
                self.relay.sync(d)
        for d in self.devices:
            assert d.store.pending_count() == 0
        log = self.relay.log
        event(f"events in the log: {len(log) // 10 * 10}+")
        event(f"refused by the server: {sum(len(d.store.rejections()) for d in self.devices) > 0}")
        types = Counter(e.type for _s, e in log)
        case_ratings = sum(
            1 for _s, e in log if isinstance(e.payload, RatingSubmitted) and e.payload.target == RatingTarget.CASE
        )
        event(f"visit ratings: {types[EventType.RATING_SUBMITTED] - case_ratings > 0}")
        event(f"case ratings: {case_ratings > 0}")
        event(f"cases completed: {types[EventType.CASE_COMPLETED] > 0}")
        event(f"appointments checked in: {types[EventType.APPOINTMENT_CHECKED_IN] > 0}")
        event(f"windows closed: {types[EventType.WINDOW_CLOSED] > 0}")
        event(f"help or feedback: {types[EventType.HELP_REQUESTED] + types[EventType.FEEDBACK_SUBMITTED] > 0}")
        whole = fold(e for _s, e in log)
        assert whole == self.relay.sequencer.state
        for d in self.devices:
            assert d.replica.confirmed == whole
            assert d.state == whole
        # The same log in uneven batches, through a replica, gives the same state.
        for step in (1, 7, 50):
            replica = Replica()
            for i in range(0, len(log), step):
                replica.apply_confirmed(log[i : i + step])
            assert replica.confirmed == whole
        # Nothing lost: every event made on a device is either in the log or kept as refused.
        local_ids = {str(e.id) for d in self.devices for e in _all_local(d)}
        confirmed_ids = {str(e.id) for _s, e in log}
        refused_ids = {str(r.event.id) for d in self.devices for r in d.store.rejections()}
        assert local_ids == confirmed_ids | refused_ids
        assert not confirmed_ids & refused_ids


def _all_local(device: Device) -> list:  # type: ignore[type-arg]
    from sqlalchemy import select

    from common.events import parse_event
    from common.store.schema import events

    with device.store.engine.connect() as conn:
        return [parse_event(b) for b in conn.execute(select(events.c.body).where(events.c.local == 1)).scalars()]


SettledHallMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=70,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_offline_work_folds_to_one_state = SettledHallMachine.TestCase


def test_an_empty_log_folds_to_an_empty_state() -> None:
    assert fold([]) == HallState()

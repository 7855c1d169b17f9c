"""Property tests of the fold: random work on a kiosk and two windows, synced at random moments.

Whatever happens: folding the server's log in one go or in any batching gives the same state; every
device ends in that state; no number is issued twice in a day; no visit or case has two ratings; and
every event a device made is either in the log or kept as refused, never lost.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from contextlib import suppress
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import Channel, Outcome
from common.projection.admission import DeviceKind
from common.projection.fold import apply, fold
from common.projection.state import HallState, TicketStatus
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel
from common.replica import Replica
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.halls import small_hall
from tests.support.relay import Relay

WINDOWS = (1, 2)
REASONS = ["服务态度差", "办事效率低"]


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
        event(f"ratings: {len(self.relay.sequencer.state.ratings) > 0}")
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
    max_examples=80,
    stateful_step_count=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_offline_work_folds_to_one_state = SettledHallMachine.TestCase


def test_an_empty_log_folds_to_an_empty_state() -> None:
    assert fold([]) == HallState()

"""The queue rules of architecture.md, one test each, with the reason the rule exists."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import Channel, Outcome
from common.projection.admission import DeviceKind
from common.projection.queue import (
    category_loads,
    estimated_wait_minutes,
    next_ticket,
    people_ahead,
    queue_for_window,
    unattended_windows,
)
from common.projection.state import TicketStatus, WindowStatus
from common.projection.violations import RuleViolation
from tests.support.clock import FakeWall
from tests.support.relay import Relay


@pytest.fixture
def hall(device_factory: Callable[..., Device], bundle, wall: FakeWall):  # type: ignore[no-untyped-def]
    """A kiosk and two window clients sharing one in-process relay; windows 1 and 2 open."""

    class Hall:
        relay = Relay(bundle)
        kiosk_device = device_factory(DeviceKind.KIOSK, "kiosk-1", lease=50)
        w1 = device_factory(DeviceKind.WINDOW, "window-1")
        w2 = device_factory(DeviceKind.WINDOW, "window-2")

        def sync(self) -> None:
            for d in (self.kiosk_device, self.w1, self.w2):
                self.relay.push(d)
            for d in (self.kiosk_device, self.w1, self.w2):
                self.relay.pull(d)

        def issue(self, category: str, channel: Channel = Channel.NORMAL) -> kiosk.TicketReceipt:
            r = kiosk.issue_ticket(self.kiosk_device, category, channel)
            wall.advance(seconds=5)
            return r

    h = Hall()
    win.open_window(h.w1, 1, "S001")
    win.open_window(h.w2, 2, "S002")
    h.sync()
    return h


def test_numbers_come_from_the_lease_in_order_and_restart_each_day(hall, wall: FakeWall) -> None:
    """A citizen reads A001, A002…: numbers are per category, per day."""
    assert [hall.issue("A").number for _ in range(3)] == ["A001", "A002", "A003"]
    assert hall.issue("B").number == "B001"
    wall.advance(days=1)
    device = hall.kiosk_device
    device.store.add_lease("A", device.today(), 1, 50)
    assert hall.issue("A").number == "A001"


def test_service_order_is_oldest_first_across_the_categories_a_window_serves(hall) -> None:
    """Fairness: window 1 serves A and B, so whoever came first of A or B is called first."""
    b1 = hall.issue("B")
    a1 = hall.issue("A")
    b2 = hall.issue("B")
    hall.sync()
    order = [t.number for t in queue_for_window(hall.w1.state, hall.w1.bundle.config, 1, hall.w1.today())]
    assert order == [b1.number, a1.number, b2.number]


def test_green_channel_and_on_time_appointments_go_first_within_their_category(hall, wall: FakeWall) -> None:
    """Elderly, disabled and pregnant citizens, and those who booked, should not wait behind everyone."""
    a1 = hall.issue("A")
    green = hall.issue("A", Channel.GREEN)
    start = wall.moment + timedelta(minutes=10)
    code = kiosk.book_appointment(
        hall.kiosk_device,
        "A",
        start.replace(minute=0, second=0) + timedelta(hours=1),
        start.replace(minute=30, second=0) + timedelta(hours=1),
    )
    wall.advance(minutes=40)
    appt = kiosk.check_in(hall.kiosk_device, code)
    assert appt.channel == Channel.APPOINTMENT
    hall.sync()
    order = [t.number for t in queue_for_window(hall.w1.state, hall.w1.bundle.config, 1, hall.w1.today())]
    assert order == [green.number, appt.number, a1.number]


def test_a_late_appointment_check_in_gets_an_ordinary_ticket(hall, wall: FakeWall) -> None:
    """Priority is for keeping the appointment; someone two hours late queues like everyone else."""
    slot = wall.moment.replace(hour=2, minute=0)  # 10:00 Nanjing
    code = kiosk.book_appointment(hall.kiosk_device, "A", slot, slot + timedelta(minutes=30))
    wall.moment = slot + timedelta(hours=2)
    receipt = kiosk.check_in(hall.kiosk_device, code)
    assert receipt.channel == Channel.NORMAL
    with pytest.raises(RuleViolation) as e:
        kiosk.check_in(hall.kiosk_device, code)
    assert e.value.code == "appointment_checked_in"


def test_green_channel_is_refused_where_the_hall_does_not_offer_it(hall) -> None:
    """Category C has no green channel in this hall's configuration."""
    with pytest.raises(RuleViolation) as e:
        hall.issue("C", Channel.GREEN)
    assert e.value.code == "no_green_channel"
    assert hall.kiosk_device.store.pending_count() == 0


def test_a_paused_window_is_never_called_to(hall, wall: FakeWall) -> None:
    """A paused window has nobody at it: calling a citizen there would send them to an empty desk."""
    hall.issue("A")
    hall.sync()
    win.pause(hall.w1, 1, "临时离开", wall.moment + timedelta(minutes=10))
    with pytest.raises(RuleViolation) as e:
        win.call_next(hall.w1, 1)
    assert e.value.code == "window_paused"
    win.resume(hall.w1, 1)
    assert win.call_next(hall.w1, 1) is not None


def test_recall_up_to_the_limit_then_only_no_show(hall) -> None:
    """The hall's recall limit stops a clerk waiting forever; after it, the ticket is 过号 (no-show)."""
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    win.recall(hall.w1, 1)
    win.recall(hall.w1, 1)
    with pytest.raises(RuleViolation) as e:
        win.recall(hall.w1, 1)
    assert e.value.code == "recall_limit"
    ticket = win.no_show(hall.w1, 1)
    assert ticket.status == TicketStatus.NO_SHOW
    assert hall.w1.state.window(1).ticket_id is None


def test_a_returning_no_show_goes_to_the_end_of_the_line(hall) -> None:
    """Those who waited are not overtaken by someone who missed their call."""
    first = hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    win.no_show(hall.w1, 1)
    second = hall.issue("A")
    hall.sync()
    win.requeue(hall.w1, 1, first.number)
    order = [t.number for t in queue_for_window(hall.w1.state, hall.w1.bundle.config, 1, hall.w1.today())]
    assert order == [second.number, first.number]


def test_only_a_no_show_can_be_requeued(hall) -> None:
    """Requeueing a waiting ticket would move it to the back for nothing."""
    r = hall.issue("A")
    hall.sync()
    with pytest.raises(RuleViolation) as e:
        win.requeue(hall.w1, 1, r.number)
    assert e.value.code == "not_no_show"


def test_a_transfer_to_a_category_keeps_the_citizens_place(hall) -> None:
    """Someone sent to another counter has already waited; they should not start over."""
    a1 = hall.issue("A")
    c1 = hall.issue("C")
    hall.sync()
    win.call_next(hall.w1, 1)
    win.start_service(hall.w1, 1)
    win.transfer(hall.w1, 1, to_category="C", note="需查询证明")
    hall.sync()
    order = [t.number for t in queue_for_window(hall.w2.state, hall.w2.bundle.config, 2, hall.w2.today())]
    assert order == [a1.number, c1.number]
    visit = next(iter(hall.w1.state.visits.values()))
    assert visit.transferred and visit.finished


def test_a_transfer_to_a_window_is_called_only_there(hall) -> None:
    """The clerk sent the citizen to a named colleague; another window must not take them."""
    hall.issue("B")
    hall.sync()
    win.call_next(hall.w1, 1)
    ticket = win.transfer(hall.w1, 1, to_window=2)
    hall.sync()
    assert next_ticket(hall.w1.state, hall.w1.bundle.config, 1, hall.w1.today()) is None
    with pytest.raises(RuleViolation) as e:
        win.call(hall.w1, 1, ticket.id)
    assert e.value.code == "ticket_for_other_window"
    assert win.call_next(hall.w2, 2).id == ticket.id  # type: ignore[union-attr]


def test_a_window_calls_only_categories_it_serves(hall) -> None:
    """Window 1 does not handle C: calling a C ticket there sends the citizen to the wrong desk."""
    c1 = hall.issue("C")
    hall.sync()
    with pytest.raises(RuleViolation) as e:
        win.call(hall.w1, 1, c1.ticket_id)
    assert e.value.code == "category_not_served"


def test_a_window_holding_a_ticket_cannot_call_another(hall) -> None:
    """One citizen at a time: the clerk finishes, transfers or marks no-show first."""
    hall.issue("A")
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    with pytest.raises(RuleViolation) as e:
        win.call_next(hall.w1, 1)
    assert e.value.code == "window_busy"


def test_the_second_call_of_a_ticket_is_refused_the_same_way_on_every_replica(hall) -> None:
    """Two windows offline both call A001: the server's order decides, and both devices agree who lost."""
    r = hall.issue("B")
    hall.sync()
    win.call(hall.w1, 1, r.ticket_id)
    lost = win.call(hall.w2, 2, r.ticket_id)
    assert lost.window == 2  # window 2 sees its own call until it hears otherwise
    refused_1 = hall.relay.sync(hall.w1)
    refused_2 = hall.relay.sync(hall.w2)
    hall.relay.sync(hall.w1)
    assert refused_1 == [] and refused_2 == ["ticket_taken"]
    for d in (hall.w1, hall.w2):
        assert d.state.tickets[r.ticket_id].window == 1
    assert hall.w2.state.window(2).ticket_id is None
    rejection = hall.w2.store.rejections()[0]
    assert rejection.code == "ticket_taken"


def test_a_pending_call_that_lost_is_shown_as_a_conflict_before_the_server_refuses_it(hall) -> None:
    """The losing window learns at the pull, not only at its next push."""
    r = hall.issue("B")
    hall.sync()
    win.call(hall.w1, 1, r.ticket_id)
    win.call(hall.w2, 2, r.ticket_id)
    hall.relay.push(hall.w1)
    hall.relay.pull(hall.w2)  # window 2 pulls before pushing
    pending = hall.w2.replica.pending
    assert len(pending) == 1
    conflict = hall.w2.conflict(str(pending[0].id))
    assert conflict is not None and conflict.code == "ticket_taken"
    assert hall.w2.state.tickets[r.ticket_id].window == 1


def test_one_rating_per_visit(hall) -> None:
    """一次一评: a visit counts once in the hall's results."""
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    visit = win.start_service(hall.w1, 1)
    win.finish(hall.w1, 1, Outcome.CONSULTED)
    win.rate_visit(hall.w1, visit.id, kiosk.RatingLevel.VERY_SATISFIED)
    with pytest.raises(RuleViolation) as e:
        win.rate_visit(hall.w1, visit.id, kiosk.RatingLevel.DISSATISFIED, ["服务态度差"])
    assert e.value.code == "already_rated"
    assert len(hall.w1.state.ratings) == 1


def test_a_visit_in_progress_cannot_be_rated(hall) -> None:
    """The rating pad opens after the service, about the whole of it."""
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    visit = win.start_service(hall.w1, 1)
    with pytest.raises(RuleViolation) as e:
        win.rate_visit(hall.w1, visit.id, kiosk.RatingLevel.SATISFIED)
    assert e.value.code == "visit_not_finished"


def test_bad_ratings_need_a_reason_from_the_halls_list(hall) -> None:
    """A bad rating opens a rectification case; without a reason nobody knows what to rectify."""
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    visit = win.start_service(hall.w1, 1)
    win.finish(hall.w1, 1, Outcome.CONSULTED)
    with pytest.raises(ValueError, match="reason"):
        win.rate_visit(hall.w1, visit.id, kiosk.RatingLevel.VERY_DISSATISFIED)
    with pytest.raises(RuleViolation) as e:
        win.rate_visit(hall.w1, visit.id, kiosk.RatingLevel.DISSATISFIED, ["不在列表里"])
    assert e.value.code == "unknown_reason" and e.value.field == "reasons.0"
    win.rate_visit(hall.w1, visit.id, kiosk.RatingLevel.DISSATISFIED, ["办事效率低"], text="等了很久")
    assert next(iter(hall.w1.state.ratings.values())).reasons == ("办事效率低",)


def test_one_rating_per_case_only_once_it_is_finished(hall) -> None:
    """一事一评 at the kiosk: the citizen judges the outcome, so the case must be done, and only once."""
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    win.start_service(hall.w1, 1)
    visit = win.finish(hall.w1, 1, Outcome.PROMISED, items=["T-001"], promised_date=hall.w1.today() + timedelta(3))
    hall.sync()
    case_number = visit.case_number
    assert case_number is not None
    with pytest.raises(RuleViolation) as e:
        kiosk.rate_case(hall.kiosk_device, case_number, kiosk.RatingLevel.SATISFIED)
    assert e.value.code == "case_not_completed"
    from common.events import CaseCompleted, EventType

    hall.w1.record(EventType.CASE_COMPLETED, CaseCompleted(case_number=case_number))
    hall.sync()
    kiosk.rate_case(hall.kiosk_device, case_number, kiosk.RatingLevel.SATISFIED)
    with pytest.raises(RuleViolation) as e:
        kiosk.rate_case(hall.kiosk_device, case_number, kiosk.RatingLevel.SATISFIED)
    assert e.value.code == "already_rated"


def test_a_kiosk_cannot_rate_a_visit_and_a_window_cannot_issue_tickets(hall) -> None:
    """Each kind of device writes only what it is for (architecture.md, Trust)."""
    with pytest.raises(RuleViolation) as e:
        kiosk.issue_ticket(hall.w1, "A")
    assert e.value.code == "not_allowed"
    with pytest.raises(RuleViolation) as e:
        win.rate_visit(hall.kiosk_device, "0000000000", kiosk.RatingLevel.SATISFIED)
    assert e.value.code == "not_allowed"


def test_handover_keeps_the_visit_and_records_both_shifts(hall) -> None:
    """替岗: the window is never left unattended, and the citizen being served is not dropped."""
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    visit = win.start_service(hall.w1, 1)
    win.handover(hall.w1, 1, "S003")
    w = hall.w1.state.window(1)
    assert w.staff == "S003" and w.visit_id == visit.id and w.status == WindowStatus.OPEN
    win.finish(hall.w1, 1, Outcome.CONSULTED)
    shifts = [(s.staff, s.ended_by) for s in hall.w1.state.shifts if s.window == 1]
    assert shifts == [("S001", "handover"), ("S003", "")]
    assert hall.w1.state.visits[visit.id].finished_by == "S003"


def test_a_clerk_cannot_be_on_duty_at_two_windows(hall) -> None:
    """The citizen screen shows who serves them; one person cannot be at two desks."""
    with pytest.raises(RuleViolation) as e:
        win.handover(hall.w2, 2, "S001")
    assert e.value.code == "staff_on_duty_elsewhere"


def test_a_window_serving_someone_cannot_pause_or_close(hall, wall: FakeWall) -> None:
    """不得空岗: leaving mid-service abandons the citizen at the desk."""
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    with pytest.raises(RuleViolation) as e:
        win.pause(hall.w1, 1, "临时离开", wall.moment + timedelta(minutes=5))
    assert e.value.code == "window_busy"
    with pytest.raises(RuleViolation) as e:
        win.close_window(hall.w1, 1)
    assert e.value.code == "window_busy"


def test_a_pause_past_the_limit_raises_an_unattended_alert(hall, wall: FakeWall) -> None:
    """Clause 5.3.1: a short pause shows a sign; a long one is an empty window managers must see."""
    win.pause(hall.w1, 1, "临时离开", wall.moment + timedelta(minutes=10))
    config = hall.w1.bundle.config
    assert unattended_windows(hall.w1.state, config, wall.advance(minutes=14)) == []
    alerts = unattended_windows(hall.w1.state, config, wall.advance(minutes=2))
    assert [(a.window, a.staff) for a in alerts] == [(1, "S001")]


def test_a_pause_must_end_in_the_future_and_within_four_hours(hall, wall: FakeWall) -> None:
    """The sign shows a countdown to the expected return; a past or day-long return is a mistake."""
    with pytest.raises(RuleViolation) as e:
        win.pause(hall.w1, 1, "会议", wall.moment - timedelta(minutes=1))
    assert e.value.code == "return_in_past"
    with pytest.raises(RuleViolation) as e:
        win.pause(hall.w1, 1, "会议", wall.moment + timedelta(hours=5))
    assert e.value.code == "pause_too_long"


def test_finishing_with_an_on_the_spot_outcome_completes_a_case(hall) -> None:
    """即办: accepted and completed in one visit (clause 5.3.4.3)."""
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    win.start_service(hall.w1, 1)
    visit = win.finish(hall.w1, 1, Outcome.ON_THE_SPOT, items=["T-001"])
    case = hall.w1.state.cases[visit.case_number]  # type: ignore[index]
    assert case.status == "completed" and case.visits == (visit.id,)


def test_a_one_time_notice_lists_the_missing_materials(hall) -> None:
    """一次性告知: everything missing is told at once, so the citizen comes back only once."""
    hall.issue("A")
    hall.sync()
    win.call_next(hall.w1, 1)
    win.start_service(hall.w1, 1)
    with pytest.raises(ValueError, match="missing materials"):
        win.finish(hall.w1, 1, Outcome.ONE_TIME_NOTICE)
    visit = win.finish(hall.w1, 1, Outcome.ONE_TIME_NOTICE, missing_materials=["不动产权证书"])
    assert visit.missing_materials == ("不动产权证书",)
    assert hall.w1.state.cases == {}


def test_people_ahead_and_estimated_wait(hall, wall: FakeWall) -> None:
    """The ticket tells the citizen how long to expect: ahead ÷ open windows × recent service time."""
    for _ in range(4):
        hall.issue("A")
    hall.sync()
    state, config = hall.w1.state, hall.w1.bundle.config
    last = max(state.tickets.values(), key=lambda t: t.number)
    assert people_ahead(state, last.id) == 3
    # Only window 1 of those serving A is open; the default service time is 8 minutes.
    assert estimated_wait_minutes(state, config, "A", hall.w1.today(), 3) == pytest.approx(24)
    win.call_next(hall.w1, 1)
    win.start_service(hall.w1, 1)
    wall.advance(minutes=4)
    win.finish(hall.w1, 1, Outcome.CONSULTED)
    assert estimated_wait_minutes(hall.w1.state, config, "A", hall.w1.today(), 3) == pytest.approx(12)
    loads = {load.letter: load for load in category_loads(hall.w1.state, config, hall.w1.today(), wall.moment)}
    assert loads["A"].waiting == 3 and loads["C"].waiting == 0


def test_an_event_folded_twice_changes_nothing(hall) -> None:
    """Sync may deliver an event again; the fold is idempotent by event id."""
    from common.projection.fold import apply

    hall.issue("A")
    hall.sync()
    state = hall.w1.state
    event = hall.relay.log[-1][1]
    before = state.clone()
    assert apply(state, event) is False
    assert state == before


def test_a_number_is_never_issued_twice_in_a_day(hall, bundle, tmp_path, wall: FakeWall) -> None:
    """Two kiosks with overlapping leases (a misconfiguration) still cannot put two A001s in the log."""
    from tests.support.devices import make_device

    other = make_device(tmp_path, bundle, wall, DeviceKind.KIOSK, "kiosk-2", slot=2)
    other.store.add_lease("A", other.today(), 1, 10)
    hall.issue("A")
    kiosk.issue_ticket(other, "A")
    hall.sync()
    assert hall.relay.sync(other) == ["number_taken"]
    other.store.close()

"""The window client's rules without a screen: signing in (offline, PINs limited and logged), calls lost to
another window, the rating pad's one rating per visit and its timeout, what the window shows (pause sign
and countdown, handover, pad), the queue at a glance, the finish form's defaults and the photo cache."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from common.device import Device
from common.events import EventType, HelpRequested, Outcome
from common.hall_bundle import HallBundle
from common.ids import new_id
from common.projection.state import TicketStatus
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel
from common.window.clerk_session import ClerkSession, SignedIn
from common.window.finish_form import (
    FinishRecord,
    check_record,
    guide_materials,
    promised_date,
    suggested_outcome,
    visit_items,
)
from common.window.photo_cache import PhotoCache, photo_folder
from common.window.queue_glance import queue_glance
from common.window.rating_pad import masked_contact, valid_contact
from common.window.repeat_guard import RepeatGuard
from common.window.window_view import PadPhase, WindowPhase, window_view
from tests.support.clock import FakeWall
from tests.support.hall_devices import HallOnDevices

PINS = {"S001": "1001", "S002": "1002", "S003": "1003", "S004": "1004"}


@pytest.fixture
def hall(device_factory: Callable[..., Device], bundle: HallBundle, wall: FakeWall) -> HallOnDevices:
    return HallOnDevices(device_factory, bundle, wall)


def signed_in(hall: HallOnDevices, window: int, staff: str) -> ClerkSession:
    session = ClerkSession(hall.windows[window], window)
    session.sign_in(staff, PINS[staff])
    return session


def serve(session: ClerkSession, outcome: Outcome = Outcome.CONSULTED) -> str:
    """Call, start and finish the next ticket; the visit's id."""
    assert session.call_next() is not None
    session.start_service()
    return session.finish(FinishRecord(outcome)).id


# --- signing in -----------------------------------------------------------------------------------------


def test_sign_in_opens_resumes_or_hands_over_and_works_offline(hall: HallOnDevices) -> None:
    device = hall.windows[1]  # never synced: the roster is the one it was created with
    session = ClerkSession(device, 1)
    assert session.sign_in("S001", "1001") == SignedIn.OPENED
    assert session.signed_in and device.state.window(1).staff == "S001"
    restarted = ClerkSession(device, 1)
    assert not restarted.signed_in
    assert restarted.sign_in("S001", "1001") == SignedIn.RESUMED
    assert restarted.sign_in("S004", "1004") == SignedIn.HANDED_OVER
    assert [(s.staff, s.ended_by) for s in device.state.shifts] == [("S001", "handover"), ("S004", "")]


def test_wrong_pins_are_limited_per_staff_number_logged_and_survive_a_restart(hall: HallOnDevices) -> None:
    device = hall.windows[1]
    session = ClerkSession(device, 1)
    for left in (4, 3, 2):
        with pytest.raises(RuleViolation) as wrong:
            session.sign_in("S001", "9999")
        assert wrong.value.code == "wrong_pin" and session.attempts_left("S001") == left
    session = ClerkSession(device, 1)  # a restart does not give more attempts
    for _ in range(2):
        with pytest.raises(RuleViolation, match="wrong_pin"):
            session.sign_in("S001", "0000")
    with pytest.raises(RuleViolation) as locked:
        session.sign_in("S001", "1001")
    assert locked.value.code == "locked"
    failed = [e for e in device.replica.pending if e.type == EventType.STAFF_SIGNIN_FAILED]
    assert [e.payload.attempts for e in failed] == [1, 2, 3, 4, 5]  # type: ignore[union-attr]
    assert session.sign_in("S002", "1002") == SignedIn.OPENED  # another clerk is not locked out
    hall.wall.advance(days=1)  # the next day the count starts again
    assert ClerkSession(device, 1).attempts_left("S001") == 5


def test_a_window_the_hall_does_not_have_is_refused(hall: HallOnDevices) -> None:
    with pytest.raises(ValueError, match="no window 9"):
        ClerkSession(hall.windows[1], 9)


# --- calling, the pad, one rating per visit -------------------------------------------------------------


def test_calling_the_next_number_records_the_last_visit_as_not_rated(hall: HallOnDevices) -> None:
    for _ in range(3):
        hall.issue("A")
    hall.sync()
    s = signed_in(hall, 1, "S001")
    first = serve(s)
    assert s.pad_visit() is not None and s.pad_visit().id == first  # type: ignore[union-attr]
    s.call_next()
    visit = hall.windows[1].state.visits[first]
    assert visit.skipped_rating and visit.rating_id is None and s.pad_visit() is None
    s.start_service()
    second = s.finish(FinishRecord(Outcome.CONSULTED)).id
    s.rate(second, RatingLevel.SATISFIED)
    with pytest.raises(RuleViolation) as again:
        s.rate(second, RatingLevel.VERY_SATISFIED)
    assert again.value.code == "already_rated"
    with pytest.raises(RuleViolation) as late:
        s.rate(first, RatingLevel.SATISFIED)
    assert late.value.code == "rating_closed"
    s.call_next()  # nothing to skip: the visit was rated
    assert hall.windows[1].state.visits[second].skipped_rating is False


def test_a_bad_rating_needs_a_reason_from_the_halls_list_and_a_real_name_a_contact(hall: HallOnDevices) -> None:
    hall.issue("A")
    hall.sync()
    s = signed_in(hall, 1, "S001")
    visit = serve(s)
    with pytest.raises(Exception, match="reason"):
        s.rate(visit, RatingLevel.DISSATISFIED)
    with pytest.raises(RuleViolation, match="unknown_reason"):
        s.rate(visit, RatingLevel.DISSATISFIED, ["太慢了"])
    with pytest.raises(RuleViolation, match="bad_contact"):
        s.rate(visit, RatingLevel.DISSATISFIED, ["办事效率低"], contact="12345")
    s.rate(visit, RatingLevel.VERY_DISSATISFIED, ["办事效率低", "服务态度差"], "等了很久", "13812345678")
    rating = next(iter(hall.windows[1].state.ratings.values()))
    assert rating.real_name and rating.contact == "13812345678" and rating.staff == "S001"
    assert valid_contact("02583600000") and not valid_contact("23812345678")
    assert masked_contact("13812345678") == "138****5678" and masked_contact("1381") == "****"


def test_the_pad_waits_for_its_timeout_and_a_touch_starts_it_again(hall: HallOnDevices, wall: FakeWall) -> None:
    hall.issue("A")
    hall.sync()
    s = signed_in(hall, 1, "S001")
    visit = serve(s)
    wall.advance(seconds=50)
    s.touch_pad()
    wall.advance(seconds=50)
    assert not s.expire_rating()
    wall.advance(seconds=11)
    assert s.expire_rating()
    assert hall.windows[1].state.visits[visit].skipped_rating
    assert not s.expire_rating()


def test_a_paused_window_is_never_called_and_its_sign_counts_down(hall: HallOnDevices, wall: FakeWall) -> None:
    hall.issue("A")
    hall.sync()
    s = signed_in(hall, 3, "S003")
    back = s.pause("临时离开", 10)
    with pytest.raises(RuleViolation, match="window_paused"):
        s.call_next()
    view = s.view()
    assert view.phase == WindowPhase.PAUSED and view.pause is not None
    assert view.pause.reason == "临时离开" and view.pause.remaining_s == 600 and not view.pause.over_limit
    assert view.pause.expected_return == back.astimezone(view.pause.expected_return.tzinfo)
    wall.advance(minutes=16)
    view = s.view()
    assert view.pause is not None and view.pause.overdue and view.pause.over_limit
    glance = queue_glance(hall.windows[3].state, hall.windows[3].bundle, 3, s.today(), wall())
    assert [a.window for a in glance.unattended] == [3]
    s.resume()
    assert s.call_next() is not None


def test_a_handover_keeps_the_visit_and_shows_both_clerks(hall: HallOnDevices, wall: FakeWall) -> None:
    hall.issue("A")
    hall.sync()
    s = signed_in(hall, 1, "S001")
    s.call_next()
    visit = s.start_service()
    s.hand_over("S004", "1004")
    view = s.view()
    assert view.phase == WindowPhase.SERVING and view.visit_id == visit.id
    assert view.handed_over and view.clerk is not None and view.clerk.number == "S004"
    assert view.previous_clerk is not None and view.previous_clerk.number == "S001"
    with pytest.raises(RuleViolation, match="same_staff"):
        s.hand_over("S004", "1004")
    done = s.finish(FinishRecord(Outcome.CONSULTED))
    assert done.id == visit.id and done.finished_by == "S004" and done.staff == "S001"
    wall.advance(minutes=4)
    assert not s.view().handed_over


def test_the_view_shows_calling_serving_the_pad_and_thanks(hall: HallOnDevices, wall: FakeWall) -> None:
    t = hall.issue("B")
    hall.sync()
    s = ClerkSession(hall.windows[2], 2)
    assert s.view().phase == WindowPhase.CLOSED and s.view().clerk is None
    s.sign_in("S002", "1002")
    assert s.view().phase == WindowPhase.IDLE and s.view().clerk.name == "员工2"  # type: ignore[union-attr]
    s.call_next()
    assert (s.view().phase, s.view().ticket, s.view().calls) == (WindowPhase.CALLING, t.number, 1)
    s.recall()
    assert s.view().calls == 2
    s.start_service()
    assert s.view().phase == WindowPhase.SERVING
    visit = s.finish(FinishRecord(Outcome.CONSULTED))
    assert (s.view().phase, s.view().pad) == (WindowPhase.IDLE, PadPhase.RATE)
    s.rate(visit.id, RatingLevel.VERY_SATISFIED)
    view = s.view()
    assert view.pad == PadPhase.THANKS and view.rated_level == RatingLevel.VERY_SATISFIED
    wall.advance(seconds=7)
    assert s.view().pad == PadPhase.NONE


# --- calls lost to another window ---------------------------------------------------------------------


def test_a_call_lost_offline_is_told_once_with_its_steps_and_the_next_ticket_offered(hall: HallOnDevices) -> None:
    a1 = hall.issue("A")
    a2 = hall.issue("A")
    hall.sync()
    one, three = signed_in(hall, 1, "S001"), signed_in(hall, 3, "S003")
    hall.sync()
    # Both offline: both call A001; window 3 also starts serving it.
    assert three.call_next().number == a1.number  # type: ignore[union-attr]
    three.start_service()
    assert one.call_next().number == a1.number  # type: ignore[union-attr]
    assert hall.relay.push(hall.windows[1]) == []  # window 1 reaches the central store first
    hall.relay.pull(hall.windows[3])
    lost, refused = three.conflicts()
    assert [(c.number, c.taken_by, c.undone_steps) for c in lost] == [(a1.number, 1, 1)]
    assert refused == []
    assert three.conflicts() == ([], [])  # told once
    view = three.view()
    assert view.phase == WindowPhase.IDLE and view.ticket is None  # undone on this console
    assert three.next_ticket().number == a2.number  # type: ignore[union-attr]
    refusals = hall.relay.push(hall.windows[3])
    assert refusals == ["ticket_taken", "not_at_this_window"]
    assert three.refusals([]) == ([], [])
    assert three.call_next().number == a2.number  # type: ignore[union-attr]
    hall.sync()
    assert hall.windows[3].state.tickets[a1.ticket_id].window == 1


def test_a_call_refused_before_the_winner_arrives_is_never_offered_again(hall: HallOnDevices) -> None:
    a1 = hall.issue("A")
    a2 = hall.issue("A")
    hall.sync()
    one, three = signed_in(hall, 1, "S001"), signed_in(hall, 3, "S003")
    hall.sync()
    one.call_next()
    three.call_next()
    hall.relay.push(hall.windows[1])
    rejected: list[tuple[object, str, str]] = []
    hall.windows[3].subscribe(lambda change: rejected.extend(change.rejected))
    assert hall.relay.push(hall.windows[3]) == ["ticket_taken"]  # refused; not pulled yet
    lost, _ = three.refusals(rejected)  # type: ignore[arg-type]
    assert [c.number for c in lost] == [a1.number] and lost[0].taken_by is None
    assert hall.windows[3].state.tickets[a1.ticket_id].status == TicketStatus.WAITING  # looks free here…
    assert three.next_ticket().number == a2.number  # type: ignore[union-attr]  # …but is not offered


def test_a_lost_ticket_that_comes_back_in_line_is_offered_again(hall: HallOnDevices) -> None:
    a1 = hall.issue("A")
    hall.sync()
    one, three = signed_in(hall, 1, "S001"), signed_in(hall, 3, "S003")
    hall.sync()
    one.call_next()
    three.call_next()
    hall.relay.push(hall.windows[1])
    hall.relay.sync(hall.windows[3])
    three.conflicts()
    one.no_show()
    one.requeue(a1.number)
    hall.sync()
    assert three.next_ticket().number == a1.number  # type: ignore[union-attr]


# --- the queue at a glance ------------------------------------------------------------------------------


def test_the_queue_at_a_glance(hall: HallOnDevices, wall: FakeWall) -> None:
    for c in "AABC":
        hall.issue(c)
    request = new_id()
    hall.kiosk.record(EventType.HELP_REQUESTED, HelpRequested(request_id=request, item="T-001", step="上传材料"))
    hall.sync()
    s = signed_in(hall, 1, "S001")
    wall.advance(minutes=5)
    glance = queue_glance(hall.windows[1].state, hall.windows[1].bundle, 1, s.today(), wall())
    assert [(c.letter, c.waiting) for c in glance.categories] == [("A", 2), ("B", 1)]
    assert glance.waiting == 3 and [t.number for t in glance.next] == ["A001", "A002", "B001"]
    assert glance.next[0].waited_minutes == 5
    assert [(h.item_name, h.step, h.taken_here) for h in glance.help] == [("不动产首次登记", "上传材料", False)]
    s.take_help(request)
    s.call_next()
    s.no_show()
    glance = queue_glance(hall.windows[1].state, hall.windows[1].bundle, 1, s.today(), wall())
    assert glance.help[0].taken_here and glance.no_shows == ("A001",)
    s.resolve_help(request)
    assert queue_glance(hall.windows[1].state, hall.windows[1].bundle, 1, s.today(), wall()).help == ()


# --- finishing ------------------------------------------------------------------------------------------


def test_the_finish_form_starts_from_the_ticket_and_the_halls_calendar(hall: HallOnDevices) -> None:
    catalogue, config = hall.kiosk.bundle.catalogue, hall.kiosk.bundle.config
    from common import kiosk_actions as kiosk

    kiosk.issue_ticket(hall.kiosk, "A", package="P-001")
    hall.sync()
    s = signed_in(hall, 1, "S001")
    s.call_next()
    visit = s.start_service()
    codes = visit_items(visit, catalogue)
    assert codes == ["T-001", "T-002"]
    assert suggested_outcome(codes, catalogue) == Outcome.PROMISED
    assert suggested_outcome(["T-003"], catalogue) == Outcome.ON_THE_SPOT
    assert suggested_outcome([], catalogue) == Outcome.CONSULTED
    # Monday 30 November 2026, three working days: Thursday 3 December.
    assert promised_date(codes, catalogue, config, s.today()) == date(2026, 12, 3)
    assert [m.name for m in guide_materials(codes, catalogue)] == ["居民身份证", "不动产权证书"]
    for record, code in [
        (FinishRecord(Outcome.PROMISED), "items_needed"),
        (FinishRecord(Outcome.PROMISED, items=("T-001",)), "promised_date_needed"),
        (FinishRecord(Outcome.PROMISED, items=("T-001",), promised_date=date(2026, 11, 1)), "promised_date_past"),
        (FinishRecord(Outcome.ONE_TIME_NOTICE, items=("T-001",)), "materials_needed"),
        (FinishRecord(Outcome.ON_THE_SPOT, items=("T-001",), case_number="no!"), "bad_case_number"),
    ]:
        with pytest.raises(RuleViolation) as refused:
            check_record(record, s.today())
        assert refused.value.code == code
    done = s.finish(
        FinishRecord(Outcome.PROMISED, items=tuple(codes), promised_date=date(2026, 12, 3)), show_notice=True
    )
    assert done.case_number and done.case_number.startswith("TEST-HALL-20261130-")
    assert s.notice_visit is None  # nothing to show: no notice
    case = hall.windows[1].state.cases[done.case_number]
    assert case.promised_date == date(2026, 12, 3)


def test_a_one_time_notice_is_kept_for_the_citizen_screen_until_rated(hall: HallOnDevices) -> None:
    hall.issue("A")
    hall.sync()
    s = signed_in(hall, 1, "S001")
    s.call_next()
    s.start_service()
    visit = s.finish(
        FinishRecord(Outcome.ONE_TIME_NOTICE, items=("T-001",), missing_materials=("不动产权证书",)), show_notice=True
    )
    assert s.notice_visit == visit.id and visit.missing_materials == ("不动产权证书",)
    s.rate(visit.id, RatingLevel.SATISFIED)
    assert s.notice_visit is None


# --- small parts ----------------------------------------------------------------------------------------


def test_a_repeated_action_within_the_guard_is_one_intent() -> None:
    now = [0.0]
    guard = RepeatGuard(0.4, clock=lambda: now[0])
    assert guard.allow("recall")
    now[0] = 0.2
    assert not guard.allow("recall")
    assert guard.allow("start")
    assert guard.allow("finish")
    now[0] = 0.3
    assert guard.allow("recall")
    now[0] = 1.0
    assert guard.allow("recall")


def test_photos_are_kept_beside_the_store_and_replaced_whole(tmp_path: Path) -> None:
    cache = PhotoCache(photo_folder(tmp_path / "window.db"))
    assert cache.folder == tmp_path / "window.photos" and cache.path("S001") is None
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    jpeg = b"\xff\xd8\xff" + b"1" * 20
    assert cache.store("S001", png).name == "S001.png"
    assert cache.store("S001", jpeg).name == "S001.jpg"
    assert cache.path("S001") == cache.folder / "S001.jpg" and not (cache.folder / "S001.png").exists()
    with pytest.raises(ValueError, match="not a PNG or JPEG"):
        cache.store("S001", b"<html>")
    with pytest.raises(ValueError, match="not a staff number"):
        cache.store("../x", png)
    assert cache.path("../x") is None and cache.path("S001").read_bytes() == jpeg  # type: ignore[union-attr]


def test_the_view_of_a_closed_window_names_nobody(bundle: HallBundle, device_factory) -> None:  # type: ignore[no-untyped-def]
    device = device_factory(name="window-9")
    view = window_view(device.state, bundle, 2, device.now())
    assert view.phase == WindowPhase.CLOSED and view.clerk is None and view.number == 2


def test_a_ticket_still_called_days_later_can_be_let_go(hall: HallOnDevices, wall: FakeWall) -> None:
    """The no-show's event opens a new day, so the state forgets the old ticket as it applies it: the action
    still returns the ticket instead of failing to read it back (found by the fold's property test)."""
    a1 = hall.issue("A")
    hall.sync()
    s = signed_in(hall, 1, "S001")
    s.call_next()
    wall.advance(days=2)
    assert s.no_show().number == a1.number
    assert s.view().ticket is None and a1.ticket_id not in hall.windows[1].state.tickets

"""The window client as a clerk and a citizen use it, on a small hall joined by the in-process relay: every
action by its key (and by its button), fast clicking that never calls twice nor loses a step, the finish
form (items, case number, promised date, one-time notice printed and shown), refusals in plain words, the
rating pad (one rating per visit, reasons for bad ones, real name, timeout), help requests, the pause sign,
handover, and a call lost to another window undone with the next ticket offered."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from common import kiosk_actions as kiosk
from common.asset_paths import SAMPLE_HALL
from common.device import Device
from common.events import EventType, HelpRequested, Outcome
from common.hall_bundle import HallBundle
from common.ids import new_id
from common.projection.state import TicketStatus, WindowStatus
from common.ratings_scale import RatingLevel
from common.ui.i18n import Languages
from common.window.window_view import PadPhase
from kiosk.printing.qt_printer import QtPrinter
from tests.support.clock import FakeWall
from tests.support.hall_devices import HallOnDevices
from tests.support.window_rig import WindowRig, make_rig


@pytest.fixture
def hall(device_factory: Callable[..., Device], bundle: HallBundle, wall: FakeWall) -> HallOnDevices:
    return HallOnDevices(device_factory, bundle, wall)


@pytest.fixture
def rigs(qtbot, tmp_path: Path, languages: Languages) -> Iterator[Callable[..., WindowRig]]:  # type: ignore[no-untyped-def]
    made: list[WindowRig] = []

    def make(device: Device, window: int, **kw: object) -> WindowRig:
        rig = make_rig(device, window, tmp_path, **kw)  # type: ignore[arg-type]
        qtbot.addWidget(rig.client.console)
        qtbot.addWidget(rig.client.citizen)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.close()


def signed_in(
    rigs: Callable[..., WindowRig], hall: HallOnDevices, window: int, staff: str, pin: str, **kw: object
) -> WindowRig:
    rig = rigs(hall.windows[window], window, **kw)
    rig.sign_in(staff, pin)
    assert rig.session.signed_in
    return rig


# --- signing in -----------------------------------------------------------------------------------------


def test_sign_in_by_keyboard_with_wrong_pins_counted(rigs, hall: HallOnDevices) -> None:
    rig = rigs(hall.windows[1], 1)
    console = rig.console
    assert console.pages.currentWidget() is console.sign_in_page
    rig.sign_in("S001", "0000")
    assert console.sign_in.message.isVisible() and "4" in console.sign_in.message.text()
    assert not rig.session.signed_in
    rig.sign_in("s001", "1001")  # staff numbers are not case-sensitive to type
    assert rig.session.signed_in and console.pages.currentWidget() is console.work_page
    assert hall.windows[1].state.window(1).staff == "S001"
    assert rig.citizen.identity.name.text() == "员工1"
    assert len(rig.events(EventType.STAFF_SIGNIN_FAILED)) == 1


# --- every action by its key ---------------------------------------------------------------------------


def assert_shows_who_is_on_duty(rig: WindowRig, name: str, staff_number: str) -> None:
    """Clause 5.3.1, whatever page the citizen screen is on: the window's number and type, and the clerk's
    work photo, name, staff number (工号) and unit."""
    citizen, card = rig.citizen, rig.citizen.identity
    assert (citizen.window_title.text(), citizen.window_type.text()) == ("1号窗口", "综合窗口")
    assert (card.name.text(), card.number.text(), card.unit.text()) == (name, f"工号 {staff_number}", "测试局")
    assert card.has_photo
    shown = (citizen.window_title, citizen.window_type, card.photo, card.name, card.number, card.unit)
    assert all(w.isVisibleTo(citizen) for w in shown), [w.objectName() for w in shown if not w.isVisibleTo(citizen)]


def test_every_action_by_its_key(rigs, hall: HallOnDevices, wall: FakeWall, tmp_path: Path) -> None:
    a1, a2, b1 = hall.issue("A"), hall.issue("A"), hall.issue("B")
    hall.sync()
    rig = rigs(hall.windows[1], 1)
    for number in ("S001", "S004"):  # the work photos, as fetched from the central store while online
        rig.photos.store(number, (SAMPLE_HALL / "photos" / "BDC0101.png").read_bytes())
    rig.sign_in("S001", "1001")
    state = lambda: hall.windows[1].state  # noqa: E731
    assert_shows_who_is_on_duty(rig, "员工1", "S001")

    rig.key("F1")  # call next
    assert state().tickets[a1.ticket_id].status == TicketStatus.CALLED
    assert rig.citizen.page == "call" and rig.citizen.call_page.number.text() == a1.number
    rig.key("F2")  # recall
    assert state().tickets[a1.ticket_id].calls == 2
    rig.key("F5")  # no-show
    assert state().tickets[a1.ticket_id].status == TicketStatus.NO_SHOW
    rig.key("F7")  # requeue: the form, with today's no-shows listed
    assert rig.console.task == "requeue" and rig.console.requeue_form.recent.count() == 1
    QTest.keyClicks(rig.console.requeue_form.number, a1.number.lower())
    rig.key("F7")
    assert state().tickets[a1.ticket_id].status == TicketStatus.WAITING and rig.console.task == "queue"

    rig.key("F1")  # A002 was ahead of the requeued A001
    assert state().window(1).ticket_id == a2.ticket_id
    rig.key("F3")  # start
    assert state().tickets[a2.ticket_id].status == TicketStatus.SERVING
    assert rig.citizen.page == "call" and rig.console.current.state.text() == "办理中"
    rig.key("F6")  # transfer: to window 3, with a note
    rig.console.transfer_form.choose_window(3)
    rig.console.transfer_form.note.insert("需要帮办")  # typed through an input method
    rig.key("F6")
    assert state().tickets[a2.ticket_id].target_window == 3 and state().window(1).ticket_id is None

    rig.key("F1")  # B001 (A001 went to the back of the line)
    assert state().window(1).ticket_id == b1.ticket_id
    rig.key("F3")
    rig.key("F4")  # finish: the form opens; F4 again finishes
    assert rig.console.task == "finish"
    rig.console.finish_form.choose_outcome(Outcome.CONSULTED)
    rig.key("F4")
    visit = hall.windows[1].state.visits[hall.windows[1].state.tickets[b1.ticket_id].visits[0]]
    assert visit.outcome == Outcome.CONSULTED and rig.console.task == "queue"
    assert rig.citizen.page == "pad"
    assert_shows_who_is_on_duty(rig, "员工1", "S001")  # the card is smaller while the citizen rates

    rig.key("F8")  # pause: the form; F8 again puts the sign up
    assert rig.console.task == "pause"
    rig.console.pause_form.choose("会议", 10)
    rig.key("F8")
    assert state().window(1).status == WindowStatus.PAUSED
    assert_shows_who_is_on_duty(rig, "员工1", "S001")
    rig.key("F1")  # a paused window does not call
    assert state().window(1).ticket_id is None
    rig.key("F8")  # resume
    assert state().window(1).status == WindowStatus.OPEN

    rig.key("F9")  # hand over: another clerk signs in here
    panel = rig.console.handover_form
    panel.staff.setText("S004")
    panel.pin.setText("1004")
    QTest.keyClick(panel.pin, Qt.Key.Key_Return)
    assert state().window(1).staff == "S004" and rig.session.staff == "S004"
    assert_shows_who_is_on_duty(rig, "员工4", "S004")

    rig.key("F10")  # close: the unrated visit is recorded as not rated, and the clerk is signed out
    assert state().window(1).status == WindowStatus.CLOSED
    assert hall.windows[1].state.visits[visit.id].skipped_rating
    assert rig.console.pages.currentWidget() is rig.console.sign_in_page
    assert rig.citizen.page == "closed"


def test_a_transfer_to_another_category_keeps_the_citizen_s_place_in_that_line(rigs, hall: HallOnDevices) -> None:
    a1, c1 = hall.issue("A"), hall.issue("C")  # the C ticket was issued after the citizen now at window 1
    hall.sync()
    first = signed_in(rigs, hall, 1, "S001", "1001")  # serves A and B
    first.key("F1")
    first.key("F3")
    first.click(first.console.actions.buttons["transfer"])
    form = first.console.transfer_form
    assert first.console.task == "transfer" and form.to_category.isChecked()
    assert [form.categories.itemData(i) for i in range(form.categories.count())] == ["B", "C"]  # not its own
    QTest.keyClick(form.categories, Qt.Key.Key_Down)  # the category list has the focus: B, then C
    form.note.insert("查询权属证明")
    first.key("F6")
    ticket = hall.windows[1].state.tickets[a1.ticket_id]
    assert (ticket.category, ticket.status, ticket.target_window) == ("C", TicketStatus.WAITING, None)
    assert hall.windows[1].state.window(1).ticket_id is None and first.console.task == "queue"
    assert first.console.messages.text.text() == f"{a1.number} 已转到 C。"
    assert first.citizen.page == "call"

    hall.sync()
    second = signed_in(rigs, hall, 2, "S002", "1002")  # serves B and C
    second.click(second.console.actions.buttons["call_next"])
    assert hall.windows[2].state.window(2).ticket_id == a1.ticket_id  # ahead of C001: it has waited longer
    assert second.citizen.call_page.number.text() == a1.number
    # the clerk here learns where the citizen comes from and what the first clerk noted (首问负责)
    assert second.console.messages.text.text() == f"已呼叫 {a1.number}。 由 1 号窗口转来：查询权属证明"
    second.key("F5")  # no-show; the next in line is the C ticket
    second.key("F1")
    assert hall.windows[2].state.window(2).ticket_id == c1.ticket_id


def test_the_buttons_do_what_the_keys_do_and_are_enabled_only_when_they_can(rigs, hall: HallOnDevices) -> None:
    hall.issue("A")
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    buttons = rig.console.actions.buttons
    enabled = lambda: {n for n, b in buttons.items() if b.isEnabled()}  # noqa: E731
    assert enabled() == {"call_next", "requeue", "pause", "handover", "close"}
    rig.click(buttons["call_next"])
    assert enabled() == {"recall", "start", "no_show", "transfer", "requeue", "handover"}
    rig.click(buttons["start"])
    assert enabled() == {"finish", "transfer", "requeue", "handover"}
    rig.click(buttons["finish"])
    rig.click(rig.console.finish_form.submit)
    assert rig.console.task == "queue" and hall.windows[1].state.window(1).visit_id is None


# --- fast clicking -------------------------------------------------------------------------------------


def test_fast_clicks_never_call_twice_and_never_lose_a_step(rigs, hall: HallOnDevices) -> None:
    for _ in range(3):
        hall.issue("A")
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    call = rig.console.actions.buttons["call_next"]
    for _ in range(4):  # a nervous double (and triple) click, and the key at the same instant
        rig.click(call, at_once=True)
    rig.key("F1", at_once=True)
    recall = rig.console.actions.buttons["recall"]
    rig.click(recall)
    rig.click(recall, at_once=True)
    assert len(rig.events(EventType.TICKET_CALLED)) == 1
    assert len(rig.events(EventType.TICKET_RECALLED)) == 1  # a double click is one recall, one announcement
    # A clerk's fast sequence of different steps: every step is recorded, in order.
    rig.key("F3", at_once=True)
    rig.key("F4", at_once=True)
    rig.console.finish_form.choose_outcome(Outcome.CONSULTED)
    rig.click(rig.console.finish_form.submit, at_once=True)
    rig.key("F1", at_once=True)
    rig.key("F5", at_once=True)
    rig.key("F1", at_once=True)
    kinds = [e.type for e in hall.windows[1].replica.pending if e.type != EventType.WINDOW_OPENED]
    assert kinds == [
        EventType.TICKET_CALLED,
        EventType.TICKET_RECALLED,
        EventType.SERVICE_STARTED,
        EventType.SERVICE_FINISHED,
        EventType.TICKET_CALLED,
        EventType.RATING_SKIPPED,
        EventType.TICKET_NO_SHOW,
        EventType.TICKET_CALLED,
    ]
    assert hall.relay.push(hall.windows[1]) == []  # and the central store's rules accept every one of them


# --- finishing -----------------------------------------------------------------------------------------


def test_finishing_a_promised_case_with_items_found_by_search(rigs, hall: HallOnDevices) -> None:
    kiosk.issue_ticket(hall.kiosk, "A", items=["T-001"])
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    rig.key("F1")
    rig.key("F3")
    rig.key("F4")
    form = rig.console.finish_form
    assert form.codes() == ["T-001"] and form.outcome == Outcome.PROMISED
    assert form.promised.date().toPython() == date(2026, 12, 3)  # three working days after Monday
    form.search.insert("抵押")
    assert form.hits.count() == 1
    QTest.keyClick(form.search, Qt.Key.Key_Return)
    assert form.codes() == ["T-001", "T-002"]
    QTest.keyClicks(form.case_number, "NJ-2026-0001")
    rig.key("F4")
    visit = next(iter(hall.windows[1].state.visits.values()))
    assert visit.case_number == "NJ-2026-0001" and visit.items == ("T-001", "T-002")
    case = hall.windows[1].state.cases["NJ-2026-0001"]
    assert case.promised_date == date(2026, 12, 3)


def test_a_finish_the_form_cannot_take_is_said_in_the_form(rigs, hall: HallOnDevices) -> None:
    hall.issue("A")
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    rig.key("F1")
    rig.key("F3")
    rig.key("F4")
    form = rig.console.finish_form
    form.choose_outcome(Outcome.ON_THE_SPOT)
    rig.key("F4")  # no item chosen
    assert rig.console.task == "finish" and form.message.isVisible()
    assert form.message.text() == "请选择所办理的事项。"
    assert hall.windows[1].state.window(1).visit_id is not None  # nothing was recorded


def test_a_one_time_notice_is_printed_and_shown_before_the_rating(rigs, hall: HallOnDevices, tmp_path: Path) -> None:
    kiosk.issue_ticket(hall.kiosk, "A", items=["T-001"])
    hall.sync()
    pdfs = tmp_path / "notices"
    pdfs.mkdir()
    rig = signed_in(rigs, hall, 1, "S001", "1001", printer=QtPrinter(pdf_folder=pdfs))
    rig.key("F1")
    rig.key("F3")
    rig.key("F4")
    form = rig.console.finish_form
    form.choose_outcome(Outcome.ONE_TIME_NOTICE)
    assert [form.materials.item(i).text() for i in range(form.materials.count())] == ["居民身份证", "不动产权证书"]
    form.tick_material("不动产权证书")
    rig.key("F4")
    job = rig.console.last_print
    assert job is not None and job.ok and list(pdfs.glob("*.pdf"))
    assert rig.citizen.page == "notice"
    assert rig.citizen.notice.lines == ["1. 不动产权证书（原件及复印件）"]
    rig.click(rig.citizen.notice.read_button)
    assert rig.citizen.page == "pad"


# --- the rating pad ------------------------------------------------------------------------------------


def _serve_one(rig: WindowRig) -> str:
    rig.key("F1")
    rig.key("F3")
    rig.key("F4")
    rig.console.finish_form.choose_outcome(Outcome.CONSULTED)
    rig.key("F4")
    visit = rig.session.pad_visit()
    assert visit is not None
    return visit.id


def test_a_good_rating_is_one_touch_and_a_second_is_refused(rigs, hall: HallOnDevices, wall: FakeWall) -> None:
    hall.issue("A")
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    visit = _serve_one(rig)
    pad = rig.citizen.pad
    rig.click(pad.level_buttons[RatingLevel.VERY_SATISFIED])
    rating = hall.windows[1].state.ratings[hall.windows[1].state.visits[visit].rating_id]  # type: ignore[index]
    assert rating.level == RatingLevel.VERY_SATISFIED and not rating.real_name
    assert rig.citizen.page == "thanks"
    pad.submitted.emit(pad_choice(RatingLevel.SATISFIED))  # the pad's own second try, however it came about
    assert pad.levels_message.text() == "本次服务已经评价过了，每次服务只能评价一次。"
    assert len(rig.events(EventType.RATING_SUBMITTED)) == 1
    wall.advance(seconds=7)
    rig.client.tick()
    assert rig.citizen.page == "call"


def pad_choice(level: RatingLevel):  # type: ignore[no-untyped-def]
    from window_client.rating_pad import RatingChoice

    return RatingChoice(level)


def test_a_bad_rating_needs_a_reason_and_may_be_given_with_a_phone_number(rigs, hall: HallOnDevices) -> None:
    hall.issue("A")
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    visit = _serve_one(rig)
    pad = rig.citizen.pad
    rig.click(pad.real_name)
    rig.click(pad.level_buttons[RatingLevel.DISSATISFIED])
    assert pad.page == "reasons" and [b.text() for b in pad.reason_buttons] == [
        "服务态度差",
        "办事效率低",
        "一次性告知不到位",
    ]
    rig.click(pad.reasons_next)
    assert pad.reasons_message.text() == "请至少选择一项原因。" and pad.page == "reasons"
    rig.click(pad.reason_buttons[1])
    pad.comment.insert("等了很久")
    rig.click(pad.reasons_next)
    assert pad.page == "contact"
    for digit in "13812345678":
        rig.click(pad.keys[digit], at_once=True)
    assert pad.contact_display.text() == "138****5678"
    rig.click(pad.contact_submit)
    rating = hall.windows[1].state.ratings[hall.windows[1].state.visits[visit].rating_id]  # type: ignore[index]
    assert (rating.level, rating.reasons, rating.text) == (RatingLevel.DISSATISFIED, ("办事效率低",), "等了很久")
    assert rating.real_name and rating.contact == "13812345678"


def test_what_a_citizen_has_chosen_on_the_pad_survives_a_ticket_issued_elsewhere(rigs, hall: HallOnDevices) -> None:
    hall.issue("A")
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    visit = _serve_one(rig)
    pad = rig.citizen.pad
    rig.click(pad.real_name)
    rig.click(pad.level_buttons[RatingLevel.DISSATISFIED])
    rig.click(pad.reason_buttons[1])
    pad.comment.insert("等了很久")

    hall.issue("B")  # a kiosk issues a ticket while the citizen is choosing; the window pulls it
    hall.sync()
    assert rig.citizen.page == "pad" and pad.page == "reasons"
    assert [b.isChecked() for b in pad.reason_buttons] == [False, True, False]
    assert pad.comment.text() == "等了很久" and pad.level == RatingLevel.DISSATISFIED and pad.real_name.isChecked()

    rig.click(pad.reason_buttons[0])
    rig.click(pad.reasons_next)
    for digit in "13812345678":
        rig.click(pad.keys[digit], at_once=True)
    rig.click(pad.contact_submit)
    rating = hall.windows[1].state.ratings[hall.windows[1].state.visits[visit].rating_id]  # type: ignore[index]
    assert (rating.level, rating.reasons, rating.text) == (
        RatingLevel.DISSATISFIED,
        ("服务态度差", "办事效率低"),
        "等了很久",
    )
    assert rating.real_name


def test_the_next_visit_starts_the_pad_with_nothing_chosen(rigs, hall: HallOnDevices) -> None:
    hall.issue("A")
    hall.issue("A")
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    _serve_one(rig)
    pad = rig.citizen.pad
    rig.click(pad.real_name)
    rig.click(pad.level_buttons[RatingLevel.DISSATISFIED])
    rig.click(pad.reason_buttons[2])
    pad.comment.insert("材料没说清")
    rig.click(pad.reasons_next)  # on to the phone number; the citizen walks away instead
    _serve_one(rig)  # calling the next ticket records the visit before as not rated
    assert rig.citizen.page == "pad" and pad.page == "levels"
    assert not any(b.isChecked() for b in pad.reason_buttons)
    assert pad.comment.text() == "" and pad.level is None and not pad.real_name.isChecked()


def test_a_citizen_who_leaves_is_recorded_as_not_rated_after_the_timeout(
    rigs, hall: HallOnDevices, wall: FakeWall
) -> None:
    hall.issue("A")
    hall.issue("A")
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001", rating_timeout=timedelta(seconds=30))
    visit = _serve_one(rig)
    wall.advance(seconds=20)
    rig.click(rig.citizen.pad.level_buttons[RatingLevel.DISSATISFIED])  # thinking about it: the clock restarts
    wall.advance(seconds=20)
    rig.client.tick()
    assert rig.citizen.page == "pad"
    wall.advance(seconds=11)
    rig.client.tick()
    assert hall.windows[1].state.visits[visit].skipped_rating
    assert rig.citizen.page == "call" and rig.session.view().pad == PadPhase.NONE
    assert "未评价" in rig.console.current.pad.text()


# --- help requests, refusals, alerts ------------------------------------------------------------------


def test_help_requests_from_a_kiosk_are_taken_and_resolved(rigs, hall: HallOnDevices) -> None:
    request = new_id()
    hall.kiosk.record(EventType.HELP_REQUESTED, HelpRequested(request_id=request, item="T-002", step="选择事项"))
    hall.sync()
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    label, take = rig.console.queue.help_rows[request]
    assert "抵押权登记" in label.text() and "选择事项" in label.text()
    rig.click(take)
    assert hall.windows[1].state.help_requests[request].window == 1
    _label, resolve = rig.console.queue.help_rows[request]
    rig.click(resolve)
    assert request not in rig.console.queue.help_rows
    assert hall.windows[1].state.help_requests[request].status == "resolved"


def test_refusals_are_said_in_plain_words(rigs, hall: HallOnDevices) -> None:
    rig = signed_in(rigs, hall, 1, "S001", "1001")
    rig.key("F1")
    assert rig.console.messages.text.text() == "目前没有人在等候本窗口。"
    rig.key("F7")
    QTest.keyClicks(rig.console.requeue_form.number, "A999")
    rig.key("F7")
    assert rig.console.requeue_form.message.text() == "今天没有 A999 号。"
    rig.key("F8")
    rig.console.pause_form.minutes.setValue(240)
    assert "无人值守" in rig.console.pause_form.limit.text()


def test_a_pause_past_the_limit_is_an_unattended_alert_on_the_console_and_the_board(
    rigs, hall: HallOnDevices, wall: FakeWall
) -> None:
    rig = signed_in(rigs, hall, 3, "S003", "1003")
    rig.key("F8")
    rig.console.pause_form.choose("临时离开", 10)
    rig.key("F8")
    assert rig.citizen.page == "pause" and rig.citizen.pause_sign.countdown.text() == "10:00"
    wall.advance(minutes=3, seconds=30)
    rig.client.tick()
    assert rig.citizen.pause_sign.countdown.text() == "06:30"
    wall.advance(minutes=12)
    rig.client.tick()
    assert not rig.citizen.pause_sign.countdown.isVisible() and "05:30" in rig.citizen.pause_sign.overdue.text()
    assert rig.console.status_chip.property("state") == "unattended"
    assert any("3号窗口" in t and "无人值守" in t for t in rig.console.queue.alert_texts)
    hall.sync()
    from common.board.board_view import board_view

    board = board_view(hall.board.state, hall.board.bundle.config, wall())
    assert next(w for w in board.windows if w.number == 3).unattended


# --- a call lost to another window ---------------------------------------------------------------------


def test_a_call_lost_to_another_window_is_undone_and_the_next_ticket_offered(rigs, hall: HallOnDevices) -> None:
    a1 = hall.issue("A")
    a2 = hall.issue("A")
    hall.sync()
    one = signed_in(rigs, hall, 1, "S001", "1001")
    three = signed_in(rigs, hall, 3, "S003", "1003")
    hall.sync()
    one.key("F1")
    three.key("F1")
    three.key("F3")  # window 3 starts serving before it learns the ticket was not its own
    assert three.citizen.call_page.number.text() == a1.number
    hall.relay.push(hall.windows[1])
    hall.relay.pull(hall.windows[3])
    bar = three.console.messages
    assert bar.isVisible() and bar.tone == "lost"
    assert bar.text.text().startswith(f"{a1.number} 已被1号窗口先叫到，本窗口对 {a1.number} 的呼叫已撤销。")
    assert "1 个后续操作" in bar.text.text()
    assert bar.offer.text() == f"呼叫 {a2.number}（F1）"
    assert three.citizen.page == "call" and three.citizen.call_page.number.text() == ""
    assert hall.relay.push(hall.windows[3]) == ["ticket_taken", "not_at_this_window"]
    assert bar.tone == "lost"  # told once: the refusals that follow add no second message
    three.click(bar.offer)
    assert hall.windows[3].state.window(3).ticket_id == a2.ticket_id
    assert bar.tone == "done" and bar.text.text() == f"已呼叫 {a2.number}。"
    hall.sync()
    assert hall.windows[1].state.tickets[a1.ticket_id].window == 1

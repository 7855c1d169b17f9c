"""The kiosk's flows against the real central store (uvicorn on loopback, SQLite), each as a citizen does
them on the screen: one tap to a number, online and offline; the green channel and item search; check-in
and booking; guides printed; the live queue; case progress and one rating; help and "could not get it
done"; every refusal in plain words that changes nothing; a printer fault that never loses the ticket."""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.events import CaseAccepted, CaseCompleted, CaseProgressed, Channel, EventType, HelpKind
from common.freshness import Freshness, Link
from common.printing.printer import PrinterFault
from common.projection.admission import DeviceKind
from common.ratings_scale import RatingLevel
from common.sync.status import Connection
from common.ui.i18n import Languages
from kiosk.kiosk_window import KioskWindow
from kiosk.screens.guides import copies_words
from tests.support.clock import FakeWall
from tests.support.kiosk_rig import FaultyPrinter, KioskRig, make_kiosk, visible_text
from tests.support.synced_devices import open_synced
from tests.support.synced_hall import SyncedHall, synced_hall


@pytest.fixture
def hall(tmp_path: Path) -> Iterator[SyncedHall]:
    with synced_hall(tmp_path) as h:
        yield h


@pytest.fixture
def rig(qtbot, hall: SyncedHall, languages: Languages, tmp_path: Path) -> Iterator[KioskRig]:  # type: ignore[no-untyped-def]
    r = make_kiosk(hall.kiosk.device, languages, tmp_path)
    r.bridge.follow_sync(hall.kiosk.client.status)
    qtbot.addWidget(r.window)
    r.window.show()
    qtbot.waitExposed(r.window)
    yield r
    r.close()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def wait_printed(qtbot, rig: KioskRig, count: int = 1) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(rig.printing.jobs) >= count, timeout=10_000)


# --- a number in one tap --------------------------------------------------------------------------------


def test_one_tap_on_the_home_screen_gives_a_number_that_is_printed_and_reaches_the_central_store(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    home = rig.screen("home")
    ticket = rig.screen("ticket")
    with qtbot.waitSignal(ticket.painted, timeout=10_000):
        qtbot.mouseClick(home.category_tiles["A"], Qt.MouseButton.LeftButton)
    assert rig.window.current is ticket
    number = ticket.number.text()
    assert number == "A001"
    assert ticket.category.text() == "不动产登记"
    assert ticket.field_values[0].text() == "无，下一个就是您"
    assert ticket.qr.payload == f"HALL:T:{ticket.receipt.ticket_id}:A001"
    assert not ticket.offline.isVisible()

    wait_printed(qtbot, rig)
    job = rig.printing.jobs[-1]
    assert job.ok and job.reference == "A001"
    assert ticket.print_status.text() == "打印完成，请从下方出票口取走号票。"
    text = pdf_text(rig.pdf_files()[-1])
    for expected in ("测试市政务服务中心测试分中心", "A001", "不动产登记"):
        assert expected in text

    hall.settle()
    assert hall.window.device.state.tickets[ticket.receipt.ticket_id].number == "A001"
    assert hall.kiosk.device.store.pending_count() == 0


def test_the_ticket_screen_follows_the_queue_as_windows_call(rig: KioskRig, hall: SyncedHall, qtbot) -> None:  # type: ignore[no-untyped-def]
    kiosk.issue_ticket(hall.kiosk.device, "A")
    hall.wall.advance(seconds=5)
    rig.window.home()
    qtbot.mouseClick(rig.screen("home").category_tiles["A"], Qt.MouseButton.LeftButton)
    ticket = rig.screen("ticket")
    assert ticket.field_values[0].text() == "1 人"
    hall.settle()
    win.open_window(hall.window.device, 1, "S001")
    win.call_next(hall.window.device, 1)
    hall.settle()
    qtbot.waitUntil(lambda: ticket.field_values[0].text() == "无，下一个就是您")


def test_offline_the_kiosk_gives_numbers_from_its_own_range_marked_and_with_the_age_of_the_figures(
    qtbot, tmp_path: Path, languages: Languages, wall: FakeWall
) -> None:  # type: ignore[no-untyped-def]
    """A kiosk that never reached the central store (no lease) still gives numbers: its fallback range."""
    from common.freshness import Link
    from tests.support.devices import make_device
    from tests.support.halls import small_hall

    device = make_device(tmp_path, small_hall(), wall, DeviceKind.KIOSK, "kiosk-7", slot=7)
    rig = make_kiosk(device, languages, tmp_path)
    qtbot.addWidget(rig.window)
    rig.window.show()
    rig.bridge.set_freshness(Freshness(Link.OFFLINE, last_sync=wall() - timedelta(minutes=12), offline_since=wall()))
    try:
        qtbot.mouseClick(rig.screen("home").category_tiles["B"], Qt.MouseButton.LeftButton)
        ticket = rig.screen("ticket")
        assert ticket.number.text() == "B7001"
        assert ticket.offline.isVisible() and ticket.offline.text() == "离线号码：照常有效"
        assert ticket.figures_age.text() == "本机暂时离线：排队数据为 12 分钟前的情况。"
        assert "12 分钟前" in rig.window.bottom.freshness.text()
        wait_printed(qtbot, rig)
        assert "B7001" in pdf_text(rig.pdf_files()[-1])
    finally:
        rig.close()
        device.close()


def test_with_the_central_store_unreachable_numbers_come_from_the_lease_and_sync_later(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Online first (a lease), then the central store stops: numbers go on from the lease; when it is back,
    everything issued meanwhile is accepted."""
    from common.sync.central_api import Unreachable

    hall.kiosk.api.base_url = "http://127.0.0.1:9"  # nothing listens there: connection refused
    try:
        numbers = []
        for _ in range(3):
            rig.window.home()
            qtbot.mouseClick(rig.screen("home").category_tiles["A"], Qt.MouseButton.LeftButton)
            numbers.append(rig.screen("ticket").number.text())
        assert numbers == ["A001", "A002", "A003"]
        with pytest.raises(Unreachable):
            hall.loop.run_until_complete(hall.kiosk.client.sync_once())
    finally:
        hall.kiosk.api.base_url = hall.central.url
    hall.settle()
    assert sorted(t.number for t in hall.window.device.state.tickets.values()) == numbers


# --- the green channel and item search ------------------------------------------------------------------


def test_the_green_channel_is_served_first_and_refused_in_plain_words_where_the_hall_has_none(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    rig.window.go("take_number", green=True)
    take = rig.screen("take_number")
    assert take.green.isChecked()
    assert take.tiles["C"].detail.text() == "此项业务不设绿色通道"
    before = len(hall.kiosk.device.state.tickets)
    qtbot.mouseClick(take.tiles["C"], Qt.MouseButton.LeftButton)
    assert rig.window.current is take
    assert take.banner.message == "此项业务不设绿色通道，请领取普通号。"
    assert len(hall.kiosk.device.state.tickets) == before  # a refusal changes nothing

    qtbot.mouseClick(take.tiles["A"], Qt.MouseButton.LeftButton)
    ticket = rig.screen("ticket")
    assert ticket.receipt.channel == Channel.GREEN
    assert ticket.mark.isVisible() and ticket.mark.text() == "绿色通道：优先办理"
    hall.settle()
    assert hall.window.device.state.tickets[ticket.receipt.ticket_id].channel == Channel.GREEN


def test_an_item_found_by_its_pinyin_initials_gives_a_number_for_its_service(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    rig.window.go("take_number", search=True)
    search = rig.screen("take_number").search
    for key in "bdc":
        qtbot.mouseClick(search.keypad.keys[key.upper()], Qt.MouseButton.LeftButton)
    assert search.field.text() == "BDC"
    names = [h.name for h in search.hits]
    assert names[0].startswith("不动产")
    assert search.tiles[0].title.text() == names[0]
    code = search.hits[0].code
    qtbot.mouseClick(search.tiles[0], Qt.MouseButton.LeftButton)
    ticket = rig.screen("ticket")
    t = hall.kiosk.device.state.tickets[ticket.receipt.ticket_id]
    assert t.items == (code,) or t.package == code


# --- appointments ---------------------------------------------------------------------------------------


def test_booking_a_slot_then_checking_in_on_time_gives_a_priority_number(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    rig.window.go("booking")
    booking = rig.screen("booking")
    qtbot.mouseClick(booking.category_tiles[0], Qt.MouseButton.LeftButton)  # A
    assert booking.days, "the small hall books weekday mornings"
    first_day = booking.days[0]
    qtbot.mouseClick(booking.day_tiles[0], Qt.MouseButton.LeftButton)
    offer = first_day.offers[0]
    assert booking.time_tiles[0].title.text() == f"{offer.start:%H:%M}–{offer.end:%H:%M}"
    assert booking.time_tiles[0].detail.text() == "正常时段 · 余 2 个名额"
    qtbot.mouseClick(booking.time_tiles[0], Qt.MouseButton.LeftButton)
    for d in "13812345678":
        qtbot.mouseClick(booking.digits.keys[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(booking.next_button, Qt.MouseButton.LeftButton)
    assert "138****5678" in booking.summary.text()
    qtbot.mouseClick(booking.next_button, Qt.MouseButton.LeftButton)
    code = booking.code
    assert len(code) == 8 and booking.code_shown.text() == " ".join(code)
    appt = hall.kiosk.device.state.appointments[code]
    assert appt.phone == "138****5678"  # never kept in clear
    hall.settle()
    assert code in hall.window.device.state.appointments

    hall.wall.advance(seconds=(offer.start - timedelta(minutes=10) - hall.kiosk.device.now()).total_seconds())
    rig.window.go("check_in")
    check_in = rig.screen("check_in")
    for ch in code:
        qtbot.mouseClick(check_in.keypad.keys[ch], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check_in.submit, Qt.MouseButton.LeftButton)
    ticket = rig.screen("ticket")
    assert rig.window.current is ticket
    assert ticket.receipt.channel == Channel.APPOINTMENT
    assert ticket.mark.text() == "预约：优先办理"
    hall.settle()
    assert hall.window.device.state.appointments[code].status == "checked_in"

    rig.window.go("check_in")
    for ch in code:
        qtbot.mouseClick(check_in.keypad.keys[ch], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check_in.submit, Qt.MouseButton.LeftButton)
    assert check_in.banner.message == "此预约已签到过，当时已领取排队号。"


def test_an_unknown_appointment_code_is_refused_in_plain_words(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.go("check_in")
    check_in = rig.screen("check_in")
    assert not check_in.submit.isEnabled()
    for ch in "ABCD2345":
        qtbot.mouseClick(check_in.keypad.keys[ch], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check_in.submit, Qt.MouseButton.LeftButton)
    assert check_in.banner.message == "未找到此预约码，请核对后重新输入。"
    assert rig.window.current is check_in


# --- guides ---------------------------------------------------------------------------------------------


def test_a_guide_marks_e_certificates_and_prints_the_guide_and_a_one_time_notice(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.go("guides")
    guides = rig.screen("guides")
    qtbot.mouseClick(guides.category_tiles["A"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(guides.item_tiles[0], Qt.MouseButton.LeftButton)
    assert guides.item is not None and guides.item.code == "T-001"
    assert guides.material_tiles[0].title.text() == "1. 居民身份证 ★"
    assert "可用电子证照代替：居民身份证电子证照" in guides.material_tiles[0].detail.text()
    assert "承诺时限：3 个工作日（法定 10 个工作日）" in guides._facts.text()
    assert not guides.print_notice.isEnabled()

    qtbot.mouseClick(guides.print_guide, Qt.MouseButton.LeftButton)
    wait_printed(qtbot, rig, 1)
    assert "办事指南" in pdf_text(rig.pdf_files()[-1])
    assert guides.banner.message == "打印完成，请从下方出纸口取走。"

    guides.material_tiles[1].click()
    assert guides.print_notice.isEnabled()
    qtbot.mouseClick(guides.print_notice, Qt.MouseButton.LeftButton)
    wait_printed(qtbot, rig, 2)
    notice = max(rig.pdf_files(), key=lambda p: p.stat().st_mtime_ns)
    text = pdf_text(notice)
    assert "一次性告知" in text and "不动产权证书" in text


def test_a_guide_asks_for_one_copy_in_the_singular_in_every_language(rig: KioskRig, languages: Languages) -> None:
    rig.window.go("guides")
    guides = rig.screen("guides")
    guides.category_tiles["A"].click()
    guides.item_tiles[0].click()
    assert guides.item is not None
    one = next(i for i, m in enumerate(guides.item.guide.materials) if m.copies == 1)
    assert "1 份" in guides.material_tiles[one].detail.text()
    languages.switch_to("en")
    detail = guides.material_tiles[one].detail.text()
    assert "1 copy" in detail and "1 copies" not in detail
    assert copies_words(1) == "1 copy" and copies_words(2) == "2 copies"
    assert guides.item.guide.trips == 1  # and at most one visit, not "1 visit(s)"
    assert "at most 1 visit" in guides._facts.text() and "visit(s)" not in guides._facts.text()
    languages.switch_to("zh_TW")
    assert copies_words(1) == "1 份" and copies_words(3) == "3 份"


# --- the queue ------------------------------------------------------------------------------------------


def test_the_queue_view_is_live_and_says_how_old_it_is_offline(rig: KioskRig, hall: SyncedHall, qtbot) -> None:  # type: ignore[no-untyped-def]
    from common.freshness import Link

    for _ in range(3):
        kiosk.issue_ticket(hall.kiosk.device, "B")
    win.open_window(hall.window.device, 2, "S002")
    hall.settle()
    rig.window.go("queue")
    queue = rig.screen("queue")
    row = queue.rows[1]
    assert [w.text() for w in row] == ["B  抵押登记", "3", "1", "约 24 分钟"]
    kiosk.issue_ticket(hall.kiosk.device, "B")
    assert queue.rows[1][1].text() == "4"
    rig.bridge.set_freshness(Freshness(Link.OFFLINE, last_sync=hall.wall() - timedelta(minutes=5)))
    assert queue.freshness.text() == "网络中断 · 5 分钟前更新"


# --- cases ----------------------------------------------------------------------------------------------


def _finished_case(hall: SyncedHall, number: str = "TEST-2026-0001") -> str:
    device = hall.window.device
    device.record(
        EventType.CASE_ACCEPTED,
        CaseAccepted(
            case_number=number, items=["T-001"], promised_date=hall.wall().date() + timedelta(days=3), applicant="张三"
        ),
    )
    hall.wall.advance(minutes=30)
    device.record(EventType.CASE_PROGRESSED, CaseProgressed(case_number=number, stage="审核"))
    hall.wall.advance(minutes=30)
    device.record(EventType.CASE_COMPLETED, CaseCompleted(case_number=number, result="准予登记"))
    hall.settle()
    return number


def test_a_case_is_looked_up_and_rated_once_with_a_reason_for_a_bad_rating(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    number = _finished_case(hall)
    rig.window.go("case")
    case = rig.screen("case")
    for ch in number.lower():
        qtbot.mouseClick(case.keypad.keys[ch.upper()], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(case.look_up, Qt.MouseButton.LeftButton)
    assert case.summary.text() == f"办件 {number}：已办结"
    details = case.details.text()
    assert "申请人：张*" in details and "张三" not in details
    assert "事项：不动产首次登记" in details
    assert "审核" in case.stages.text()
    assert case.rate_button.isVisible()

    qtbot.mouseClick(case.rate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(case.level_buttons[RatingLevel.DISSATISFIED], Qt.MouseButton.LeftButton)
    assert case.reason_buttons[0].isVisible()
    assert [b.text() for b in case.reason_buttons] == ["服务态度差", "办事效率低", "一次性告知不到位"]
    assert not case.submit.isEnabled()  # a bad rating needs a reason
    case.rate()
    assert case.banner.message == "请至少选择一项原因。"
    qtbot.mouseClick(case.reason_buttons[1], Qt.MouseButton.LeftButton)
    assert case.submit.isEnabled()
    qtbot.mouseClick(case.submit, Qt.MouseButton.LeftButton)
    assert case.thanks.text() == f"谢谢！您对办件 {number} 的评价已记录。"
    hall.settle()
    rating = next(r for r in hall.window.device.state.ratings.values() if r.target_id == number)
    assert rating.level == RatingLevel.DISSATISFIED and rating.reasons == ("办事效率低",)

    # Once only: the kiosk shows it was rated, and a second rating is refused in plain words.
    case._show(case.pages.indexOf(case.progress_page))
    assert not case.rate_button.isVisible()
    case._show(2)
    case.level_buttons[RatingLevel.VERY_SATISFIED].click()
    case.rate()
    assert case.banner.message == "此办件已评价过，每个办件只能评价一次。"
    assert len([r for r in hall.kiosk.device.state.ratings.values() if r.target_id == number]) == 1


def test_an_unknown_case_number_is_told_plainly(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.go("case")
    case = rig.screen("case")
    case.field.setText("NO-SUCH-CASE")
    qtbot.mouseClick(case.look_up, Qt.MouseButton.LeftButton)
    assert case.banner.message.startswith("未找到办件 NO-SUCH-CASE。")


def test_a_rating_refused_later_by_the_central_store_is_told_on_screen(
    rig: KioskRig, hall: SyncedHall, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Two kiosks rate the same case while apart: the second is refused by the central store, and the
    kiosk that made it says so in plain words (the rating is kept as refused, never lost)."""
    number = _finished_case(hall)
    other = open_synced(hall.central, tmp_path, DeviceKind.KIOSK, hall.http, "kiosk-2", wall=hall.wall)
    try:
        hall.sync(other)
        kiosk.rate_case(other.device, number, RatingLevel.SATISFIED)
        kiosk.rate_case(hall.kiosk.device, number, RatingLevel.VERY_SATISFIED)
        hall.sync(other)
        hall.sync(hall.kiosk)
        qtbot.waitUntil(lambda: bool(rig.window.current.banner.message))
        assert rig.window.current.banner.message == (
            "本机之前登记的一项内容未被受理：此办件已评价过，每个办件只能评价一次。"
        )
    finally:
        other.device.close()


# --- help and feedback ----------------------------------------------------------------------------------


def test_a_help_request_reaches_the_window_clients(rig: KioskRig, hall: SyncedHall, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.go("help")
    helpscreen = rig.screen("help")
    qtbot.mouseClick(helpscreen.tiles[HelpKind.ASSIST], Qt.MouseButton.LeftButton)
    assert helpscreen.sent.text().startswith("已通知工作人员")
    hall.settle()
    request = hall.window.device.state.help_requests[helpscreen.request_id]
    assert request.kind == HelpKind.ASSIST and request.device_id == "kiosk-1"


def test_could_not_get_it_done_is_recorded_in_the_halls_words_with_the_contact_masked_on_screen(
    rig: KioskRig, hall: SyncedHall, qtbot, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    languages.switch_to("en")
    rig.window.go("feedback")
    fb = rig.screen("feedback")
    assert not fb.next_button.isEnabled()
    qtbot.mouseClick(fb.topic_buttons["many_trips"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(fb.topic_buttons["passed_around"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(fb.next_button, Qt.MouseButton.LeftButton)
    fb.phone.setText("13912345678")
    qtbot.mouseClick(fb.next_button, Qt.MouseButton.LeftButton)
    assert fb.sent.text() == "Thank you. Your report is recorded; the hall will reply to 139****5678 in time."
    hall.settle()
    recorded = hall.window.device.state.feedback[fb.feedback_id]
    assert recorded.text == "跑了多次仍未办成；窗口或部门之间推来推去"
    assert recorded.real_name and recorded.contact == "13912345678"  # kept for the reply, never shown


# --- printing faults ------------------------------------------------------------------------------------


def test_a_printer_out_of_paper_keeps_the_number_on_screen_and_tells_staff_once(
    qtbot, hall: SyncedHall, languages: Languages, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    printer = FaultyPrinter(tmp_path / "faulty")
    (tmp_path / "faulty").mkdir()
    rig = make_kiosk(hall.kiosk.device, languages, tmp_path, printer=printer)
    qtbot.addWidget(rig.window)
    rig.window.show()
    try:
        qtbot.mouseClick(rig.screen("home").category_tiles["A"], Qt.MouseButton.LeftButton)
        ticket = rig.screen("ticket")
        wait_printed(qtbot, rig)
        assert ticket.number.text() == "A001" and ticket.number.isVisible()
        assert ticket.print_status.text().startswith("打印机缺纸。号票未能打印，但您的号码 A001 已保留有效")
        rig.window.home()
        qtbot.mouseClick(rig.screen("home").category_tiles["B"], Qt.MouseButton.LeftButton)
        wait_printed(qtbot, rig, 2)
        help_requests = [h for h in hall.kiosk.device.state.help_requests.values() if h.step == "print"]
        assert len(help_requests) == 1  # the same fault is reported once
        assert help_requests[0].kind == HelpKind.SELF_SERVICE_STUCK
        assert "打印机缺纸" in help_requests[0].note and "A001" in help_requests[0].note

        printer.fault = None
        qtbot.mouseClick(ticket.reprint, Qt.MouseButton.LeftButton)
        wait_printed(qtbot, rig, 3)
        assert rig.printing.jobs[-1].ok
        printer.fault = PrinterFault.UNREACHABLE
        rig.window.home()
        qtbot.mouseClick(rig.screen("home").category_tiles["A"], Qt.MouseButton.LeftButton)
        wait_printed(qtbot, rig, 4)
        assert len([h for h in hall.kiosk.device.state.help_requests.values() if h.step == "print"]) == 2
        hall.settle()
        assert len([h for h in hall.window.device.state.help_requests.values() if h.step == "print"]) == 2
    finally:
        rig.close()


def test_a_kiosk_without_a_printer_says_to_remember_the_number(
    qtbot, hall: SyncedHall, languages: Languages, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rig = make_kiosk(hall.kiosk.device, languages, tmp_path, printer=None)
    qtbot.addWidget(rig.window)
    rig.window.show()
    try:
        qtbot.mouseClick(rig.screen("home").category_tiles["A"], Qt.MouseButton.LeftButton)
        ticket = rig.screen("ticket")
        assert ticket.print_status.text() == "本机没有打印机，请记住您的号码 A001。"
        assert not ticket.reprint.isVisible()
    finally:
        rig.close()


__all__ = ["KioskWindow"]


# --- every flow with the central store unreachable ------------------------------------------------------


def _kiosk_events(hall: SyncedHall) -> Counter[str]:
    """What the window client has received from the kiosk, by event type: each event once."""
    seen = [ev for _seq, ev in hall.window.device.store.confirmed() if ev.device_id == "kiosk-1"]
    assert len({ev.id for ev in seen}) == len(seen), "an event arrived twice"
    return Counter(str(ev.type) for ev in seen)


def _type(qtbot, keys: dict[str, QPushButton], text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        qtbot.mouseClick(keys[ch.upper()], Qt.MouseButton.LeftButton)


def test_every_flow_works_with_the_central_store_unreachable_and_arrives_once_when_it_is_back(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from common.sync.central_api import Unreachable

    number = _finished_case(hall)  # known to the kiosk before the network goes
    before = _kiosk_events(hall)
    hall.kiosk.api.base_url = "http://127.0.0.1:9"  # nothing listens there: connection refused
    try:
        with pytest.raises(Unreachable):
            hall.loop.run_until_complete(hall.kiosk.client.sync_once())
        # What the sync client's loop reports after a failed round (this test drives the rounds by hand):
        hall.kiosk.client.status.update(
            connection=Connection.OFFLINE, offline_since=hall.wall(), last_error="connection refused"
        )
        assert rig.bridge.freshness.link == Link.OFFLINE

        # Book a slot, then check in for it on time.
        rig.window.go("booking")
        booking = rig.screen("booking")
        qtbot.mouseClick(booking.category_tiles[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(booking.day_tiles[0], Qt.MouseButton.LeftButton)
        offer = booking.days[0].offers[0]
        qtbot.mouseClick(booking.time_tiles[0], Qt.MouseButton.LeftButton)
        _type(qtbot, booking.digits.keys, "13812345678")
        qtbot.mouseClick(booking.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(booking.next_button, Qt.MouseButton.LeftButton)
        code = booking.code
        assert len(code) == 8 and booking.code_shown.text() == " ".join(code)
        hall.wall.advance(seconds=(offer.start - timedelta(minutes=10) - hall.kiosk.device.now()).total_seconds())
        rig.window.go("check_in")
        check_in = rig.screen("check_in")
        _type(qtbot, check_in.keypad.keys, code)
        qtbot.mouseClick(check_in.submit, Qt.MouseButton.LeftButton)
        ticket = rig.screen("ticket")
        assert rig.window.current is ticket and ticket.receipt.channel == Channel.APPOINTMENT
        checked_in_ticket = ticket.receipt.ticket_id

        # An appointment booked elsewhere meanwhile cannot be found here: said plainly, nothing changes.
        rig.window.go("check_in")
        pending = hall.kiosk.device.store.pending_count()
        _type(qtbot, check_in.keypad.keys, "ZZZZ2345")
        qtbot.mouseClick(check_in.submit, Qt.MouseButton.LeftButton)
        assert check_in.banner.message.startswith("未找到此预约码，请核对后重新输入。")
        assert "本机自" in check_in.banner.message and "离线" in check_in.banner.message
        assert hall.kiosk.device.store.pending_count() == pending

        # A guide is printed.
        rig.window.go("guides")
        guides = rig.screen("guides")
        qtbot.mouseClick(guides.category_tiles["A"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(guides.item_tiles[0], Qt.MouseButton.LeftButton)
        printed = len(rig.printing.jobs)
        qtbot.mouseClick(guides.print_guide, Qt.MouseButton.LeftButton)
        wait_printed(qtbot, rig, printed + 1)
        assert rig.printing.jobs[-1].ok and "办事指南" in pdf_text(rig.pdf_files()[-1])

        # A case synced before is looked up and rated; one never synced is told plainly and nothing changes.
        rig.window.go("case")
        case = rig.screen("case")
        _type(qtbot, case.keypad.keys, number)
        qtbot.mouseClick(case.look_up, Qt.MouseButton.LeftButton)
        assert case.summary.text() == f"办件 {number}：已办结"
        qtbot.mouseClick(case.rate_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(case.level_buttons[RatingLevel.SATISFIED], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(case.submit, Qt.MouseButton.LeftButton)
        assert case.thanks.text() == f"谢谢！您对办件 {number} 的评价已记录。"
        rig.window.go("case")
        pending = hall.kiosk.device.store.pending_count()
        _type(qtbot, case.keypad.keys, "TEST-2026-0999")
        qtbot.mouseClick(case.look_up, Qt.MouseButton.LeftButton)
        assert case.banner.message.startswith("未找到办件 TEST-2026-0999。")
        assert "本机自" in case.banner.message and "离线" in case.banner.message
        assert case.case is None and hall.kiosk.device.store.pending_count() == pending

        # Help, and "could not get it done".
        rig.window.go("help")
        helpscreen = rig.screen("help")
        qtbot.mouseClick(helpscreen.tiles[HelpKind.ASSIST], Qt.MouseButton.LeftButton)
        assert helpscreen.sent.text().startswith("已通知工作人员")
        help_id = helpscreen.request_id
        rig.window.go("feedback")
        fb = rig.screen("feedback")
        qtbot.mouseClick(fb.topic_buttons["many_trips"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(fb.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(fb.next_button, Qt.MouseButton.LeftButton)
        feedback_id = fb.feedback_id
        assert feedback_id

        assert _kiosk_events(hall) == before, "nothing reached the window client while offline"
        kept = hall.kiosk.device.store.pending_count()
    finally:
        hall.kiosk.api.base_url = hall.central.url

    hall.settle()
    hall.settle()  # a second round must not send anything again
    state = hall.window.device.state
    assert state.appointments[code].status == "checked_in"
    assert state.tickets[checked_in_ticket].channel == Channel.APPOINTMENT
    assert [r.level for r in state.ratings.values() if r.target_id == number] == [RatingLevel.SATISFIED]
    assert state.help_requests[help_id].kind == HelpKind.ASSIST
    assert state.feedback[feedback_id].text == "跑了多次仍未办成"
    sent = _kiosk_events(hall) - before
    assert sum(sent.values()) == kept, "everything kept while offline arrived, and nothing else"
    assert sent == Counter(
        {
            EventType.APPOINTMENT_BOOKED.value: 1,
            EventType.APPOINTMENT_CHECKED_IN.value: 1,  # which issues the priority number
            EventType.RATING_SUBMITTED.value: 1,
            EventType.HELP_REQUESTED.value: 1,
            EventType.FEEDBACK_SUBMITTED.value: 1,
        }
    )
    assert hall.kiosk.device.store.pending_count() == 0
    assert not hall.kiosk.device.store.rejections()


# --- the ticket's fields, and a printer fault in the log ------------------------------------------------


def test_the_ticket_shows_people_ahead_the_estimated_wait_and_the_time_it_was_taken(
    rig: KioskRig, hall: SyncedHall, qtbot, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        kiosk.issue_ticket(hall.kiosk.device, "A")
    hall.wall.advance(seconds=5)
    rig.window.home()
    qtbot.mouseClick(rig.screen("home").category_tiles["A"], Qt.MouseButton.LeftButton)
    ticket = rig.screen("ticket")
    receipt = ticket.receipt
    assert receipt.ahead == 2 and receipt.estimated_wait_minutes > 0
    minutes = math.ceil(receipt.estimated_wait_minutes)
    local = hall.kiosk.device.bundle.config.local(receipt.issued_at)
    assert abs(receipt.issued_at - hall.kiosk.device.now()) < timedelta(minutes=1)
    assert [n.text() for n in ticket.field_names] == ["前面还有", "预计等候", "取号时间"]
    assert [v.text() for v in ticket.field_values] == [
        "2 人",
        f"约 {minutes} 分钟",
        f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}",
    ]
    languages.switch_to("en")
    assert [v.text() for v in ticket.field_values] == [
        "2 people",
        f"about {minutes} min",
        f"{local:%Y-%m-%d %H:%M}",
    ]


def test_a_printer_fault_is_logged_as_well_as_shown(
    qtbot, hall: SyncedHall, languages: Languages, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "faulty").mkdir()
    rig = make_kiosk(hall.kiosk.device, languages, tmp_path, printer=FaultyPrinter(tmp_path / "faulty"))
    qtbot.addWidget(rig.window)
    rig.window.show()
    caplog.set_level(logging.INFO, logger="hall")
    try:
        qtbot.mouseClick(rig.screen("home").category_tiles["A"], Qt.MouseButton.LeftButton)
        wait_printed(qtbot, rig)
        ticket = rig.screen("ticket")
        assert ticket.print_status.text().startswith("打印机缺纸。")
        warnings = [r for r in caplog.records if r.levelno >= logging.WARNING and r.name == "hall.print"]
        failed = next(r for r in warnings if r.getMessage().startswith("print failed"))
        assert "'reference': 'A001'" in failed.getMessage() and "'fault': 'out_of_paper'" in failed.getMessage()
        reported = next(r for r in warnings if r.getMessage() == "printer fault reported to staff")
        assert reported.__dict__["print_fault"] == "out_of_paper" and reported.__dict__["print_reference"] == "A001"
        assert reported.__dict__["help_request"] in hall.kiosk.device.state.help_requests
    finally:
        rig.close()


# --- an off-hours booking, through the screen -----------------------------------------------------------


def test_an_off_hours_slot_is_booked_on_the_screen_labelled_as_such_and_checked_in(
    qtbot, tmp_path: Path, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    """The sample hall opens in the evenings (延时错时, clause 5.3.2.3): such a slot is booked by taps, its
    tile says what kind of slot it is, and the citizen who comes that evening checks in for a priority number."""
    from common.hall_config import SlotKind

    with synced_hall(tmp_path, load_sample_hall=True) as hall:
        rig = make_kiosk(hall.kiosk.device, languages, tmp_path)
        rig.bridge.follow_sync(hall.kiosk.client.status)
        qtbot.addWidget(rig.window)
        rig.window.show()
        try:
            rig.window.go("booking")
            booking = rig.screen("booking")
            booking.choose_category("A")
            index, day = next(
                (i, d) for i, d in enumerate(booking.days) if any(o.kind == SlotKind.OFF_HOURS for o in d.offers)
            )
            assert "延时错时" in booking.day_tiles[index].detail.text()
            qtbot.mouseClick(booking.day_tiles[index], Qt.MouseButton.LeftButton)
            slot, offer = next((i, o) for i, o in enumerate(day.offers) if o.kind == SlotKind.OFF_HOURS)
            config = hall.kiosk.device.bundle.config
            assert config.local(offer.start).hour >= 17, "an evening slot"
            tile = booking.time_tiles[slot]
            assert tile.title.text() == f"{config.local(offer.start):%H:%M}–{config.local(offer.end):%H:%M}"
            assert tile.detail.text().startswith("延时错时 · 余 ")
            qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(booking.next_button, Qt.MouseButton.LeftButton)  # no phone: optional
            qtbot.mouseClick(booking.next_button, Qt.MouseButton.LeftButton)
            code = booking.code
            assert len(code) == 8
            hall.settle()
            booked = hall.window.device.state.appointments[code]
            assert booked.slot_start == offer.start and booked.category == "A"

            # That evening (no sync in between: the central store would set the kiosk's clock back to today).
            hall.wall.advance(seconds=(offer.start - timedelta(minutes=5) - hall.kiosk.device.now()).total_seconds())
            rig.window.go("check_in")
            check_in = rig.screen("check_in")
            for ch in code:
                qtbot.mouseClick(check_in.keypad.keys[ch], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(check_in.submit, Qt.MouseButton.LeftButton)
            ticket = rig.screen("ticket")
            assert rig.window.current is ticket, check_in.banner.message
            assert ticket.receipt.channel == Channel.APPOINTMENT and ticket.mark.text() == "预约：优先办理"
            hall.settle()
            checked_in = hall.window.device.state.appointments[code]
            assert checked_in.status == "checked_in" and checked_in.on_time
        finally:
            rig.close()


# --- idle reset -----------------------------------------------------------------------------------------


def test_an_idle_reset_leaves_nothing_of_a_rating_or_a_booking_in_progress(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    number = _finished_case(hall)
    rig.window.go("booking")
    booking = rig.screen("booking")
    qtbot.mouseClick(booking.category_tiles[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(booking.day_tiles[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(booking.time_tiles[0], Qt.MouseButton.LeftButton)
    for d in "13812345678":
        qtbot.mouseClick(booking.digits.keys[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(booking.next_button, Qt.MouseButton.LeftButton)
    assert "138****5678" in booking.summary.text()
    qtbot.mouseClick(booking.next_button, Qt.MouseButton.LeftButton)
    code = booking.code
    assert code and " ".join(code) in visible_text(booking)

    rig.window.go("case")
    case = rig.screen("case")
    case.field.setText(number)
    case.lookup()
    qtbot.mouseClick(case.rate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(case.level_buttons[RatingLevel.VERY_DISSATISFIED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(case.reason_buttons[0], Qt.MouseButton.LeftButton)
    assert case.level == RatingLevel.VERY_DISSATISFIED and case.chosen_reasons()

    idle = rig.window.idle
    idle.warn()
    with qtbot.waitSignal(idle.reset_done):
        idle.expire()
    assert rig.window.current is rig.screen("home")
    assert case.case is None and case.field.text() == ""
    assert case.level is None and not case.chosen_reasons()
    assert not any(b.isChecked() for b in (*case.level_buttons.values(), *case.reason_buttons))
    assert case.page == case.pages.indexOf(case.pages.widget(0))
    assert booking.code == "" and booking.phone.text() == "" and booking.offer is None
    for screen in (case, booking):
        shown = visible_text(screen)
        assert number not in shown and code not in shown and " ".join(code) not in shown and "5678" not in shown
    assert not rig.window.bottom.captions.caption

"""The hall's hours as a citizen and a clerk meet them (clause 5.3.2.1–5.3.2.2): the kiosk gives no number
outside the hours and says when it does again, while every other service works around the clock; it shows
today's hours, and a ticket taken at lunch says when calling resumes. A window without lunch duty does not
call at lunch, and its citizen screen shows the 午休 sign; no window calls outside the hours. The small test
hall opens Monday to Friday 09:00–17:00 with lunch 12:00–13:30, and none of its windows keeps lunch duty."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from common import kiosk_actions as kiosk
from common.device import Device
from common.events import EventType
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from common.projection.state import TicketStatus, WindowStatus
from common.ui.i18n import Languages
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.hall_devices import HallOnDevices
from tests.support.halls import small_hall
from tests.support.kiosk_rig import KioskRig, make_kiosk
from tests.support.window_rig import WindowRig, make_rig

MONDAY = date(2026, 11, 30)
SATURDAY = date(2026, 12, 5)


def at(hh: int, mm: int = 0, day: date = MONDAY) -> datetime:
    """A moment of the hall's day (Nanjing)."""
    return datetime.combine(day, time(hh, mm), tzinfo=small_hall().config.zone)


def with_lunch_duty(bundle: HallBundle, *numbers: int) -> HallBundle:
    config = bundle.config
    windows = [w.model_copy(update={"lunch_duty": w.number in numbers}) for w in config.windows]
    return replace(bundle, config=config.model_copy(update={"windows": windows}))


# --- the kiosk --------------------------------------------------------------------------------------------


@pytest.fixture
def kiosk_at(qtbot, tmp_path: Path, languages: Languages) -> Iterator[Callable[..., KioskRig]]:  # type: ignore[no-untyped-def]
    made: list[KioskRig] = []

    def make(wall: FakeWall, bundle: HallBundle | None = None) -> KioskRig:
        device = make_device(tmp_path, bundle or small_hall(), wall, DeviceKind.KIOSK, "kiosk-1", lease=50)
        rig = make_kiosk(device, languages, tmp_path)
        qtbot.addWidget(rig.window)
        rig.window.show()
        qtbot.waitExposed(rig.window)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.close()
        rig.device.close()


def test_after_closing_a_tap_on_a_service_gives_no_number_and_says_the_hours_and_when_numbers_start_again(
    kiosk_at: Callable[..., KioskRig], qtbot
) -> None:
    """A number taken after closing is a citizen waiting for a window that will not open today."""
    rig = kiosk_at(FakeWall(at(17, 30)))
    home = rig.screen("home")
    qtbot.mouseClick(home.category_tiles["A"], Qt.MouseButton.LeftButton)
    assert rig.window.current is home, "no ticket screen"
    shown = home.banner.message
    assert "取号时间为 09:00–17:00" in shown and "明天 09:00 恢复取号" in shown
    assert "自助办理不受时间限制" in shown
    assert rig.device.state.tickets == {} and rig.device.store.pending_count() == 0, "nothing issued or written"
    assert rig.ctx.bridge.device.store.numbers_left("A", MONDAY) == 50, "no number used up"


def test_before_opening_the_take_number_screen_refuses_and_says_numbers_start_at_opening(
    kiosk_at: Callable[..., KioskRig], qtbot
) -> None:
    rig = kiosk_at(FakeWall(at(8, 15)))
    rig.window.go("take_number")
    take = rig.screen("take_number")
    qtbot.mouseClick(take.tiles["B"], Qt.MouseButton.LeftButton)
    assert rig.window.current is take and rig.device.state.tickets == {}
    assert "大厅尚未开门" in take.banner.message and "09:00 恢复取号" in take.banner.message
    assert "明天" not in take.banner.message


def test_on_a_closed_day_the_refusal_says_the_next_working_morning_in_english(
    kiosk_at: Callable[..., KioskRig], languages: Languages, qtbot
) -> None:
    rig = kiosk_at(FakeWall(at(10, 0, SATURDAY)))
    languages.switch_to("en")
    home = rig.screen("home")
    assert home.today_hours.text() == "Closed today"
    qtbot.mouseClick(home.category_tiles["A"], Qt.MouseButton.LeftButton)
    assert home.banner.message == (
        "The hall is closed today: no queue numbers are issued. Numbers are issued again on 12/7 at 09:00. "
        "Guides, appointments, case progress and self-service work at any time."
    )
    assert rig.device.state.tickets == {}


def test_every_other_kiosk_service_works_around_the_clock(kiosk_at: Callable[..., KioskRig], qtbot) -> None:
    """Clause 5.3.4.9: guides, booking, case progress, self-service and help are available at any time."""
    rig = kiosk_at(FakeWall(at(21, 0)))
    for route in ("guides", "booking", "case", "self_service", "help", "feedback", "queue"):
        rig.window.go(route)
        assert rig.window.current is rig.screen(route)
        assert rig.screen(route).banner.message == ""
    request = kiosk.request_help(rig.device, note="night")  # the help screen's action is not hour-bound
    assert request in rig.device.state.help_requests


def test_the_home_screen_shows_todays_hours_and_outside_them_says_only_numbers_wait(
    kiosk_at: Callable[..., KioskRig],
) -> None:
    wall = FakeWall(at(10, 0))
    rig = kiosk_at(wall)
    home = rig.screen("home")
    assert home.today_hours.text() == "今日办公 09:00–17:00 · 午休 12:00–13:30"
    assert home.today_hours.isVisible()
    assert "现在不是取号时间" not in home.subtitle.text()
    wall.moment = at(17, 5)
    home.refresh()
    assert "现在不是取号时间" in home.subtitle.text()
    assert home.today_hours.text() == "今日办公 09:00–17:00 · 午休 12:00–13:30"


def test_at_lunch_the_kiosk_still_issues_and_says_when_calling_resumes_where_no_window_keeps_lunch_duty(
    kiosk_at: Callable[..., KioskRig], qtbot
) -> None:
    rig = kiosk_at(FakeWall(at(12, 30)))
    qtbot.mouseClick(rig.screen("home").category_tiles["C"], Qt.MouseButton.LeftButton)
    ticket = rig.screen("ticket")
    assert rig.window.current is ticket and len(rig.device.state.tickets) == 1
    assert ticket.lunch_note.isVisible()
    assert ticket.lunch_note.text() == "午休时间，本业务 13:30 恢复叫号。"
    assert "13:30 恢复叫号" in ticket.opening()


def test_at_lunch_a_ticket_for_a_service_with_a_window_on_lunch_duty_has_no_lunch_note(
    kiosk_at: Callable[..., KioskRig], qtbot
) -> None:
    rig = kiosk_at(FakeWall(at(12, 30)), with_lunch_duty(small_hall(), 2))  # window 2 serves B and C
    qtbot.mouseClick(rig.screen("home").category_tiles["B"], Qt.MouseButton.LeftButton)
    ticket = rig.screen("ticket")
    assert rig.window.current is ticket and not ticket.lunch_note.isVisible()
    rig.window.home()
    qtbot.mouseClick(rig.screen("home").category_tiles["A"], Qt.MouseButton.LeftButton)  # A: windows 1 and 3
    assert rig.screen("ticket").lunch_note.text() == "午休时间，本业务 13:30 恢复叫号。"


def test_appointment_check_in_follows_the_numbers_rule(kiosk_at: Callable[..., KioskRig], qtbot) -> None:
    wall = FakeWall(at(9, 0))
    rig = kiosk_at(wall)
    code = kiosk.book_appointment(rig.device, "A", at(11, 0), at(11, 30))
    written = rig.device.store.pending_count()
    wall.moment = at(17, 10)
    rig.window.go("check_in")
    screen = rig.screen("check_in")
    screen.field.setText(code)
    qtbot.mouseClick(screen.submit, Qt.MouseButton.LeftButton)
    assert rig.window.current is screen
    assert "取号时间为 09:00–17:00" in screen.banner.message
    assert rig.device.state.appointments[code].ticket_id is None
    assert rig.device.store.pending_count() == written, "nothing written"


# --- the window -------------------------------------------------------------------------------------------


@pytest.fixture
def wall() -> FakeWall:
    return FakeWall(at(11, 50))


@pytest.fixture
def hall(device_factory: Callable[..., Device], bundle: HallBundle, wall: FakeWall) -> HallOnDevices:
    return HallOnDevices(device_factory, bundle, wall)


@pytest.fixture
def rigs(qtbot, tmp_path: Path, languages: Languages) -> Iterator[Callable[..., WindowRig]]:  # type: ignore[no-untyped-def]
    made: list[WindowRig] = []

    def make(device: Device, window: int, staff: str, pin: str) -> WindowRig:
        rig = make_rig(device, window, tmp_path)
        qtbot.addWidget(rig.client.console)
        qtbot.addWidget(rig.client.citizen)
        made.append(rig)
        rig.sign_in(staff, pin)
        assert rig.session.signed_in
        return rig

    yield make
    for rig in made:
        rig.close()


def test_at_lunch_a_window_without_lunch_duty_does_not_call_and_shows_the_lunch_sign_until_it_ends(
    rigs, hall: HallOnDevices, wall: FakeWall
) -> None:
    first = hall.issue("A")
    hall.sync()
    rig = rigs(hall.windows[1], 1, "S001", "1001")
    assert rig.citizen.page == "call"
    wall.moment = at(12, 30)
    rig.client.tick()
    assert rig.citizen.page == "lunch"
    assert rig.citizen.lunch_sign.title.text() == "午休"
    assert rig.citizen.lunch_sign.resumes.text() == "13:30 恢复叫号"
    assert rig.console.status_chip.text() == "午休 · 13:30 恢复叫号"
    rig.key("F1")
    assert rig.console.messages.text.text() == "午休时间，本窗口不值班。13:30 恢复叫号。"
    assert rig.events(EventType.TICKET_CALLED) == []
    assert hall.windows[1].state.tickets[first.ticket_id].status == TicketStatus.WAITING

    wall.moment = at(13, 30)
    rig.client.tick()
    assert rig.citizen.page == "call"
    rig.key("F1")
    assert hall.windows[1].state.tickets[first.ticket_id].status == TicketStatus.CALLED


def test_at_lunch_a_number_called_before_is_not_called_again_but_served_finished_or_let_go(
    rigs, hall: HallOnDevices, wall: FakeWall
) -> None:
    """Recalling is calling; serving the citizen who came, or marking a no-show, is not."""
    first = hall.issue("A")
    hall.sync()
    rig = rigs(hall.windows[1], 1, "S001", "1001")
    rig.key("F1")
    wall.moment = at(12, 1)
    rig.client.tick()
    assert rig.citizen.page == "call", "the number called stays on screen"
    rig.key("F2")
    assert "午休时间" in rig.console.messages.text.text()
    assert hall.windows[1].state.tickets[first.ticket_id].calls == 1
    rig.key("F5")
    assert hall.windows[1].state.tickets[first.ticket_id].status == TicketStatus.NO_SHOW
    assert rig.citizen.page == "lunch"


def test_at_lunch_the_clerk_still_pauses_and_closes_the_window(rigs, hall: HallOnDevices, wall: FakeWall) -> None:
    rig = rigs(hall.windows[1], 1, "S001", "1001")
    wall.moment = at(12, 10)
    rig.key("F8")
    rig.console.pause_form.choose("午间交接", 30)
    rig.key("F8")
    assert hall.windows[1].state.window(1).status == WindowStatus.PAUSED
    assert rig.citizen.page == "pause", "the clerk's own sign says more than the lunch sign"
    rig.key("F8")  # resume
    rig.key("F10")
    assert hall.windows[1].state.window(1).status == WindowStatus.CLOSED


@pytest.fixture
def duty_hall(tmp_path: Path, wall: FakeWall) -> Iterator[HallOnDevices]:
    """The small hall with window 1 on lunch duty."""
    made: list[Device] = []

    def factory(kind: DeviceKind, name: str, **kw: int) -> Device:
        made.append(make_device(tmp_path / "duty", with_lunch_duty(small_hall(), 1), wall, kind, name, **kw))
        return made[-1]

    (tmp_path / "duty").mkdir()
    yield HallOnDevices(factory, with_lunch_duty(small_hall(), 1), wall)
    for device in made:
        device.close()


def test_a_window_on_lunch_duty_keeps_calling_at_noon(rigs, duty_hall: HallOnDevices, wall: FakeWall) -> None:
    hall = duty_hall
    wall.moment = at(12, 30)
    ticket = hall.issue("B")
    hall.sync()
    rig = rigs(hall.windows[1], 1, "S001", "1001")
    assert rig.citizen.page == "call" and rig.console.status_chip.text() == "服务中"
    rig.key("F1")
    assert hall.windows[1].state.tickets[ticket.ticket_id].status == TicketStatus.CALLED


def test_outside_the_hours_no_window_calls_and_the_clerk_is_told_when_calling_resumes(
    rigs, hall: HallOnDevices, wall: FakeWall, languages: Languages
) -> None:
    first = hall.issue("A")
    hall.sync()
    rig = rigs(hall.windows[1], 1, "S001", "1001")
    wall.moment = at(17, 0)
    rig.key("F1")
    assert rig.console.messages.text.text() == "不在叫号时间（09:00–17:00）。明天 09:00 恢复叫号。"
    languages.switch_to("en")
    rig.key("F1")
    assert rig.console.messages.text.text() == "Outside calling hours (09:00–17:00). Calling resumes tomorrow at 09:00."
    assert hall.windows[1].state.tickets[first.ticket_id].status == TicketStatus.WAITING
    rig.key("F10")
    assert hall.windows[1].state.window(1).status == WindowStatus.CLOSED

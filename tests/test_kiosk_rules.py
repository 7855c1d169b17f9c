"""The kiosk's Qt-free rules: the appointment times offered (regular, off-hours and holiday, never a past
time, never a weekday slot on a public holiday), what a case lookup shows, the short forms' fixed choices,
a printer fault reported to staff once per episode, the printer chosen from the settings, and words for
every refusal code the core can raise."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from common import kiosk_actions as kiosk
from common.events import CaseAccepted, CaseCompleted, EventType, HelpKind
from common.hall_config import SlotKind
from common.kiosk.appointment_offers import bookable_categories, days_with_offers, offers_on
from common.kiosk.case_progress import find_case
from common.kiosk.form_choices import FEEDBACK_TOPICS, feedback_text
from common.kiosk.print_faults import PrintFaultReporter
from common.kiosk.printer_choice import back_end_settings
from common.printing.document import DocumentKind
from common.printing.print_job import PrintJob
from common.printing.printer import PrinterFault
from common.printing.settings import PrinterKind
from common.projection.admission import DeviceKind
from common.settings import PrinterSettings
from tests.support.busy_hall import sample_hall
from tests.support.clock import FakeWall
from tests.support.devices import make_device

ROOT = Path(__file__).parent.parent


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment in Nanjing as UTC."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def test_offers_include_off_hours_evenings_saturday_mornings_and_holiday_openings() -> None:
    bundle = sample_hall()
    config = bundle.config
    device_state = make_device_state()
    tuesday = date(2026, 12, 1)
    offers = offers_on(config, device_state, "A", tuesday, _at(tuesday, 7))
    kinds = {o.kind for o in offers}
    assert kinds == {SlotKind.REGULAR, SlotKind.OFF_HOURS}
    evening = [o for o in offers if o.kind == SlotKind.OFF_HOURS]
    assert [f"{config.local(o.start):%H:%M}" for o in evening] == ["17:00", "17:30", "18:00", "18:30"]
    assert all(o.left == 3 for o in evening)
    assert not any(config.local(o.start).hour == 12 for o in offers), "no slot over the lunch break"

    saturday = date(2026, 12, 5)
    assert {o.kind for o in offers_on(config, device_state, "B", saturday, _at(tuesday, 7))} == {SlotKind.OFF_HOURS}

    new_year = date(2027, 1, 1)  # a Friday and a public holiday with a holiday opening
    holiday = offers_on(config, device_state, "A", new_year, _at(new_year, 7))
    assert holiday and {o.kind for o in holiday} == {SlotKind.HOLIDAY}
    assert offers_on(config, device_state, "C", new_year, _at(new_year, 7)) == []  # C has no holiday opening
    national_day = date(2026, 10, 1)  # a Thursday off work: weekday slots do not open
    assert offers_on(config, device_state, "A", national_day, _at(national_day, 7)) == []


def test_past_times_are_not_offered_and_booked_places_are_counted(tmp_path: Path) -> None:
    bundle = sample_hall()
    wall = FakeWall(_at(date(2026, 11, 30), 9, 50))  # Monday 09:50
    device = make_device(tmp_path, bundle, wall, DeviceKind.KIOSK, "kiosk-1")
    try:
        today = offers_on(bundle.config, device.state, "A", device.today(), device.now())
        assert f"{bundle.config.local(today[0].start):%H:%M}" == "10:30"  # after now plus the lead time
        first = today[0]
        kiosk.book_appointment(device, "A", first.start, first.end, name="张三", phone="13812345678")
        again = offers_on(bundle.config, device.state, "A", device.today(), device.now())[0]
        assert again.start == first.start and again.taken == 1 and again.left == first.capacity - 1
        days = days_with_offers(bundle.config, device.state, "A", device.now())
        assert days[0].day == device.today() and len(days) >= 10
        assert bookable_categories(bundle.config) == ["A", "B", "C", "D", "E", "F", "H"]
    finally:
        device.close()


def make_device_state():  # type: ignore[no-untyped-def]
    from common.projection.state import HallState

    return HallState()


def test_a_case_lookup_masks_the_applicant_and_knows_whether_it_can_be_rated(tmp_path: Path) -> None:
    bundle = sample_hall()
    wall = FakeWall()
    window = make_device(tmp_path, bundle, wall, DeviceKind.WINDOW, "window-1")
    try:
        window.record(
            EventType.CASE_ACCEPTED,
            CaseAccepted(
                case_number="NJ-1-ABC", items=["BDC-003"], promised_date=date(2026, 11, 29), applicant="欧阳娜娜"
            ),
        )
        case = find_case(window.state, bundle.catalogue, " nj-1-abc ", date(2026, 11, 30))
        assert case is not None
        assert case.applicant == "欧***"
        assert case.overdue and not case.can_rate
        assert case.items[0].name.startswith("国有建设用地使用权及房屋所有权转移登记")
        window.record(EventType.CASE_COMPLETED, CaseCompleted(case_number="NJ-1-ABC"))
        case = find_case(window.state, bundle.catalogue, "NJ-1-ABC", date(2026, 11, 30))
        assert case is not None and case.can_rate and not case.overdue
        assert find_case(window.state, bundle.catalogue, "NJ-404", date(2026, 11, 30)) is None
    finally:
        window.close()


def test_feedback_records_the_halls_own_words_in_the_forms_order() -> None:
    assert feedback_text(["other", "many_trips"]) == "跑了多次仍未办成；其他问题"
    with pytest.raises(ValueError, match="at least one"):
        feedback_text([])
    assert len({c.code for c in FEEDBACK_TOPICS}) == len(FEEDBACK_TOPICS)


def _job(fault: PrinterFault | None, paper_low: bool = False, reference: str = "A001") -> PrintJob:
    now = datetime(2026, 11, 30, tzinfo=UTC)
    return PrintJob("j", DocumentKind.TICKET, "t", reference, "p", now, now, fault, "", paper_low)


def test_a_printer_fault_is_reported_once_until_the_printer_works_again(tmp_path: Path) -> None:
    device = make_device(tmp_path, sample_hall(), FakeWall(), DeviceKind.KIOSK, "kiosk-1")
    try:
        reporter = PrintFaultReporter(device)
        assert reporter.after(_job(PrinterFault.OUT_OF_PAPER)) is not None
        assert reporter.after(_job(PrinterFault.OUT_OF_PAPER, reference="A002")) is None
        assert reporter.after(_job(PrinterFault.COVER_OPEN)) is not None  # another fault is news
        assert reporter.after(_job(None)) is None
        assert reporter.after(_job(None, paper_low=True)) is not None  # a low roll: change it soon
        assert reporter.after(_job(PrinterFault.COVER_OPEN)) is not None
        requests = list(device.state.help_requests.values())
        assert len(requests) == 4
        assert all(r.kind == HelpKind.SELF_SERVICE_STUCK and r.step == "print" for r in requests)
        assert requests[0].note == "自助机打印机缺纸，A001 未能打印（ticket）"
        assert requests[2].note == "自助机打印纸即将用完，A001 已打印（ticket）"
    finally:
        device.close()


def test_the_printer_comes_from_the_device_settings_or_a_pdf_folder(tmp_path: Path) -> None:
    assert back_end_settings(PrinterSettings()) is None
    assert back_end_settings(PrinterSettings(), tmp_path).pdf_folder == tmp_path  # type: ignore[union-attr]
    net = back_end_settings(PrinterSettings(kind="escpos-network", host="10.0.0.8", mode="bitmap"))
    assert net is not None and net.kind == PrinterKind.NETWORK and net.host == "10.0.0.8" and net.is_escpos
    qt = back_end_settings(PrinterSettings(kind="qt", name="Kiosk80"))
    assert qt is not None and qt.kind == PrinterKind.QT and qt.qt_printer == "Kiosk80"
    pdf = back_end_settings(PrinterSettings(kind="pdf", path=str(tmp_path)))
    assert pdf is not None and pdf.pdf_folder == tmp_path


def test_every_refusal_code_a_kiosk_action_can_meet_has_its_own_words(qapp) -> None:  # type: ignore[no-untyped-def]
    """Codes raised by the rules a kiosk's events pass (admission, fold) and the sync's refusals."""
    from kiosk.refusals import known_codes

    sources = [ROOT / "common/projection/admission.py", ROOT / "common/projection/fold.py"]
    raised = set()
    for path in sources:
        raised |= set(re.findall(r'RuleViolation\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    kiosk_codes = {
        "unknown_appointment", "wrong_category", "wrong_on_time", "slot_full", "no_such_slot",
        "no_green_channel", "wrong_day", "unknown_category", "unknown_item", "unknown_package",
        "unknown_case", "case_not_completed", "already_rated", "unknown_reason", "not_allowed",
        "appointment_exists",
    }  # fmt: skip
    assert kiosk_codes <= raised, kiosk_codes - raised
    missing = kiosk_codes - set(known_codes())
    assert not missing, f"no words for {missing}"

"""The kiosk as people see it, on the sample hall at mid-morning: every screen (and each step of the
screens that have steps) fits 1920x1080, passes the shared accessibility audit in normal and elder mode in
every language, shows and says nothing left in the other language, and is written out as a screenshot for
people to look at (``$HALL_SCREENSHOTS``, default ``screenshots/``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from common import kiosk_actions as kiosk
from common.events import CaseAccepted, CaseCompleted, CaseProgressed, EventType
from common.freshness import Freshness, Link
from common.ratings_scale import RatingLevel
from common.readability import DisplayMode
from common.ui.accessibility_audit import audit, format_findings
from common.ui.i18n import NAMES, Languages
from common.ui.screenshots import save_screenshot, screenshot_dir, settle
from kiosk.kiosk_style import SCREEN_SIZE
from tests.support.busy_hall import BusyHall
from tests.support.clock import FakeWall
from tests.support.kiosk_rig import KioskRig, make_kiosk
from tests.support.translation import untranslated

CASE = "NJ-BDC-20261130-0042"


@pytest.fixture
def busy(qtbot, tmp_path: Path, wall: FakeWall, qm_dir: Path) -> Iterator[tuple[KioskRig, Languages]]:  # type: ignore[no-untyped-def]
    hall = BusyHall(tmp_path, wall)
    hall.fill()
    window = hall.window
    window.record(
        EventType.CASE_ACCEPTED,
        CaseAccepted(
            case_number=CASE, items=["BDC-003"], promised_date=wall().date() + timedelta(days=5), applicant="王小明"
        ),
    )
    wall.advance(minutes=5)
    window.record(EventType.CASE_PROGRESSED, CaseProgressed(case_number=CASE, stage="登簿"))
    wall.advance(minutes=5)
    window.record(EventType.CASE_COMPLETED, CaseCompleted(case_number=CASE, result="已核发不动产权证书"))
    hall.sync()
    languages = Languages(qm_dir)
    languages.switch_to("zh_CN")
    rig = make_kiosk(hall.kiosk, languages, tmp_path)
    rig.bridge.set_freshness(Freshness(Link.OFFLINE, last_sync=wall() - timedelta(minutes=7), offline_since=wall()))
    qtbot.addWidget(rig.window)
    rig.window.show()
    qtbot.waitExposed(rig.window)
    yield rig, languages
    rig.close()
    languages.uninstall()
    hall.close()


def _ticket(rig: KioskRig) -> None:
    rig.window.home()
    rig.screen("home").category_tiles["A"].click()


def _green(rig: KioskRig) -> None:
    rig.window.go("take_number", green=True)


def _search(rig: KioskRig) -> None:
    rig.window.go("take_number", search=True)
    rig.screen("take_number").search.field.setText("bdc")


def _check_in_refused(rig: KioskRig) -> None:
    rig.window.go("check_in")
    screen = rig.screen("check_in")
    screen.field.setText("ZZZZ2222")
    screen.check_in()


def _booking_days(rig: KioskRig) -> None:
    rig.window.go("booking")
    rig.screen("booking").choose_category("A")


def _booking_times(rig: KioskRig) -> None:
    _booking_days(rig)
    screen = rig.screen("booking")
    off_hours = next((d for d in screen.days if d.day.weekday() == 1), screen.days[0])  # a Tuesday evening
    screen.choose_day(off_hours.day)


def _booking_done(rig: KioskRig) -> None:
    _booking_times(rig)
    screen = rig.screen("booking")
    screen.choose_time(screen.day.offers[0])
    screen.phone.setText("13812345678")
    screen._show(4)
    screen.book()


def _guide(rig: KioskRig) -> None:
    rig.window.go("guides", item="BDC-002")
    rig.screen("guides").material_tiles[2].setChecked(True)


def _guide_items(rig: KioskRig) -> None:
    rig.window.go("guides")
    rig.screen("guides").open_category("A")


def _case(rig: KioskRig) -> None:
    rig.window.go("case")
    screen = rig.screen("case")
    screen.field.setText(CASE)
    screen.lookup()


def _rating(rig: KioskRig) -> None:
    _case(rig)
    screen = rig.screen("case")
    screen._show(2)
    screen.level_buttons[RatingLevel.VERY_DISSATISFIED].setChecked(True)
    screen.reason_buttons[0].setChecked(True)


def _feedback_contact(rig: KioskRig) -> None:
    rig.window.go("feedback")
    screen = rig.screen("feedback")
    screen.topic_buttons["many_trips"].setChecked(True)
    screen._next()


def _help_sent(rig: KioskRig) -> None:
    rig.window.go("help")
    screen = rig.screen("help")
    screen.ask(next(iter(screen.tiles)))


def _idle(rig: KioskRig) -> None:
    rig.window.go("queue")
    rig.window.idle.warn()


def _go(route: str) -> Callable[[KioskRig], None]:
    return lambda rig: rig.window.go(route)


VIEWS: dict[str, Callable[[KioskRig], None]] = {
    "home": lambda rig: rig.window.home(),
    "take-number": _go("take_number"),
    "take-number-green": _green,
    "take-number-search": _search,
    "ticket": _ticket,
    "check-in-refused": _check_in_refused,
    "booking": _go("booking"),
    "booking-days": _booking_days,
    "booking-times": _booking_times,
    "booking-done": _booking_done,
    "guides": _go("guides"),
    "guides-items": _guide_items,
    "guide": _guide,
    "queue": _go("queue"),
    "case": _go("case"),
    "case-progress": _case,
    "case-rating": _rating,
    "help": _go("help"),
    "help-sent": _help_sent,
    "feedback": _go("feedback"),
    "feedback-contact": _feedback_contact,
    "staff-exit": _go("staff_exit"),
    "idle-warning": _idle,
}


def _hall_data(rig: KioskRig) -> tuple[str, ...]:
    """What exists in Chinese only (the catalogue's guides, the hall's reasons) or is a code, and the
    languages' own names on the language buttons."""
    bundle = rig.device.bundle
    data: list[str] = [*NAMES.values(), "bdc", "exit_pin_hash", "ZZZZ2222", CASE, "王*", "登簿", "已核发不动产权证书"]
    data += bundle.config.rating.bad_reasons
    for item in bundle.catalogue.items:
        g = item.guide
        data += [item.name, g.conditions, g.fee_note, *g.where, *g.process]
        for m in g.materials:
            data += [m.name, m.note, m.e_certificate]
    data += [p.name for p in bundle.catalogue.packages]
    data += [a.code for a in rig.device.state.appointments.values()]
    return tuple(sorted((d for d in data if d), key=len, reverse=True))


def _show(rig: KioskRig, languages: Languages, language: str, mode: DisplayMode, view: str) -> None:
    rig.window.idle.keep_going()
    rig.window.switch_language(language)
    rig.window.set_mode(mode)
    rig.window.home()
    VIEWS[view](rig)
    settle(rig.window, SCREEN_SIZE)


@pytest.mark.parametrize("mode", [DisplayMode.NORMAL, DisplayMode.ELDER], ids=lambda m: m.value)
@pytest.mark.parametrize("language", ["zh_CN", "en", "zh_TW"])
def test_every_screen_fits_passes_the_audit_and_is_in_one_language(busy, language: str, mode: DisplayMode) -> None:  # type: ignore[no-untyped-def]
    rig, languages = busy
    problems = []
    for view in VIEWS:
        _show(rig, languages, language, mode, view)
        window = rig.window
        if (window.width(), window.height()) != SCREEN_SIZE:
            problems.append(f"{view}: needs {window.width()}x{window.height()}, the screen is 1920x1080")
        # The idle warning covers the window: what is under it is not seen, so the warning is what is audited.
        findings = audit(window.idle.warning if view == "idle-warning" else window, mode)
        if findings:
            problems.append(f"{view}:\n{format_findings(findings)}")
        wrong = untranslated(window, language, _hall_data(rig))
        if wrong:
            problems.append(f"{view}: not in {language}: {wrong}")
    assert not problems, "\n".join(problems)


def test_the_translation_check_can_fail(busy) -> None:  # type: ignore[no-untyped-def]
    rig, languages = busy
    _show(rig, languages, "en", DisplayMode.NORMAL, "queue")
    rig.screen("queue").take.setText("取号")
    assert "取号" in untranslated(rig.window, "en")


def test_screenshots_of_every_screen_are_written(busy) -> None:  # type: ignore[no-untyped-def]
    rig, languages = busy
    written = []
    for language in ("zh_CN", "en", "zh_TW"):
        for mode in (DisplayMode.NORMAL, DisplayMode.ELDER):
            for view in VIEWS:
                _show(rig, languages, language, mode, view)
                written.append(save_screenshot(rig.window, f"kiosk-{view}-{mode.value}-{language}", SCREEN_SIZE))
    assert all(p.parent == screenshot_dir() and p.stat().st_size > 20_000 for p in written)
    assert len(written) == len(VIEWS) * 6


def test_the_ticket_shows_the_issued_receipt(busy) -> None:  # type: ignore[no-untyped-def]
    rig, languages = busy
    _show(rig, languages, "zh_CN", DisplayMode.NORMAL, "ticket")
    receipt = rig.screen("ticket").receipt
    assert receipt is not None
    assert receipt == kiosk.receipt(rig.device, rig.device.state.tickets[receipt.ticket_id])

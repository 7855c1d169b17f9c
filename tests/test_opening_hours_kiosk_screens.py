"""The kiosk's screens that the hall's hours change, as people see them on the sample hall: a number refused
after closing (with the hours and when numbers start again), an appointment check-in refused after closing,
and a ticket taken at lunch for a service no window on lunch duty serves (when calling resumes). Each fits
1920x1080, passes the shared accessibility audit in normal and elder mode in every language, shows nothing
left in the other language, and is written out as a screenshot (``$HALL_SCREENSHOTS``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, time
from pathlib import Path

import pytest

from common import kiosk_actions as kiosk
from common.opening_rules import calling_resumes_for
from common.readability import DisplayMode
from common.ui.accessibility_audit import audit, format_findings
from common.ui.i18n import NAMES, Languages
from common.ui.screenshots import save_screenshot, screenshot_dir, settle
from kiosk.kiosk_style import SCREEN_SIZE
from tests.support.busy_hall import BusyHall, sample_hall
from tests.support.clock import START, FakeWall
from tests.support.kiosk_rig import KioskRig, make_kiosk
from tests.support.translation import untranslated

ZONE = sample_hall().config.zone


def _hall_time(hh: int, mm: int) -> datetime:
    """``hh:mm`` in Nanjing on the test clock's day (a Monday)."""
    return datetime.combine(START.astimezone(ZONE).date(), time(hh, mm), tzinfo=ZONE)


@pytest.fixture
def kiosk_at(qtbot, tmp_path: Path, qm_dir: Path) -> Iterator[Callable[[int, int], tuple[KioskRig, BusyHall]]]:  # type: ignore[no-untyped-def]
    """The sample hall's kiosk after a busy morning, at ``hh:mm`` of the same day."""
    made: list[tuple[KioskRig, BusyHall]] = []
    languages = Languages(qm_dir)

    def at(hh: int, mm: int) -> tuple[KioskRig, BusyHall]:
        wall = FakeWall()
        folder = tmp_path / f"{hh:02d}{mm:02d}"
        folder.mkdir()
        hall = BusyHall(folder, wall)
        hall.fill()
        hall.sync()
        wall.moment = _hall_time(hh, mm)
        languages.switch_to("zh_CN")
        rig = make_kiosk(hall.kiosk, languages, folder)
        qtbot.addWidget(rig.window)
        rig.window.show()
        qtbot.waitExposed(rig.window)
        made.append((rig, hall))
        return rig, hall

    yield at
    for rig, hall in made:
        rig.close()
        hall.close()
    languages.uninstall()


def _number_refused(rig: KioskRig) -> None:
    rig.window.home()
    rig.screen("home").category_tiles["A"].click()
    assert rig.window.current is rig.screen("home")


def _check_in_refused(rig: KioskRig) -> None:
    code = next(iter(rig.device.state.appointments))
    rig.window.go("check_in")
    screen = rig.screen("check_in")
    screen.field.setText(code)
    screen.check_in()
    assert rig.window.current is screen


def _lunch_ticket(rig: KioskRig) -> None:
    config = rig.device.bundle.config
    letter = next(c.letter for c in config.categories if calling_resumes_for(config, c.letter, rig.device.now()))
    rig.window.home()
    rig.screen("home").category_tiles[letter].click()
    assert rig.screen("ticket").lunch_note.isVisible()


def _views_at(rig: KioskRig, views: dict[str, Callable[[KioskRig], None]], tag: str) -> list[str]:
    problems: list[str] = []
    # Codes and the hall's own words are allowed in every language.
    codes = (*NAMES.values(), "bdc", *rig.device.state.appointments)
    data = (*codes, *rig.device.bundle.config.rating.bad_reasons)
    allowed = tuple(sorted(data, key=len, reverse=True))
    for language in ("zh_CN", "en", "zh_TW"):
        for mode in (DisplayMode.NORMAL, DisplayMode.ELDER):
            for view, show in views.items():
                rig.window.idle.keep_going()
                rig.window.switch_language(language)
                rig.window.set_mode(mode)
                show(rig)
                settle(rig.window, SCREEN_SIZE)
                if (rig.window.width(), rig.window.height()) != SCREEN_SIZE:
                    problems.append(f"{view}: needs {rig.window.width()}x{rig.window.height()}")
                findings = audit(rig.window, mode)
                if findings:
                    problems.append(f"{view} {mode.value} {language}:\n{format_findings(findings)}")
                wrong = untranslated(rig.window, language, allowed)
                if wrong:
                    problems.append(f"{view}: not in {language}: {wrong}")
                path = save_screenshot(rig.window, f"kiosk-{tag}-{view}-{mode.value}-{language}", SCREEN_SIZE)
                assert path.parent == screenshot_dir() and path.stat().st_size > 20_000
    return problems


def test_after_closing_the_refusals_fit_pass_the_audit_and_are_in_one_language(kiosk_at) -> None:  # type: ignore[no-untyped-def]
    rig, hall = kiosk_at(9, 30)
    kiosk.book_appointment(rig.device, "A", _hall_time(10, 0), _hall_time(10, 30))
    hall.wall.moment = _hall_time(17, 30)
    tickets = len(rig.device.state.tickets)
    problems = _views_at(rig, {"number-refused": _number_refused, "check-in-refused": _check_in_refused}, "17h30")
    assert not problems, "\n".join(problems)
    assert len(rig.device.state.tickets) == tickets, "nothing issued"


def test_at_lunch_the_ticket_with_its_lunch_note_fits_passes_the_audit_and_is_in_one_language(kiosk_at) -> None:  # type: ignore[no-untyped-def]
    rig, _hall = kiosk_at(12, 30)
    problems = _views_at(rig, {"ticket": _lunch_ticket, "home": lambda r: r.window.home()}, "12h30")
    assert not problems, "\n".join(problems)

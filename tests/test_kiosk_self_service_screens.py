"""Every step of a self-service item as people see it, on the sample hall: each fits 1920x1080, passes the
shared accessibility audit in normal and elder mode, shows nothing left in the other language, and is written
out as a screenshot (``$HALL_SCREENSHOTS``, default ``screenshots/``: ``kiosk-self-service-*``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from common.freshness import Freshness, Link
from common.readability import DisplayMode
from common.self_service.certificates import DemoCertificateProvider
from common.self_service.providers import demo_providers
from common.ui.accessibility_audit import audit, format_findings
from common.ui.i18n import NAMES, Languages
from common.ui.screenshots import save_screenshot, screenshot_dir, settle
from kiosk.kiosk_style import SCREEN_SIZE
from kiosk.screens.self_service import SelfServiceScreen
from tests.support.busy_hall import BusyHall
from tests.support.clock import FakeWall
from tests.support.kiosk_rig import KioskRig, make_kiosk
from tests.support.translation import untranslated


@pytest.fixture
def busy(qtbot, tmp_path: Path, wall: FakeWall, qm_dir: Path) -> Iterator[KioskRig]:  # type: ignore[no-untyped-def]
    hall = BusyHall(tmp_path, wall)
    hall.fill()
    languages = Languages(qm_dir)
    languages.switch_to("zh_CN")
    rig = make_kiosk(hall.kiosk, languages, tmp_path)
    scan = tmp_path / "consent.png"
    scan.write_bytes(b"\x89PNG consent")
    rig.ctx.providers = demo_providers(lambda _m: scan, b"screens")
    rig.bridge.set_freshness(Freshness(Link.ONLINE, last_sync=wall()))
    qtbot.addWidget(rig.window)
    rig.window.show()
    qtbot.waitExposed(rig.window)
    yield rig
    rig.close()
    languages.uninstall()
    hall.close()


def _ss(rig: KioskRig) -> SelfServiceScreen:
    screen = rig.screen("self_service")
    assert isinstance(screen, SelfServiceScreen)
    return screen


def _list(rig: KioskRig) -> None:
    rig.window.go("self_service")


def _start(code: str) -> Callable[[KioskRig], None]:
    def show(rig: KioskRig) -> None:
        rig.window.go("self_service", task=code)

    return show


def _start_offline(rig: KioskRig) -> None:
    rig.bridge.set_freshness(Freshness(Link.OFFLINE, last_sync=rig.device.now() - timedelta(minutes=7)))
    rig.window.go("self_service", task="BDC-023")


def _identify(rig: KioskRig) -> None:
    _start("BDC-009")(rig)
    _ss(rig).start()


def _identified(rig: KioskRig) -> None:
    _identify(rig)
    _ss(rig).identify()


def _fill(*answers: tuple[str, str], last: str = "") -> Callable[[KioskRig], None]:
    """The fill step after ``answers``; ``last`` is typed into the field shown, then checked."""

    def show(rig: KioskRig) -> None:
        _identified(rig)
        ss = _ss(rig)
        ss.next()
        for name, value in answers:
            assert ss.current_field is not None and ss.current_field.name == name
            if ss.choice_buttons:
                ss.choice_buttons[value].setChecked(True)
            else:
                ss.field.setText(value)
            ss.next()
        if last:
            ss.field.setText(last)
            ss.next()

    return show


ANSWERS = (
    ("how_lost", "lost"),
    ("lost_date", "2026-03-08"),
    ("co_owned", "yes"),
    ("phone", "13812345678"),
    ("delivery", "post"),
    ("post_code", "210008"),
    ("post_address", "鼓楼区中山路1号"),
)


def _fill_pinyin(rig: KioskRig) -> None:
    """The postal address, in Chinese: 鼓楼区 chosen, "zhongshanlu" typed with pinyin on the keys."""
    _fill(*ANSWERS[:6])(rig)
    pad = _ss(rig).letters
    assert pad.pinyin
    for letters in ("gulouqu", "zhongshanlu"):
        for ch in letters:
            pad.keys[ch.upper()].click()
        if letters == "gulouqu":
            pad.candidate_buttons[pad.shown_candidates().index("鼓楼区")].click()


def _materials(rig: KioskRig) -> None:
    _fill(*ANSWERS)(rig)


def _materials_scanned(rig: KioskRig) -> None:
    _materials(rig)
    _ss(rig).scan("共有人同意补证的书面意见")


def _confirm(rig: KioskRig) -> None:
    _materials_scanned(rig)
    _ss(rig).next()


def _accepted(rig: KioskRig) -> None:
    _confirm(rig)
    _ss(rig).next()


def _done(rig: KioskRig) -> None:
    _start("BDC-P05")(rig)
    ss = _ss(rig)
    ss.start()
    ss.identify()
    ss.next()
    for name, value in (
        ("proof_purpose", "school"),
        ("family_member_id", ""),
        ("tax_purpose", "loan"),
        ("copies", "1"),
    ):
        assert ss.current_field is not None and ss.current_field.name == name
        if ss.choice_buttons:
            ss.choice_buttons[value].setChecked(True)
        else:
            ss.field.setText(value)
        ss.next()
    ss.next()
    ss.next()


def _guide(rig: KioskRig) -> None:
    rig.window.go("guides", item="BDC-023")


def _more(rig: KioskRig) -> None:
    """Elder mode's "more services", where 自助办理 is (in standard mode it is on the home screen)."""
    rig.screen("home").more.click()


VIEWS: dict[str, Callable[[KioskRig], None]] = {
    "home-more": _more,
    "guide-do-it-here": _guide,
    "list": _list,
    "start": _start("BDC-023"),
    "start-offline": _start_offline,
    "identify": _identify,
    "identified": _identified,
    "fill-choice": _fill(),
    "fill-choice-error": _fill(last=""),
    "fill-date-error": _fill(("how_lost", "destroyed"), last="2026-02-30"),
    "fill-yes-no": _fill(("how_lost", "lost"), ("lost_date", "2026-03-08")),
    "fill-phone-error": _fill(*ANSWERS[:3], last="1381234"),
    "fill-text-optional": _fill(*ANSWERS[:5]),
    "fill-text-pinyin": _fill_pinyin,
    "materials": _materials,
    "materials-scanned": _materials_scanned,
    "confirm": _confirm,
    "result-accepted": _accepted,
    "result-done": _done,
}


def _hall_data(rig: KioskRig) -> tuple[str, ...]:
    """What is data (Chinese in the catalogue, certificates, codes) or the languages' own names."""
    bundle = rig.device.bundle
    data: list[str] = [*NAMES.values(), "consent.png", "(DEMO)", "bdc"]
    pad = _ss(rig).letters  # what the citizen typed, and the hanzi it offers, are theirs, not the kiosk's words
    data += [pad.composition, pad.composition_line.text(), _ss(rig).field.text(), *(c.text for c in pad.candidates)]
    for item in bundle.catalogue.items:
        g = item.guide
        data += [item.name, g.conditions, g.fee_note, *g.where, *g.process]
        for m in g.materials:
            data += [m.name, m.note, m.e_certificate]
    data += [p.name for p in bundle.catalogue.packages]
    for cert in DemoCertificateProvider().certificates.values():
        data += [cert.name, cert.number, *cert.entries.values()]
    ss = _ss(rig)
    if ss.result is not None:
        data.append(ss.result.case_number)
    data += ["张**", "1101**********002X", "138****5678", "210008", "2026-03-08", "2026-02-30"]
    return tuple(sorted((d for d in data if d), key=len, reverse=True))


def _show(rig: KioskRig, language: str, mode: DisplayMode, view: str) -> None:
    rig.window.idle.keep_going()
    rig.bridge.set_freshness(Freshness(Link.ONLINE, last_sync=rig.device.now()))
    rig.window.switch_language(language)
    rig.window.set_mode(mode)
    rig.window.home()
    VIEWS[view](rig)
    settle(rig.window, SCREEN_SIZE)


@pytest.mark.parametrize("mode", [DisplayMode.NORMAL, DisplayMode.ELDER], ids=lambda m: m.value)
@pytest.mark.parametrize("language", ["zh_CN", "en", "zh_TW"])
def test_every_step_fits_passes_the_audit_and_is_in_one_language(
    busy: KioskRig, language: str, mode: DisplayMode
) -> None:
    rig = busy
    problems = []
    for view in VIEWS:
        _show(rig, language, mode, view)
        window = rig.window
        if (window.width(), window.height()) != SCREEN_SIZE:
            problems.append(f"{view}: needs {window.width()}x{window.height()}, the screen is 1920x1080")
        findings = audit(window, mode)
        if findings:
            problems.append(f"{view}:\n{format_findings(findings)}")
        wrong = untranslated(window, language, _hall_data(rig))
        if wrong:
            problems.append(f"{view}: not in {language}: {wrong}")
    assert not problems, "\n".join(problems)


def test_screenshots_of_every_step_are_written(busy: KioskRig) -> None:
    rig = busy
    written = []
    for language in ("zh_CN", "en"):
        for mode in (DisplayMode.NORMAL, DisplayMode.ELDER):
            for view in VIEWS:
                _show(rig, language, mode, view)
                name = f"kiosk-self-service-{view}-{mode.value}-{language}"
                written.append(save_screenshot(rig.window, name, SCREEN_SIZE))
    assert all(p.parent == screenshot_dir() and p.stat().st_size > 20_000 for p in written)
    assert len(written) == len(VIEWS) * 4

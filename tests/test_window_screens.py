"""Both windows of the window client as people see them, on the sample hall (window 3, 王静 BDC0101 with
her work photo): every state of the citizen screen passes the shared accessibility audit in normal and elder
mode and in every language, shows nothing left in the other language, and fits its screen; the console
shows no clipped text; and screenshots of both windows in every state are written for people to look at
(``$HALL_SCREENSHOTS``, default ``screenshots/``)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from common import kiosk_actions as kiosk
from common.asset_paths import SAMPLE_HALL
from common.events import Outcome
from common.hall_bundle import HallBundle, load_hall
from common.projection.admission import DeviceKind
from common.ratings_scale import RatingLevel
from common.readability import DisplayMode
from common.ui.accessibility_audit import FindingKind, audit, format_findings
from common.ui.i18n import Languages
from common.ui.screenshots import save_screenshot, settle
from tests.support.accessibility import assert_accessible
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.relay import Relay
from tests.support.translation import assert_translated
from tests.support.window_rig import WindowRig, make_rig
from window_client.citizen_screen import SIZE as CITIZEN_SIZE
from window_client.console_window import SIZE as CONSOLE_SIZE
from window_client.single_screen import SingleScreen

STATES = (
    "closed",
    "idle",
    "calling",
    "serving",
    "notice",
    "rating",
    "reasons",
    "contact",
    "thanks",
    "paused",
    "handover",
    "lunch",
)
TABLET = (1280, 800)


@pytest.fixture(scope="module")
def sample_hall() -> HallBundle:
    return load_hall(SAMPLE_HALL)


@dataclass
class Desk:
    rig: WindowRig
    wall: FakeWall
    hall: HallBundle

    def data(self) -> tuple[str, ...]:
        """Hall data that exists in Chinese only, allowed in the English screens (and staff numbers in Chinese)."""
        config, roster = self.hall.config, self.hall.roster
        data = (
            *(s.name for s in roster.staff),
            *(s.unit for s in roster.staff),
            *(s.number for s in roster.staff),
            *(w.department for w in config.windows),
            *config.rating.bad_reasons,
            *config.queue.pause_reasons,
            *(m.name for it in self.hall.catalogue.items for m in it.guide.materials),
        )
        return tuple(
            sorted(set(data), key=len, reverse=True)
        )  # longest first: "出卖人婚姻状况证明" before "婚姻状况证明"


@pytest.fixture
def desk(qtbot, tmp_path: Path, qm_dir: Path, sample_hall: HallBundle) -> Iterator[Callable[[str, str], Desk]]:  # type: ignore[no-untyped-def]
    languages = Languages(qm_dir)
    made: list[WindowRig] = []

    def at(state: str, language: str) -> Desk:
        """Window 3 of the sample hall at mid-morning, brought to ``state`` the way a clerk brings it there."""
        languages.switch_to(language)
        folder = tmp_path / f"{state}-{language}-{len(made)}"
        folder.mkdir()
        wall = FakeWall()
        relay = Relay(sample_hall)
        kiosk_device = make_device(folder, sample_hall, wall, DeviceKind.KIOSK, "kiosk-1", lease=50)
        window = make_device(folder, sample_hall, wall, DeviceKind.WINDOW, "window-3")
        for category in "AABAB":
            kiosk.issue_ticket(kiosk_device, category, items=["BDC-003"] if category == "A" else [])
            wall.advance(minutes=2)
        relay.sync(kiosk_device)
        relay.pull(window)
        rig = make_rig(window, 3, folder)
        qtbot.addWidget(rig.console)
        qtbot.addWidget(rig.citizen)
        made.append(rig)
        rig.photos.folder.mkdir(parents=True, exist_ok=True)
        for number in ("BDC0101", "BDC0102"):  # as fetched from the central store while online
            shutil.copy(SAMPLE_HALL / "photos" / f"{number}.png", rig.photos.folder / f"{number}.png")
        _bring(rig, state, wall)
        rig.client.refresh_citizen()
        rig.console.refresh()
        return Desk(rig, wall, sample_hall)

    yield at
    for rig in made:
        rig.close()
    languages.uninstall()


def _bring(rig: WindowRig, state: str, wall: FakeWall) -> None:
    if state == "closed":
        return
    rig.sign_in("BDC0101", "0101")
    if state == "idle":
        return
    if state == "lunch":  # 12:30: window 3 keeps no lunch duty; the clerk tries to call all the same
        wall.moment = wall.moment.replace(hour=4, minute=30)  # UTC: 12:30 in Nanjing
        rig.client.tick()
        rig.key("F1")
        return
    if state == "paused":
        rig.key("F8")
        rig.console.pause_form.choose("临时离开", 10)
        rig.key("F8")
        wall.advance(minutes=3, seconds=25)
        rig.client.tick()
        return
    rig.key("F1")
    wall.advance(minutes=1)
    if state == "calling":
        rig.key("F2")
        return
    rig.key("F3")
    wall.advance(minutes=6)
    if state in ("serving", "handover"):
        if state == "handover":
            rig.key("F9")
            form = rig.console.handover_form
            form.staff.setText("BDC0102")
            form.pin.setText("0102")
            form.submit.click()
        return
    rig.key("F4")
    form = rig.console.finish_form
    if state == "notice":
        form.choose_outcome(Outcome.ONE_TIME_NOTICE)
        form.tick_material("出卖人婚姻状况证明")
        form.tick_material("存量房买卖合同（网签）")
        form.tick_material("不动产权证书（或房屋所有权证、国有土地使用证）")
    else:
        form.choose_outcome(Outcome.ON_THE_SPOT)
    rig.key("F4")
    pad = rig.citizen.pad
    if state == "reasons":
        pad.real_name.setChecked(True)
        rig.click(pad.level_buttons[RatingLevel.DISSATISFIED])
        rig.click(pad.reason_buttons[1])
    elif state == "contact":
        rig.click(pad.real_name)
        rig.click(pad.level_buttons[RatingLevel.SATISFIED])
        for digit in "1391234":
            rig.click(pad.keys[digit], at_once=True)
    elif state == "thanks":
        rig.click(pad.level_buttons[RatingLevel.VERY_SATISFIED])


PAGES = {
    "closed": "closed",
    "idle": "call",
    "calling": "call",
    "serving": "call",
    "notice": "notice",
    "rating": "pad",
    "reasons": "pad",
    "contact": "pad",
    "thanks": "thanks",
    "paused": "pause",
    "handover": "call",
    "lunch": "lunch",
}


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("language", ["zh_CN", "en", "zh_TW"])
def test_the_citizen_screen_passes_the_audit_in_both_modes(desk, state: str, language: str) -> None:
    d = desk(state, language)
    citizen = d.rig.citizen
    assert citizen.page == PAGES[state]
    for mode in (DisplayMode.NORMAL, DisplayMode.ELDER):
        citizen.set_mode(mode)
        settle(citizen, CITIZEN_SIZE)
        assert (citizen.width(), citizen.height()) == CITIZEN_SIZE, f"{mode}: the layout needs more than the screen"
        assert_accessible(citizen, mode)
        assert_translated(citizen, language, allowed=d.data())
    if state != "closed":
        assert citizen.identity.has_photo


@pytest.mark.parametrize("state", STATES)
def test_the_citizen_screen_fits_a_rating_tablet(desk, state: str) -> None:
    citizen = desk(state, "zh_CN").rig.citizen
    settle(citizen, TABLET)
    assert (citizen.width(), citizen.height()) == TABLET
    assert_accessible(citizen, DisplayMode.NORMAL)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_console_shows_no_clipped_text(desk, state: str, language: str) -> None:
    console = desk(state, language).rig.console
    settle(console, CONSOLE_SIZE)
    assert (console.width(), console.height()) == CONSOLE_SIZE
    wrong = (FindingKind.CLIPPED_TEXT, FindingKind.OVERFLOW, FindingKind.LOW_CONTRAST, FindingKind.TEXT_TOO_SMALL)
    findings = [f for f in audit(console, DisplayMode.NORMAL) if f.kind in wrong]
    assert not findings, format_findings(findings)


def test_elder_mode_reads_the_pad_aloud_and_captions_it(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    d = desk("rating", "zh_CN")
    citizen = d.rig.citizen
    assert not citizen.captions.isVisible()
    d.rig.click(citizen.elder_button)
    assert citizen.mode == DisplayMode.ELDER and citizen.captions.isVisible()
    expected = "请您对本次服务作出评价：非常满意、满意、基本满意、不满意、非常不满意。"
    qtbot.waitUntil(lambda: citizen.captions.caption == expected, timeout=5000)
    d.rig.click(citizen.pad.level_buttons[RatingLevel.DISSATISFIED])
    reasons = "不满意：请选择原因（至少一项，可多选） 服务态度差、办事效率低"
    qtbot.waitUntil(lambda: any(t.startswith(reasons) for t in d.rig.engine.spoken_texts), timeout=5000)
    qtbot.waitUntil(lambda: citizen.captions.caption.startswith(reasons), timeout=5000)


def test_elder_mode_turned_on_while_choosing_reasons_reads_the_reasons(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A citizen who needs large type and speech often finds the button only when stuck: reading them the faces
    again, while the screen asks for reasons, would send them back to a step they have done."""
    d = desk("rating", "zh_CN")
    citizen = d.rig.citizen
    d.rig.click(citizen.pad.level_buttons[RatingLevel.DISSATISFIED])
    assert citizen.pad.pages.currentWidget() is citizen.pad.reasons_page
    d.rig.click(citizen.elder_button)
    reasons = "不满意：请选择原因（至少一项，可多选） 服务态度差、办事效率低"
    qtbot.waitUntil(lambda: any(t.startswith(reasons) for t in d.rig.engine.spoken_texts), timeout=5000)
    assert not any(t.startswith("请您对本次服务作出评价") for t in d.rig.engine.spoken_texts)


def turn_on_elder_mode_and_wait_for_the_reading(rig: WindowRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Elder mode turned on as a citizen does: the page is read aloud. Waits until the caption bar shows that
    reading, so a screenshot shows the words read rather than the bar's placeholder."""
    citizen = rig.citizen
    rig.click(citizen.elder_button)
    reading = citizen.reading()
    assert citizen.mode == DisplayMode.ELDER and reading
    qtbot.waitUntil(lambda: citizen.captions.caption == reading, timeout=5000)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_screenshots_of_both_windows_in_every_state(desk, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    written = []
    for state in STATES:
        d = desk(state, language)
        citizen, console = d.rig.citizen, d.rig.console
        written.append(save_screenshot(citizen, f"window-citizen-{state}-normal-{language}", CITIZEN_SIZE))
        turn_on_elder_mode_and_wait_for_the_reading(d.rig, qtbot)
        written.append(save_screenshot(citizen, f"window-citizen-{state}-elder-{language}", CITIZEN_SIZE))
        citizen.set_mode(DisplayMode.NORMAL)
        written.append(save_screenshot(citizen, f"window-tablet-{state}-{language}", TABLET))
        written.append(save_screenshot(console, f"window-console-{state}-{language}", CONSOLE_SIZE))
    d = desk("serving", language)
    both = SingleScreen(d.rig.console, d.rig.citizen)
    d.rig.made.append(both)
    written.append(save_screenshot(both, f"window-single-screen-{language}", (2560, 1080)))
    assert all(p.stat().st_size > 10_000 for p in written)

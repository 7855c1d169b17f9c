"""The shared Qt foundation: theme tokens meet the readability rules, the device bridge turns device
changes into signals, the speaker and the caption bar follow each other, screenshots land where they
should, and the app bootstrap runs its clean-ups on quit."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.freshness import STALE_AFTER, Freshness, Link
from common.projection.admission import DeviceKind
from common.readability import ELDER_SCALE, DisplayMode, contrast_ratio, parse_hex, rules_for
from common.speech.engines import RecordingEngine
from common.speech.utterance import Utterance
from common.ui.accessible import make_accessible, speech_text
from common.ui.captions import CAPTION_BACKGROUND, CAPTION_TEXT, SPEAKING_TAG, CaptionBar
from common.ui.device_bridge import DeviceBridge
from common.ui.screenshots import save_screenshot
from common.ui.speech import Speaker
from common.ui.theme import ELDER, LIGHT, NORMAL, TextRole
from kiosk.board import board_style
from tests.support.relay import Relay

# --- readability rules and tokens (no screen needed) ------------------------------------------------


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((119, 119, 119), (119, 119, 119)) == 1.0
    assert contrast_ratio(parse_hex("#767676"), parse_hex("#FFFFFF")) == pytest.approx(4.54, abs=0.01)
    with pytest.raises(ValueError, match="#rrggbb"):
        parse_hex("#12345")


def test_elder_type_is_at_least_the_rules_and_one_point_six_times_normal() -> None:
    elder, normal = rules_for(DisplayMode.ELDER), rules_for(DisplayMode.NORMAL)
    assert ELDER.type.body >= elder.body_px == 32
    assert ELDER.type.heading >= elder.heading_px == 48
    assert NORMAL.type.body >= normal.body_px and NORMAL.type.heading >= normal.heading_px
    for role in TextRole:
        assert ELDER.type.size(role) >= ELDER_SCALE * NORMAL.type.size(role) - 0.5, role
    assert ELDER.target_px == 96 and NORMAL.target_px == 60


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (LIGHT.text, LIGHT.screen),
        (LIGHT.text, LIGHT.card),
        (LIGHT.text_muted, LIGHT.card),
        (LIGHT.text_muted, LIGHT.screen),
        (LIGHT.text_on_band, LIGHT.band),
        (LIGHT.text_on_attention, LIGHT.attention),
        (LIGHT.text_on_primary, LIGHT.primary),
        (LIGHT.primary, LIGHT.card),
        (LIGHT.accent, LIGHT.card),
        (CAPTION_TEXT, CAPTION_BACKGROUND),
        (SPEAKING_TAG, CAPTION_BACKGROUND),
        (board_style.TEXT, board_style.PANEL),
        (board_style.MUTED, board_style.PANEL),
        (board_style.GOLD, board_style.PANEL),
        (board_style.TEXT, board_style.HEADER),
        (board_style.CALLING_TEXT, board_style.CALLING_BG),
        (board_style.PAUSED_TEXT, board_style.PAUSED_BG),
        (board_style.CLOSED_TEXT, board_style.CLOSED_BG),
        (board_style.HANDOVER_TEXT, board_style.HANDOVER_BG),
        (board_style.ATTENTION_TEXT, board_style.ATTENTION_BG),
    ],
)
def test_every_text_colour_pair_meets_elder_contrast(text: str, background: str) -> None:
    assert contrast_ratio(parse_hex(text), parse_hex(background)) >= 7.0


@pytest.mark.parametrize(
    ("name", "description", "read"),
    [
        ("感谢您的评价！", "您的评价将帮助我们改进服务。", "感谢您的评价！您的评价将帮助我们改进服务。"),
        ("不动产登记", "取一个不动产登记的号", "不动产登记，取一个不动产登记的号"),
        ("Thank you!", "Your rating helps us.", "Thank you! Your rating helps us."),
        ("Done.", "Next, please.", "Done. Next, please."),
        ("Property registration", "Take a ticket", "Property registration. Take a ticket"),
    ],
)
def test_a_name_and_its_description_are_read_as_one_sentence_or_two(  # type: ignore[no-untyped-def]
    qtbot, name: str, description: str, read: str
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    make_accessible(label, name, description)
    assert speech_text(label) == read


def test_sync_status_says_how_old_the_data_is() -> None:
    now = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    assert Freshness().age(now) is None and not Freshness().is_live(now)
    offline = Freshness(Link.OFFLINE, last_sync=now - timedelta(minutes=7, seconds=59))
    assert offline.age_minutes(now) == 7 and not offline.is_live(now)
    assert Freshness(Link.ONLINE, last_sync=now - timedelta(seconds=5)).is_live(now)
    assert not Freshness(Link.ONLINE, last_sync=now - STALE_AFTER - timedelta(seconds=1)).is_live(now)
    assert Freshness(Link.ONLINE, last_sync=now + timedelta(seconds=3)).age(now) == timedelta(0)


# --- the device bridge ------------------------------------------------------------------------------


def test_the_bridge_turns_device_changes_into_signals(qtbot, device_factory: Callable[..., Device], bundle) -> None:  # type: ignore[no-untyped-def]
    relay = Relay(bundle)
    kiosk_device = device_factory(DeviceKind.KIOSK, "kiosk-1", lease=5)
    w1 = device_factory(DeviceKind.WINDOW, "window-1")
    w2 = device_factory(DeviceKind.WINDOW, "window-2")
    bridge = DeviceBridge(w2)
    with qtbot.waitSignal(bridge.state_changed) as changed:
        win.open_window(w2, 2, "S002")
    assert changed.args[0].local[0].payload.window == 2

    kiosk.issue_ticket(kiosk_device, "B")
    relay.sync(kiosk_device)
    win.open_window(w1, 1, "S001")
    relay.sync(w1)
    relay.pull(w2)
    win.call_next(w1, 1)
    win.call_next(w2, 2)
    relay.sync(w1)
    with qtbot.waitSignal(bridge.events_rejected) as rejected:
        relay.sync(w2)
    assert [code for _event, code, _message in rejected.args[0]] == ["ticket_taken"]

    with qtbot.waitSignal(bridge.config_changed):
        w2.set_bundle(bundle)

    statuses: list[Freshness] = []
    bridge.freshness_changed.connect(statuses.append)
    online = Freshness(Link.ONLINE, last_sync=datetime.now(UTC))
    bridge.set_freshness(online)
    bridge.set_freshness(online)
    assert statuses == [online] and bridge.freshness is online

    bridge.close()
    bridge.close()
    with qtbot.assertNotEmitted(bridge.state_changed):
        win.open_window(w2, 3, "S003")


# --- speaker and captions --------------------------------------------------------------------------


@pytest.fixture
def speaker() -> Speaker:
    s = Speaker(RecordingEngine())
    s.start()
    yield s
    s.close()


def test_the_caption_bar_shows_what_the_speaker_says(qtbot, speaker: Speaker) -> None:
    bar = CaptionBar(text_px=40)
    qtbot.addWidget(bar)
    bar.follow(speaker)
    bar.set_idle_text("在这里显示字幕")
    bar.resize(1200, 120)
    bar.show()
    with qtbot.waitSignal(bar.caption_shown, timeout=5000) as shown:
        speaker.read_aloud("欢迎使用自助服务终端", "zh_CN")
    assert shown.args == ["欢迎使用自助服务终端"]
    qtbot.waitUntil(lambda: not bar.speaking)
    assert bar.caption == "欢迎使用自助服务终端"
    assert speaker.read_aloud("   ", "zh_CN") is None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_caption_tag_has_room_for_every_word_before_it_changes(qtbot, languages, language: str) -> None:  # type: ignore[no-untyped-def]
    """The tag changes word when speech starts and ends, from another thread's signal, at any moment: a screen
    looked at before its next layout pass must not show the new word cut off."""
    languages.switch_to(language)
    bar = CaptionBar(text_px=48)
    qtbot.addWidget(bar)
    bar.resize(1200, 120)
    bar.show()
    qtbot.waitExposed(bar)
    width = bar.tag.width()
    bar.show_caption("Number A001, please go to window 3")  # "Speaking", with no layout pass after it
    bar._speaking = False
    bar._refresh()
    assert bar.tag.width() == width
    for word in bar.tag.words:
        assert bar.tag.fontMetrics().horizontalAdvance(word) <= bar.tag.contentsRect().width(), word


def test_the_speaker_reports_on_the_ui_thread_and_keeps_its_rate(qtbot, speaker: Speaker) -> None:
    import threading

    seen: list[str] = []
    speaker.utterance_started.connect(lambda _u: seen.append(threading.current_thread().name))
    speaker.set_rate(120)
    with qtbot.waitSignal(speaker.utterance_finished, timeout=5000) as finished:
        speaker.say(Utterance.read_aloud("慢速朗读", "zh_CN"))
    assert finished.args[1] is True
    assert seen == ["MainThread"]
    assert speaker.rate == 120 and speaker.available and speaker.current is None


# --- screenshots and the app ------------------------------------------------------------------------


def test_screenshots_go_to_the_folder_named_by_hall_screenshots(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HALL_SCREENSHOTS", str(tmp_path / "shots"))
    label = QLabel("截图")
    qtbot.addWidget(label)
    path = save_screenshot(label, "label", (300, 120))
    assert path == tmp_path / "shots" / "label.png"
    assert path.read_bytes().startswith(b"\x89PNG")


def test_the_app_runs_its_clean_ups_in_reverse_order_on_quit(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from common.ui.app import HallApp
    from tests.support.qt_languages import compiled_translations

    hall = HallApp("hall-test", language="en", qm_dir=compiled_translations(tmp_path / "qm"))
    done: list[str] = []

    async def close_client() -> None:
        await asyncio.sleep(0)
        done.append("async client closed")

    hall.on_quit(lambda: done.append("store closed"))
    hall.on_quit(close_client)
    QTimer.singleShot(0, hall.quit)
    assert hall.run() == 0
    assert done == ["async client closed", "store closed"]
    assert hall.languages.current == "en"
    hall.languages.uninstall()


def test_a_long_caption_is_shown_page_by_page_from_its_first_word_to_its_last(qtbot, monkeypatch) -> None:
    """A caption longer than the bar is never cut off: it is shown in pages that each fit, in order, and
    together they hold every word; the pages move on by themselves at about the speaking pace."""
    bar = CaptionBar(text_px=40, lines=1)
    qtbot.addWidget(bar)
    monkeypatch.setattr("common.ui.captions.DEFAULT_RATE_WPM", 3000)  # 20 ms a character, for the test
    bar.min_page_ms = 50
    bar.resize(700, 80)
    bar.show()
    qtbot.waitExposed(bar)
    long = "请携带身份证原件和不动产权证书到三号窗口办理，办理时间为工作日上午九点至下午五点，周六上午也可以办理。"
    with qtbot.waitSignal(bar.caption_shown, timeout=5000) as shown:
        bar.show_caption(long)
    assert shown.args == [long]
    pages = bar.pages
    assert len(pages) >= 3
    assert "".join(pages) == long
    metrics = bar.text.fontMetrics()
    for page in pages:
        assert metrics.horizontalAdvance(page) <= bar.text.contentsRect().width()
    assert bar.text.text() == pages[0]
    seen = [bar.text.text()]
    for n in range(1, len(pages)):
        qtbot.waitUntil(lambda n=n: bar.page == n, timeout=5000)
        seen.append(bar.text.text())
    assert seen == pages
    assert bar.caption == long


def test_english_captions_break_between_words(qtbot) -> None:
    from common.ui.captions import caption_pages

    bar = CaptionBar(text_px=40, lines=2)
    qtbot.addWidget(bar)
    bar.resize(600, 160)
    bar.show()
    qtbot.waitExposed(bar)
    text = "Please bring your identity card and the property certificate to window three; we are open on weekdays."
    bar.show_caption(text)
    assert len(bar.pages) >= 2
    assert " ".join(bar.pages) == text
    assert all(not p.startswith(" ") and not p.endswith(" ") for p in bar.pages)
    assert caption_pages("短", lambda _p: False) == ["短"], "a unit too long for any page still gets one"

"""Elder mode and the kiosk's unattended life: one large toggle on every screen; read-aloud on opening, on
the first tap (the second acts) and on keyboard focus; speech stops when the screen changes; the rate is
adjustable; everything spoken is captioned; idle reset with a "continue" warning of at least 20 s that
leaves no personal data; lock-down with no keyboard way out and a staff exit PIN."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from common.pins import hash_pin
from common.projection.admission import DeviceKind
from common.readability import DisplayMode
from common.speech.engines import RecordingEngine, SpeechUnavailable
from common.speech.utterance import Speech, Utterance
from common.ui.i18n import NAMES, Languages, current_language
from kiosk.context import KioskOptions, split_sentences
from kiosk.focus_ring import has_focus_ring
from kiosk.idle_guard import LEAST_WARNING_S
from kiosk.kiosk_style import kiosk_theme
from kiosk.screens.all_screens import SCREENS
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.halls import small_hall
from tests.support.kiosk_rig import KioskRig, make_kiosk, visible_text
from tests.support.translation import untranslated


def _rig(qtbot, tmp_path: Path, wall: FakeWall, languages: Languages, options: KioskOptions) -> KioskRig:  # type: ignore[no-untyped-def]
    device = make_device(tmp_path, small_hall(), wall, DeviceKind.KIOSK, "kiosk-1", lease=50)
    rig = make_kiosk(device, languages, tmp_path, options=options)
    qtbot.addWidget(rig.window)
    rig.window.show()
    qtbot.waitExposed(rig.window)
    return rig


@pytest.fixture
def rig(qtbot, tmp_path: Path, wall: FakeWall, languages: Languages) -> Iterator[KioskRig]:  # type: ignore[no-untyped-def]
    r = _rig(qtbot, tmp_path, wall, languages, KioskOptions(locked=False))
    yield r
    r.close()
    r.device.close()


def test_the_elder_toggle_is_on_every_screen_and_large(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    toggle = rig.window.top.elder
    for screen in SCREENS:
        rig.window.go(screen.route)
        assert toggle.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert rig.ctx.mode == DisplayMode.ELDER
    assert toggle.height() >= 96 and toggle.width() >= 96
    assert toggle.text() == "标准模式"
    rig.window.home()
    home = rig.screen("home")
    assert home.pages.currentIndex() == 1  # three actions and "more"
    assert [t.title.text() for t in home.elder_tiles.values()] == ["取号", "预约签到", "帮办代办"]


def test_in_elder_mode_the_first_tap_reads_and_the_second_acts(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("take_number")
    take = rig.screen("take_number")
    qtbot.waitUntil(lambda: any("请选择业务" in t for t in rig.spoken()), timeout=10_000)  # read when it opens
    tile = take.tiles["A"]
    qtbot.waitUntil(lambda: not rig.ctx._chain, timeout=10_000)  # the screen has been read to the end
    heard = len(rig.spoken())
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert rig.window.current is take, "the first tap only reads"
    assert tile.hasFocus()
    qtbot.waitUntil(lambda: "再按一次确认" in "".join(rig.spoken()[heard:]) and not rig.ctx._chain, timeout=10_000)
    assert "".join(rig.spoken()[heard:]).startswith("A  不动产登记")
    qtbot.waitUntil(lambda: rig.window.bottom.captions.caption.endswith("再按一次确认。"), timeout=10_000)
    assert not rig.device.state.tickets
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert rig.window.current is rig.screen("ticket")
    assert len(rig.device.state.tickets) == 1
    number = rig.screen("ticket").number.text()
    # The ticket is read with the number digit by digit, and captioned as written.
    qtbot.waitUntil(lambda: any(f"{number[0]} {' '.join(number[1:])}" in t for t in rig.spoken()), timeout=10_000)


def test_keyboard_keys_act_on_the_first_tap_and_are_read(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("check_in")
    check_in = rig.screen("check_in")
    qtbot.mouseClick(check_in.keypad.keys["K"], Qt.MouseButton.LeftButton)
    assert check_in.field.text() == "K"
    qtbot.waitUntil(lambda: "K" in rig.spoken(), timeout=10_000)


def test_a_control_reached_by_the_keyboard_is_read(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("help")
    tile = next(iter(rig.screen("help").tiles.values()))
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: any(t.startswith("请人帮我办事") for t in rig.spoken()), timeout=10_000)


def test_speech_stops_when_the_screen_changes(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.engine.hold()
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("guides")
    qtbot.waitUntil(lambda: rig.engine.playing is not None, timeout=10_000)
    rig.window.go("queue")
    rig.engine.release()
    qtbot.waitUntil(lambda: any(t.startswith("当前排队情况") for t in rig.spoken()), timeout=10_000)
    guides = [p for p in rig.engine.played if getattr(p.part, "text", "").startswith("办事指南")]
    assert guides and not guides[-1].completed, "the guides screen was cut short"


def test_the_speech_rate_can_be_slowed_and_sped_up(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    start = rig.speaker.rate
    qtbot.mouseClick(rig.window.bottom.slow, Qt.MouseButton.LeftButton)
    assert rig.speaker.rate == start - 25
    qtbot.mouseClick(rig.window.bottom.fast, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rig.window.bottom.fast, Qt.MouseButton.LeftButton)
    assert rig.speaker.rate == start + 25
    qtbot.waitUntil(lambda: rig.window.bottom.captions.caption == "已加快朗读速度。", timeout=10_000)


def test_a_long_reading_is_captioned_a_part_at_a_time(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("queue")
    text = rig.screen("queue").opening()
    qtbot.waitUntil(lambda: len(rig.spoken()) >= 2 and not rig.ctx._chain, timeout=10_000)
    said = "".join(rig.spoken())
    assert said.replace(" ", "") == text.replace(" ", "")
    bar = rig.window.bottom
    assert all(bar.fits(part) for part in rig.spoken())


def test_no_timed_messages_a_refusal_stays_until_the_next_action(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("check_in")
    check_in = rig.screen("check_in")
    check_in.field.setText("ZZZZ2222")
    check_in.check_in()
    assert check_in.banner.isVisible()
    QApplication.processEvents()
    # This kiosk never reached the central store: it says so, as a code booked elsewhere cannot be here.
    assert check_in.banner.message == "未找到此预约码，请核对后重新输入。本机尚未连上中心系统，请到窗口咨询。"


def test_idle_reset_warns_for_at_least_20_s_then_starts_over_with_nothing_left(
    rig: KioskRig, qtbot, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    rig.window.set_mode(DisplayMode.ELDER)
    languages.switch_to("en")
    rig.window.go("feedback")
    feedback = rig.screen("feedback")
    feedback.topic_buttons["many_trips"].setChecked(True)
    rig.window.go("check_in")
    rig.screen("check_in").field.setText("SECRET12")

    idle = rig.window.idle
    idle.warn()
    assert idle.warning_shown
    assert idle.warning.seconds_left >= LEAST_WARNING_S
    assert idle.warning.seconds_left == 60  # elder mode gives longer
    assert idle.warning.continue_button.height() >= 96
    qtbot.mouseClick(idle.warning.continue_button, Qt.MouseButton.LeftButton)  # acts at once, even in elder mode
    assert not idle.warning_shown
    assert rig.screen("check_in").field.text() == "SECRET12"

    idle.warn()
    with qtbot.waitSignal(idle.reset_done):
        idle.expire()
    assert rig.window.current is rig.screen("home")
    assert rig.ctx.mode == DisplayMode.NORMAL
    assert current_language() == "zh_CN"
    assert rig.screen("check_in").field.text() == ""
    assert not any(b.isChecked() for b in feedback.topic_buttons.values())
    assert rig.screen("ticket").receipt is None


def test_idle_reset_does_not_disturb_an_untouched_home_screen(rig: KioskRig) -> None:
    idle = rig.window.idle
    idle.warn()
    assert not idle.warning_shown
    assert idle.idle.isActive()


def test_the_idle_warning_counts_down(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.go("queue")
    idle = rig.window.idle
    idle.warn()
    assert idle.warning.seconds_left == 30
    idle._on_tick()
    assert idle.warning.countdown.text() == "29 秒后将回到首页。"
    idle.warning.seconds_left = 1
    with qtbot.waitSignal(idle.reset_done):
        idle._on_tick()


# --- lock-down ------------------------------------------------------------------------------------------


@pytest.fixture
def locked(qtbot, tmp_path: Path, wall: FakeWall, languages: Languages) -> Iterator[KioskRig]:  # type: ignore[no-untyped-def]
    r = _rig(qtbot, tmp_path, wall, languages, KioskOptions(locked=True, exit_pin_hash=hash_pin("4321")))
    yield r
    r.close()
    r.device.close()


def _press(widget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> bool:  # type: ignore[no-untyped-def]
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_lock_down_swallows_every_keyboard_way_out_and_refuses_to_close(locked: KioskRig) -> None:
    window = locked.window
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    guard = locked.window.key_guard
    assert guard is not None
    for key, mods in [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    ]:
        before = guard.swallowed
        _press(window, key, mods)
        assert guard.swallowed == before + 1, key
    assert not window.close()
    assert window.isVisible()
    window.go("check_in")
    field = locked.screen("check_in").field
    field.setFocus()
    _press(field, Qt.Key.Key_A)  # plain typing still reaches the screen
    assert guard.swallowed == 6


def test_staff_leave_with_the_exit_pin_after_five_taps_on_the_halls_name(locked: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        qtbot.mouseClick(locked.window.top.hall_name, Qt.MouseButton.LeftButton)
    exit_screen = locked.screen("staff_exit")
    assert locked.window.current is exit_screen
    for d in "1111":
        qtbot.mouseClick(exit_screen.keypad.keys[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(exit_screen.exit_button, Qt.MouseButton.LeftButton)
    assert exit_screen.banner.message == "密码错误。"
    assert exit_screen.pin.text() == ""
    for d in "4321":
        qtbot.mouseClick(exit_screen.keypad.keys[d], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(locked.ctx.exit_requested):
        qtbot.mouseClick(exit_screen.exit_button, Qt.MouseButton.LeftButton)


def test_five_wrong_pins_lock_the_exit(locked: KioskRig) -> None:
    locked.window.go("staff_exit")
    screen = locked.screen("staff_exit")
    for _ in range(5):
        screen.pin.setText("0000")
        assert not screen.try_exit()
    screen.pin.setText("4321")
    assert not screen.try_exit()
    assert screen.banner.message == "密码错误次数过多，请一分钟后再试。"


def test_a_language_switch_clears_the_last_caption_and_rereads_in_elder_mode(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.go("queue")
    rig.ctx.read("当前排队情况")
    qtbot.waitUntil(lambda: rig.window.bottom.captions.caption == "当前排队情况", timeout=10_000)
    rig.window.switch_language("en")
    assert rig.window.bottom.captions.caption == ""
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.switch_language("zh_TW")
    qtbot.waitUntil(lambda: any(t.startswith("當前排隊情況") for t in rig.spoken()), timeout=10_000)


# --- reading a long text a part at a time ---------------------------------------------------------------


def _fits_45(text: str) -> bool:
    return len(text) <= 45


def test_a_long_english_sentence_is_cut_only_between_words() -> None:
    text = "Registration of a newly built commercial home needs the purchase contract and the tax receipt."
    parts = split_sentences(text, _fits_45)
    assert len(parts) > 1
    assert all(_fits_45(p) for p in parts)
    assert " ".join(parts) == text, "nothing lost, nothing doubled, every word whole"
    words = set(text.replace(".", "").split())
    for part in parts:
        assert set(part.replace(".", "").replace(",", "").split()) <= words, part


def test_an_english_sentence_is_cut_at_its_commas_first() -> None:
    text = "Your appointment is for a newly built commercial home, at window 3, please wait here."
    assert split_sentences(text, _fits_45) == [
        "Your appointment is for a newly built",
        "commercial home, at window 3,",
        "please wait here.",
    ]


def test_times_and_numbers_are_never_cut_at_their_colon_or_comma() -> None:
    """The home screen's hours were read (and captioned) as "Open today 09:00–17:" then "00 · lunch break…"."""
    text = "Open today 09:00–17:00 · lunch break 12:00–13:30, fee 1,000 yuan: at window 3"

    def fits(part: str) -> bool:
        return len(part) <= 24

    parts = split_sentences(text, fits)
    assert " ".join(parts) == text and all(fits(p) for p in parts)
    for whole in ("09:00–17:00", "12:00–13:30", "1,000"):
        assert any(whole in part for part in parts), (whole, parts)
    assert any(part.endswith("12:00–13:30,") for part in parts), "a comma before a space still ends a clause"


def test_a_word_longer_than_a_part_stays_whole() -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis-certificate"
    assert split_sentences(f"Bring the {word} please", _fits_45) == ["Bring the", word, "please"]


def test_chinese_is_cut_at_its_punctuation_and_only_then_between_characters() -> None:
    def fits(text: str) -> bool:
        return len(text) <= 12

    assert split_sentences("请您携带身份证原件，不动产权证书原件、购房合同原件，到三号窗口办理", fits) == [
        "请您携带身份证原件，",
        "不动产权证书原件、",
        "购房合同原件，",
        "到三号窗口办理",
    ]
    unbroken = "请您携带身份证原件和复印件以及不动产权证书原件到三号窗口办理登记"
    parts = split_sentences(unbroken, fits)
    assert "".join(parts) == unbroken and all(fits(p) for p in parts)


def test_each_part_of_a_long_english_reading_is_spoken_in_whole_words(
    rig: KioskRig, qtbot, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    languages.switch_to("en")
    rig.ctx.caption_parts = lambda text: split_sentences(text, _fits_45)
    text = "The queue now. Your appointment for a newly built commercial home registration is at window 3."
    rig.ctx.read(text)
    qtbot.waitUntil(lambda: len(rig.spoken()) >= 3 and not rig.ctx._chain, timeout=10_000)
    assert " ".join(rig.spoken()) == text
    for part in rig.spoken():
        assert all(word in text.split() for word in part.split()), part


# --- captions after the screen changes ------------------------------------------------------------------


def test_a_late_start_of_speech_from_before_a_screen_change_is_not_captioned(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = rig.window.bottom.captions
    before = Utterance.read_aloud("The queue now.", "en")
    rig.window.go("queue")
    rig.speaker.utterance_started.emit(before)  # the worker's report was on its way when the screen changed
    assert bar.caption == ""
    assert "The queue now." not in visible_text(rig.window.bottom)
    fresh = rig.ctx.read("当前排队情况")
    assert fresh is not None
    qtbot.waitUntil(lambda: bar.caption == "当前排队情况", timeout=10_000)


def test_after_an_idle_reset_nothing_the_previous_citizen_heard_comes_back(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.engine.hold()
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("case")
    private = "案件 TEST-2026-0001，申请人 张*，办理中。"
    said = rig.ctx.read(private)
    assert said is not None
    qtbot.waitUntil(lambda: rig.engine.playing is not None, timeout=10_000)
    idle = rig.window.idle
    idle.warn()
    with qtbot.waitSignal(idle.reset_done):
        idle.expire()
    rig.speaker.utterance_started.emit(said)  # a report of the old reading arriving after the reset
    rig.engine.release()
    qtbot.waitUntil(lambda: rig.speaker.current is None and not rig.speaker.pending(), timeout=10_000)
    QApplication.processEvents()
    bar = rig.window.bottom.captions
    assert bar.caption == ""
    shown = visible_text(rig.window)
    assert "TEST-2026-0001" not in shown and "张*" not in shown


# --- the focus ring -------------------------------------------------------------------------------------


def _border_colour(button: QWidget) -> str:
    image = button.grab().toImage()
    return image.pixelColor(2, image.height() // 2).name().upper()


def test_the_focus_ring_shows_only_where_the_keyboard_moved_the_focus(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    focus_colour = kiosk_theme(DisplayMode.NORMAL).palette.focus.upper()
    rig.window.go("feedback")
    feedback = rig.screen("feedback")
    chosen, untouched, other = list(feedback.topic_buttons.values())[:3]
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    assert chosen.isChecked() and chosen.hasFocus()
    assert not has_focus_ring(chosen), "a tap chooses; it does not also ring the control"
    untouched.setFocus(Qt.FocusReason.OtherFocusReason)  # as when a screen opens or a control is hidden
    assert untouched.hasFocus() and not untouched.isChecked()
    assert not has_focus_ring(untouched)
    assert _border_colour(untouched) != focus_colour, "an untouched control must not look chosen"

    qtbot.keyClick(untouched, Qt.Key.Key_Tab)
    reached = QApplication.focusWidget()
    assert reached is not untouched and has_focus_ring(reached)
    qtbot.keyClick(reached, Qt.Key.Key_Backtab)
    assert untouched.hasFocus() and has_focus_ring(untouched) and not has_focus_ring(reached)
    assert _border_colour(untouched) == focus_colour
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert not has_focus_ring(other) and not has_focus_ring(untouched)
    assert _border_colour(untouched) != focus_colour


def test_in_elder_mode_the_first_tap_marks_the_control_it_read_and_keyboard_focus_is_still_read(
    rig: KioskRig, qtbot
) -> None:  # type: ignore[no-untyped-def]
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("feedback")
    first = next(iter(rig.screen("feedback").topic_buttons.values()))
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert not first.isChecked(), "the first tap only reads"
    assert has_focus_ring(first)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = QApplication.focusWidget()
    assert second is not first and has_focus_ring(second) and not has_focus_ring(first)
    name = second.accessibleName()
    assert name
    qtbot.waitUntil(lambda: any(t.startswith(name) for t in rig.spoken()), timeout=10_000)


# --- languages, speech without an engine, no timed messages ---------------------------------------------


def test_after_a_language_button_is_tapped_the_engine_hears_the_screen_in_that_language(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("queue")
    for language, opening in (("en", "The queue now"), ("zh_TW", "當前排隊情況"), ("zh_CN", "当前排队情况")):
        qtbot.mouseClick(rig.window.top.languages[language], Qt.MouseButton.LeftButton)
        if rig.window.tap_to_hear.armed is rig.window.top.languages[language]:  # elder mode: the second tap acts
            qtbot.mouseClick(rig.window.top.languages[language], Qt.MouseButton.LeftButton)
        assert current_language() == language
        qtbot.waitUntil(
            lambda language=language, opening=opening: any(
                isinstance(p.part, Speech) and p.part.language == language and p.part.text.startswith(opening)
                for p in rig.engine.played
            ),
            timeout=10_000,
        )


class _NoSpeechEngine(RecordingEngine):
    name = "missing"

    def open(self) -> None:
        raise SpeechUnavailable("espeak-ng is not installed")


def test_a_kiosk_without_a_speech_engine_gives_numbers_and_says_once_that_there_is_no_sound(
    qtbot, tmp_path: Path, wall: FakeWall, languages: Languages
) -> None:  # type: ignore[no-untyped-def]
    device = make_device(tmp_path, small_hall(), wall, DeviceKind.KIOSK, "kiosk-1", lease=50)
    rig = make_kiosk(device, languages, tmp_path, options=KioskOptions(locked=False), engine=_NoSpeechEngine())
    qtbot.addWidget(rig.window)
    rig.window.show()
    told: list[str] = []
    rig.speaker.engine_unavailable.connect(told.append)
    try:
        bar = rig.window.bottom.captions
        rig.window.set_mode(DisplayMode.ELDER)
        rig.window.go("take_number")  # read aloud on opening: the engine fails here
        qtbot.waitUntil(lambda: bar.tag.text() == "字幕（无语音）", timeout=10_000)
        qtbot.waitUntil(lambda: bar.caption.startswith("请选择业务"), timeout=10_000)  # captions carry on
        take = rig.screen("take_number")
        qtbot.mouseClick(take.tiles["A"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(take.tiles["A"], Qt.MouseButton.LeftButton)
        ticket = rig.screen("ticket")
        assert rig.window.current is ticket and ticket.number.text() == "A001"
        assert len(device.state.tickets) == 1
        rig.window.home()
        qtbot.waitUntil(lambda: rig.speaker.current is None and not rig.speaker.pending(), timeout=10_000)
        QApplication.processEvents()
        assert len(told) == 1, "said once, not on every reading"
        assert bar.tag.text() == "字幕（无语音）"
        assert not rig.engine.played
    finally:
        rig.close()
        device.close()


def test_a_refusal_stays_on_screen_however_long_nobody_acts(rig: KioskRig, qtbot, wall: FakeWall) -> None:  # type: ignore[no-untyped-def]
    """No timer takes a message away: every timer the kiosk runs (but the idle reset's, which starts over
    after inactivity) is fired, and the hall's clock moves half an hour; the refusal is still there."""
    rig.window.go("check_in")
    check_in = rig.screen("check_in")
    check_in.field.setText("ZZZZ2222")
    check_in.check_in()
    message = check_in.banner.message
    assert message.startswith("未找到此预约码，请核对后重新输入。")
    idle_timers = set(rig.window.idle.findChildren(QTimer))
    running = [t for t in rig.window.findChildren(QTimer) if t.isActive() and t not in idle_timers]
    assert all(t.interval() != 0 or not t.isSingleShot() for t in running)
    wall.advance(minutes=30)
    for _ in range(3):
        for timer in running:
            timer.timeout.emit()
        rig.window.current.refresh()
        QApplication.processEvents()
    assert check_in.banner.message == message and check_in.banner.isVisible()
    assert rig.window.current is check_in


# --- the language buttons on every screen ---------------------------------------------------------------


def _hall_data(rig: KioskRig) -> tuple[str, ...]:
    """What exists in Chinese only (the hall's names, guides and reasons) and the languages' own names."""
    bundle = rig.device.bundle
    data: list[str] = [*NAMES.values(), bundle.config.name, *bundle.config.rating.bad_reasons]
    data += [c.name for c in bundle.config.categories]
    for item in bundle.catalogue.items:
        g = item.guide
        data += [item.name, g.conditions, g.fee_note, *g.where, *g.process]
        for m in g.materials:
            data += [m.name, m.note, m.e_certificate]
    data += [p.name for p in bundle.catalogue.packages]
    return tuple(sorted((d for d in data if d), key=len, reverse=True))


def _citizen_states(rig: KioskRig, qtbot) -> dict[str, tuple[Callable[[], object], Callable[[], object]]]:  # type: ignore[no-untyped-def]
    """For each screen: how a citizen brings it to a state (after it opened), and how to read that state."""
    ticket, take, check_in = rig.screen("ticket"), rig.screen("take_number"), rig.screen("check_in")
    booking, guides, case = rig.screen("booking"), rig.screen("guides"), rig.screen("case")
    feedback, staff = rig.screen("feedback"), rig.screen("staff_exit")
    return {
        "ticket": (lambda: None, lambda: (ticket.receipt.number, ticket.number.text())),
        "take_number": (lambda: take.green.setChecked(True), take.green.isChecked),
        "check_in": (lambda: check_in.field.setText("ABCD23"), check_in.field.text),
        "booking": (lambda: booking.choose_category("A"), lambda: (booking.category, booking.step)),
        "guides": (
            lambda: (guides.category_tiles["A"].click(), guides.item_tiles[0].click()),
            lambda: guides.item.code if guides.item else None,
        ),
        "case": (lambda: case.field.setText("TEST-2026-00"), case.field.text),
        "feedback": (
            lambda: feedback.topic_buttons["many_trips"].setChecked(True),
            lambda: [k for k, b in feedback.topic_buttons.items() if b.isChecked()],
        ),
        "staff_exit": (lambda: staff.pin.setText("12"), staff.pin.text),
    }


def test_the_language_buttons_translate_every_screen_and_keep_what_was_entered(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    states = _citizen_states(rig, qtbot)
    allowed = _hall_data(rig)
    for route in [s.route for s in SCREENS]:
        rig.window.home()
        if route == "ticket":
            qtbot.mouseClick(rig.screen("home").category_tiles["A"], Qt.MouseButton.LeftButton)
        else:
            rig.window.go(route)
        screen = rig.window.current
        assert screen.route == route
        enter, read = states.get(route, (lambda: None, lambda: None))
        enter()
        before = read()
        for language in ("en", "zh_TW", "zh_CN"):
            qtbot.mouseClick(rig.window.top.languages[language], Qt.MouseButton.LeftButton)
            assert current_language() == language, route
            assert rig.window.current is screen, f"{route}: the screen stays"
            assert read() == before, f"{route}: what was entered is kept in {language}"
            if language == "en":
                assert untranslated(screen, "en", allowed) == [], route
                assert untranslated(rig.window.top, "en", allowed) == [], route

"""The board's Qt-free rules: what a call sounds like, which calls are announced (each once, none stale),
and what the board shows for windows, calls and waiting lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from common import window_actions as win
from common.board.board_view import WindowPhase, board_view
from common.board.call_announcement import call_captions, call_utterance, spoken_number
from common.board.call_tracker import CATCH_UP_LIMIT, CallTracker
from common.device import Device
from common.hall_bundle import HallBundle
from common.projection.state import Call
from common.speech.utterance import Policy, Sound, Speech
from tests.support.clock import FakeWall
from tests.support.hall_devices import STAFF, HallOnDevices
from tests.support.halls import small_hall

CHIME = Path("chime.wav")


@pytest.fixture
def hall(device_factory: Callable[..., Device], bundle: HallBundle, wall: FakeWall) -> HallOnDevices:
    h = HallOnDevices(device_factory, bundle, wall)
    for n, staff in STAFF.items():
        win.open_window(h.windows[n], n, staff)
    h.sync()
    return h


def _call(number: str, window: int, event_id: str, at_minutes: float = 0, recall: bool = False) -> Call:
    from tests.support.clock import START

    return Call(f"t-{number}", number, window, START + timedelta(minutes=at_minutes), recall, event_id)


# --- what a call sounds like ------------------------------------------------------------------------


def test_numbers_are_spoken_digit_by_digit() -> None:
    assert spoken_number("A012", "zh_CN") == "A 0 1 2"
    assert spoken_number("B2001", "zh_CN") == "B 2 0 0 1"
    assert spoken_number("A012", "en") == "A0 1 2"


def test_a_call_is_a_chime_then_the_template_twice_then_the_second_language() -> None:
    config = small_hall().config.model_copy(
        update={
            "announcement": small_hall().config.announcement.model_copy(
                update={"second_template": "Number {number}, please go to window {window}"}
            )
        }
    )
    u = call_utterance(_call("A012", 3, "e1"), config, CHIME)
    assert u.policy == Policy.ANNOUNCEMENT
    assert u.key == "e1"
    assert u.parts == (
        Sound(CHIME),
        Speech("请A 0 1 2号到3号窗口办理", "zh_CN"),
        Speech("请A 0 1 2号到3号窗口办理", "zh_CN"),
        Speech("Number A0 1 2, please go to window 3", "en"),
    )
    assert u.caption == "请A012号到3号窗口办理  /  Number A012, please go to window 3"
    assert call_captions(_call("A012", 3, "e1"), small_hall().config) == ("请A012号到3号窗口办理",)


# --- which calls are announced ----------------------------------------------------------------------


def test_new_calls_are_announced_once_oldest_first() -> None:
    tracker = CallTracker()
    first, second = _call("A001", 1, "e1"), _call("A002", 2, "e2", 0.5)
    now = second.at
    assert tracker.take_new((second, first), now) == [first, second]
    assert tracker.take_new((second, first), now) == []  # the same state folded again
    recall = _call("A001", 1, "e3", 1, recall=True)
    assert tracker.take_new((recall, second, first), now) == [recall]


def test_calls_present_at_start_are_not_announced_again() -> None:
    old = (_call("A002", 2, "e2"), _call("A001", 1, "e1"))
    tracker = CallTracker(heard=old)
    new = _call("A003", 1, "e4", 1)
    assert tracker.take_new((new, *old), new.at) == [new]


def test_calls_older_than_the_catch_up_limit_are_shown_but_not_spoken() -> None:
    tracker = CallTracker()
    stale = _call("A001", 1, "e1")
    fresh = _call("A002", 2, "e2", 5)
    now = stale.at + CATCH_UP_LIMIT + timedelta(minutes=2)
    assert tracker.take_new((fresh, stale), now) == [fresh]
    assert tracker.skipped == [stale]


# --- what the board shows ---------------------------------------------------------------------------


def test_windows_show_calling_serving_paused_handover_and_closed(hall: HallOnDevices, wall: FakeWall) -> None:
    a1 = hall.issue("A")
    b1 = hall.issue("B")
    hall.sync()
    win.call_next(hall.windows[1], 1)
    hall.sync()
    win.call_next(hall.windows[2], 2)
    win.start_service(hall.windows[2], 2)
    win.pause(hall.windows[3], 3, "临时离开", wall() + timedelta(minutes=10))
    hall.sync()
    config = hall.board.bundle.config
    view = board_view(hall.board.state, config, hall.board.now())
    phases = {w.number: (w.phase, w.ticket) for w in view.windows}
    assert phases == {
        1: (WindowPhase.CALLING, a1.number),
        2: (WindowPhase.SERVING, b1.number),
        3: (WindowPhase.PAUSED, None),
    }
    paused = next(w for w in view.windows if w.number == 3)
    assert paused.back_at is not None and paused.back_at.strftime("%H:%M") == "09:40"

    win.handover(hall.windows[2], 2, "S004")
    hall.sync()
    view = board_view(hall.board.state, config, hall.board.now())
    assert next(w for w in view.windows if w.number == 2).phase == WindowPhase.HANDOVER
    wall.advance(minutes=4)
    view = board_view(hall.board.state, config, hall.board.now())
    assert next(w for w in view.windows if w.number == 2).phase == WindowPhase.SERVING


def test_a_closed_window_and_an_idle_one(hall: HallOnDevices) -> None:
    win.close_window(hall.windows[1], 1)
    hall.sync()
    view = board_view(hall.board.state, hall.board.bundle.config, hall.board.now())
    assert [(w.number, w.phase) for w in view.windows] == [
        (1, WindowPhase.CLOSED),
        (2, WindowPhase.OPEN),
        (3, WindowPhase.OPEN),
    ]


def test_recent_calls_are_newest_first_one_per_ticket(hall: HallOnDevices) -> None:
    a1, a2 = hall.issue("A"), hall.issue("A")
    hall.sync()
    win.call_next(hall.windows[1], 1)
    hall.sync()
    win.call_next(hall.windows[3], 3)
    hall.sync()
    win.recall(hall.windows[1], 1)
    hall.sync()
    view = board_view(hall.board.state, hall.board.bundle.config, hall.board.now())
    assert [(c.number, c.window, c.recall) for c in view.calls] == [(a1.number, 1, True), (a2.number, 3, False)]


def test_waiting_lines_per_category_with_estimates(hall: HallOnDevices) -> None:
    for _ in range(3):
        hall.issue("A")
    hall.issue("C")
    win.close_window(hall.windows[2], 2)
    hall.sync()
    view = board_view(hall.board.state, hall.board.bundle.config, hall.board.now())
    lines = {c.letter: (c.waiting, c.open_windows, c.wait_minutes) for c in view.categories}
    # A: 3 waiting, windows 1 and 3 open, 8 min each (the hall's default) -> 3 * 8 / 2 = 12
    assert lines == {"A": (3, 2, 12), "B": (0, 1, 0), "C": (1, 0, None)}

"""The hall board on a real board device fed by window clients through the relay: it follows calls,
recalls, pauses, handovers and closings; announces each call once, in order, one at a time, with its
caption on screen; skips calls too stale to announce; shows how old its data is; and keeps working
without speech."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from common import window_actions as win
from common.asset_paths import CHIME
from common.device import Device
from common.events import Outcome
from common.freshness import Freshness, Link
from common.hall_bundle import HallBundle
from common.speech.audio_output import FolderOutput
from common.speech.engines import RecordingEngine, SilentEngine, SpeechEngine, SpeechUnavailable, wav_seconds
from common.speech.espeak_engine import EspeakEngine
from common.speech.utterance import Sound, Speech, Utterance
from common.ui.device_bridge import DeviceBridge
from common.ui.speech import Speaker
from kiosk.board.board_window import BoardWindow
from tests.support.clock import FakeWall
from tests.support.hall_devices import STAFF, HallOnDevices


@dataclass
class Rig:
    hall: HallOnDevices
    engine: SpeechEngine
    speaker: Speaker
    bridge: DeviceBridge
    board: BoardWindow
    events: list[tuple[str, str]]
    """What the speaker reported, in order: ("started" or "finished", the utterance's key)."""

    def spoken(self) -> list[str]:
        assert isinstance(self.engine, RecordingEngine)
        return self.engine.spoken_texts


@pytest.fixture
def make_rig(qtbot, device_factory: Callable[..., Device], bundle: HallBundle, wall: FakeWall, languages):  # type: ignore[no-untyped-def]
    made: list[Rig] = []

    def make(engine: SpeechEngine | None = None, hall: HallOnDevices | None = None) -> Rig:
        if hall is None:
            hall = HallOnDevices(device_factory, bundle, wall)
            for n, staff in STAFF.items():
                win.open_window(hall.windows[n], n, staff)
            hall.sync()
        engine = engine or RecordingEngine()
        speaker = Speaker(engine, fallback=SilentEngine(seconds_per_char=0))
        events: list[tuple[str, str]] = []
        speaker.utterance_started.connect(lambda u: events.append(("started", u.key)))
        speaker.utterance_finished.connect(lambda u, _done: events.append(("finished", u.key)))
        speaker.start()
        bridge = DeviceBridge(hall.board)
        board = BoardWindow(bridge, speaker, chime=CHIME)
        qtbot.addWidget(board)
        board.show()
        qtbot.waitExposed(board)
        rig = Rig(hall, engine, speaker, bridge, board, events)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.board.shutdown()
        rig.speaker.close()
        rig.bridge.close()


def said(number: str, window: int) -> str:
    """What the board says for a call in the test hall (numbers digit by digit)."""
    return f"请{number[0]} {' '.join(number[1:])}号到{window}号窗口办理"


def serve_and_call_next(hall: HallOnDevices, window: int) -> None:
    """Finish whoever the window holds, then call the next: one new call, as a clerk makes it."""
    device = hall.windows[window]
    if device.state.window(window).ticket_id is not None:
        win.start_service(device, window)
        win.finish(device, window, Outcome.CONSULTED)
    assert win.call_next(device, window) is not None
    hall.sync(board=False)


# --- following the hall --------------------------------------------------------------------------


def test_the_board_follows_calls_recalls_pauses_handovers_and_closings(make_rig, qtbot, wall: FakeWall) -> None:
    rig = make_rig()
    h, board = rig.hall, rig.board
    a1 = h.issue("A")
    b1 = h.issue("B")
    h.sync()
    assert board.waiting.rows[0][1].text() == "1 人 · 约 4 分钟"  # one A ticket, windows 1 and 3 serve A

    win.call_next(h.windows[1], 1)
    h.sync()
    qtbot.waitUntil(lambda: board.latest_call.number.text() == a1.number)
    assert board.latest_call.window.text() == "请到 1 号窗口办理"
    assert board.window_grid.tiles[1].state.text() == f"呼叫 {a1.number}"
    assert board.window_grid.tiles[1].property("phase") == "calling"

    win.recall(h.windows[1], 1)
    h.sync()
    qtbot.waitUntil(lambda: board.latest_call.tag.text() == "再次呼叫")

    win.start_service(h.windows[1], 1)
    win.call_next(h.windows[2], 2)
    h.sync()
    qtbot.waitUntil(lambda: board.window_grid.tiles[1].state.text() == f"{a1.number} 办理中")
    qtbot.waitUntil(lambda: board.latest_call.number.text() == b1.number)
    assert board.recent_calls.shown_numbers() == [a1.number]

    win.pause(h.windows[3], 3, "临时离开", wall() + timedelta(minutes=10))
    h.sync()
    qtbot.waitUntil(lambda: board.window_grid.tiles[3].state.text() == "暂停至 09:40")
    assert board.window_grid.tiles[3].property("phase") == "paused"

    win.handover(h.windows[1], 1, "S004")
    h.sync()
    qtbot.waitUntil(lambda: board.window_grid.tiles[1].state.text() == "已换岗")
    assert board.window_grid.tiles[2].state.text() == f"呼叫 {b1.number}"  # a call shows even after a handover

    win.close_window(h.windows[3], 3)
    h.sync()
    qtbot.waitUntil(lambda: board.window_grid.tiles[3].state.text() == "未开放")

    wall.advance(minutes=4)  # the handover notice lasts a few minutes, then the window shows its work again
    board.refresh()
    assert board.window_grid.tiles[1].state.text() == f"{a1.number} 办理中"


# --- announcing ----------------------------------------------------------------------------------


def test_each_call_is_announced_once_after_a_chime_and_a_recall_again(make_rig, qtbot) -> None:
    rig = make_rig()
    h = rig.hall
    a1 = h.issue("A")
    h.sync()
    win.call_next(h.windows[1], 1)
    h.sync()
    qtbot.waitUntil(lambda: len(rig.spoken()) == 2)
    assert rig.spoken() == [said(a1.number, 1)] * 2
    assert isinstance(rig.engine, RecordingEngine)
    assert [type(p.part) for p in rig.engine.played] == [Sound, Speech, Speech]

    h.relay.pull(h.board)  # the same events again: nothing new
    rig.board.refresh()
    win.recall(h.windows[1], 1)
    h.sync()
    qtbot.waitUntil(lambda: len(rig.spoken()) == 4)
    assert rig.spoken() == [said(a1.number, 1)] * 4


def test_the_caption_of_the_call_being_spoken_is_on_screen_and_the_screen_keeps_working(make_rig, qtbot) -> None:
    rig = make_rig()
    h, board = rig.hall, rig.board
    engine = rig.engine
    assert isinstance(engine, RecordingEngine)
    a1 = h.issue("A")
    h.sync()
    engine.hold()  # the chime "plays" until released
    with qtbot.waitSignal(board.captions.caption_shown, timeout=5000) as shown:
        win.call_next(h.windows[1], 1)
        h.sync()
    assert shown.args == [f"请{a1.number}号到1号窗口办理"]
    assert board.captions.speaking
    assert board.captions.tag.text() == "正在播报"
    assert board.latest_call.number.text() == a1.number and board.latest_call.speaking

    # While the speech worker is busy, the screen still follows the hall.
    h.issue("A")
    h.issue("A")
    h.sync()
    qtbot.waitUntil(lambda: board.waiting.rows[0][1].text().startswith("2 人"))

    engine.release()
    qtbot.waitUntil(lambda: not board.captions.speaking)
    assert board.captions.caption == f"请{a1.number}号到1号窗口办理"  # the last call stays readable
    assert board.captions.tag.text() == "刚才播报"


def test_a_burst_of_ten_calls_is_spoken_in_order_whole_and_one_at_a_time(make_rig, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "spoken"
    rig = make_rig(EspeakEngine(FolderOutput(folder)))
    h = rig.hall
    for _ in range(10):
        h.issue("A")
    h.sync()
    windows = [1, 3, 1, 3, 1, 3, 1, 3, 1, 3]  # the two windows that serve A, each finishing and calling next
    for w in windows:
        serve_and_call_next(h, w)
    calls = list(reversed(h.windows[1].state.recent_calls))
    assert len(calls) == 10

    h.relay.pull(h.board)  # the board gets all ten at once, as after a short network cut
    keys = [c.event_id for c in calls]
    qtbot.waitUntil(lambda: rig.events.count(("finished", keys[-1])) == 1, timeout=30000)

    # One at a time, in the order made: each started after the one before finished.
    assert rig.events == [e for k in keys for e in (("started", k), ("finished", k))]
    # Complete, in order, from the audio files themselves: chime, the call, the call again.
    assert rig.speaker.available, rig.speaker.unavailable_reason
    files = sorted(folder.glob("*.wav"))
    assert len(files) == 30
    manifest = (folder / FolderOutput.MANIFEST).read_text(encoding="utf-8").splitlines()
    expected = []
    for c in calls:
        expected += ["chime.wav", said(c.number, c.window), said(c.number, c.window)]
    assert [line.split("\t")[3] for line in manifest] == expected
    for f, line in zip(files, manifest, strict=True):
        kind = line.split("\t")[1]
        assert f.name.endswith(f"-{kind}.wav")
        assert wav_seconds(f) > (1.5 if kind == "sound" else 2.0), f"{f.name} is cut short"


def test_calls_too_old_after_a_network_cut_are_shown_but_not_spoken(make_rig, qtbot, wall: FakeWall) -> None:
    rig = make_rig()
    h, board = rig.hall, rig.board
    for _ in range(3):
        h.issue("A")
    h.sync()
    serve_and_call_next(h, 1)
    serve_and_call_next(h, 3)
    wall.advance(minutes=5)
    serve_and_call_next(h, 1)
    fresh = h.windows[1].state.recent_calls[0]

    h.relay.pull(h.board)
    qtbot.waitUntil(lambda: len(rig.spoken()) == 2)
    assert rig.spoken() == [said(fresh.number, 1)] * 2
    assert board.latest_call.number.text() == fresh.number
    assert len(board.recent_calls.shown_numbers()) == 2  # the stale ones are still shown


def test_a_restarted_board_does_not_repeat_calls_it_already_had(make_rig, qtbot, tmp_path: Path, wall) -> None:
    rig = make_rig()
    h = rig.hall
    h.issue("A")
    h.issue("A")
    h.sync()
    serve_and_call_next(h, 1)
    h.relay.pull(h.board)
    qtbot.waitUntil(lambda: len(rig.spoken()) == 2)

    rig.board.shutdown()
    rig.speaker.close()
    rig.bridge.close()
    h.board.close()
    h.board = Device.open(tmp_path / "board-1.db", wall=wall)
    again = make_rig(hall=h)
    assert again.board.latest_call.number.text() == h.board.state.recent_calls[0].number
    serve_and_call_next(h, 3)
    h.relay.pull(h.board)
    qtbot.waitUntil(lambda: len(again.spoken()) == 2)
    assert again.spoken() == [said(h.board.state.recent_calls[0].number, 3)] * 2


# --- working without the network, or without speech -----------------------------------------------


def test_offline_the_board_shows_how_old_its_data_is(make_rig, wall: FakeWall) -> None:
    rig = make_rig()
    board, bridge = rig.board, rig.bridge
    assert board.status.freshness.text() == "未连接中心 · 尚未收到中心数据"
    bridge.set_freshness(Freshness(Link.OFFLINE, last_sync=wall() - timedelta(minutes=7), offline_since=wall()))
    assert board.status.freshness.text() == "网络中断 · 7 分钟前更新"
    assert board.status.property("attention") == "true"
    wall.advance(minutes=3)
    board._on_tick()
    assert board.status.freshness.text() == "网络中断 · 10 分钟前更新"
    bridge.set_freshness(Freshness(Link.ONLINE, last_sync=wall()))
    assert board.status.freshness.text() == "实时更新"
    assert board.status.property("attention") == "false"


class NoEspeak(RecordingEngine):
    name = "missing"

    def open(self) -> None:
        raise SpeechUnavailable("espeak-ng cannot be started: libespeak-ng.so.1 not found")


def test_without_speech_the_board_says_so_once_and_still_captions_calls(make_rig, qtbot) -> None:
    rig = make_rig(NoEspeak())
    h, board = rig.hall, rig.board
    qtbot.waitUntil(lambda: board.captions.tag.text() == "字幕（无语音）")
    assert not rig.speaker.available
    a1 = h.issue("A")
    h.sync()
    with qtbot.waitSignal(board.captions.caption_shown, timeout=5000):
        win.call_next(h.windows[1], 1)
        h.sync()
    assert board.captions.caption == f"请{a1.number}号到1号窗口办理"
    qtbot.waitUntil(lambda: ("finished", h.board.state.recent_calls[0].event_id) in rig.events)
    assert board.captions.tag.text() == "字幕（无语音）"


def test_switching_language_retranslates_the_open_board(make_rig, languages) -> None:
    board = make_rig().board
    assert board.window_grid.heading.text() == "窗口状态"
    languages.switch_to("en")
    assert board.window_grid.heading.text() == "Windows"
    assert board.status.freshness.text() == "Not connected · no data from the central store yet"
    languages.switch_to("zh_TW")
    assert board.window_grid.heading.text() == "窗口狀態"
    languages.switch_to("zh_CN")
    assert board.window_grid.heading.text() == "窗口状态"


def test_utterances_are_reported_on_the_ui_thread(make_rig, qtbot) -> None:
    import threading

    rig = make_rig()
    threads: list[str] = []
    rig.speaker.utterance_started.connect(lambda _u: threads.append(threading.current_thread().name))
    with qtbot.waitSignal(rig.speaker.utterance_finished, timeout=5000):
        rig.speaker.say(Utterance.read_aloud("测试", "zh_CN"))
    assert threads == ["MainThread"]

"""The speech worker: announcements queue and never overlap or get cut off, read-aloud replaces and
stops, every utterance is reported from the worker's own thread, and a broken engine is reported once
while captions carry on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from common.speech.engines import RecordingEngine, SilentEngine, SpeechUnavailable
from common.speech.speech_worker import RATE_RANGE, SpeechWorker
from common.speech.utterance import Policy, Sound, Speech, Utterance
from tests.support.speech import ListenerLog

CHIME = Sound(Path("chime.wav"))


def call(number: str, window: int) -> Utterance:
    text = f"请{number}号到{window}号窗口办理"
    return Utterance(text, (CHIME, Speech(text, "zh_CN"), Speech(text, "zh_CN")), Policy.ANNOUNCEMENT, key=number)


@pytest.fixture
def engine() -> RecordingEngine:
    return RecordingEngine()


@pytest.fixture
def listener() -> ListenerLog:
    return ListenerLog()


@pytest.fixture
def worker(engine: RecordingEngine, listener: ListenerLog) -> Iterator[SpeechWorker]:
    w = SpeechWorker(engine, listener, fallback=SilentEngine(seconds_per_char=0))
    w.start()
    yield w
    w.close()


def test_announcements_play_whole_in_order_one_at_a_time(
    worker: SpeechWorker, engine: RecordingEngine, listener: ListenerLog
) -> None:
    engine.hold()
    calls = [call(f"A{i:03d}", i % 5 + 1) for i in range(1, 11)]
    worker.say(calls[0])
    assert engine.wait_playing() == CHIME
    for c in calls[1:]:
        worker.say(c)
    assert engine.played == []  # the first call's chime is still playing; nothing else started
    assert listener.started_ids() == [calls[0].id]
    engine.release()
    assert worker.wait_idle(10)

    assert [p.part for p in engine.played] == [part for c in calls for part in c.parts]
    assert all(p.completed for p in engine.played)
    for before, after in zip(engine.played, engine.played[1:], strict=False):
        assert after.started >= before.ended, "two parts overlapped"
    assert listener.events == [e for c in calls for e in (("started", c.id, None), ("finished", c.id, True))]
    assert listener.threads == {"hall-speech"}


def test_a_new_read_aloud_replaces_the_one_playing_and_the_one_waiting(
    worker: SpeechWorker, engine: RecordingEngine, listener: ListenerLog
) -> None:
    engine.hold()
    first = Utterance.read_aloud("欢迎使用自助服务终端", "zh_CN")
    second = Utterance.read_aloud("请选择业务", "zh_CN")
    third = Utterance.read_aloud("不动产登记", "zh_CN")
    worker.say(first)
    engine.wait_playing()
    worker.say(second)
    worker.say(third)
    assert listener.wait_finished(first) is False
    engine.release()
    assert listener.wait_finished(third) is True
    assert second.id not in listener.started_ids()
    assert engine.spoken_texts == ["欢迎使用自助服务终端", "不动产登记"]
    assert [p.completed for p in engine.played] == [False, True]


def test_stop_silences_read_aloud_but_never_an_announcement(
    worker: SpeechWorker, engine: RecordingEngine, listener: ListenerLog
) -> None:
    engine.hold()
    announcement = call("B007", 2)
    worker.say(announcement)
    engine.wait_playing()
    reading = Utterance.read_aloud("办事指南", "zh_CN")
    worker.say(reading)
    worker.stop()
    engine.release()
    assert listener.wait_finished(announcement) is True
    assert worker.wait_idle(5)
    assert reading.id not in listener.started_ids()


def test_stop_cuts_the_read_aloud_playing(worker: SpeechWorker, engine: RecordingEngine, listener: ListenerLog) -> None:
    engine.hold()
    reading = Utterance.read_aloud("请阅读以下办事指南", "zh_CN")
    worker.say(reading)
    engine.wait_playing()
    worker.stop()
    assert listener.wait_finished(reading) is False
    engine.release()


def test_the_rate_is_kept_in_range_and_applies_to_the_next_part(worker: SpeechWorker, engine: RecordingEngine) -> None:
    worker.set_rate(10)
    assert worker.rate == RATE_RANGE[0]
    worker.set_rate(120)
    worker.say(Utterance.read_aloud("慢一点", "zh_CN"))
    assert worker.wait_idle(5)
    assert engine.played[-1].rate == 120


class BrokenAtOpen(RecordingEngine):
    name = "broken"

    def open(self) -> None:
        raise SpeechUnavailable("espeak-ng is not installed")


class BrokenAtPlay(RecordingEngine):
    name = "flaky"

    def play(self, part, rate):  # type: ignore[no-untyped-def]
        raise SpeechUnavailable("aplay failed: no sound card")


@pytest.mark.parametrize("broken", [BrokenAtOpen, BrokenAtPlay])
def test_without_a_working_engine_it_says_so_once_and_captions_carry_on(broken: type[RecordingEngine]) -> None:
    listener = ListenerLog()
    worker = SpeechWorker(broken(), listener, fallback=SilentEngine(seconds_per_char=0))
    worker.start()
    try:
        calls = [call("A001", 1), call("A002", 2), call("A003", 3)]
        for c in calls:
            worker.say(c)
        for c in calls:
            assert listener.wait_finished(c) is True
        assert len(listener.unavailable) == 1
        assert "no sound card" in worker.unavailable_reason or "not installed" in worker.unavailable_reason
    finally:
        worker.close()


def test_close_ends_the_thread_and_closes_the_engine(engine: RecordingEngine, listener: ListenerLog) -> None:
    worker = SpeechWorker(engine, listener)
    worker.start()
    engine.hold()
    worker.say(call("A001", 1))
    engine.wait_playing()
    worker.say(call("A002", 2))
    worker.close()
    assert engine.closed
    assert [p.completed for p in engine.played] == [False]
    worker.say(call("A003", 3))  # ignored after close, no error

"""Real speech: pyttsx3 finds espeak-ng on this machine with a Mandarin and an English voice, and
utterances become complete WAV files in order; the player output can be cut short and reports a
broken player."""

from __future__ import annotations

import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from common.asset_paths import CHIME
from common.speech.audio_output import FolderOutput, PlayerOutput
from common.speech.engines import SilentEngine, SpeechUnavailable, wav_seconds
from common.speech.espeak_engine import EspeakEngine, language_key
from common.speech.speech_worker import SpeechWorker
from common.speech.utterance import Policy, Sound, Speech, Utterance
from tests.support.speech import ListenerLog


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[EspeakEngine]:
    e = EspeakEngine(FolderOutput(tmp_path / "spoken"))
    e.open()
    yield e
    e.close()


def test_pyttsx3_finds_espeak_ng_with_mandarin_and_english_voices(engine: EspeakEngine) -> None:
    # Debian's plain "cmn" voice reads pinyin by English rules; the pinyin variant reads it as Mandarin.
    assert engine.voice_for("zh_CN") == "sit/cmn-latn-pinyin"
    assert engine.voice_for("zh_TW") == "sit/cmn-latn-pinyin"
    assert engine.voice_for("en") == "gmw/en"
    assert engine.voice_for("fr") == "sit/cmn-latn-pinyin"  # unknown: the hall's language


def test_language_codes_map_to_voice_keys() -> None:
    assert [language_key(x) for x in ("zh", "zh_CN", "zh-TW", "zh_HK", "en_US", "en")] == [
        "zh_CN",
        "zh_CN",
        "zh_TW",
        "zh_TW",
        "en",
        "en",
    ]


def test_utterances_become_complete_wav_files_in_order(tmp_path: Path) -> None:
    folder = tmp_path / "spoken"
    output = FolderOutput(folder)
    listener = ListenerLog()
    worker = SpeechWorker(EspeakEngine(output), listener, fallback=SilentEngine(seconds_per_char=0))
    worker.start()
    texts = [
        ("请A001号到3号窗口办理", "zh_CN"),
        ("Number A001, please go to window 3", "en"),
        ("请B012号到10号窗口办理", "zh_CN"),
    ]
    utterance = Utterance(
        "\n".join(t for t, _ in texts),
        (Sound(CHIME), *(Speech(t, lang) for t, lang in texts)),
        Policy.ANNOUNCEMENT,
    )
    worker.say(utterance)
    assert listener.wait_finished(utterance) is True
    worker.close()
    assert listener.unavailable == []

    files = sorted(folder.glob("*.wav"))
    assert [f.name for f in files] == ["0001-sound.wav", "0002-speech.wav", "0003-speech.wav", "0004-speech.wav"]
    assert files[0].read_bytes() == CHIME.read_bytes()
    manifest = (folder / FolderOutput.MANIFEST).read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[3] for line in manifest[1:]] == [t for t, _ in texts]

    # Each file is the whole utterance: as long as the same text synthesized afresh.
    check = EspeakEngine(FolderOutput(tmp_path / "unused"))
    check.open()
    for f, (text, lang) in zip(files[1:], texts, strict=True):
        fresh = tmp_path / "fresh.wav"
        check.synthesize(text, lang, worker.rate, fresh)
        assert wav_seconds(f) > 1.0
        assert wav_seconds(f) == pytest.approx(wav_seconds(fresh), rel=0.05)
    check.close()


def _script(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_without_a_player_program_speech_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(SpeechUnavailable, match="alsa-utils"):
        PlayerOutput(players=((str(tmp_path / "no-such-player"), ()),)).open()


def test_a_player_without_a_sound_card_is_found_out_at_start(tmp_path: Path) -> None:
    player = _script(tmp_path, "player", 'echo "aplay: main:831: audio open error: No such device" >&2; exit 1')
    with pytest.raises(SpeechUnavailable, match="No such device"):
        PlayerOutput(players=((str(player), ()),)).open()


def test_a_player_failing_later_is_reported_with_its_message(tmp_path: Path) -> None:
    marker = tmp_path / "opened"
    body = f'if [ -e "{marker}" ]; then echo "aplay: underrun" >&2; exit 1; fi; touch "{marker}"'
    output = PlayerOutput(players=((str(_script(tmp_path, "player", body)), ()),))
    output.open()
    with pytest.raises(SpeechUnavailable, match="underrun"):
        output.play(CHIME, Sound(CHIME))


def test_the_sound_playing_can_be_cut_short(tmp_path: Path) -> None:
    started = tmp_path / "started"
    body = f'case "$1" in *silence*) exit 0;; esac; touch "{started}"; exec sleep 60'
    player = _script(tmp_path, "player", body)
    output = PlayerOutput(players=((str(player), ()),))
    output.open()
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(output.play(CHIME, Sound(CHIME))))
    thread.start()
    while not started.exists():
        thread.join(0.01)
    output.interrupt()
    thread.join(10)
    assert result == [False]


def _empty_wav(path: Path) -> None:
    import wave

    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)


def test_an_empty_file_from_pyttsx3_is_synthesized_again(engine: EspeakEngine, tmp_path: Path, monkeypatch) -> None:
    """pyttsx3's espeak driver sometimes writes the file before the audio arrives (about 1 in 100)."""
    real = EspeakEngine._pyttsx3_save
    calls: list[int] = []

    def flaky(self, text, voice, rate, path):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            _empty_wav(path)
        else:
            real(self, text, voice, rate, path)

    monkeypatch.setattr(EspeakEngine, "_pyttsx3_save", flaky)
    out = tmp_path / "retry.wav"
    engine.synthesize("请A 0 0 1号到3号窗口办理", "zh_CN", 150, out)
    assert len(calls) >= 2  # (pyttsx3 itself may give one more empty file)
    assert wav_seconds(out) > 2.0


def test_when_pyttsx3_keeps_failing_the_espeak_ng_command_speaks(
    engine: EspeakEngine, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(EspeakEngine, "_pyttsx3_save", lambda self, text, voice, rate, path: _empty_wav(path))
    out = tmp_path / "fallback.wav"
    engine.synthesize("请A 0 0 1号到3号窗口办理", "zh_CN", 150, out)
    assert wav_seconds(out) > 2.0


class _Recorder:
    """An audio output that writes down what happens to it, in order."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def open(self) -> None:
        pass

    def begin(self, wav: Path, part: object) -> None:
        self.log.append(f"begin {part.text if isinstance(part, Speech) else 'chime'}")

    def finish(self) -> bool:
        self.log.append("finish")
        return True

    def play(self, wav: Path, part: object) -> bool:
        self.begin(wav, part)
        return self.finish()

    def interrupt(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_the_words_are_synthesized_while_the_chime_plays(monkeypatch) -> None:
    """So the caption is not held back by synthesis and the words follow the chime without a pause."""
    log: list[str] = []
    engine = EspeakEngine(_Recorder(log))  # type: ignore[arg-type]
    engine.open()
    real = EspeakEngine.synthesize

    def noted(self, text, language, rate, path):  # type: ignore[no-untyped-def]
        log.append(f"synthesize {text}")
        real(self, text, language, rate, path)

    monkeypatch.setattr(EspeakEngine, "synthesize", noted)
    zh, en = Speech("请A 0 0 1号到3号窗口办理", "zh_CN"), Speech("Number A0 0 1, please go to window 3", "en")
    parts = (Sound(CHIME), zh, zh, en)
    engine.prepare(parts, 150)
    assert log == []
    for part in parts:
        assert engine.play(part, 150)
    engine.close()
    assert log == [
        "begin chime",
        f"synthesize {zh.text}",
        f"synthesize {en.text}",
        "finish",
        f"begin {zh.text}",
        "finish",
        f"begin {zh.text}",
        "finish",
        f"begin {en.text}",
        "finish",
    ]

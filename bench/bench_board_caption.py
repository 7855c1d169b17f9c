"""The board, from a call to what people see and hear: (1) a call event folded into the board's device
to its caption painted on screen; (2) from that caption to the first audio of the announcement handed
to the audio output (the chime), and to the first spoken audio (pyttsx3 + espeak-ng synthesis).

    python -m bench.bench_board_caption [--calls 50]

The board is the real one (sample hall: 12 windows, 8 categories) on the offscreen Qt platform, fed by a
window client through the in-process relay; speech is the real espeak-ng engine with a folder output, so
"handed" is the moment the WAV reaches the output. Each call is made on an idle board (the previous
announcement finished). Target (issue 6): caption to first audio <= 300 ms.
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from bench.stats import machine, percentile
from common import kiosk_actions as kiosk
from common import window_actions as win
from common.events import Outcome
from common.speech.audio_output import FolderOutput
from common.speech.espeak_engine import EspeakEngine
from common.speech.utterance import Speech
from common.ui.device_bridge import DeviceBridge
from common.ui.speech import Speaker
from kiosk.board.board_window import BoardWindow
from tests.support.busy_hall import BusyHall
from tests.support.clock import FakeWall

A_WINDOWS = (1, 2, 3, 10)
TIMEOUT_S = 30.0


def _wait(app: QApplication, done: object, what: str) -> None:
    """Run the Qt event loop, as the app does, until ``done()``: the UI thread sleeps in ``exec`` between
    events instead of spinning, so the speech thread gets the GIL as it would in the real board."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(1)
    check.timeout.connect(lambda: loop.quit() if done() else None)  # type: ignore[operator]
    QTimer.singleShot(int(TIMEOUT_S * 1000), loop.quit)
    check.start()
    if not done():  # type: ignore[operator]
        loop.exec()
    check.stop()
    if not done():  # type: ignore[operator]
        raise TimeoutError(what)


def run(calls: int, folder: Path) -> dict[str, object]:
    logging.getLogger("hall").setLevel(logging.WARNING)
    app = QApplication.instance() or QApplication([])
    wall = FakeWall()
    hall = BusyHall(folder, wall)
    hall.fill()
    hall.kiosk.store.add_lease("A", hall.kiosk.today(), 51, 51 + calls)
    for _ in range(calls):
        kiosk.issue_ticket(hall.kiosk, "A")
    hall.sync()
    output = FolderOutput(folder / "spoken")
    speaker = Speaker(EspeakEngine(output))
    speaker.start()
    bridge = DeviceBridge(hall.board)
    board = BoardWindow(bridge, speaker)
    board.show()
    board.ticker.set_running(False)
    app.processEvents()

    shown_at: list[float] = []
    finished: list[str] = []
    board.captions.caption_shown.connect(lambda _text: shown_at.append(time.monotonic()))
    speaker.utterance_finished.connect(lambda u, _done: finished.append(u.key))

    to_caption, to_chime, to_speech = [], [], []
    for i in range(calls):
        window = A_WINDOWS[i % len(A_WINDOWS)]
        device = hall.window
        held = device.state.window(window)
        if held.ticket_id is not None and held.visit_id is None:
            win.start_service(device, window)
        if device.state.window(window).visit_id is not None:
            win.finish(device, window, Outcome.CONSULTED)
        if win.call_next(device, window) is None:
            break
        assert hall.relay.push(device) == []
        handed_before = len(output.handed)
        shown_before = len(shown_at)
        start = time.monotonic()
        hall.relay.pull(hall.board)  # the fold, the bridge, the announcer, the speaker, the caption
        _wait(app, lambda: len(shown_at) > shown_before, "caption")  # noqa: B023
        key = hall.board.state.recent_calls[0].event_id
        _wait(app, lambda: key in finished, "announcement")  # noqa: B023
        caption = shown_at[shown_before]
        handed = output.handed[handed_before:]
        first_speech = next(h for h in handed if isinstance(h.part, Speech))
        to_caption.append((caption - start) * 1000)
        to_chime.append((handed[0].at - caption) * 1000)
        to_speech.append((first_speech.at - caption) * 1000)
        hall.relay.pull(hall.window)
    speaker.close()
    board.shutdown()
    bridge.close()
    hall.close()

    def summary(samples: list[float]) -> dict[str, float]:
        return {
            "p50": percentile(samples, 50),
            "p95": percentile(samples, 95),
            "max": max(samples),
            "min": min(samples),
        }

    return {
        "calls": len(to_caption),
        "event_to_caption_ms": summary(to_caption),
        "caption_to_chime_ms": summary(to_chime),
        "caption_to_first_speech_ms": summary(to_speech),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hall-bench-board-", dir="/var/tmp") as tmp:
        result = run(args.calls, Path(tmp))
    print(f"machine: {machine()}")
    print(f"calls: {result['calls']}")
    for name in ("event_to_caption_ms", "caption_to_chime_ms", "caption_to_first_speech_ms"):
        s = result[name]
        assert isinstance(s, dict)
        print(f"{name}: p50 {s['p50']:.1f}, p95 {s['p95']:.1f}, min {s['min']:.1f}, max {s['max']:.1f}")


if __name__ == "__main__":
    main()

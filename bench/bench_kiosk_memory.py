"""Resident memory of the kiosk over many citizens' sessions: no growth.

    python -m bench.bench_kiosk_memory [--sessions 720]

Each simulated session is what a citizen does in a minute or two: take a number (printed to PDF), look at
the queue, search an item by pinyin and open its guide, look up a case, switch to elder mode and English,
then leave, so the idle reset starts over. The kiosk's clock is moved 5 s per step (so its timers' work —
the age of the figures, the screens' refresh — runs as in real time), and the status redraw that runs
every 15 s is called as often as an hour would call it. 720 sessions are 12 hours of a busy kiosk (one
citizen a minute), run faster than real time: nothing in the kiosk keeps state per second of wall time,
only per thing done, so the same sessions in a real hour allocate the same. Resident memory is read from
/proc after each 60 sessions; the figure is the growth after the first 120 (warm-up: fonts, caches).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from bench.stats import machine
from common.readability import DisplayMode
from common.speech.engines import SilentEngine
from common.ui.device_bridge import DeviceBridge
from common.ui.i18n import Languages, compile_translations
from common.ui.screenshots import settle
from common.ui.speech import Speaker
from kiosk.context import KioskContext, KioskOptions
from kiosk.kiosk_window import KioskWindow
from kiosk.print_service import PrintService
from kiosk.printing.qt_printer import QtPrinter
from kiosk.screens.all_screens import SCREENS
from tests.support.busy_hall import BusyHall
from tests.support.clock import FakeWall

STEP_S = 5


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def session(window: KioskWindow, wall: FakeWall, languages: Languages, printing: PrintService, i: int) -> None:
    app = QApplication.instance()
    assert app is not None

    def step() -> None:
        wall.advance(seconds=STEP_S)
        window._show_status()
        settle(window)
        # What the event loop does between touches: widgets given up with deleteLater are deleted.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    home = window.screen("home")
    letters = list(home.category_tiles)
    home.category_tiles[letters[i % len(letters)]].click()
    step()
    while printing.busy:
        app.processEvents()
    window.go("queue")
    step()
    window.go("take_number", search=True)
    panel = window.screen("take_number").search
    panel.field.setText("bdc"[: 1 + i % 3])
    step()
    window.go("guides", item="BDC-002")
    step()
    window.go("case")
    case = window.screen("case")
    case.field.setText("NJ-BDC-0000")
    case.lookup()
    step()
    window.set_mode(DisplayMode.ELDER)
    window.switch_language("en")
    window.go("help")
    step()
    window.idle.warn()
    window.idle.expire()
    step()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=720)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    app = QApplication([])  # noqa: F841 - the widgets need it alive
    with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
        folder = Path(tmp)
        wall = FakeWall()
        hall = BusyHall(folder, wall)
        hall.fill()
        languages = Languages(compile_translations(target=folder / "qm"))
        languages.switch_to("zh_CN")
        speaker = Speaker(SilentEngine(seconds_per_char=0, least_seconds=0))
        speaker.start()
        bridge = DeviceBridge(hall.kiosk)
        pdf = folder / "pdf"
        pdf.mkdir()
        printing = PrintService(QtPrinter(pdf_folder=pdf), hall.kiosk)
        ctx = KioskContext(bridge, speaker, printing, languages, KioskOptions(locked=False))
        window = KioskWindow(ctx, SCREENS)
        window.finish_building()
        window.show()
        readings = []
        for i in range(args.sessions):
            session(window, wall, languages, printing, i)
            for f in pdf.glob("*.pdf"):
                f.unlink()
            if (i + 1) % 60 == 0:
                gc.collect()
                readings.append((i + 1, rss_kib()))
                print(f"  after {i + 1:4d} sessions: RSS {readings[-1][1] / 1024:.1f} MiB", flush=True)
        window.shutdown()
        speaker.close()
        hall.close()
    base = next(r for n, r in readings if n >= 120)
    end = readings[-1][1]
    print(
        f"kiosk memory on {machine()}: {args.sessions} sessions ({args.sessions * 8 * STEP_S / 3600:.1f} h of "
        f"kiosk clock), RSS after 120 sessions {base / 1024:.1f} MiB, at the end {end / 1024:.1f} MiB, "
        f"growth {(end - base) / 1024:+.1f} MiB"
    )


if __name__ == "__main__":
    main()

"""A tap on "take a number" (a service tile on the home screen) to the ticket painted on screen, with the
kiosk's real sync client running on the same qasync loop as the app: online (the central store as its own
process on loopback) and with the central store unreachable (nothing listens at its address).

    python -m bench.bench_kiosk_tap [--taps 300]

Each tap issues a real ticket (fsync included), shows it, and is timed until the ticket screen's first
paint; then the kiosk prints the ticket (PDF) and goes home, and the next tap waits until both are done.
Target (issue 4): p99 <= 50 ms, online and offline.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.stats import machine, percentile
from common.device import Device, Identity
from common.speech.engines import RecordingEngine
from common.sync.backoff import Backoff
from common.sync.central_api import CentralApi
from common.sync.client import SyncClient
from common.ui.device_bridge import DeviceBridge
from common.ui.i18n import Languages, compile_translations
from common.ui.speech import Speaker
from kiosk.context import KioskContext, KioskOptions
from kiosk.kiosk_window import KioskWindow
from kiosk.print_service import PrintService
from kiosk.printing.qt_printer import QtPrinter
from kiosk.screens.all_screens import SCREENS
from tests.support.central_server import prepare_db, serve_subprocess
from tests.support.halls import small_hall


async def _until(condition: object, what: str, within: float = 30.0) -> None:
    deadline = time.monotonic() + within
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.001)


async def run_taps(window: KioskWindow, printing: PrintService, taps: int) -> list[float]:
    ticket = window.screen("ticket")
    home = window.screen("home")
    letters = list(home.category_tiles)
    samples = []
    for i in range(taps):
        window.home()
        await _until(lambda: not printing.busy, "the printer")
        await asyncio.sleep(0.005)  # an idle kiosk between citizens: the sync client gets its turns
        painted = asyncio.get_running_loop().create_future()
        connection = ticket.painted.connect(lambda f=painted: f.done() or f.set_result(time.perf_counter()))
        tile = home.category_tiles[letters[i % len(letters)]]
        start = time.perf_counter()
        QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
        end = await asyncio.wait_for(painted, 10)
        ticket.painted.disconnect(connection)
        samples.append((end - start) * 1000)
    return samples


def build(
    folder: Path, central_url: str, token: str, languages: Languages
) -> tuple[KioskWindow, PrintService, SyncClient, httpx.AsyncClient, Device]:
    bundle = small_hall()
    identity = Identity("kiosk-1", bundle.hall_id, "kiosk", 1, token, central_url)  # type: ignore[arg-type]
    device = Device.create(folder / "kiosk.db", identity, bundle)
    http = httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=3.0))
    client = SyncClient(device, CentralApi(http, central_url, token), backoff=Backoff(base=0.5, cap=5))
    speaker = Speaker(RecordingEngine())
    speaker.start()
    bridge = DeviceBridge(device)
    bridge.follow_sync(client.status)
    (folder / "pdf").mkdir()
    printing = PrintService(QtPrinter(pdf_folder=folder / "pdf"), device)
    ctx = KioskContext(bridge, speaker, printing, languages, KioskOptions(locked=False))
    window = KioskWindow(ctx, SCREENS)
    window.finish_building()
    window.show()
    return window, printing, client, http, device


def scenario(
    name: str, app: QApplication, folder: Path, url: str, token: str, taps: int, languages: Languages
) -> list[float]:
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window, printing, client, http, device = build(folder, url, token, languages)

    async def main() -> list[float]:
        client.start()
        await asyncio.sleep(0.5)  # the first sync round (or the first refusal of a dead address)
        samples = await run_taps(window, printing, taps)
        await client.stop()
        await http.aclose()
        return samples

    with loop:
        samples = loop.run_until_complete(main())
    window.shutdown()
    window.ctx.speaker.close()
    pending = device.store.pending_count()
    device.close()
    print(
        f"  {name}: {taps} taps, p50 {percentile(samples, 50):.1f} ms, p99 {percentile(samples, 99):.1f} ms, "
        f"max {max(samples):.1f} ms; events still pending sync: {pending}"
    )
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--taps", type=int, default=300)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    app = QApplication([])
    with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
        folder = Path(tmp)
        languages = Languages(compile_translations(target=folder / "qm"))
        languages.switch_to("zh_CN")
        db = f"sqlite:///{folder / 'central.db'}"
        prepare_db(db, small_hall())
        server = serve_subprocess(db)
        try:
            from central.database import open_engine
            from central.devices import DeviceRegistry

            engine = open_engine(db)
            enrolled = DeviceRegistry(engine).create(small_hall().hall_id, "kiosk", "kiosk-1")  # type: ignore[arg-type]
            engine.dispose()
            print(f"tap to ticket on screen, {machine()}:")
            (folder / "online").mkdir()
            scenario("online", app, folder / "online", server.url, enrolled.token, args.taps, languages)
        finally:
            server.stop()
        (folder / "offline").mkdir()
        scenario(
            "central store unreachable", app, folder / "offline", "http://127.0.0.1:9", "token", args.taps, languages
        )


if __name__ == "__main__":
    main()

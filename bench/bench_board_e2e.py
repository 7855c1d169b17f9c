"""A window client's "call next" to the board's caption on screen, through the central store on loopback.

    python -m bench.bench_board_e2e [--calls 60]

The central store runs as its own process (``hall-central serve``, SQLite, the sample hall). In this process,
on one qasync loop as in the apps: a kiosk and a window client with their real sync clients, and the real
board (its own device, sync client and stream, BoardWindow, speech to WAV files). Each sample is the time
from ``call_next`` on the window's device to the board's caption showing that number. Target (issue 6):
p95 ≤ 200 ms.
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
from PySide6.QtWidgets import QApplication

from bench.stats import machine, percentile
from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import Outcome
from common.projection.admission import DeviceKind
from common.speech.audio_output import FolderOutput
from common.speech.espeak_engine import EspeakEngine
from common.ui.device_bridge import DeviceBridge
from common.ui.speech import Speaker
from kiosk.board.board_window import BoardWindow
from tests.support.central_server import serve_subprocess, start_central
from tests.support.synced_devices import open_synced, settle

WINDOW = 1


async def measure(calls: int, folder: Path) -> list[float]:
    admin = start_central(tmp_path=folder, load_sample_hall=True)
    server = serve_subprocess(admin.db_url)
    speaker = Speaker(EspeakEngine(FolderOutput(folder / "spoken")))
    try:
        async with httpx.AsyncClient(timeout=5) as http:
            k = open_synced(admin, folder, DeviceKind.KIOSK, http, url=server.url)
            w = open_synced(admin, folder, DeviceKind.WINDOW, http, url=server.url)
            b = open_synced(admin, folder, DeviceKind.BOARD, http, url=server.url)
            config = admin.hall.config
            category = config.window(WINDOW).categories[0]
            staff = admin.hall.roster.staff[0].number
            await settle([k, w, b])
            for _ in range(calls):
                kiosk.issue_ticket(k.device, category)
            win.open_window(w.device, WINDOW, staff)
            await settle([k, w, b])
            bridge = DeviceBridge(b.device)
            bridge.follow_sync(b.client.status)
            board = BoardWindow(bridge, speaker)
            board.show()
            speaker.start()
            shown: dict[str, float] = {}
            arrived = asyncio.Event()

            def on_caption(text: str) -> None:
                shown[text] = time.perf_counter()
                arrived.set()

            board.captions.caption_shown.connect(on_caption)
            for d in (w, b):
                d.client.start()
            await asyncio.sleep(0.5)  # both streams open before measuring
            samples = await _call_and_watch(w.device, calls, shown, arrived)
            for d in (w, b):
                await d.client.stop()
            board.shutdown()
            bridge.close()
            return samples
    finally:
        speaker.close()
        server.stop()
        admin.stop()


async def _call_and_watch(window: Device, calls: int, shown: dict[str, float], arrived: asyncio.Event) -> list[float]:
    """Call the next number, again and again, timing each until the board's caption shows it."""
    samples = []
    for _ in range(calls):
        held = window.state.window(WINDOW)
        if held.ticket_id is not None:
            if held.visit_id is None:
                win.start_service(window, WINDOW)
            win.finish(window, WINDOW, Outcome.CONSULTED)
        start = time.perf_counter()
        ticket = win.call_next(window, WINDOW)
        if ticket is None:
            break
        while not any(ticket.number in text for text in shown):
            arrived.clear()
            await asyncio.wait_for(arrived.wait(), 10)
        at = next(t for text, t in shown.items() if ticket.number in text)
        samples.append((at - start) * 1000)
        shown.clear()
        await asyncio.sleep(2.5)  # let the announcement finish: each call is made on an idle board
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=60)
    args = parser.parse_args()
    logging.getLogger("hall").setLevel(logging.WARNING)
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp, loop:
        samples = loop.run_until_complete(measure(args.calls, Path(tmp)))
    print(
        f"window call → central store → board caption on {machine()}: {len(samples)} calls, "
        f"p50 {percentile(samples, 50):.1f} ms, p95 {percentile(samples, 95):.1f} ms, max {max(samples):.1f} ms"
    )


if __name__ == "__main__":
    main()

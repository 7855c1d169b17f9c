"""The real ``hall-board`` program follows a hall through the real central store over a real socket.

A kiosk and window 1 are devices of their own, making the same actions the kiosk and the window client make,
each syncing with the central store. The board is the program, enrolled with a one-time code, behind a
fault-injecting proxy (the hall's network). Its control channel reports what its screen shows, and its
speech goes to WAV files with a manifest, so the test reads what a person in the hall would see and hear:
a call and a recall (spoken twice each, again for the recall), a pause with its expected return, a handover
and a closing; then, with the network cut, the age of its data, and when the network is back, the calls
made meanwhile, shown and announced in order.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from common import kiosk_actions as kiosk
from common import wall_clock
from common import window_actions as win
from common.events import Outcome
from common.projection.admission import DeviceKind
from common.speech.audio_output import FolderOutput
from tests.support.central_server import RunningCentral, start_central
from tests.support.fault_proxy import FaultProxy
from tests.support.hall_clock import HallClock
from tests.support.hall_programs import Program
from tests.support.synced_devices import SyncedDevice, open_synced, settle

DAY = date(2026, 11, 30)
"""A Monday: the test hall is open."""

WAIT_S = 60.0


def said(number: str, window: int) -> str:
    """What the board says for a call in the test hall (numbers digit by digit)."""
    return f"请{number[0]} {' '.join(number[1:])}号到{window}号窗口办理"


class RunningBoard:
    def __init__(self, program: Program, spoken: Path) -> None:
        self.program = program
        self.spoken_folder = spoken

    def screen(self) -> dict[str, Any]:
        shown: dict[str, Any] = self.program.ask("state")["screen"]
        return shown

    def spoken(self) -> list[str]:
        """Every sentence handed to the speakers so far, in order (chimes left out)."""
        manifest = self.spoken_folder / FolderOutput.MANIFEST
        if not manifest.exists():
            return []
        lines = manifest.read_text(encoding="utf-8").splitlines()
        return [line.split("\t")[3] for line in lines if line.split("\t")[1] == "speech"]

    def wait_until(self, condition: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
        """Ask the board what it shows until ``condition`` holds for it (the program runs meanwhile)."""
        deadline = time.monotonic() + WAIT_S
        while True:
            shown = self.screen()
            if condition(shown):
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"the board never showed {what}: {shown}")
            time.sleep(0.05)  # a poll of the other process, not a wait for time to pass

    def wait_spoken(self, expected: list[str], what: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while self.spoken() != expected:
            if time.monotonic() > deadline:
                raise AssertionError(f"the board never said {what}: {self.spoken()}")
            time.sleep(0.05)


class Hall:
    """The central store; the board behind a proxy; a kiosk and window 1 syncing by hand, through the proxy
    too when ``through_proxy`` (so that the cut is the whole hall's network)."""

    def __init__(self, central: RunningCentral, folder: Path) -> None:
        self.central = central
        self.folder = folder
        host, port = central.url.removeprefix("http://").split(":")
        self.network = FaultProxy(host, int(port))
        spoken = folder / "spoken"
        program = Program.launch(
            "board",
            "hall-board",
            folder,
            folder / "board.db",
            code=central.enroll_code("board"),
            central=self.network.url,
            extra=["--windowed", "--speech-folder", str(spoken)],
        )
        self.board = RunningBoard(program, spoken)

    def devices(self, http: httpx.AsyncClient) -> tuple[SyncedDevice, SyncedDevice]:
        k = open_synced(self.central, self.folder, DeviceKind.KIOSK, http, "kiosk-1", url=self.network.url)
        w = open_synced(self.central, self.folder, DeviceKind.WINDOW, http, "window-1", url=self.network.url)
        return k, w

    def close(self) -> list[str]:
        try:
            assert self.board.program.stop() == 0
            return self.board.program.tracebacks()
        finally:
            self.network.close()


@pytest.fixture
def hall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Hall]:
    clock = HallClock(tmp_path / "hall-clock", DAY, ZoneInfo("Asia/Shanghai"))
    monkeypatch.setenv(wall_clock.CLOCK_FILE_ENV, str(clock.file))
    clock.set(10, 0)
    central = start_central(tmp_path=tmp_path)
    made = Hall(central, tmp_path)
    try:
        yield made
        assert made.close() == []
    finally:
        central.stop()


def run(scenario: Callable[[httpx.AsyncClient], Any]) -> None:
    async def main() -> None:
        async with httpx.AsyncClient(timeout=5) as http:
            await scenario(http)

    asyncio.run(main())


@pytest.mark.slow
def test_the_board_program_follows_calls_recalls_pauses_handovers_and_closing(hall: Hall) -> None:
    board = hall.board

    async def scenario(http: httpx.AsyncClient) -> None:
        k, w = hall.devices(http)
        await settle([k, w])
        a1, a2 = (kiosk.issue_ticket(k.device, "A") for _ in range(2))
        win.open_window(w.device, 1, "S001")
        await settle([k, w])
        board.wait_until(lambda s: s["windows"]["1"]["phase"] == "open", "window 1 open")

        win.call_next(w.device, 1)
        await w.sync()
        shown = board.wait_until(lambda s: s["latest"]["number"] == a1.number, "the call")
        assert shown["latest"]["window"] == "请到 1 号窗口办理"
        assert shown["windows"]["1"]["state"] == f"呼叫 {a1.number}"
        board.wait_spoken([said(a1.number, 1)] * 2, "the call twice")

        win.recall(w.device, 1)
        await w.sync()
        board.wait_until(lambda s: s["latest"]["tag"] == "再次呼叫", "the recall")
        board.wait_spoken([said(a1.number, 1)] * 4, "the recall, announced again")
        assert board.screen()["caption"] == f"请{a1.number}号到1号窗口办理"

        win.start_service(w.device, 1)
        win.finish(w.device, 1, Outcome.CONSULTED)
        back = w.device.now() + timedelta(minutes=10)
        win.pause(w.device, 1, "临时离开", back)
        await w.sync()
        expected = f"暂停至 {w.device.bundle.config.local(back):%H:%M}"
        shown = board.wait_until(lambda s: s["windows"]["1"]["state"] == expected, "the pause and its return")
        assert shown["windows"]["1"]["phase"] == "paused"

        win.resume(w.device, 1)
        win.handover(w.device, 1, "S004")
        await w.sync()
        shown = board.wait_until(lambda s: s["windows"]["1"]["phase"] == "handover", "the handover")
        assert shown["windows"]["1"]["state"] == "已换岗"

        win.close_window(w.device, 1)
        await w.sync()
        shown = board.wait_until(lambda s: s["windows"]["1"]["phase"] == "closed", "the closing")
        assert shown["windows"]["1"]["state"] == "未开放"
        assert board.spoken() == [said(a1.number, 1)] * 4  # nothing else was said
        assert a2.number not in shown["recent"] and shown["latest"]["number"] == a1.number

    run(scenario)


@pytest.mark.slow
def test_offline_the_board_program_shows_its_age_then_catches_up_with_the_calls_made_meanwhile(
    hall: Hall, tmp_path: Path
) -> None:
    board = hall.board

    async def scenario(http: httpx.AsyncClient) -> None:
        k, w = hall.devices(http)
        await settle([k, w])
        a1, a2, a3 = (kiosk.issue_ticket(k.device, "A") for _ in range(3))
        win.open_window(w.device, 1, "S001")
        await settle([k, w])
        # (calls already made when the board first syncs count as heard: it starts listening first)
        board.wait_until(lambda s: s["windows"]["1"]["phase"] == "open", "window 1 open")
        win.call_next(w.device, 1)
        await w.sync()
        board.wait_spoken([said(a1.number, 1)] * 2, "the first call")
        board.wait_until(lambda s: s["freshness"] == "实时更新", "live data")

        hall.network.set_mode("cut")  # the hall's network goes down
        shown = board.wait_until(lambda s: s["freshness"].startswith("网络中断"), "that it is offline")
        assert shown["latest"]["number"] == a1.number  # the last known state stays on screen
        clock = HallClock(tmp_path / "hall-clock", DAY, ZoneInfo("Asia/Shanghai"))
        clock.set(10, 3)
        board.wait_until(lambda s: s["freshness"] == "网络中断 · 3 分钟前更新", "the age of its data")

        # The window keeps working offline: it serves a1 and calls the next two, kept in its outbox.
        for _ in range(2):
            win.start_service(w.device, 1)
            win.finish(w.device, 1, Outcome.CONSULTED)
            assert win.call_next(w.device, 1) is not None
        assert w.device.store.pending_count() > 0
        assert board.screen()["latest"]["number"] == a1.number  # nothing reaches the board meanwhile

        hall.network.set_mode("pass")  # the network is back
        await settle([w])
        assert w.device.store.pending_count() == 0
        shown = board.wait_until(lambda s: s["latest"]["number"] == a3.number, "the calls made meanwhile")
        assert shown["recent"][:2] == [a2.number, a1.number]
        expected = [said(a1.number, 1)] * 2 + [said(a2.number, 1)] * 2 + [said(a3.number, 1)] * 2
        board.wait_spoken(expected, "the calls made offline, in order")
        board.wait_until(lambda s: s["freshness"] == "实时更新", "live data again")

    run(scenario)

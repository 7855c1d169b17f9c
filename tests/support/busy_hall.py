"""The sample hall (12 windows, 8 categories) at mid-morning, for screenshots and benchmarks: windows
calling, serving, paused, handed over and closed, people waiting in every category, a recall last."""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from pathlib import Path

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.asset_paths import SAMPLE_HALL
from common.device import Device
from common.hall_bundle import HallBundle, load_hall
from common.projection.admission import DeviceKind
from tests.support.clock import FakeWall
from tests.support.devices import make_device
from tests.support.relay import Relay

STAFF = ["BDC0101", "BDC0102", "BDC0103", "BDC0104", "BDC0105", "BDC0106", "BDC0107", "BDC0108", "BDC0201",
         "BDC0202", "BDC0301", "BDC0401", "BDC0402", "BDC0501", "BDC0502"]  # fmt: skip
WAITING = {"A": 9, "B": 5, "C": 4, "D": 6, "E": 2, "F": 3, "G": 1, "H": 3}


@cache
def sample_hall() -> HallBundle:
    return load_hall(SAMPLE_HALL)


class BusyHall:
    """A kiosk and one window client (acting for every window) feeding a board through the relay."""

    def __init__(self, folder: Path, wall: FakeWall) -> None:
        self.wall = wall
        bundle = sample_hall()
        self.relay = Relay(bundle)
        self.kiosk = make_device(folder, bundle, wall, DeviceKind.KIOSK, "kiosk-1", lease=50)
        self.window = make_device(folder, bundle, wall, DeviceKind.WINDOW, "window-1")
        self.board = make_device(folder, bundle, wall, DeviceKind.BOARD, "board-1")

    def sync(self) -> None:
        for device in (self.kiosk, self.window):
            assert self.relay.push(device) == []
        for device in (self.kiosk, self.window, self.board):
            self.relay.pull(device)

    def act(self, action: object, *args: object) -> None:
        """One clerk action at a window, then everything synced, as if a second had passed."""
        action(self.window, *args)  # type: ignore[operator]
        self.wall.advance(seconds=20)
        self.sync()

    def fill(self) -> None:
        """Tickets in every category, then the morning's calls across the twelve windows."""
        for letter, count in WAITING.items():
            for _ in range(count + 2):
                kiosk.issue_ticket(self.kiosk, letter)
                self.wall.advance(seconds=7)
        for n in range(1, 12):
            win.open_window(self.window, n, STAFF[n - 1])
        self.sync()
        self.act(win.call_next, 1)
        self.act(win.start_service, 1)
        self.act(win.call_next, 3)
        self.act(win.start_service, 3)
        self.act(win.call_next, 5)
        self.act(win.start_service, 5)
        self.act(win.call_next, 8)
        self.act(win.start_service, 8)
        self.act(win.pause, 4, "临时离开", self.wall() + timedelta(minutes=12))
        self.act(win.pause, 11, "业务咨询", self.wall() + timedelta(minutes=8))
        self.act(win.call_next, 6)
        self.act(win.start_service, 6)
        self.act(win.handover, 6, STAFF[12])
        self.act(win.call_next, 7)
        self.act(win.call_next, 9)
        self.act(win.call_next, 2)
        self.act(win.recall, 2)

    def close(self) -> None:
        for device in (self.kiosk, self.window, self.board):
            device.store.close()


def busy_board_device(folder: Path, wall: FakeWall) -> tuple[Device, BusyHall]:
    hall = BusyHall(folder, wall)
    hall.fill()
    return hall.board, hall

"""A small hall on devices for board and screen tests: a kiosk, three window clients and a board, joined
by the in-process relay (the real ``Sequencer``). The board only pulls: it writes nothing."""

from __future__ import annotations

from collections.abc import Callable

from common import kiosk_actions as kiosk
from common.device import Device
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from tests.support.clock import FakeWall
from tests.support.relay import Relay

STAFF = {1: "S001", 2: "S002", 3: "S003"}


class HallOnDevices:
    def __init__(self, device_factory: Callable[..., Device], bundle: HallBundle, wall: FakeWall) -> None:
        self.wall = wall
        self.relay = Relay(bundle)
        self.kiosk = device_factory(DeviceKind.KIOSK, "kiosk-1", lease=50)
        self.windows = {n: device_factory(DeviceKind.WINDOW, f"window-{n}") for n in STAFF}
        self.board = device_factory(DeviceKind.BOARD, "board-1")

    def issue(self, category: str) -> kiosk.TicketReceipt:
        receipt = kiosk.issue_ticket(self.kiosk, category)
        self.wall.advance(seconds=5)
        return receipt

    def push(self) -> None:
        for device in (self.kiosk, *self.windows.values()):
            assert self.relay.push(device) == []

    def pull(self, *, board: bool = True) -> None:
        for device in (self.kiosk, *self.windows.values()):
            self.relay.pull(device)
        if board:
            self.relay.pull(self.board)

    def sync(self, *, board: bool = True) -> None:
        """Everything made so far reaches the central store and every device (the board too, unless cut off)."""
        self.push()
        self.pull(board=board)

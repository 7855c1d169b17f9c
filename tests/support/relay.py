"""An in-process stand-in for the central store, for tests of the core alone: it orders events with
the real ``Sequencer`` and hands them back to devices. The real server is tested in test_central_*."""

from __future__ import annotations

from common.device import Device
from common.events import Event
from common.hall_bundle import HallBundle
from common.sequencer import Sequencer


class Relay:
    def __init__(self, bundle: HallBundle) -> None:
        self.sequencer = Sequencer(bundle)
        self.log: list[tuple[int, Event]] = []

    def push(self, device: Device) -> list[str]:
        """Send the device's outbox; return the codes of what was refused."""
        refused = []
        for event in device.store.pending():
            verdict = self.sequencer.admit(event, device.identity.kind, device.identity.device_id)
            if verdict.status == "accepted":
                assert verdict.seq is not None
                self.log.append((verdict.seq, event))
            elif verdict.status == "rejected":
                device.apply_rejected([(verdict.event_id, verdict.code, verdict.message)])
                refused.append(verdict.code)
        return refused

    def pull(self, device: Device) -> None:
        after = device.store.cursor
        batch = [(s, e) for s, e in self.log if s > after]
        device.apply_confirmed(batch, cursor=self.sequencer.seq)

    def sync(self, device: Device) -> list[str]:
        refused = self.push(device)
        self.pull(device)
        return refused

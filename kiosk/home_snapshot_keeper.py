"""Keeps the home snapshot (``common/kiosk/home_snapshot.py``) current while the kiosk runs: written when
the core is attached, a few seconds after the hall's state changes (coalesced, never on a tap's path), and
at quit, so the next start draws home with the last known figures and the settings it starts with."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from common.kiosk.home_snapshot import HomeSnapshot, write_home_snapshot
from common.kiosk.start_settings import StartSettings
from kiosk.context import KioskContext

log = logging.getLogger("hall.kiosk")

WRITE_AFTER_MS = 5_000
"""How long after a change the snapshot is written: changes in a burst are written once."""


class HomeSnapshotKeeper(QObject):
    def __init__(self, ctx: KioskContext, start: StartSettings, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.start = start
        self.path = path
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_AFTER_MS)
        self._timer.timeout.connect(self.write)
        bridge = ctx.bridge
        for changed in (bridge.state_changed, bridge.config_changed, bridge.freshness_changed):
            changed.connect(self._soon)

    def _soon(self, *_: object) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def write(self) -> None:
        """Write the figures now (a failure is logged: the kiosk works without its snapshot)."""
        self._timer.stop()
        try:
            write_home_snapshot(self.path, HomeSnapshot(self.ctx.home_figures(), self.start))
        except OSError as e:
            log.warning("kiosk: the home snapshot %s could not be written: %s", self.path, e)

    def stop(self) -> None:
        """The last write, at quit: registered after the device was opened, so it runs before it is closed."""
        self.write()

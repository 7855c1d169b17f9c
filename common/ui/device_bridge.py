"""One ``QObject`` per app between a ``Device`` (Qt-free) and the screens: every change the device
reports becomes a Qt signal, and the sync client reports its status here, so widgets only listen.

``set_sync_status`` is the seam for ``common/sync``: the sync client calls it whenever it goes online,
starts or ends a sync, or loses the central store; screens read ``sync_status`` and listen to
``sync_status_changed``.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, Signal

from common.device import Change, Device
from common.projection.state import HallState
from common.sync_status import SyncStatus

log = logging.getLogger("hall.ui")


class DeviceBridge(QObject):
    state_changed = Signal(object)
    """The hall state changed (a ``Change``: local or confirmed events); read ``state`` for the new view."""
    events_rejected = Signal(object)
    """The central store refused some of this device's events: a tuple of ``(event, code, message)``."""
    config_changed = Signal()
    """A new hall configuration or catalogue arrived; ``device.bundle`` has it."""
    sync_status_changed = Signal(object)
    """A new ``SyncStatus``."""

    def __init__(self, device: Device, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self._sync_status = SyncStatus()
        self._unsubscribe = device.subscribe(self._on_change)

    @property
    def state(self) -> HallState:
        return self.device.state

    @property
    def sync_status(self) -> SyncStatus:
        return self._sync_status

    def set_sync_status(self, status: SyncStatus) -> None:
        if status != self._sync_status:
            self._sync_status = status
            self.sync_status_changed.emit(status)

    def close(self) -> None:
        """Stop listening to the device (before it is closed)."""
        unsubscribe, self._unsubscribe = self._unsubscribe, lambda: None
        with contextlib.suppress(ValueError):  # already unsubscribed
            unsubscribe()

    def _on_change(self, change: Change) -> None:
        if change.local or change.confirmed:
            self.state_changed.emit(change)
        if change.rejected:
            self.events_rejected.emit(change.rejected)
        if change.config:
            self.config_changed.emit()

"""One ``QObject`` per app between a ``Device`` (Qt-free) and the screens: every change the device
reports becomes a Qt signal, and the sync client reports its status here, so widgets only listen.

``follow_sync(status)`` connects the sync client's observable ``SyncStatus``: every new ``SyncState``
becomes a ``Freshness`` (online, syncing or offline since when, last synced at) and, for refusals, the
``sync_refused`` signal; screens read ``freshness`` and listen to ``freshness_changed``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from common.device import Change, Device
from common.freshness import Freshness, Link
from common.projection.state import HallState
from common.sync.status import Connection, SyncState, SyncStatus

log = logging.getLogger("hall.ui")


class DeviceBridge(QObject):
    state_changed = Signal(object)
    """The hall state changed (a ``Change``: local or confirmed events); read ``state`` for the new view."""
    events_rejected = Signal(object)
    """The central store refused some of this device's events: a tuple of ``(event, code, message)``."""
    config_changed = Signal()
    """A new hall configuration or catalogue arrived; ``device.bundle`` has it."""
    freshness_changed = Signal(object)
    """A new ``Freshness``."""
    sync_refused = Signal(object)
    """New refusals from the central store (a list of ``common.sync.status.Refusal``), for a message."""

    def __init__(self, device: Device, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self._freshness = Freshness()
        self._unsubscribe = device.subscribe(self._on_change)
        self._unfollow: Callable[[], None] = lambda: None
        self._last_refusal = ""

    @property
    def state(self) -> HallState:
        return self.device.state

    @property
    def freshness(self) -> Freshness:
        return self._freshness

    def follow_sync(self, status: SyncStatus) -> None:
        """Show what the sync client reports. Its listeners run on the event loop's thread (qasync)."""
        self._unfollow()
        refusals = status.value.refusals
        self._last_refusal = refusals[-1].event_id if refusals else ""
        self._unfollow = status.subscribe(self._on_sync_state)
        self._on_sync_state(status.value)

    def _on_sync_state(self, state: SyncState) -> None:
        link = {Connection.ONLINE: Link.ONLINE, Connection.SYNCING: Link.SYNCING, Connection.OFFLINE: Link.OFFLINE}[
            state.connection
        ]
        self.set_freshness(Freshness(link, state.last_synced_at, state.offline_since))
        ids = [r.event_id for r in state.refusals]
        start = ids.index(self._last_refusal) + 1 if self._last_refusal in ids else 0
        new = state.refusals[start:]
        if new:
            self._last_refusal = new[-1].event_id
            self.sync_refused.emit(list(new))

    def set_freshness(self, status: Freshness) -> None:
        if status != self._freshness:
            self._freshness = status
            self.freshness_changed.emit(status)

    def close(self) -> None:
        """Stop listening to the device (before it is closed) and to the sync client."""
        self._unfollow()
        self._unfollow = lambda: None
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

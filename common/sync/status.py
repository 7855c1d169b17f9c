"""The sync state a screen shows: online, syncing, or offline since when; what the server refused."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum


class Connection(StrEnum):
    ONLINE = "online"
    SYNCING = "syncing"
    OFFLINE = "offline"


@dataclass(frozen=True, slots=True)
class Refusal:
    """An event the central store refused: the UI tells the person what happened."""

    event_id: str
    event_type: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class SyncState:
    connection: Connection = Connection.OFFLINE
    offline_since: datetime | None = None
    last_synced_at: datetime | None = None
    """When the device last reached the central store's head: the age of what the screens show."""
    pending: int = 0
    head: int = 0
    last_error: str = ""
    refusals: tuple[Refusal, ...] = ()
    """The most recent refusals, newest last (at most 20)."""


class SyncStatus:
    """An observable ``SyncState``: listeners are called with each new value."""

    def __init__(self) -> None:
        self.value = SyncState()
        self._listeners: list[Callable[[SyncState], None]] = []

    def subscribe(self, listener: Callable[[SyncState], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def update(self, **changes: object) -> None:
        new = replace(self.value, **changes)  # type: ignore[arg-type]
        if new == self.value:
            return
        self.value = new
        for listener in list(self._listeners):
            listener(new)

    def refused(self, refusals: list[Refusal]) -> None:
        if refusals:
            self.update(refusals=(*self.value.refusals, *refusals)[-20:])

"""How fresh a device's view of the hall is: online, syncing or offline, and when it last reached the
central store. The sync client (``common/sync``) reports it; screens show it ("last updated 7 min ago")
so nobody mistakes old figures for live ones. Qt-free, so the age rules are tested headless."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

STALE_AFTER = timedelta(minutes=2)
"""An online device whose last sync is older than this is shown as not live."""


class Link(StrEnum):
    NOT_CONNECTED = "not_connected"
    """No sync client has reported yet (enrollment pending, or just started)."""
    ONLINE = "online"
    SYNCING = "syncing"
    OFFLINE = "offline"


@dataclass(frozen=True, slots=True)
class Freshness:
    link: Link = Link.NOT_CONNECTED
    last_sync: datetime | None = None
    """When the device last had every event the central store had (an aware datetime)."""
    offline_since: datetime | None = None

    def age(self, now: datetime) -> timedelta | None:
        """How old the shown state may be; None if the device never synced."""
        if self.last_sync is None:
            return None
        return max(now - self.last_sync, timedelta(0))

    def age_minutes(self, now: datetime) -> int | None:
        age = self.age(now)
        return None if age is None else int(age.total_seconds() // 60)

    def is_live(self, now: datetime) -> bool:
        """Online (or syncing) and synced recently: the screen may present its figures as current."""
        age = self.age(now)
        return self.link in (Link.ONLINE, Link.SYNCING) and age is not None and age <= STALE_AFTER

"""The central store's clock: every sync answer carries it so devices can correct theirs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from common import wall_clock

Now = Callable[[], datetime]


def utc_now() -> datetime:
    return wall_clock.utc_now()


def to_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def now_ms() -> int:
    return int(wall_clock.now_ms())


def as_utc(moment: datetime) -> datetime:
    """A time read back from the database: SQLite drops the zone, and everything is stored in UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)

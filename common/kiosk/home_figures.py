"""What the kiosk's home screen shows of the hall: its name, its categories, and in each how many wait and
about how long. Taken from the device's state while the kiosk runs, and kept in a small snapshot file
(``home_snapshot``) so that the next start can draw home before the store is opened."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from common.device import Device


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    letter: str
    name: str
    name_en: str
    waiting: int
    open_windows: int
    estimated_wait_minutes: float


@dataclass(frozen=True, slots=True)
class HomeFigures:
    hall_name: str
    hall_name_en: str
    categories: tuple[CategoryFigures, ...]
    taken_at: datetime
    """When the figures were true (an aware datetime)."""
    day_ends_at: datetime
    """The end of the hall day they belong to: after it, their queue is another day's."""
    last_sync: datetime | None = None
    """When the device last had everything the central store had, as the figures were taken."""

    def as_of(self, now: datetime) -> HomeFigures:
        """The figures to show at ``now``: a past day's queue is not this day's, so its waits are dropped."""
        if now < self.day_ends_at:
            return self
        idle = tuple(replace(c, waiting=0, open_windows=0, estimated_wait_minutes=0.0) for c in self.categories)
        return replace(self, categories=idle)


def home_figures(device: Device, last_sync: datetime | None) -> HomeFigures:
    """The home screen's figures from the device's state now."""
    from common.projection.queue import category_loads

    config = device.bundle.config
    now = device.now()
    day = device.today()
    loads = {load.letter: load for load in category_loads(device.state, config, day, now)}
    midnight = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=config.zone)
    return HomeFigures(
        hall_name=config.name,
        hall_name_en=config.name_en,
        categories=tuple(
            CategoryFigures(
                letter=c.letter,
                name=c.name,
                name_en=c.name_en,
                waiting=loads[c.letter].waiting,
                open_windows=loads[c.letter].open_windows,
                estimated_wait_minutes=loads[c.letter].estimated_wait_minutes,
            )
            for c in config.categories
        ),
        taken_at=now,
        day_ends_at=midnight,
        last_sync=last_sync,
    )

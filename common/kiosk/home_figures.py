"""What the kiosk's home screen shows of the hall: its name, its categories, and in each how many wait and
about how long. Taken from the device's state while the kiosk runs, and kept in a small snapshot file
(``home_snapshot``) so that the next start can draw home before the store is opened."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from common.device import Device
    from common.hall_config import TimeRange
    from common.opening_rules import DaySchedule


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    letter: str
    name: str
    name_en: str
    waiting: int
    open_windows: int
    estimated_wait_minutes: float


@dataclass(frozen=True, slots=True)
class TodayHours:
    """The hall's hours on the figures' day, as the home screen shows them ("09:00", "17:00")."""

    hours: tuple[str, str] | None
    """Opening and closing; None: closed that day."""
    lunch: tuple[str, str] | None = None
    holiday: bool = False

    def issues_numbers_at(self, local_hhmm: str) -> bool:
        """Queue numbers are issued within the day's hours, lunch included (``common/opening_rules.py``)."""
        return self.hours is not None and self.hours[0] <= local_hhmm < self.hours[1]


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
    today: TodayHours | None = None
    """The hours of the figures' day; None in a snapshot kept before the kiosk showed its hours."""

    def issues_numbers(self, now: datetime) -> bool:
        """Whether the kiosk gives queue numbers at ``now``, by the hours of the figures' day."""
        if self.today is None or now >= self.day_ends_at:
            return True  # not known here: the ticket screen checks the hall's own rules before issuing
        return self.today.issues_numbers_at(f"{now.astimezone(self.day_ends_at.tzinfo):%H:%M}")

    def as_of(self, now: datetime) -> HomeFigures:
        """The figures to show at ``now``: a past day's queue is not this day's, so its waits are dropped."""
        if now < self.day_ends_at:
            return self
        idle = tuple(replace(c, waiting=0, open_windows=0, estimated_wait_minutes=0.0) for c in self.categories)
        return replace(self, categories=idle, today=None)


def home_figures(device: Device, last_sync: datetime | None) -> HomeFigures:
    """The home screen's figures from the device's state now."""
    from common.opening_rules import day_schedule
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
        today=_today_hours(day_schedule(config, day)),
    )


def _today_hours(schedule: DaySchedule) -> TodayHours:
    def hhmm(r: TimeRange | None) -> tuple[str, str] | None:
        return None if r is None else (f"{r.start:%H:%M}", f"{r.end:%H:%M}")

    return TodayHours(hhmm(schedule.hours), hhmm(schedule.lunch), schedule.holiday)

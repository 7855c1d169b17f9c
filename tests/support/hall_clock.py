"""The hall's clock for a test that runs a whole day with the real programs.

Every program started with ``HALL_CLOCK_FILE`` in its environment reads its time from the system clock plus
the offset in that file (``common/wall_clock.py``). ``HallClock.set(moment)`` moves all of them (the test
process too) to ``moment`` at once; time then runs on at the normal pace until the next ``set``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import wall_clock

OPEN_MOMENT = datetime(2026, 11, 30, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
"""A Monday morning: the test hall and the sample hall issue numbers and every window calls."""


@contextmanager
def hall_open(folder: Path, moment: datetime = OPEN_MOMENT) -> Iterator[datetime]:
    """Run a test on the real clock (a central store, devices and programs reading ``common/wall_clock.py``)
    at ``moment`` of the hall's day, whatever the time of day the suite runs: the kiosk gives numbers and the
    windows call only within the hall's hours (``common/opening_rules.py``). Time runs on from there."""
    file = folder / "hall-open-clock"
    wall_clock.write_offset(file, (moment.timestamp() - time.time()) * 1000)
    before = os.environ.get(wall_clock.CLOCK_FILE_ENV)
    os.environ[wall_clock.CLOCK_FILE_ENV] = str(file)
    try:
        yield moment
    finally:
        if before is None:
            os.environ.pop(wall_clock.CLOCK_FILE_ENV, None)
        else:
            os.environ[wall_clock.CLOCK_FILE_ENV] = before


class HallClock:
    def __init__(self, file: Path, day: date, zone: ZoneInfo) -> None:
        self.file = file
        self.day = day
        self.zone = zone

    @property
    def env(self) -> dict[str, str]:
        return {wall_clock.CLOCK_FILE_ENV: str(self.file)}

    def at(self, hour: int, minute: int = 0) -> datetime:
        """A moment of the day, in the hall's zone."""
        return datetime.combine(self.day, datetime.min.time(), tzinfo=self.zone) + timedelta(hours=hour, minutes=minute)

    def now(self) -> datetime:
        """The hall's time now, as the programs read it (needs ``HALL_CLOCK_FILE`` set in this process)."""
        return wall_clock.utc_now().astimezone(self.zone)

    def set(self, hour: int, minute: int = 0) -> datetime:
        """Move every program's clock to ``hour:minute`` of the day (where it already is, if it is past it by
        the few seconds the script took since). Only forward: events keep their order."""
        target = self.at(hour, minute)
        if self.file.exists() and target <= (now := self.now()):
            if now - target > timedelta(minutes=1):
                raise AssertionError(f"the hall's clock runs forward only: {now:%H:%M} → {target:%H:%M}")
            return now
        wall_clock.write_offset(self.file, (target.timestamp() - time.time()) * 1000)
        return target

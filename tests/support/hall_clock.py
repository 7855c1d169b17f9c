"""The hall's clock for a test that runs a whole day with the real programs.

Every program started with ``HALL_CLOCK_FILE`` in its environment reads its time from the system clock plus
the offset in that file (``common/wall_clock.py``). ``HallClock.set(moment)`` moves all of them (the test
process too) to ``moment`` at once; time then runs on at the normal pace until the next ``set``.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import wall_clock


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

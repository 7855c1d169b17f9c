"""The clock every program reads: the system clock, or (in a hall-day test) the system clock moved by the
milliseconds in ``$HALL_CLOCK_FILE``, re-read whenever the file changes."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from central.server_time import now_ms, utc_now
from common import wall_clock
from common.hlc import wall_ms

DAY = timedelta(days=1).total_seconds() * 1000


def test_without_the_setting_it_is_the_system_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(wall_clock.CLOCK_FILE_ENV, raising=False)
    before = time.time() * 1000
    assert before <= wall_clock.now_ms() <= time.time() * 1000
    assert wall_clock.offset_ms() == 0


def test_the_file_moves_every_reader_and_a_change_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = tmp_path / "clock"
    monkeypatch.setenv(wall_clock.CLOCK_FILE_ENV, str(clock))
    assert wall_clock.offset_ms() == 0, "no file yet: the system clock"
    wall_clock.write_offset(clock, DAY)
    for read in (wall_clock.now_ms, wall_ms, now_ms, lambda: utc_now().timestamp() * 1000):
        assert abs(read() - (time.time() * 1000 + DAY)) < 5_000
    wall_clock.write_offset(clock, 2 * DAY)
    assert wall_clock.offset_ms() == 2 * DAY
    assert wall_clock.utc_now() > datetime.now(UTC) + timedelta(days=1, hours=23)


def test_a_file_that_cannot_be_read_keeps_the_last_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = tmp_path / "clock"
    monkeypatch.setenv(wall_clock.CLOCK_FILE_ENV, str(clock))
    wall_clock.write_offset(clock, 5000)
    assert wall_clock.offset_ms() == 5000
    clock.write_text("not a number", encoding="ascii")
    assert wall_clock.offset_ms() == 5000

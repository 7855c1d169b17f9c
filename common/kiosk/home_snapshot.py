"""The home screen's figures kept on disk next to the kiosk's store (``kiosk.db.home.json``), with what
the first frame needs of the settings (``start_settings``), so a start can draw the real home screen before
the store, the settings' validation and the sync client are loaded.

Written by the running kiosk (atomically: a reader never sees half a file); read at start with the
standard library only. A missing file means the old way of starting; a file that cannot be read is logged
and ignored, never a crash. The snapshot holds nothing a person entered: hall and category names, and
queue figures the hall shows everyone."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from common.kiosk.home_figures import CategoryFigures, HomeFigures, TodayHours
from common.kiosk.start_settings import StartSettings

log = logging.getLogger("hall.kiosk")

VERSION = 1
SUFFIX = ".home.json"


@dataclass(frozen=True, slots=True)
class HomeSnapshot:
    figures: HomeFigures
    start: StartSettings


def snapshot_path(store: Path) -> Path:
    return store.with_name(store.name + SUFFIX)


def write_home_snapshot(path: Path, snapshot: HomeSnapshot) -> None:
    figures = snapshot.figures
    data = {
        "version": VERSION,
        "start": asdict(snapshot.start),
        "hall_name": figures.hall_name,
        "hall_name_en": figures.hall_name_en,
        "taken_at": figures.taken_at.isoformat(),
        "day_ends_at": figures.day_ends_at.isoformat(),
        "last_sync": figures.last_sync.isoformat() if figures.last_sync else None,
        "today": None if figures.today is None else asdict(figures.today),
        "categories": [
            {
                "letter": c.letter,
                "name": c.name,
                "name_en": c.name_en,
                "waiting": c.waiting,
                "open_windows": c.open_windows,
                "estimated_wait_minutes": c.estimated_wait_minutes,
            }
            for c in figures.categories
        ],
    }
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def read_home_snapshot(path: Path) -> HomeSnapshot | None:
    """The snapshot kept at ``path``; None if there is none (first start) or it cannot be read (logged)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        log.warning("kiosk: the home snapshot %s cannot be read (%s); starting without it", path, e)
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        return HomeSnapshot(_figures(data), _start(data["start"]))
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        log.warning("kiosk: the home snapshot %s is damaged (%r); starting without it", path, e)
        return None


def _figures(data: Any) -> HomeFigures:
    if data.get("version") != VERSION:
        raise ValueError(f"version {data.get('version')!r}")
    categories = tuple(
        CategoryFigures(
            letter=_text(c["letter"]),
            name=_text(c["name"]),
            name_en=_text(c["name_en"]),
            waiting=_count(c["waiting"]),
            open_windows=_count(c["open_windows"]),
            estimated_wait_minutes=float(c["estimated_wait_minutes"]),
        )
        for c in data["categories"]
    )
    if not categories:
        raise ValueError("no categories")
    last_sync = data["last_sync"]
    return HomeFigures(
        hall_name=_text(data["hall_name"]),
        hall_name_en=_text(data["hall_name_en"]),
        categories=categories,
        taken_at=_moment(data["taken_at"]),
        day_ends_at=_moment(data["day_ends_at"]),
        last_sync=None if last_sync is None else _moment(last_sync),
        today=_today(data.get("today")),
    )


def _today(data: Any) -> TodayHours | None:
    """The day's hours (absent from a snapshot kept before the kiosk showed them)."""
    if data is None:
        return None

    def span(value: Any) -> tuple[str, str] | None:
        if value is None:
            return None
        start, end = (_text(v) for v in value)
        if not (len(start) == len(end) == 5 and start[2] == end[2] == ":"):
            raise ValueError(f"{value!r} is not a span of hours")
        return start, end

    return TodayHours(span(data["hours"]), span(data["lunch"]), _flag(data["holiday"]))


def _start(data: Any) -> StartSettings:
    fingerprint = data["fingerprint"]
    if fingerprint is not None:
        path, size, mtime = fingerprint
        fingerprint = (_text(path), _count(size), _count(mtime))
    return StartSettings(
        fingerprint=fingerprint,
        language=_text(data["language"]),
        elder_default=_flag(data["elder_default"]),
        read_aloud=_flag(data["read_aloud"]),
        speech_rate=_count(data["speech_rate"]),
        idle_reset_s=_count(data["idle_reset_s"]),
        fullscreen=_flag(data["fullscreen"]),
        log_dir=_text(data["log_dir"]),
    )


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{value!r} is not true or false")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{value!r} is not a count")
    return value


def _moment(value: Any) -> datetime:
    moment = datetime.fromisoformat(_text(value))
    if moment.tzinfo is None:
        raise ValueError(f"{value!r} has no time zone")
    return moment

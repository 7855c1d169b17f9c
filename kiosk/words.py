"""The kiosk's recurring phrases in the screen's language: names from the hall's data (Chinese, or the
English name where the hall gives one), waits, people ahead, dates and times in the hall's zone, and
ticket numbers as they are spoken (digit by digit)."""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import TYPE_CHECKING

from common.freshness import Freshness, Link
from common.speech.spoken_number import spoken_number
from common.ui.i18n import current_language, is_chinese, translate

if TYPE_CHECKING:  # the hall's data types: the home screen is drawn before they are loaded
    from common.catalogue import Item, Package
    from common.hall_config import HallConfig, SlotKind


def chinese() -> bool:
    return is_chinese(current_language())


def category_name(config: HallConfig, letter: str) -> str:
    try:
        c = config.category(letter)
    except KeyError:
        return letter
    return local_name(c.name, c.name_en)


def local_name(name: str, name_en: str) -> str:
    """A name from the hall's data in the screen's language: Chinese, or the English name where there is one."""
    return name if chinese() or not name_en else name_en


def item_name(thing: Item | Package) -> str:
    return thing.name if chinese() or not thing.name_en else thing.name_en


def hall_name(config: HallConfig) -> str:
    return config.name if chinese() or not config.name_en else config.name_en


def people_ahead(n: int) -> str:
    if n <= 0:
        return translate("Words", "Nobody ahead of you")
    return translate("Words", "{n} ahead of you").format(n=n)


def waiting(n: int) -> str:
    return translate("Words", "{n} waiting").format(n=n)


def wait(ahead: int, minutes: float) -> str:
    """Whole minutes, rounded up; nobody ahead means "you are next"."""
    if ahead <= 0:
        return translate("Words", "You are next")
    whole = max(1, math.ceil(minutes))
    if whole < 60:
        return translate("Words", "about {m} min").format(m=whole)
    return translate("Words", "about {h} h {m} min").format(h=whole // 60, m=whole % 60)


def say_number(number: str) -> str:
    """A ticket number or code as read aloud: one character at a time."""
    return (
        spoken_number(number, current_language()) if number[:1].isalpha() and number[1:].isdigit() else " ".join(number)
    )


def spell(code: str) -> str:
    return " ".join(code)


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekday(day: date) -> str:
    names = (
        translate("Words", "Monday"),
        translate("Words", "Tuesday"),
        translate("Words", "Wednesday"),
        translate("Words", "Thursday"),
        translate("Words", "Friday"),
        translate("Words", "Saturday"),
        translate("Words", "Sunday"),
    )
    return names[day.weekday()]


def day_text(day: date) -> str:
    return translate("Words", "{month}/{day} {weekday}").format(month=day.month, day=day.day, weekday=weekday(day))


def full_date(day: date) -> str:
    return translate("Words", "{year}-{month:02d}-{day:02d}").format(year=day.year, month=day.month, day=day.day)


def clock(moment: datetime, config: HallConfig) -> str:
    return f"{config.local(moment):%H:%M}"


def date_time(moment: datetime, config: HallConfig) -> str:
    local = config.local(moment)
    return f"{full_date(local.date())} {local:%H:%M}"


def slot_kind(kind: SlotKind) -> str:
    from common.hall_config import SlotKind

    return {
        SlotKind.REGULAR: translate("Words", "Regular hours"),
        SlotKind.OFF_HOURS: translate("Words", "Extended hours"),
        SlotKind.HOLIDAY: translate("Words", "Holiday opening"),
    }[kind]


def sentences(*parts: str) -> str:
    """Sentences joined as the language writes them: 。 in Chinese, ". " in English; empty parts left out."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and out[-1] not in "。！？.!?；;：:":
            out += "。" if chinese() else "."
        if out and not chinese():
            out += " "
        out += part
    return out


def offline_note(status: Freshness, now: datetime, config: HallConfig) -> str:
    """Why something recorded elsewhere may be missing here: the kiosk is cut off from the central store (since
    its last sync); empty while it is connected."""
    if status.is_live(now) or status.link in (Link.ONLINE, Link.SYNCING):
        return ""
    if status.last_sync is None:
        return translate("KioskWords", "This kiosk has not reached the central store yet: please ask at a window.")
    return translate(
        "KioskWords",
        "This kiosk is offline since {time}: anything recorded after that is not here yet. Please ask at a window.",
    ).format(time=clock(status.last_sync, config))

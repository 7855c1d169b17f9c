"""A hall's configuration: who it is, when it opens, its queue categories, windows and rules.

Read from ``hall.toml`` (see ``assets/sample_hall``). Every model forbids unknown fields, so a typo in
a hall file is an error that names the field, not a silent default.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from common.field_error import FieldError
from common.ratings_scale import RatingLevel

HALL_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,62}$"
CATEGORY_LETTER = Annotated[str, Field(pattern=r"^[A-Z]$", description="ticket letter, A to Z")]
_HOURS_RE = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class HallType(StrEnum):
    COMPREHENSIVE = "comprehensive"  # 综合性分中心
    SPECIALISED = "specialised"  # 专业性分中心


class WindowType(StrEnum):
    GENERAL = "general"  # 综合窗口
    CROSS_PROVINCE = "cross_province"  # 跨省通办
    IN_PROVINCE = "in_province"  # 省内通办
    ASSISTED = "assisted"  # 帮代办
    COMPLAINT = "complaint"  # 办不成事反映


class SlotKind(StrEnum):
    REGULAR = "regular"
    OFF_HOURS = "off_hours"  # 延时 / 错时
    HOLIDAY = "holiday"  # 节假日


class TimeRange(Frozen):
    start: time
    end: time

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        if isinstance(value, str):
            m = _HOURS_RE.match(value.strip())
            if not m:
                raise ValueError(f"write a time range as HH:MM-HH:MM, not {value!r}")
            h1, m1, h2, m2 = (int(g) for g in m.groups())
            if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
                raise ValueError(f"not a time of day: {value!r}")
            return {"start": time(h1, m1), "end": time(h2, m2)}
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end <= self.start:
            raise ValueError(f"a range must end after it starts ({self.start:%H:%M}-{self.end:%H:%M})")
        return self

    def contains(self, moment: time) -> bool:
        return self.start <= moment < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class OpeningHours(Frozen):
    """Hours per weekday (a missing day is closed), the lunch break and which windows keep lunch duty."""

    days: dict[str, TimeRange]
    lunch: TimeRange | None = None
    note: str = ""

    @field_validator("days")
    @classmethod
    def _known_days(cls, days: dict[str, TimeRange]) -> dict[str, TimeRange]:
        unknown = sorted(set(days) - set(WEEKDAYS))
        if unknown:
            raise ValueError(f"unknown weekday {unknown[0]!r}; use {', '.join(WEEKDAYS)}")
        return days


class Calendar(Frozen):
    """Public holidays and the weekend days that are worked instead (调休), for working-day deadlines."""

    holidays: list[date] = []
    workdays: list[date] = []

    def is_working_day(self, day: date) -> bool:
        if day in self.holidays:
            return False
        if day in self.workdays:
            return True
        return day.weekday() < 5

    def add_working_days(self, start: date, days: int) -> date:
        """The date ``days`` working days after ``start`` (``start`` itself not counted)."""
        current = start
        remaining = days
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current


class Category(Frozen):
    letter: CATEGORY_LETTER
    name: str = Field(min_length=1, max_length=20)
    name_en: str = ""
    description: str = ""
    green_channel: bool = True
    """Whether elderly, disabled and pregnant citizens may take a priority ticket here."""


class Window(Frozen):
    number: int = Field(ge=1, le=999)
    type: WindowType
    categories: list[CATEGORY_LETTER] = Field(min_length=1)
    department: str = ""
    lunch_duty: bool = False
    """Stays open through the lunch break (午间值班)."""


class AppointmentSlot(Frozen):
    """A bookable period; ``days`` are weekday names, or dates for one-off (holiday) openings."""

    kind: SlotKind = SlotKind.REGULAR
    days: list[str | date]
    hours: TimeRange
    minutes: int = Field(default=30, ge=5, le=240, description="length of one appointment")
    capacity: int = Field(default=4, ge=1, le=100, description="appointments per period")
    categories: list[CATEGORY_LETTER] = Field(min_length=1)

    @field_validator("days", mode="before")
    @classmethod
    def _days(cls, days: object) -> object:
        if not isinstance(days, list):
            return days
        result: list[str | date] = []
        for d in days:
            if isinstance(d, str) and d not in WEEKDAYS:
                try:
                    d = date.fromisoformat(d)  # a date sent as JSON text  # noqa: PLW2901
                except ValueError:
                    raise ValueError(f"unknown weekday {d!r}; use {', '.join(WEEKDAYS)} or a date") from None
            result.append(d)
        return result

    def applies_to(self, day: date) -> bool:
        return day in self.days or WEEKDAYS[day.weekday()] in self.days


class QueueRules(Frozen):
    recall_limit: int = Field(default=2, ge=0, le=9, description="recalls before a ticket must be no-show")
    pause_limit_minutes: int = Field(default=15, ge=1, le=240, description="pause that raises 不得空岗")
    appointment_grace_minutes: int = Field(default=15, ge=0, le=120, description="on-time check-in window")
    lease_block_size: int = Field(default=50, ge=5, le=500, description="ticket numbers leased at a time")
    default_service_minutes: float = Field(default=8.0, gt=0, le=240, description="before any is measured")
    pause_reasons: list[str] = Field(default=["临时离开", "业务咨询", "系统故障", "会议", "午间交接"], min_length=1)


class DefaultRatingPolicy(Frozen):
    """What a visit nobody rated becomes, and when (local rules differ)."""

    after_days: int = Field(default=7, ge=1, le=90)
    level: RatingLevel = RatingLevel.SATISFIED


class RatingRules(Frozen):
    bad_reasons: list[str] = Field(min_length=1, description="reasons a citizen picks for a bad rating")
    default: DefaultRatingPolicy = DefaultRatingPolicy()


class Announcement(Frozen):
    template: str = "请{number}号到{window}号窗口办理"
    second_template: str = ""
    """A second language, e.g. ``Number {number}, please go to window {window}``; empty for none."""
    repeat: int = Field(default=2, ge=1, le=3)

    @field_validator("template", "second_template")
    @classmethod
    def _placeholders(cls, text: str) -> str:
        if not text:
            return text
        try:
            text.format(number="A001", window=1, category="", name="")
        except (KeyError, IndexError, ValueError) as e:
            raise ValueError(f"unknown placeholder {e}; use {{number}} and {{window}}") from e
        return text


class Alerts(Frozen):
    peak_waiting: int = Field(default=30, ge=1, description="waiting tickets that raise a peak alert")
    peak_wait_minutes: int = Field(default=40, ge=1, description="longest wait that raises a peak alert")


class Supervision(Frozen):
    step_deadline_days: int = Field(default=5, ge=1, le=30, description="working days per workflow step")


class HallConfig(Frozen):
    id: str = Field(pattern=HALL_ID_PATTERN)
    name: str = Field(min_length=2, max_length=60)
    name_en: str = ""
    type: HallType
    parent_center: str = ""
    department: str = ""
    address: str = ""
    phone: str = ""
    timezone: str = "Asia/Shanghai"
    languages: list[str] = ["zh_CN", "en"]
    hours: OpeningHours
    calendar: Calendar = Calendar()
    categories: list[Category] = Field(min_length=1)
    windows: list[Window] = Field(min_length=1)
    appointment_slots: list[AppointmentSlot] = []
    queue: QueueRules = QueueRules()
    rating: RatingRules
    announcement: Announcement = Announcement()
    alerts: Alerts = Alerts()
    supervision: Supervision = Supervision()
    notices: list[str] = []

    @field_validator("timezone")
    @classmethod
    def _zone(cls, name: str) -> str:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"unknown time zone {name!r}") from e
        return name

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        letters = [c.letter for c in self.categories]
        _unique(letters, "categories", "letter")
        _unique([w.number for w in self.windows], "windows", "number")
        known = set(letters)
        for i, w in enumerate(self.windows):
            for j, c in enumerate(w.categories):
                if c not in known:
                    raise FieldError(f"windows.{i}.categories.{j}", f"window {w.number} serves unknown category {c!r}")
        for i, s in enumerate(self.appointment_slots):
            for j, c in enumerate(s.categories):
                if c not in known:
                    raise FieldError(f"appointment_slots.{i}.categories.{j}", f"unknown category {c!r}")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def hall_day(self, moment: datetime) -> date:
        """The day a ticket belongs to: the hall's local calendar date."""
        return self.local(moment).date()

    def category(self, letter: str) -> Category:
        for c in self.categories:
            if c.letter == letter:
                return c
        raise KeyError(letter)

    def window(self, number: int) -> Window:
        for w in self.windows:
            if w.number == number:
                return w
        raise KeyError(number)

    def hours_on(self, day: date) -> TimeRange | None:
        """Opening hours on a date: none on a public holiday; a make-up workday (调休) keeps weekday hours."""
        if day in self.calendar.holidays:
            return None
        if day in self.calendar.workdays:
            return self.hours.days.get("mon")
        return self.hours.days.get(WEEKDAYS[day.weekday()])

    def is_open(self, moment: datetime) -> bool:
        local = self.local(moment)
        hours = self.hours_on(local.date())
        return hours is not None and hours.contains(local.time())

    def is_lunch(self, moment: datetime) -> bool:
        lunch = self.hours.lunch
        return lunch is not None and lunch.contains(self.local(moment).time())


def _unique(values: Sequence[object], where: str, field: str) -> None:
    seen: set[object] = set()
    for i, v in enumerate(values):
        if v in seen:
            raise FieldError(f"{where}.{i}.{field}", f"{v!r} appears twice")
        seen.add(v)

"""When the hall gives queue numbers and when a window may call (clause 5.3.2.1–5.3.2.2): working hours
match the center, and lunch-time duty (午间值班) keeps business going at noon.

- Queue numbers are issued within the day's opening hours only: not before opening, not after closing,
  not on a public holiday or a day without hours. A make-up workday (调休) keeps weekday hours. The lunch
  break does not stop the kiosk: a citizen who comes at noon takes a number and waits.
- A window calls within the day's opening hours only, and not during the lunch break unless the window
  keeps lunch duty (``Window.lunch_duty``).
- Extended service (延时、错时服务) and holiday openings (节假日不打烊) are the hall's appointment slots of
  kind ``off_hours`` and ``holiday``: while one runs, an appointment for its services checks in, and a
  window serving them calls, outside the regular hours. Walk-in numbers are not issued then (仅限预约).

Every answer that says no says why and when the hall (or the window) opens again, so a screen can tell the
citizen or the clerk in their words. The devices enforce these rules where a person acts (the kiosk, the
clerk console, the control channel); the central store does not, see the README's design section.
Qt-free: each answer is a value, and ``OutsideHours`` is the ``RuleViolation`` an action refuses with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from common.hall_config import AppointmentSlot, HallConfig, SlotKind, TimeRange
from common.projection.violations import RuleViolation

LOOKAHEAD_DAYS = 45
"""How far ahead "opens again" is looked for (a long holiday such as 春节 and its weekends fit)."""


class Closed(StrEnum):
    """Why the hall (or a window) does not do it now."""

    BEFORE_OPENING = "before_opening"
    AFTER_CLOSING = "after_closing"
    CLOSED_DAY = "closed_day"
    """A day without opening hours (a weekend day the hall does not work)."""
    HOLIDAY = "holiday"
    """A public holiday in the hall's calendar."""
    LUNCH = "lunch"
    """The lunch break, at a window without lunch duty."""


@dataclass(frozen=True, slots=True)
class OpeningAnswer:
    allowed: bool
    closed: Closed | None
    """Why not; None when allowed."""
    hours: TimeRange | None
    """The opening hours of the moment's day, in the hall's zone (None on a closed day)."""
    resumes_at: datetime | None
    """When it is allowed again, in the hall's zone; None when allowed, or nothing opens within
    ``LOOKAHEAD_DAYS``."""

    @property
    def message(self) -> str:
        """The answer in plain English, for logs and the control channel (screens say it in their words)."""
        if self.allowed:
            return "open"
        again = f"; again at {self.resumes_at:%Y-%m-%d %H:%M}" if self.resumes_at is not None else ""
        hours = f" (hours {self.hours})" if self.hours is not None else ""
        return {
            Closed.BEFORE_OPENING: f"not open yet{hours}{again}",
            Closed.AFTER_CLOSING: f"closed for the day{hours}{again}",
            Closed.CLOSED_DAY: f"closed today{again}",
            Closed.HOLIDAY: f"closed for a public holiday{again}",
            Closed.LUNCH: f"lunch break, and this window has no lunch duty{again}",
        }[self.closed or Closed.CLOSED_DAY]


@dataclass(frozen=True, slots=True)
class DaySchedule:
    """A day's hours as a kiosk shows them."""

    day: date
    hours: TimeRange | None
    """None: the hall is closed that day."""
    lunch: TimeRange | None
    """The lunch break, when it falls within the day's hours."""
    holiday: bool


class OutsideHours(RuleViolation):
    """An action refused by the hall's hours; ``answer`` says why and when it is possible again, ``at`` is
    when it was refused (in the hall's zone)."""

    def __init__(self, answer: OpeningAnswer, what: str, at: datetime) -> None:
        code = "lunch_break" if answer.closed == Closed.LUNCH else "outside_hours"
        super().__init__(code, f"{what}: {answer.message}", "time")
        self.answer = answer
        self.at = at


def day_schedule(config: HallConfig, day: date) -> DaySchedule:
    hours = config.hours_on(day)
    lunch = config.hours.lunch
    if hours is None or lunch is None or lunch.end <= hours.start or lunch.start >= hours.end:
        lunch = None
    return DaySchedule(day=day, hours=hours, lunch=lunch, holiday=day in config.calendar.holidays)


def next_opening(config: HallConfig, moment: datetime) -> datetime | None:
    """The next time the hall opens after ``moment`` (in the hall's zone), within ``LOOKAHEAD_DAYS``."""
    local = config.local(moment)
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = local.date() + timedelta(days=offset)
        hours = config.hours_on(day)
        if hours is None:
            continue
        opens = _at(config, day, hours.start)
        if opens > local:
            return opens
    return None


def ticket_answer(config: HallConfig, moment: datetime) -> OpeningAnswer:
    """May the hall issue a queue number at ``moment``? Within the day's hours, lunch included."""
    local = config.local(moment)
    day = local.date()
    hours = config.hours_on(day)
    if hours is None:
        reason = Closed.HOLIDAY if day in config.calendar.holidays else Closed.CLOSED_DAY
        return OpeningAnswer(False, reason, None, next_opening(config, local))
    if local.time() < hours.start:
        return OpeningAnswer(False, Closed.BEFORE_OPENING, hours, _at(config, day, hours.start))
    if local.time() >= hours.end:
        return OpeningAnswer(False, Closed.AFTER_CLOSING, hours, next_opening(config, local))
    return OpeningAnswer(True, None, hours, None)


def check_in_answer(config: HallConfig, category: str, moment: datetime) -> OpeningAnswer:
    """May an appointment for ``category`` check in at ``moment``? Within the day's hours, like a walk-in
    number, and also while an extended-service or holiday slot for ``category`` runs."""
    answer = ticket_answer(config, moment)
    if answer.allowed or extended_slot(config, {category}, moment) is None:
        return answer
    return OpeningAnswer(True, None, answer.hours, None)


def calling_answer(config: HallConfig, window: int, moment: datetime) -> OpeningAnswer:
    """May ``window`` call (or recall) a number at ``moment``? Within the day's hours, and at lunch only
    with lunch duty; outside them while an extended-service or holiday slot for its services runs."""
    try:
        spec = config.window(window)
    except KeyError:
        raise RuleViolation("unknown_window", f"the hall has no window {window}", "window") from None
    answer = ticket_answer(config, moment)
    if not answer.allowed:
        if extended_slot(config, set(spec.categories), moment) is not None:
            return OpeningAnswer(True, None, answer.hours, None)
        return answer
    lunch_ends = None if spec.lunch_duty else _lunch_ends(config, moment)
    if lunch_ends is None:
        return answer
    return OpeningAnswer(False, Closed.LUNCH, answer.hours, lunch_ends)


def extended_slot(config: HallConfig, categories: set[str], moment: datetime) -> AppointmentSlot | None:
    """The extended-service or holiday appointment slot running at ``moment`` for any of ``categories``.
    A weekday slot does not run on a public holiday; a slot naming the date does."""
    local = config.local(moment)
    day = local.date()
    for slot in config.appointment_slots:
        if slot.kind == SlotKind.REGULAR or not categories & set(slot.categories):
            continue
        runs_today = day in slot.days or (slot.applies_to(day) and day not in config.calendar.holidays)
        if runs_today and slot.hours.contains(local.time()):
            return slot
    return None


def calling_resumes_for(config: HallConfig, category: str, moment: datetime) -> datetime | None:
    """During the lunch break, when no window serving ``category`` keeps lunch duty: when calling
    resumes (the end of lunch, in the hall's zone). Otherwise None: someone may call this category now."""
    if not ticket_answer(config, moment).allowed:
        return None
    lunch_ends = _lunch_ends(config, moment)
    if lunch_ends is None:
        return None
    if any(w.lunch_duty and category in w.categories for w in config.windows):
        return None
    return lunch_ends


def require_ticket_hours(config: HallConfig, moment: datetime) -> None:
    """Raise ``OutsideHours`` unless a queue number may be issued at ``moment``."""
    answer = ticket_answer(config, moment)
    if not answer.allowed:
        raise OutsideHours(answer, "no queue numbers now", config.local(moment))


def require_check_in_hours(config: HallConfig, category: str, moment: datetime) -> None:
    """Raise ``OutsideHours`` unless an appointment for ``category`` may check in at ``moment``."""
    answer = check_in_answer(config, category, moment)
    if not answer.allowed:
        raise OutsideHours(answer, "no appointment check-in now", config.local(moment))


def require_calling_hours(config: HallConfig, window: int, moment: datetime) -> None:
    """Raise ``OutsideHours`` unless ``window`` may call at ``moment``."""
    answer = calling_answer(config, window, moment)
    if not answer.allowed:
        raise OutsideHours(answer, f"window {window} may not call now", config.local(moment))


def _lunch_ends(config: HallConfig, moment: datetime) -> datetime | None:
    """The end of the lunch break when ``moment`` falls in it on an open day (in the hall's zone)."""
    local = config.local(moment)
    schedule = day_schedule(config, local.date())
    lunch, hours = schedule.lunch, schedule.hours
    if lunch is None or hours is None or not lunch.contains(local.time()):
        return None
    if lunch.end >= hours.end:  # the lunch break runs to closing: calling resumes the next opening
        return next_opening(config, local)
    return _at(config, local.date(), lunch.end)


def _at(config: HallConfig, day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=config.zone)

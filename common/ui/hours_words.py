"""The hall's hours in the screen's language, for the kiosk and the window client: today's hours, and why
a queue number or a call is refused now with when it is possible again (``common/opening_rules.py``)."""

from __future__ import annotations

from datetime import datetime, timedelta

from common.hall_config import TimeRange
from common.opening_rules import Closed, OpeningAnswer
from common.ui.i18n import current_language, is_chinese, translate


def range_text(hours: TimeRange) -> str:
    """09:00–17:00."""
    return f"{hours.start:%H:%M}–{hours.end:%H:%M}"


def when_text(moment: datetime, now: datetime) -> str:
    """When something is possible again, seen from ``now`` (both in the hall's zone): "at 13:30",
    "tomorrow at 09:00", "on 12/1 at 09:00"."""
    time = f"{moment:%H:%M}"
    if moment.date() == now.date():
        return translate("Hours", "at {time}").format(time=time)
    if moment.date() == now.date() + timedelta(days=1):
        return translate("Hours", "tomorrow at {time}").format(time=time)
    return translate("Hours", "on {month}/{day} at {time}").format(month=moment.month, day=moment.day, time=time)


def ticket_refusal(answer: OpeningAnswer, now: datetime, *, other_services: bool = True) -> str:
    """Why the kiosk gives no number now, the hours, when it does again, and (``other_services``) that the
    rest still works."""
    hours = range_text(answer.hours) if answer.hours is not None else ""
    first = {
        Closed.BEFORE_OPENING: translate("Hours", "Queue numbers are issued {hours}: the hall is not open yet."),
        Closed.AFTER_CLOSING: translate("Hours", "Queue numbers are issued {hours}: the hall has closed for today."),
        Closed.CLOSED_DAY: translate("Hours", "The hall is closed today: no queue numbers are issued."),
        Closed.HOLIDAY: translate("Hours", "The hall is closed today for the public holiday: no queue numbers."),
        Closed.LUNCH: translate("Hours", "Queue numbers are issued {hours}."),
    }[answer.closed or Closed.CLOSED_DAY].format(hours=hours)
    again = ""
    if answer.resumes_at is not None:
        again = translate("Hours", "Numbers are issued again {when}.").format(when=when_text(answer.resumes_at, now))
    rest = translate("Hours", "Guides, appointments, case progress and self-service work at any time.")
    return _sentences(first, again, rest if other_services else "")


def calling_refusal(answer: OpeningAnswer, now: datetime) -> str:
    """Why this window may not call now, and when it may again (for the clerk)."""
    hours = range_text(answer.hours) if answer.hours is not None else ""
    first = {
        Closed.LUNCH: translate("Hours", "Lunch break: this window has no lunch duty."),
        Closed.BEFORE_OPENING: translate("Hours", "Outside calling hours ({hours})."),
        Closed.AFTER_CLOSING: translate("Hours", "Outside calling hours ({hours})."),
        Closed.CLOSED_DAY: translate("Hours", "The hall is closed today."),
        Closed.HOLIDAY: translate("Hours", "The hall is closed today for the public holiday."),
    }[answer.closed or Closed.CLOSED_DAY].format(hours=hours)
    again = ""
    if answer.resumes_at is not None:
        again = translate("Hours", "Calling resumes {when}.").format(when=when_text(answer.resumes_at, now))
    return _sentences(first, again)


def _sentences(*parts: str) -> str:
    glue = "" if is_chinese(current_language()) else " "
    return glue.join(p for p in parts if p)

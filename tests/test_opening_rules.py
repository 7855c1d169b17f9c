"""The hall's hours as rules (clause 5.3.2.1–5.3.2.2, ``common/opening_rules.py``): when the kiosk issues
queue numbers, when a window may call, the lunch break and lunch duty (午间值班), holidays, make-up
workdays (调休) and extended service (延时服务). Each test says why the rule exists."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from common.hall_config import HallConfig
from common.opening_rules import (
    Closed,
    OutsideHours,
    calling_answer,
    calling_resumes_for,
    check_in_answer,
    day_schedule,
    next_opening,
    require_calling_hours,
    require_ticket_hours,
    ticket_answer,
)
from common.projection.violations import RuleViolation

ZONE = ZoneInfo("Asia/Shanghai")
MONDAY = date(2026, 11, 30)
TUESDAY = date(2026, 12, 1)
HOLIDAY = date(2026, 12, 2)  # a Wednesday the calendar gives off, with a holiday opening for B
THURSDAY = date(2026, 12, 3)
FRIDAY = date(2026, 12, 4)
MAKE_UP_SATURDAY = date(2026, 12, 5)  # worked instead (调休): weekday hours, not Saturday's
SUNDAY = date(2026, 12, 6)
PLAIN_SATURDAY = date(2026, 12, 12)

CONFIG = HallConfig.model_validate(
    {
        "id": "hours-hall",
        "name": "测试分中心",
        "type": "comprehensive",
        "hours": {
            "days": {**dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), "08:30-17:00"), "sat": "09:00-12:00"},
            "lunch": "12:00-13:30",
        },
        "calendar": {"holidays": [HOLIDAY], "workdays": [MAKE_UP_SATURDAY]},
        "categories": [{"letter": "A", "name": "甲"}, {"letter": "B", "name": "乙"}, {"letter": "C", "name": "丙"}],
        "windows": [
            {"number": 1, "type": "general", "categories": ["A", "B"], "lunch_duty": True},
            {"number": 2, "type": "general", "categories": ["B"]},
            {"number": 3, "type": "general", "categories": ["C"]},
        ],
        "appointment_slots": [
            {"kind": "off_hours", "days": ["tue"], "hours": "17:00-19:00", "categories": ["A"]},
            {"kind": "holiday", "days": [HOLIDAY], "hours": "09:00-11:00", "categories": ["B"]},
        ],
        "rating": {"bad_reasons": ["服务态度差"]},
    }
)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=ZONE)


# --- queue numbers ------------------------------------------------------------------------------------


def test_numbers_are_issued_within_the_days_hours_so_nobody_waits_for_a_window_that_never_opens() -> None:
    assert ticket_answer(CONFIG, at(MONDAY, 8, 30)).allowed
    assert ticket_answer(CONFIG, at(MONDAY, 16, 59)).allowed


def test_before_opening_the_answer_says_when_numbers_start_today() -> None:
    answer = ticket_answer(CONFIG, at(MONDAY, 8, 0))
    assert not answer.allowed and answer.closed == Closed.BEFORE_OPENING
    assert answer.resumes_at == at(MONDAY, 8, 30)
    assert str(answer.hours) == "08:30-17:00"


def test_at_closing_time_no_number_is_issued_and_the_next_opening_is_the_next_working_morning() -> None:
    """The end of the hours is exclusive: at 17:00 the hall has closed."""
    answer = ticket_answer(CONFIG, at(MONDAY, 17, 0))
    assert answer.closed == Closed.AFTER_CLOSING and answer.resumes_at == at(TUESDAY, 8, 30)


def test_the_lunch_break_does_not_stop_the_kiosk_a_citizen_at_noon_takes_a_number_and_waits() -> None:
    assert ticket_answer(CONFIG, at(MONDAY, 12, 30)).allowed


def test_a_public_holiday_is_closed_even_on_a_weekday_and_says_so() -> None:
    answer = ticket_answer(CONFIG, at(HOLIDAY, 10, 0))
    assert answer.closed == Closed.HOLIDAY and answer.hours is None
    assert answer.resumes_at == at(THURSDAY, 8, 30)


def test_a_day_without_hours_is_closed_and_a_friday_evening_points_to_the_make_up_saturday() -> None:
    """The make-up workday (调休) keeps weekday hours: it opens at 08:30, not at Saturday's 09:00."""
    assert ticket_answer(CONFIG, at(SUNDAY, 10, 0)).closed == Closed.CLOSED_DAY
    assert ticket_answer(CONFIG, at(FRIDAY, 18, 0)).resumes_at == at(MAKE_UP_SATURDAY, 8, 30)
    assert ticket_answer(CONFIG, at(MAKE_UP_SATURDAY, 15, 0)).allowed
    assert not ticket_answer(CONFIG, at(PLAIN_SATURDAY, 15, 0)).allowed  # an ordinary Saturday closes at 12


def test_the_hall_s_own_time_zone_decides_not_the_machine_s() -> None:
    """A device's clock is UTC inside; 01:00 UTC is 09:00 in the hall."""
    utc = at(MONDAY, 9, 0).astimezone(ZoneInfo("UTC"))
    assert ticket_answer(CONFIG, utc).allowed
    assert ticket_answer(CONFIG, at(MONDAY, 8, 0).astimezone(ZoneInfo("UTC"))).resumes_at == at(MONDAY, 8, 30)


def test_a_hall_that_never_opens_within_the_lookahead_says_no_time_rather_than_a_wrong_one() -> None:
    closed = CONFIG.model_copy(update={"hours": CONFIG.hours.model_copy(update={"days": {}})})
    answer = ticket_answer(closed, at(MONDAY, 10, 0))
    assert answer.closed == Closed.CLOSED_DAY and answer.resumes_at is None
    assert next_opening(closed, at(MONDAY, 10, 0)) is None


def test_a_refused_number_raises_a_rule_violation_with_a_stable_code_and_the_answer() -> None:
    with pytest.raises(OutsideHours) as refused:
        require_ticket_hours(CONFIG, at(MONDAY, 18, 0))
    assert isinstance(refused.value, RuleViolation)
    assert refused.value.code == "outside_hours" and refused.value.answer.resumes_at == at(TUESDAY, 8, 30)
    assert refused.value.at == at(MONDAY, 18, 0)
    assert "closed for the day" in refused.value.message
    require_ticket_hours(CONFIG, at(MONDAY, 9, 0))  # open: nothing raised


# --- calling ------------------------------------------------------------------------------------------


def test_at_lunch_a_window_without_lunch_duty_may_not_call_and_learns_when_calling_resumes() -> None:
    answer = calling_answer(CONFIG, 2, at(MONDAY, 12, 30))
    assert answer.closed == Closed.LUNCH and answer.resumes_at == at(MONDAY, 13, 30)
    with pytest.raises(OutsideHours) as refused:
        require_calling_hours(CONFIG, 2, at(MONDAY, 12, 30))
    assert refused.value.code == "lunch_break"


def test_a_window_on_lunch_duty_keeps_business_going_at_noon() -> None:
    assert calling_answer(CONFIG, 1, at(MONDAY, 12, 30)).allowed


def test_the_lunch_break_ends_on_time_every_window_calls_again_at_its_end() -> None:
    assert calling_answer(CONFIG, 2, at(MONDAY, 13, 30)).allowed
    assert calling_answer(CONFIG, 2, at(MONDAY, 11, 59)).allowed


def test_no_window_calls_outside_the_hours_lunch_duty_or_not() -> None:
    for window in (1, 2):
        answer = calling_answer(CONFIG, window, at(MONDAY, 17, 30))
        assert answer.closed == Closed.AFTER_CLOSING and answer.resumes_at == at(TUESDAY, 8, 30)
        assert calling_answer(CONFIG, window, at(SUNDAY, 10, 0)).closed == Closed.CLOSED_DAY


def test_a_lunch_break_after_a_short_days_closing_is_no_lunch_break_the_hall_is_simply_closed() -> None:
    """An ordinary Saturday closes at 12:00, when lunch would start."""
    assert calling_answer(CONFIG, 2, at(PLAIN_SATURDAY, 12, 30)).closed == Closed.AFTER_CLOSING
    assert day_schedule(CONFIG, PLAIN_SATURDAY).lunch is None


def test_an_unknown_window_is_a_clear_refusal_not_an_answer() -> None:
    with pytest.raises(RuleViolation) as refused:
        calling_answer(CONFIG, 99, at(MONDAY, 10, 0))
    assert refused.value.code == "unknown_window"


# --- extended service and holiday openings -------------------------------------------------------------


def test_extended_service_lets_its_appointments_check_in_and_its_windows_call_but_gives_no_walk_in_numbers() -> None:
    """延时服务 is by appointment only (the sample hall's Tuesday and Thursday evenings)."""
    evening = at(TUESDAY, 17, 30)
    assert not ticket_answer(CONFIG, evening).allowed
    assert check_in_answer(CONFIG, "A", evening).allowed
    assert not check_in_answer(CONFIG, "C", evening).allowed
    assert calling_answer(CONFIG, 1, evening).allowed  # window 1 serves A
    assert not calling_answer(CONFIG, 3, evening).allowed  # window 3 serves C only
    assert not check_in_answer(CONFIG, "A", at(MONDAY, 17, 30)).allowed  # no extended service on Monday


def test_a_holiday_opening_runs_on_its_date_although_the_day_is_a_holiday() -> None:
    assert check_in_answer(CONFIG, "B", at(HOLIDAY, 10, 0)).allowed
    assert calling_answer(CONFIG, 2, at(HOLIDAY, 10, 0)).allowed
    assert not calling_answer(CONFIG, 2, at(HOLIDAY, 11, 0)).allowed  # the opening ends at 11:00


def test_appointment_check_in_in_the_hours_follows_the_numbers_rule() -> None:
    assert check_in_answer(CONFIG, "C", at(MONDAY, 12, 30)).allowed
    assert check_in_answer(CONFIG, "C", at(MONDAY, 7, 0)).closed == Closed.BEFORE_OPENING


# --- what the kiosk shows -----------------------------------------------------------------------------


def test_a_ticket_taken_at_lunch_says_when_calling_resumes_where_no_window_for_it_keeps_lunch_duty() -> None:
    """C is served by window 3 only, which has no lunch duty; A and B by window 1, on duty."""
    assert calling_resumes_for(CONFIG, "C", at(MONDAY, 12, 30)) == at(MONDAY, 13, 30)
    assert calling_resumes_for(CONFIG, "A", at(MONDAY, 12, 30)) is None
    assert calling_resumes_for(CONFIG, "C", at(MONDAY, 11, 0)) is None


def test_the_days_schedule_is_what_the_kiosk_shows_for_today() -> None:
    monday = day_schedule(CONFIG, MONDAY)
    assert (str(monday.hours), str(monday.lunch), monday.holiday) == ("08:30-17:00", "12:00-13:30", False)
    holiday = day_schedule(CONFIG, HOLIDAY)
    assert holiday.hours is None and holiday.holiday
    assert str(day_schedule(CONFIG, MAKE_UP_SATURDAY).hours) == "08:30-17:00"

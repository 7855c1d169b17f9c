"""The bad-rating workflow's rules (clause 6.1.3): every path through the steps, no step skipped or taken
twice, who owns each step, deadlines in working days from the hall's calendar, and both 100 % rates."""

from __future__ import annotations

from datetime import date

import pytest

from central.supervision.roles import Role
from central.supervision.workflow import (
    ACTIONS,
    Action,
    Actor,
    CaseFacts,
    Outcome,
    Rates,
    Step,
    Transition,
    Urgency,
    WorkflowError,
    may_see,
    may_take,
    owner_of,
    step_due,
    transition,
    urgency,
)
from common.hall_bundle import load_hall
from common.hall_config import Calendar
from tests.support.central_server import SAMPLE_HALL


def walk(real_name: bool, *actions: Action) -> list[Transition]:
    facts = CaseFacts(Step.VERIFY, real_name, "登记科")
    out = []
    for action in actions:
        t = transition(facts, action, "意见" if action != Action.ACCEPT else "")
        out.append(t)
        facts = CaseFacts(t.step, real_name, "登记科", t.valid, t.appealed, t.outcome)
    return out


def test_a_valid_real_name_rating_goes_through_every_step_to_supervision() -> None:
    path = walk(
        True,
        Action.VERIFY,
        Action.VALID,
        Action.APPEAL,
        Action.DISMISS,
        Action.RECTIFY,
        Action.CLOSE,
        Action.REPLY,
        Action.SUPERVISE,
    )
    assert [t.step for t in path] == [
        Step.DETERMINE,
        Step.APPEAL,
        Step.REVIEW,
        Step.RECTIFY,
        Step.CLOSE,
        Step.REPLY,
        Step.SUPERVISE,
        Step.DONE,
    ]
    assert path[-1].outcome == Outcome.RECTIFIED and path[-1].valid is True and path[-1].appealed
    assert [t.closes for t in path].index(True) == 5  # closed (办结) after rectification
    assert path[6].replies and path[7].done


def test_a_department_that_does_not_appeal_goes_straight_to_rectification() -> None:
    path = walk(False, Action.VERIFY, Action.VALID, Action.ACCEPT, Action.RECTIFY, Action.CLOSE, Action.SUPERVISE)
    assert [t.step for t in path] == [Step.DETERMINE, Step.APPEAL, Step.RECTIFY, Step.CLOSE, Step.SUPERVISE, Step.DONE]
    assert not path[-1].appealed


def test_an_invalid_determination_ends_the_case_without_rectification_but_still_answers_a_real_name_rater() -> None:
    path = walk(True, Action.VERIFY, Action.INVALID, Action.REPLY, Action.SUPERVISE)
    assert [t.step for t in path] == [Step.DETERMINE, Step.REPLY, Step.SUPERVISE, Step.DONE]
    assert path[1].closes and path[1].valid is False and path[1].outcome == Outcome.INVALID
    anonymous = walk(False, Action.VERIFY, Action.INVALID)
    assert anonymous[-1].step == Step.SUPERVISE  # no reply to whom nobody can answer


def test_an_upheld_appeal_ends_the_case_without_rectification() -> None:
    path = walk(True, Action.VERIFY, Action.VALID, Action.APPEAL, Action.UPHOLD)
    assert path[-1].step == Step.REPLY
    assert path[-1].valid is False and path[-1].outcome == Outcome.OVERTURNED and path[-1].closes


@pytest.mark.parametrize("step", [s for s in Step if s != Step.DONE])
def test_only_the_current_steps_actions_are_allowed(step: Step) -> None:
    facts = CaseFacts(step, True, "登记科")
    for action in Action:
        if action in ACTIONS[step]:
            transition(facts, action, "意见")
        else:
            with pytest.raises(WorkflowError) as refused:
                transition(facts, action, "意见")
            assert refused.value.code == "wrong_step"


def test_a_finished_case_takes_no_further_step_and_notes_are_required() -> None:
    with pytest.raises(WorkflowError, match="已完结"):
        transition(CaseFacts(Step.DONE, True, ""), Action.SUPERVISE, "意见")
    with pytest.raises(WorkflowError) as empty:
        transition(CaseFacts(Step.VERIFY, True, ""), Action.VERIFY, "  ")
    assert empty.value.code == "note_needed"
    assert transition(CaseFacts(Step.APPEAL, True, "x"), Action.ACCEPT, "").step == Step.RECTIFY
    with pytest.raises(WorkflowError):
        transition(CaseFacts(Step.VERIFY, True, ""), Action.VERIFY, "字" * 2001)


def test_owners_the_department_appeals_and_rectifies_the_hall_does_the_rest() -> None:
    hall = Actor(Role.HALL_MANAGER, "h1")
    dept = Actor(Role.DEPARTMENT_MANAGER, "h1", "登记科")
    other = Actor(Role.DEPARTMENT_MANAGER, "h1", "税务科")
    supervisor = Actor(Role.SUPERVISOR, None)
    for step in (Step.VERIFY, Step.DETERMINE, Step.REVIEW, Step.CLOSE, Step.REPLY, Step.SUPERVISE):
        case = CaseFacts(step, True, "登记科")
        assert may_take(hall, "h1", case) and not may_take(dept, "h1", case)
    for step in (Step.APPEAL, Step.RECTIFY):
        case = CaseFacts(step, True, "登记科")
        assert may_take(dept, "h1", case)
        assert not may_take(hall, "h1", case) and not may_take(other, "h1", case)
        assert owner_of(step, "") == Role.HALL_MANAGER  # a window with no department: the hall carries it
        assert may_take(hall, "h1", CaseFacts(step, True, ""))
    for step in Step:
        assert not may_take(supervisor, "h1", CaseFacts(step, True, "登记科"))
    assert not may_take(hall, "h2", CaseFacts(Step.VERIFY, True, ""))
    assert may_see(dept, "h1", "登记科") and not may_see(other, "h1", "登记科")
    assert not may_see(dept, "h1", "") and may_see(hall, "h1", "") and may_see(supervisor, "h9", "x")
    assert not may_see(hall, "h2", "")


def test_deadlines_count_working_days_of_the_halls_calendar() -> None:
    calendar = load_hall(SAMPLE_HALL).config.calendar
    # Opened the day before National Day: 1-7 October off, Saturday 10 October worked (调休).
    assert step_due(calendar, date(2026, 9, 30), 5) == date(2026, 10, 13)
    assert step_due(calendar, date(2026, 9, 30), 7) == date(2026, 10, 15)
    assert step_due(calendar, date(2026, 9, 30), 15) == date(2026, 10, 27)
    # An ordinary week: Friday + 5 working days is the next Friday.
    assert step_due(calendar, date(2026, 11, 27), 5) == date(2026, 12, 4)
    plain = Calendar()
    assert step_due(plain, date(2026, 9, 30), 5) == date(2026, 10, 7)


def test_urgency_near_and_past_the_deadline() -> None:
    calendar = Calendar(holidays=[date(2026, 12, 7)])
    due = date(2026, 12, 8)  # a Tuesday; Monday the 7th is a holiday
    assert urgency(calendar, due, date(2026, 12, 3)) == Urgency.ON_TIME
    assert urgency(calendar, due, date(2026, 12, 4)) == Urgency.DUE_SOON  # Friday: the next working day is due
    assert urgency(calendar, due, date(2026, 12, 8)) == Urgency.DUE_SOON
    assert urgency(calendar, due, date(2026, 12, 9)) == Urgency.OVERDUE


def test_the_two_rates_of_clause_6_1_3() -> None:
    rates = Rates(valid=4, rectified=3, real_name=2, answered=2, overdue=1, open=2)
    assert rates.rectification_rate == 0.75 and rates.reply_rate == 1.0
    none = Rates(valid=0, rectified=0, real_name=0, answered=0, overdue=0, open=0)
    assert none.rectification_rate is None and none.reply_rate is None

"""Bad-rating cases in the central store: opened from the bad ratings of the read models (idempotently,
in the transaction that writes the rating), moved step by step by their owners, and counted for the rates.

The rating itself is never touched here: a case refers to it by id, and ``rm_ratings`` follows the log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, case, false, func, insert, or_, select, true, update
from sqlalchemy.sql.elements import ColumnElement

from central.database import write_transaction
from central.server_time import as_utc
from central.supervision import audit
from central.supervision.roles import Role
from central.supervision.users import WebUser
from central.supervision.workflow import (
    OWNERS,
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
from central.tables import br_case_steps, br_cases, rm_ratings
from common.hall_config import HallConfig


class CaseNotFound(LookupError):
    pass


def department_of(config: HallConfig, window: int | None) -> str:
    """The department that answers for a rating: its window's (as configured), or none."""
    if window is None:
        return ""
    try:
        return config.window(window).department
    except KeyError:
        return ""


def open_cases(conn: Connection, hall_id: str, config: HallConfig, ratings: Iterable[dict[str, Any]]) -> int:
    """Open a case for each bad rating among ``ratings`` (rows of ``rm_ratings``) that has none yet.

    Called under the hall's lock (a push, or a rebuild), so case numbers are given out one at a time."""
    bad = [r for r in ratings if r["bad"]]
    if not bad:
        return 0
    ids = [r["id"] for r in bad]
    have: set[str] = set()
    for i in range(0, len(ids), 500):
        have.update(
            conn.execute(
                select(br_cases.c.rating_id).where(
                    br_cases.c.hall_id == hall_id, br_cases.c.rating_id.in_(ids[i : i + 500])
                )
            ).scalars()
        )
    new = sorted((r for r in bad if r["id"] not in have), key=lambda r: (r["at"], r["id"]))
    if not new:
        return 0
    top = conn.execute(select(func.max(br_cases.c.number)).where(br_cases.c.hall_id == hall_id)).scalar_one()
    number = int(top or 0)
    days = config.supervision.step_deadline_days
    rows = []
    for r in new:
        number += 1
        opened: datetime = r["at"]
        day = config.hall_day(opened)
        rows.append(
            {
                "hall_id": hall_id,
                "number": number,
                "rating_id": r["id"],
                "opened_at": opened,
                "day": day,
                "level": r["level"],
                "target": r["target"],
                "target_id": r["target_id"],
                "window": r["window"],
                "staff": r["staff"],
                "category": r["category"],
                "items": r["items"],
                "department": department_of(config, r["window"]),
                "real_name": r["real_name"],
                "step": str(Step.VERIFY),
                "step_since": opened,
                "step_due": step_due(config.calendar, day, days),
                "valid": None,
                "appealed": False,
                "outcome": str(Outcome.PENDING),
                "closed_at": None,
                "replied_at": None,
                "done_at": None,
            }
        )
    conn.execute(insert(br_cases), rows)
    return len(rows)


# --- reading ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRow:
    hall_id: str
    number: int
    rating_id: str
    opened_at: datetime
    day: date
    level: str
    target: str
    target_id: str
    window: int | None
    staff: str | None
    category: str | None
    items: list[str]
    department: str
    real_name: bool
    step: Step
    step_since: datetime
    step_due: date
    valid: bool | None
    appealed: bool
    outcome: Outcome
    closed_at: datetime | None
    replied_at: datetime | None
    done_at: datetime | None
    urgency: Urgency
    reasons: list[str]
    text: str
    contact: str

    @property
    def label(self) -> str:
        return f"CP-{self.number:05d}"

    @property
    def facts(self) -> CaseFacts:
        return CaseFacts(self.step, self.real_name, self.department, self.valid, self.appealed, self.outcome)

    @property
    def owner(self) -> Role | None:
        return owner_of(self.step, self.department)

    @property
    def open(self) -> bool:
        return self.step != Step.DONE


@dataclass(frozen=True)
class StepRow:
    step: Step
    action: Action
    note: str
    username: str
    role: Role
    at: datetime
    due: date
    late: bool


def _row(r: Any, today: date, calendar_urgency: Any) -> CaseRow:
    step = Step(r.step)
    due = r.step_due
    return CaseRow(
        hall_id=r.hall_id,
        number=r.number,
        rating_id=r.rating_id,
        opened_at=as_utc(r.opened_at),
        day=r.day,
        level=r.level,
        target=r.target,
        target_id=r.target_id,
        window=r.window,
        staff=r.staff,
        category=r.category,
        items=list(r.items or []),
        department=r.department,
        real_name=bool(r.real_name),
        step=step,
        step_since=as_utc(r.step_since),
        step_due=due,
        valid=r.valid,
        appealed=bool(r.appealed),
        outcome=Outcome(r.outcome),
        closed_at=None if r.closed_at is None else as_utc(r.closed_at),
        replied_at=None if r.replied_at is None else as_utc(r.replied_at),
        done_at=None if r.done_at is None else as_utc(r.done_at),
        urgency=Urgency.ON_TIME if step == Step.DONE else calendar_urgency(due, today),
        reasons=list(r.reasons or []),
        text=r.text or "",
        contact=r.contact or "",
    )


def _select() -> Any:
    return select(br_cases, rm_ratings.c.reasons, rm_ratings.c.text, rm_ratings.c.contact).join(
        rm_ratings, and_(rm_ratings.c.hall_id == br_cases.c.hall_id, rm_ratings.c.id == br_cases.c.rating_id)
    )


def scope_filter(actor: Actor, hall_id: str) -> ColumnElement[bool]:
    """The cases of ``hall_id`` an actor may see, as SQL."""
    where = br_cases.c.hall_id == hall_id
    if actor.role == Role.SUPERVISOR:
        return where
    if actor.hall_id != hall_id:
        return and_(where, false())
    if actor.role == Role.DEPARTMENT_MANAGER:
        return and_(where, br_cases.c.department == actor.department, br_cases.c.department != "")
    return where


def owned_filter(actor: Actor) -> ColumnElement[bool]:
    """Open cases whose current step this actor owns."""
    if actor.role == Role.SUPERVISOR:
        return false()
    hall_steps = [str(s) for s, o in OWNERS.items() if o == Role.HALL_MANAGER]
    dept_steps = [str(s) for s, o in OWNERS.items() if o == Role.DEPARTMENT_MANAGER]
    if actor.role == Role.HALL_MANAGER:
        return or_(br_cases.c.step.in_(hall_steps), and_(br_cases.c.step.in_(dept_steps), br_cases.c.department == ""))
    return and_(br_cases.c.step.in_(dept_steps), br_cases.c.department == actor.department)


def list_cases(
    conn: Connection,
    hall_id: str,
    actor: Actor,
    config: HallConfig,
    today: date,
    *,
    state: str = "open",
    limit: int = 200,
) -> list[CaseRow]:
    """``state``: open, overdue, done or all; newest first, overdue ones first among the open."""
    query = _select().where(scope_filter(actor, hall_id))
    if state == "open":
        query = query.where(br_cases.c.step != str(Step.DONE))
    elif state == "overdue":
        query = query.where(br_cases.c.step != str(Step.DONE), br_cases.c.step_due < today)
    elif state == "done":
        query = query.where(br_cases.c.step == str(Step.DONE))
    query = query.order_by(br_cases.c.step_due, br_cases.c.number.desc()).limit(limit)
    return [_row(r, today, _urgency(config)) for r in conn.execute(query)]


def _urgency(config: HallConfig) -> Any:
    return lambda due, today: urgency(config.calendar, due, today)


def get_case(conn: Connection, hall_id: str, number: int, actor: Actor, config: HallConfig, today: date) -> CaseRow:
    r = conn.execute(_select().where(br_cases.c.hall_id == hall_id, br_cases.c.number == number)).first()
    if r is None or not may_see(actor, hall_id, r.department):
        raise CaseNotFound(number)
    return _row(r, today, _urgency(config))


def case_steps(conn: Connection, hall_id: str, number: int) -> list[StepRow]:
    rows = conn.execute(
        select(br_case_steps)
        .where(br_case_steps.c.hall_id == hall_id, br_case_steps.c.case_number == number)
        .order_by(br_case_steps.c.id)
    )
    return [
        StepRow(Step(r.step), Action(r.action), r.note, r.username, Role(r.role), as_utc(r.at), r.due, bool(r.late))
        for r in rows
    ]


def reminders(conn: Connection, actor: Actor, config_of: Any, today: date, hall_ids: list[str]) -> list[CaseRow]:
    """Open cases waiting for this person (supervisors: every overdue case), most urgent first."""
    out: list[CaseRow] = []
    for hall_id in hall_ids:
        config = config_of(hall_id)
        query = _select().where(scope_filter(actor, hall_id), br_cases.c.step != str(Step.DONE))
        if actor.role == Role.SUPERVISOR:
            query = query.where(br_cases.c.step_due < today)
        else:
            query = query.where(owned_filter(actor))
        out += [_row(r, today, _urgency(config)) for r in conn.execute(query.order_by(br_cases.c.step_due))]
    out.sort(key=lambda c: (c.step_due, c.hall_id, c.number))
    return out


def rates(
    conn: Connection,
    hall_id: str,
    actor: Actor,
    today: date,
    *,
    start: date | None = None,
    end: date | None = None,
    windows: list[int] | None = None,
) -> Rates:
    """The two 100 % rates of clause 6.1.3 and the overdue count, live, over the cases opened in a period."""
    c = br_cases.c

    def count(*conds: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((and_(true(), *conds), 1), else_=0)), 0)

    query = select(
        count(c.valid.is_(True)),
        count(c.valid.is_(True), c.outcome == str(Outcome.RECTIFIED)),
        count(c.real_name.is_(True)),
        count(c.real_name.is_(True), c.replied_at.is_not(None)),
        count(c.step != str(Step.DONE), c.step_due < today),
        count(c.step != str(Step.DONE)),
    ).where(scope_filter(actor, hall_id))
    if start is not None:
        query = query.where(c.day >= start)
    if end is not None:
        query = query.where(c.day <= end)
    if windows is not None:
        query = query.where(c.window.in_(windows))
    row = conn.execute(query).one()
    return Rates(*(int(v) for v in row))


# --- taking a step ----------------------------------------------------------------------------------------


def take_step(
    engine: Engine,
    hall_id: str,
    number: int,
    user: WebUser,
    action: Action,
    note: str,
    *,
    expected: Step,
    config: HallConfig,
    now: datetime,
    ip: str = "",
) -> Transition:
    """Move a case one step on, as ``user``; ``WorkflowError`` if it is not theirs to take, or not now."""
    actor = user.actor
    with write_transaction(engine) as conn:
        r = conn.execute(
            select(br_cases).where(br_cases.c.hall_id == hall_id, br_cases.c.number == number).with_for_update()
        ).first()
        if r is None or not may_see(actor, hall_id, r.department):
            raise CaseNotFound(number)
        facts = CaseFacts(Step(r.step), bool(r.real_name), r.department, r.valid, bool(r.appealed), Outcome(r.outcome))
        if facts.step != expected:
            raise WorkflowError(
                "stale", f"该差评件已办理到“{facts.step.label_zh}”环节（可能由他人办理），请查看后再操作"
            )
        if not may_take(actor, hall_id, facts):
            owner = owner_of(facts.step, facts.department)
            who = owner.label_zh if owner else "无人"
            raise WorkflowError("not_owner", f"“{facts.step.label_zh}”环节由{who}办理，您不能办理")
        t = transition(facts, action, note)
        today = config.hall_day(now)
        conn.execute(
            insert(br_case_steps).values(
                hall_id=hall_id,
                case_number=number,
                step=str(facts.step),
                action=str(action),
                note=note.strip(),
                user_id=user.id,
                username=user.username,
                role=str(user.role),
                at=now,
                due=r.step_due,
                late=today > r.step_due,
            )
        )
        values: dict[str, Any] = {
            "step": str(t.step),
            "step_since": now,
            "valid": t.valid,
            "appealed": t.appealed,
            "outcome": str(t.outcome),
        }
        if t.step != Step.DONE:
            values["step_due"] = step_due(config.calendar, today, config.supervision.step_deadline_days)
        if t.closes:
            values["closed_at"] = now
        if t.replies:
            values["replied_at"] = now
        if t.done:
            values["done_at"] = now
        conn.execute(update(br_cases).where(br_cases.c.hall_id == hall_id, br_cases.c.number == number).values(values))
        audit.record(
            conn,
            audit.Who(user.id, user.username, ip),
            "step",
            at=now,
            hall_id=hall_id,
            target=f"CP-{number:05d}",
            detail={"step": str(facts.step), "action": str(action), "next": str(t.step), "late": today > r.step_due},
        )
    return t

"""The bad-rating workflow (clause 6.1.3) as pure rules: 核实 → 认定 → 申诉 (and its review) → 整改 → 办结 →
反馈 → 监督, who owns each step, what each action leads to, and each step's deadline in working days.

No database here: ``central.supervision.cases`` stores what these rules decide. A step can only be taken
when the case stands at it, so steps are never skipped or reordered. An invalid determination, or an
appeal that is upheld, ends the case without rectification; a real-name rating is always answered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from central.supervision.roles import Role
from common.hall_config import Calendar


class Step(StrEnum):
    VERIFY = "verify"
    DETERMINE = "determine"
    APPEAL = "appeal"
    REVIEW = "review"
    RECTIFY = "rectify"
    CLOSE = "close"
    REPLY = "reply"
    SUPERVISE = "supervise"
    DONE = "done"

    @property
    def label_zh(self) -> str:
        return STEP_LABELS_ZH[self]


STEP_LABELS_ZH = {
    Step.VERIFY: "核实",
    Step.DETERMINE: "认定",
    Step.APPEAL: "申诉",
    Step.REVIEW: "申诉复核",
    Step.RECTIFY: "整改",
    Step.CLOSE: "办结",
    Step.REPLY: "反馈",
    Step.SUPERVISE: "监督",
    Step.DONE: "已完结",
}

STEP_ORDER = (
    Step.VERIFY,
    Step.DETERMINE,
    Step.APPEAL,
    Step.REVIEW,
    Step.RECTIFY,
    Step.CLOSE,
    Step.REPLY,
    Step.SUPERVISE,
    Step.DONE,
)


class Action(StrEnum):
    VERIFY = "verify"
    VALID = "valid"
    INVALID = "invalid"
    APPEAL = "appeal"
    ACCEPT = "accept"
    UPHOLD = "uphold"
    DISMISS = "dismiss"
    RECTIFY = "rectify"
    CLOSE = "close"
    REPLY = "reply"
    SUPERVISE = "supervise"

    @property
    def label_zh(self) -> str:
        return ACTION_LABELS_ZH[self]


ACTION_LABELS_ZH = {
    Action.VERIFY: "完成核实",
    Action.VALID: "认定为有效差评",
    Action.INVALID: "认定为无效差评",
    Action.APPEAL: "提出申诉",
    Action.ACCEPT: "不申诉，接受认定",
    Action.UPHOLD: "申诉成立（差评无效）",
    Action.DISMISS: "申诉不成立，须整改",
    Action.RECTIFY: "提交整改措施",
    Action.CLOSE: "确认整改，办结",
    Action.REPLY: "已回复群众",
    Action.SUPERVISE: "监督完成",
}

ACTIONS: dict[Step, tuple[Action, ...]] = {
    Step.VERIFY: (Action.VERIFY,),
    Step.DETERMINE: (Action.VALID, Action.INVALID),
    Step.APPEAL: (Action.APPEAL, Action.ACCEPT),
    Step.REVIEW: (Action.DISMISS, Action.UPHOLD),
    Step.RECTIFY: (Action.RECTIFY,),
    Step.CLOSE: (Action.CLOSE,),
    Step.REPLY: (Action.REPLY,),
    Step.SUPERVISE: (Action.SUPERVISE,),
    Step.DONE: (),
}

OWNERS: dict[Step, Role] = {
    Step.VERIFY: Role.HALL_MANAGER,
    Step.DETERMINE: Role.HALL_MANAGER,
    Step.APPEAL: Role.DEPARTMENT_MANAGER,
    Step.REVIEW: Role.HALL_MANAGER,
    Step.RECTIFY: Role.DEPARTMENT_MANAGER,
    Step.CLOSE: Role.HALL_MANAGER,
    Step.REPLY: Role.HALL_MANAGER,
    Step.SUPERVISE: Role.HALL_MANAGER,
}

NOTE_OPTIONAL = frozenset({Action.ACCEPT})
"""Actions that need no written note; every other one records what was found, decided or done."""
NOTE_MIN = 2
NOTE_MAX = 2000


class Outcome(StrEnum):
    PENDING = "pending"  # 待认定
    VALID = "valid"  # 有效差评, rectification under way
    INVALID = "invalid"  # 认定无效
    OVERTURNED = "overturned"  # 申诉成立
    RECTIFIED = "rectified"  # 已整改办结

    @property
    def label_zh(self) -> str:
        return OUTCOME_LABELS_ZH[self]


OUTCOME_LABELS_ZH = {
    Outcome.PENDING: "待认定",
    Outcome.VALID: "有效，整改中",
    Outcome.INVALID: "认定无效",
    Outcome.OVERTURNED: "申诉成立",
    Outcome.RECTIFIED: "已整改",
}


class WorkflowError(ValueError):
    """A step that may not be taken: a stable code and words for the person who tried."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the rules need to know of a case."""

    step: Step
    real_name: bool
    department: str
    valid: bool | None = None
    appealed: bool = False
    outcome: Outcome = Outcome.PENDING


@dataclass(frozen=True, slots=True)
class Transition:
    step: Step
    valid: bool | None
    appealed: bool
    outcome: Outcome
    closes: bool
    """The case is closed (办结) by this action: rectified, or ended without rectification."""
    replies: bool
    done: bool


def _after_close(real_name: bool) -> Step:
    """A real-name rater is answered (反馈) before supervision; an anonymous one cannot be."""
    return Step.REPLY if real_name else Step.SUPERVISE


_ENDED = None
"""In ``_EFFECTS``: the step after closing (反馈 for a real-name rating, else 监督)."""

_EFFECTS: dict[Action, dict[str, Any]] = {
    Action.VERIFY: {"step": Step.DETERMINE},
    Action.VALID: {"step": Step.APPEAL, "valid": True, "outcome": Outcome.VALID},
    Action.INVALID: {"step": _ENDED, "valid": False, "outcome": Outcome.INVALID, "closes": True},
    Action.APPEAL: {"step": Step.REVIEW, "appealed": True},
    Action.ACCEPT: {"step": Step.RECTIFY},
    Action.UPHOLD: {"step": _ENDED, "valid": False, "outcome": Outcome.OVERTURNED, "closes": True},
    Action.DISMISS: {"step": Step.RECTIFY},
    Action.RECTIFY: {"step": Step.CLOSE},
    Action.CLOSE: {"step": _ENDED, "outcome": Outcome.RECTIFIED, "closes": True},
    Action.REPLY: {"step": Step.SUPERVISE, "replies": True},
    Action.SUPERVISE: {"step": Step.DONE, "done": True},
}


def transition(case: CaseFacts, action: Action, note: str) -> Transition:
    """Where ``action`` takes the case; ``WorkflowError`` if it is not an action of the case's current step."""
    if case.step == Step.DONE:
        raise WorkflowError("case_done", "该差评件已完结，不能再办理")
    if action not in ACTIONS[case.step]:
        raise WorkflowError(
            "wrong_step",
            f"该差评件当前处于“{case.step.label_zh}”环节，不能执行“{action.label_zh}”：环节不能跳过或颠倒",
        )
    note = note.strip()
    if action not in NOTE_OPTIONAL and len(note) < NOTE_MIN:
        raise WorkflowError("note_needed", f"请填写{case.step.label_zh}意见（至少 {NOTE_MIN} 个字）")
    if len(note) > NOTE_MAX:
        raise WorkflowError("note_too_long", f"意见不能超过 {NOTE_MAX} 个字")
    effects = dict(_EFFECTS[action])
    if effects["step"] is _ENDED:
        effects["step"] = _after_close(case.real_name)
    before = Transition(case.step, case.valid, case.appealed, case.outcome, False, False, False)
    return replace(before, **effects)


# --- who may act ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Actor:
    role: Role
    hall_id: str | None
    department: str = ""


def owner_of(step: Step, department: str) -> Role | None:
    """The role that takes ``step``: the window's department appeals and rectifies; a case with no department
    (a window configured without one) is carried by the hall manager throughout."""
    owner = OWNERS.get(step)
    if owner == Role.DEPARTMENT_MANAGER and not department:
        return Role.HALL_MANAGER
    return owner


def may_see(actor: Actor, hall_id: str, department: str) -> bool:
    if actor.role == Role.SUPERVISOR:
        return True
    if actor.hall_id != hall_id:
        return False
    return actor.role == Role.HALL_MANAGER or (bool(department) and actor.department == department)


def may_take(actor: Actor, hall_id: str, case: CaseFacts) -> bool:
    """Supervisors read only; the owner of the current step, in its hall (and department), acts."""
    if actor.role == Role.SUPERVISOR or actor.hall_id != hall_id:
        return False
    owner = owner_of(case.step, case.department)
    if owner is None or owner != actor.role:
        return False
    return actor.role == Role.HALL_MANAGER or actor.department == case.department


# --- deadlines ------------------------------------------------------------------------------------------


class Urgency(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"  # 即将到期: due today or on the next working day
    OVERDUE = "overdue"  # 已超期


def step_due(calendar: Calendar, started: date, days: int) -> date:
    """A step started on ``started`` (a hall day) is due ``days`` working days later, by the hall's calendar."""
    return calendar.add_working_days(started, days)


def urgency(calendar: Calendar, due: date, today: date) -> Urgency:
    if today > due:
        return Urgency.OVERDUE
    if calendar.add_working_days(today, 1) >= due:
        return Urgency.DUE_SOON
    return Urgency.ON_TIME


# --- the two rates of clause 6.1.3 ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rates:
    valid: int
    rectified: int
    real_name: int
    answered: int
    overdue: int
    open: int

    @property
    def rectification_rate(self) -> float | None:
        """Valid bad ratings rectified ÷ valid bad ratings (target 100 %); None when there is none."""
        return None if self.valid == 0 else self.rectified / self.valid

    @property
    def reply_rate(self) -> float | None:
        """Real-name bad ratings answered ÷ real-name bad ratings (target 100 %); None when there is none."""
        return None if self.real_name == 0 else self.answered / self.real_name

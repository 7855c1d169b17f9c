"""The audit trail of the supervision side: every sign-in (and failed one), step taken, export and user
change, with who, when, where from and on what. Written in the transaction of the action it records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from central.server_time import as_utc
from central.supervision.roles import Role
from central.supervision.workflow import Action, Step
from central.tables import audit_log

ACTION_LABELS_ZH = {
    "signin": "登录",
    "signin_failed": "登录失败",
    "signin_locked": "账户锁定",
    "signout": "退出",
    "step": "办理差评环节",
    "export": "导出报表",
    "user_added": "新增用户",
    "default_ratings": "默认评价",
    "case_progressed": "办件进展",
    "case_completed": "办件办结",
}


@dataclass(frozen=True)
class Who:
    user_id: int | None
    username: str
    ip: str = ""


SYSTEM = Who(None, "system")


def record(
    conn: Connection,
    who: Who,
    action: str,
    *,
    at: datetime,
    hall_id: str | None = None,
    target: str = "",
    detail: dict[str, Any] | None = None,
) -> None:
    conn.execute(
        insert(audit_log).values(
            at=at,
            user_id=who.user_id,
            username=who.username[:40],
            hall_id=hall_id,
            action=action,
            target=target[:120],
            detail=json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
            ip=who.ip[:64],
        )
    )


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime
    username: str
    hall_id: str | None
    action: str
    target: str
    detail: dict[str, Any]
    ip: str

    @property
    def action_zh(self) -> str:
        return ACTION_LABELS_ZH.get(self.action, self.action)

    @property
    def detail_zh(self) -> str:
        """The details in words: which step and what was decided, which role, which period."""
        return describe(self.detail)


_REASONS_ZH = {"unknown_user": "用户名不存在", "locked": "账户已锁定", "bad_password": "密码错误"}


def describe(detail: dict[str, Any]) -> str:
    parts = []
    if "step" in detail and "action" in detail:
        parts.append(f"{Step(detail['step']).label_zh}：{Action(detail['action']).label_zh}")
        parts.append(f"转入“{Step(detail['next']).label_zh}”")
        if detail.get("late"):
            parts.append("超期办理")
    if "role" in detail:
        parts.append(
            Role(detail["role"]).label_zh + (f"（{detail['department']}）" if detail.get("department") else "")
        )
    if "start" in detail:
        parts.append(f"期间 {detail['start']} 至 {detail['end']}")
    if "reason" in detail:
        parts.append(_REASONS_ZH.get(detail["reason"], str(detail["reason"])))
    if "failures" in detail:
        parts.append(f"连续失败 {detail['failures']} 次")
    if "count" in detail:
        parts.append(
            f"{detail['count']} 次办理按“{detail.get('level', '')}”默认评价（{detail.get('after_days')} 天未评）"
        )
    known = {
        "step",
        "action",
        "next",
        "late",
        "role",
        "department",
        "start",
        "end",
        "reason",
        "failures",
        "count",
        "level",
        "after_days",
    }
    parts += [f"{k}={v}" for k, v in detail.items() if k not in known]
    return "，".join(parts)


def entries(
    conn: Connection, hall_ids: list[str] | None, *, action: str = "", limit: int = 100, offset: int = 0
) -> tuple[list[Entry], int]:
    """The newest entries first (of the given halls, and the hall-less ones such as sign-ins), and how many."""
    query = select(audit_log)
    count = select(func.count()).select_from(audit_log)
    if hall_ids is not None:
        where = audit_log.c.hall_id.in_(hall_ids) | audit_log.c.hall_id.is_(None)
        query, count = query.where(where), count.where(where)
    if action:
        query, count = query.where(audit_log.c.action == action), count.where(audit_log.c.action == action)
    rows = conn.execute(query.order_by(audit_log.c.id.desc()).limit(limit).offset(offset)).all()
    total = conn.execute(count).scalar_one()
    return [
        Entry(r.id, as_utc(r.at), r.username, r.hall_id, r.action, r.target, json.loads(r.detail), r.ip) for r in rows
    ], int(total)

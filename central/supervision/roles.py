"""Who uses the supervision pages, and what each of them may see and do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    HALL_MANAGER = "hall_manager"
    """大厅管理员: everything of their hall; takes the hall's workflow steps."""
    DEPARTMENT_MANAGER = "department_manager"
    """部门负责人: their department's windows, items and cases; appeals and rectifies."""
    SUPERVISOR = "supervisor"
    """督查人员: reads every hall, changes nothing."""

    @property
    def label_zh(self) -> str:
        return ROLE_LABELS_ZH[self]


ROLE_LABELS_ZH = {
    Role.HALL_MANAGER: "大厅管理员",
    Role.DEPARTMENT_MANAGER: "部门负责人",
    Role.SUPERVISOR: "督查人员",
}

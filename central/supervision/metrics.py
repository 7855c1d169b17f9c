"""The figures of the reports, their Chinese names and how each is written, shared by the pages, the
CSV, the spreadsheet and the PDF so all of them say the same thing the same way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from common.ratings_scale import LEVEL_LABELS_ZH, RatingLevel


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    kind: str
    """count, minutes, pct or score."""

    def text(self, row: dict[str, Any]) -> str:
        return fmt(row.get(self.key), self.kind)

    def value(self, row: dict[str, Any]) -> float | int | None:
        """For spreadsheets: the number itself (a rate as a fraction), None when there is none."""
        v = row.get(self.key)
        if v is None:
            return 0 if self.kind == "count" else None
        return round(float(v), 4) if self.kind != "count" else int(v)


def fmt(value: Any, kind: str) -> str:
    if value is None:
        return "0" if kind == "count" else "—"
    if kind == "count":
        return f"{int(value):,}"
    if kind == "pct":
        return f"{100 * float(value):.1f}%"
    if kind == "score":
        return f"{float(value):.2f}"
    return f"{float(value):.1f}"


_LEVELS = [Metric(str(lv), LEVEL_LABELS_ZH[lv], "count") for lv in RatingLevel]

GROUPS: list[tuple[str, list[Metric]]] = [
    (
        "取号、等候与办理",
        [
            Metric("tickets", "取号", "count"),
            Metric("wait_mean", "平均等候(分)", "minutes"),
            Metric("wait_p90", "90%等候(分)", "minutes"),
            Metric("visits", "办理人次", "count"),
            Metric("service_mean", "平均办理(分)", "minutes"),
            Metric("service_p90", "90%办理(分)", "minutes"),
            Metric("no_shows", "过号", "count"),
            Metric("transfers", "转办", "count"),
            Metric("one_time_notices", "一次性告知", "count"),
            Metric("repeat_visits", "重复跑动", "count"),
        ],
    ),
    (
        "在岗情况",
        [
            Metric("pauses", "暂停次数", "count"),
            Metric("pause_minutes", "暂停时长(分)", "minutes"),
            Metric("unattended_minutes", "超时空岗(分)", "minutes"),
        ],
    ),
    (
        "服务评价",
        [
            Metric("ratings", "评价数", "count"),
            *_LEVELS,
            Metric("satisfaction", "满意率", "pct"),
            Metric("score", "平均分", "score"),
            Metric("defaulted", "默认评价", "count"),
        ],
    ),
    (
        "差评整改",
        [
            Metric("bad_cases", "差评", "count"),
            Metric("valid", "有效差评", "count"),
            Metric("rectified", "已整改", "count"),
            Metric("rectification_rate", "整改率", "pct"),
            Metric("real_name", "实名差评", "count"),
            Metric("answered", "已回复", "count"),
            Metric("reply_rate", "回复率", "pct"),
            Metric("overdue_cases", "督办超期", "count"),
        ],
    ),
    (
        "办件时限与预约",
        [
            Metric("promised", "到期办件", "count"),
            Metric("promised_late", "超期办件", "count"),
            Metric("appointments", "预约", "count"),
            Metric("kept", "按时到", "count"),
            Metric("late", "迟到", "count"),
            Metric("missed", "爽约", "count"),
            Metric("cancelled", "取消", "count"),
        ],
    ),
]

ALL: list[Metric] = [m for _, group in GROUPS for m in group]


def shown(group: list[Metric], rows: list[dict[str, Any]]) -> list[Metric]:
    """The metrics of a group that any row has (a breakdown by hour has no ratings, for one)."""
    return [m for m in group if any(r.get(m.key) is not None for r in rows)]

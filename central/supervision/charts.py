"""Charts as server-rendered SVG (no script, no external library): waits by hour, ratings over time.
Text is escaped; sizes are in the viewBox so the chart scales with the page."""

from __future__ import annotations

from html import escape
from typing import Any

from common.ratings_scale import LEVEL_LABELS_ZH, RatingLevel

LEVEL_COLOURS = {
    RatingLevel.VERY_SATISFIED: "#1b7a3d",
    RatingLevel.SATISFIED: "#5aa469",
    RatingLevel.BASICALLY_SATISFIED: "#c9b458",
    RatingLevel.DISSATISFIED: "#e07b39",
    RatingLevel.VERY_DISSATISFIED: "#c0392b",
}
W, H = 720, 280
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 36, 44


def _nice_max(value: float) -> float:
    """A top for the axis that four grid lines divide into whole numbers."""
    for top in (4, 8, 12, 20, 40, 60, 80, 100, 120, 200, 400, 600, 800, 1000, 2000, 4000, 8000, 20000):
        if value <= top:
            return float(top)
    return float(4 * (int(value) // 4 + 1))


def _frame(title: str, y_max: float, y_label: str) -> list[str]:
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" role="img" class="chart"'
        f' aria-label="{escape(title)}">',
        f'<text x="{LEFT}" y="20" class="chart-title">{escape(title)}</text>',
    ]
    plot_h = H - TOP - BOTTOM
    for i in range(5):
        v = y_max * i / 4
        y = TOP + plot_h - plot_h * i / 4
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{W - RIGHT}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" class="axis">{v:g}</text>')
    out.append(
        f'<text x="14" y="{TOP + plot_h / 2:.0f}" class="axis" transform="rotate(-90 14 {TOP + plot_h / 2:.0f})"'
        f' text-anchor="middle">{escape(y_label)}</text>'
    )
    return out


def waits_by_hour(rows: list[dict[str, Any]], title: str = "各时段等候时间（分钟）") -> str:
    """Bars of the mean wait per hour of issue, with the 90th percentile as a tick above each bar."""
    if not rows:
        return _empty(title)
    # Every hour from the first to the last with tickets, and at least a working day's, so bars keep their width.
    by_hour = {r["hour"]: r for r in rows}
    first, last = min(*by_hour, 9), max(*by_hour, 17)
    rows = [by_hour.get(h, {"hour": h, "tickets": 0, "mean": None, "p90": None}) for h in range(first, last + 1)]
    y_max = _nice_max(max((r["p90"] or r["mean"] or 0) for r in rows))
    out = _frame(title, y_max, "分钟")
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM
    slot = plot_w / len(rows)
    for i, r in enumerate(rows):
        x = LEFT + i * slot
        if not r["tickets"]:
            out.append(
                f'<text x="{x + slot / 2:.1f}" y="{H - BOTTOM + 16}" text-anchor="middle" class="axis">'
                f"{r['hour']:02d}</text>"
            )
            continue
        mean, p90 = r["mean"] or 0.0, r["p90"] or 0.0
        bh = plot_h * mean / y_max
        out.append(
            f'<rect x="{x + slot * 0.15:.1f}" y="{TOP + plot_h - bh:.1f}" width="{slot * 0.7:.1f}" height="{bh:.1f}"'
            f' class="bar"><title>{r["hour"]:02d}时 平均 {mean:.1f} 分钟，90% {p90:.1f} 分钟，'
            f"{r['tickets']} 张号</title></rect>"
        )
        py = TOP + plot_h - plot_h * p90 / y_max
        out.append(
            f'<line x1="{x + slot * 0.1:.1f}" y1="{py:.1f}" x2="{x + slot * 0.9:.1f}" y2="{py:.1f}" class="p90"/>'
        )
        out.append(
            f'<text x="{x + slot / 2:.1f}" y="{H - BOTTOM + 16}" text-anchor="middle" class="axis">'
            f"{r['hour']:02d}</text>"
        )
    out.append(
        f'<text x="{W - RIGHT}" y="20" text-anchor="end" class="legend">柱：平均等候　横线：90% 的人等候不超过</text>'
    )
    out.append("</svg>")
    return "".join(out)


def ratings_over_time(days: list[dict[str, Any]], title: str = "每日评价（按等级）") -> str:
    """Stacked bars of ratings per day by level, best level at the bottom."""
    totals = [sum(d[str(level)] for level in RatingLevel) for d in days]
    if not days or not any(totals):
        return _empty(title)
    y_max = _nice_max(max(totals))
    out = _frame(title, y_max, "评价数")
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM
    slot = plot_w / len(days)
    every = max(1, len(days) // 10)
    for i, d in enumerate(days):
        x = LEFT + i * slot
        y = TOP + plot_h
        for level in RatingLevel:
            n = d[str(level)]
            if not n:
                continue
            bh = plot_h * n / y_max
            y -= bh
            out.append(
                f'<rect x="{x + slot * 0.1:.1f}" y="{y:.1f}" width="{slot * 0.8:.1f}" height="{bh:.1f}"'
                f' fill="{LEVEL_COLOURS[level]}"><title>{d["day"].isoformat()} {LEVEL_LABELS_ZH[level]} {n}'
                "</title></rect>"
            )
        if i % every == 0:
            out.append(
                f'<text x="{x + slot / 2:.1f}" y="{H - BOTTOM + 16}" text-anchor="middle" class="axis">'
                f"{d['day'].month}/{d['day'].day}</text>"
            )
    lx = LEFT
    for level in RatingLevel:
        out.append(f'<rect x="{lx}" y="{H - 16}" width="10" height="10" fill="{LEVEL_COLOURS[level]}"/>')
        out.append(f'<text x="{lx + 14}" y="{H - 7}" class="legend">{LEVEL_LABELS_ZH[level]}</text>')
        lx += 24 + 14 * len(LEVEL_LABELS_ZH[level])
    out.append("</svg>")
    return "".join(out)


def _empty(title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} 80" class="chart" role="img"'
        f' aria-label="{escape(title)}"><text x="{LEFT}" y="20" class="chart-title">{escape(title)}</text>'
        f'<text x="{LEFT}" y="56" class="axis">本期无数据</text></svg>'
    )

"""Reports for a period, by window, clerk, category, item or hour of day, computed in SQL on the read
models (``rm_*``) and the bad-rating cases, so a month of a busy hall is a handful of indexed queries.

Every figure is for hall days ``start``..``end`` (inclusive). Waits are from issue to first call; service
times from start to finish; percentiles are nearest-rank. A department manager's scope is their
department's windows (and the categories those windows serve).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.types import Date

from central.server_time import as_utc
from central.supervision.workflow import Rates
from common.hall_bundle import HallBundle
from common.ratings_scale import RatingLevel

DIMENSIONS = {"window": "窗口", "staff": "工作人员", "category": "取号类别", "item": "事项", "hour": "时段"}
LEVELS = [str(level) for level in RatingLevel]
MAX_DAYS = 400


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its start")
        if (self.end - self.start).days >= MAX_DAYS:
            raise ValueError(f"a period is at most {MAX_DAYS} days")

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    @property
    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} 至 {self.end.isoformat()}"


@dataclass(frozen=True)
class Scope:
    """What part of the hall a report covers: every window (None), or a department's."""

    windows: tuple[int, ...] | None = None
    categories: tuple[str, ...] | None = None

    @classmethod
    def department(cls, bundle: HallBundle, department: str) -> Scope:
        windows = [w for w in bundle.config.windows if w.department == department]
        return cls(tuple(w.number for w in windows), tuple(sorted({c for w in windows for c in w.categories})))


@dataclass
class Report:
    period: Period
    dimension: str
    totals: dict[str, Any]
    rows: list[dict[str, Any]]
    reasons: list[tuple[str, int]]
    waits_by_hour: list[dict[str, Any]]
    ratings_by_day: list[dict[str, Any]]
    rates: Rates
    labels: dict[str, str] = field(default_factory=dict)


class _Sql:
    """Dialect differences in one place: expanding a JSON list, date parameters."""

    def __init__(self, conn: Connection, hall_id: str, period: Period, scope: Scope) -> None:
        self.conn = conn
        self.pg = conn.dialect.name == "postgresql"
        self.params: dict[str, Any] = {"hall": hall_id, "start": period.start, "end": period.end}
        self.scope = scope

    def each(self, column: str) -> str:
        """A join producing ``j.value`` for each element of a JSON list column."""
        if self.pg:
            return f"CROSS JOIN LATERAL json_array_elements_text({column}) AS j(value)"
        return f", json_each({column}) AS j"

    def windows(self, column: str) -> str:
        return "" if self.scope.windows is None else f" AND {column} IN :windows"

    def categories(self, column: str) -> str:
        return "" if self.scope.categories is None else f" AND {column} IN :categories"

    def rows(self, sql: str, **extra: Any) -> list[Any]:
        stmt = text(sql).bindparams(bindparam("start", type_=Date), bindparam("end", type_=Date))
        params = {**self.params, **extra}
        if ":today" in sql:
            stmt = stmt.bindparams(bindparam("today", type_=Date))
        if ":windows" in sql:
            stmt = stmt.bindparams(bindparam("windows", expanding=True))
            params["windows"] = list(self.scope.windows or ()) or [-1]
        if ":categories" in sql:
            stmt = stmt.bindparams(bindparam("categories", expanding=True))
            params["categories"] = list(self.scope.categories or ()) or ["?"]
        return list(self.conn.execute(stmt, params))


# The dimension's key in each table (None: the measure has no such dimension). ``item`` uses ``j.value``.
_KEYS: dict[str, dict[str, str | None]] = {
    "tickets": {
        "window": 't."window"',
        "staff": "t.staff",
        "category": "t.category",
        "item": "j.value",
        "hour": "t.hour",
    },
    "visits": {
        "window": 'v."window"',
        "staff": "COALESCE(v.finished_by, v.staff)",
        "category": "v.category",
        "item": "j.value",
        "hour": "v.hour",
    },
    "pauses": {"window": 'p."window"', "staff": "p.staff", "category": None, "item": None, "hour": "p.hour"},
    "ratings": {
        "window": 'r."window"',
        "staff": "r.staff",
        "category": "r.category",
        "item": "j.value",
        "hour": "hv.hour",
    },
    "cases": {"window": 'c."window"', "staff": "c.staff", "category": "c.category", "item": "j.value", "hour": None},
    "promised": {"window": None, "staff": None, "category": None, "item": "j.value", "hour": None},
    "appointments": {"window": None, "staff": None, "category": "a.category", "item": "a.item", "hour": None},
}
_ITEMS_COLUMN = {
    "tickets": "t.items",
    "visits": "v.items",
    "ratings": "r.items",
    "cases": "c.items",
    "promised": "m.items",
}


_VISIT_HOUR = "JOIN rm_visits hv ON hv.hall_id = r.hall_id AND hv.id = r.target_id AND r.target = 'visit'"
"""A rating's hour of day is that of the visit it rates (一次一评); ratings of a case (一事一评) have none."""


def _key(sql: _Sql, table: str, dimension: str | None) -> tuple[str, str] | None:
    """(key expression, extra join) for a table, or None when the table has no such dimension."""
    if dimension is None:
        return "'all'", ""
    key = _KEYS[table][dimension]
    if key is None:
        return None
    if key == "j.value":
        return key, sql.each(_ITEMS_COLUMN[table])
    if key.startswith("hv."):
        return key, _VISIT_HOUR
    return key, ""


def _group(key: str) -> str:
    """Totals have no GROUP BY (PostgreSQL refuses to group by a constant)."""
    return "" if key == "'all'" else f"GROUP BY {key}"


def _moment(value: datetime | str) -> datetime:
    """A time from a raw query: SQLite hands back text (in UTC), PostgreSQL a datetime."""
    return as_utc(datetime.fromisoformat(value) if isinstance(value, str) else value)


def _day(value: date | str) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _percentile_sql(base: str) -> str:
    """Mean and nearest-rank 90th percentile of ``x`` per ``k`` over the rows of ``base``."""
    return f"""
        WITH base AS ({base}),
        ranked AS (SELECT k, x, ROW_NUMBER() OVER (PARTITION BY k ORDER BY x) AS rn,
                          COUNT(*) OVER (PARTITION BY k) AS n FROM base)
        SELECT k, AVG(x) AS mean, MAX(CASE WHEN rn = (9 * n + 9) / 10 THEN x END) AS p90
        FROM ranked GROUP BY k"""


Measures = dict[Any, dict[str, Any]]


def _merge(into: Measures, rows: list[Any], names: list[str]) -> None:
    for r in rows:
        entry = into.setdefault(r[0], {})
        for i, name in enumerate(names, start=1):
            entry[name] = r[i]


def _tickets(sql: _Sql, dimension: str | None, out: Measures) -> None:
    k = _key(sql, "tickets", dimension)
    if k is None:
        return
    key, join = k
    where = "t.hall_id = :hall AND t.day BETWEEN :start AND :end"
    if sql.scope.windows is not None:  # their windows' tickets, and the waiting ones of their categories
        where += f' AND (t."window" IN :windows OR (t."window" IS NULL{sql.categories("t.category")}))'
    _merge(
        out,
        sql.rows(
            f"""SELECT {key} AS k, COUNT(*), SUM(CASE WHEN t.status = 'no_show' THEN 1 ELSE 0 END),
                       SUM(t.transfers), SUM(CASE WHEN t.status = 'waiting' THEN 1 ELSE 0 END)
                FROM rm_tickets t {join} WHERE {where} {_group(key)}"""
        ),
        ["tickets", "no_shows", "transfers", "not_called"],
    )
    _merge(
        out,
        sql.rows(
            _percentile_sql(
                f"SELECT {key} AS k, t.wait_seconds / 60.0 AS x FROM rm_tickets t {join} "
                f"WHERE {where} AND t.wait_seconds IS NOT NULL"
            )
        ),
        ["wait_mean", "wait_p90"],
    )


def _visits(sql: _Sql, dimension: str | None, out: Measures) -> None:
    k = _key(sql, "visits", dimension)
    if k is None:
        return
    key, join = k
    where = "v.hall_id = :hall AND v.day BETWEEN :start AND :end" + sql.windows('v."window"')
    _merge(
        out,
        sql.rows(
            # 最多跑一次: a repeat visit is a second (or later) trip for the same case.
            f"""SELECT {key} AS k, COUNT(*), SUM(CASE WHEN v.transferred THEN 1 ELSE 0 END),
                       SUM(CASE WHEN v.outcome = 'one_time_notice' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN v.case_number IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN v.trip > 1 THEN 1 ELSE 0 END)
                FROM rm_visits v {join} WHERE {where} {_group(key)}"""
        ),
        ["visits", "transferred_visits", "one_time_notices", "case_visits", "repeat_visits"],
    )
    _merge(
        out,
        sql.rows(
            _percentile_sql(
                f"SELECT {key} AS k, v.service_seconds / 60.0 AS x FROM rm_visits v {join} "
                f"WHERE {where} AND v.service_seconds IS NOT NULL AND NOT v.transferred"
            )
        ),
        ["service_mean", "service_p90"],
    )


def _pauses(sql: _Sql, dimension: str | None, out: Measures, limit_minutes: int, now: datetime) -> None:
    k = _key(sql, "pauses", dimension)
    if k is None:
        return
    key, _ = k
    rows = sql.rows(
        f"""SELECT {key} AS k, p.started_at, p.seconds FROM rm_pauses p
            WHERE p.hall_id = :hall AND p.day BETWEEN :start AND :end{sql.windows('p."window"')}"""
    )
    limit = limit_minutes * 60
    for r in rows:  # one row per pause: a few hundred a month; an open pause counts up to now
        seconds = r.seconds if r.seconds is not None else max(0.0, (now - _moment(r.started_at)).total_seconds())
        entry = out.setdefault(r.k, {})
        entry["pauses"] = entry.get("pauses", 0) + 1
        entry["pause_minutes"] = entry.get("pause_minutes", 0.0) + seconds / 60
        entry["unattended_minutes"] = entry.get("unattended_minutes", 0.0) + max(0.0, seconds - limit) / 60


def _ratings(sql: _Sql, dimension: str | None, out: Measures) -> None:
    k = _key(sql, "ratings", dimension)
    if k is None:
        return
    key, join = k
    levels = ", ".join(f"SUM(CASE WHEN r.level = '{lv}' THEN 1 ELSE 0 END)" for lv in LEVELS)
    _merge(
        out,
        sql.rows(
            f"""SELECT {key} AS k, COUNT(*), {levels}, SUM(CASE WHEN r.bad THEN 1 ELSE 0 END),
                       SUM(CASE WHEN r.defaulted THEN 1 ELSE 0 END), AVG(r.score * 1.0)
                FROM rm_ratings r {join}
                WHERE r.hall_id = :hall AND r.day BETWEEN :start AND :end{sql.windows('r."window"')}
                {_group(key)}"""
        ),
        ["ratings", *LEVELS, "bad", "defaulted", "score"],
    )


def _cases(sql: _Sql, dimension: str | None, out: Measures, today: date) -> None:
    k = _key(sql, "cases", dimension)
    if k is None:
        return
    key, join = k
    _merge(
        out,
        sql.rows(
            f"""SELECT {key} AS k, COUNT(*),
                       SUM(CASE WHEN c.valid THEN 1 ELSE 0 END),
                       SUM(CASE WHEN c.valid AND c.outcome = 'rectified' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN c.real_name THEN 1 ELSE 0 END),
                       SUM(CASE WHEN c.real_name AND c.replied_at IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN c.step <> 'done' AND c.step_due < :today THEN 1 ELSE 0 END)
                FROM br_cases c {join}
                WHERE c.hall_id = :hall AND c.day BETWEEN :start AND :end{sql.windows('c."window"')}
                {_group(key)}""",
            today=today,
        ),
        ["bad_cases", "valid", "rectified", "real_name", "answered", "overdue_cases"],
    )


def _promised(sql: _Sql, dimension: str | None, out: Measures, today: date) -> None:
    """Cases (办件) whose promised date falls in the period: how many were completed after it (on the hall's
    calendar day of completion), or are still open past it."""
    k = _key(sql, "promised", dimension)
    if k is None:
        return
    key, join = k
    scope = ""
    if sql.scope.windows is not None:
        scope = """ AND EXISTS (SELECT 1 FROM rm_visits w WHERE w.hall_id = m.hall_id
                                AND w.case_number = m.number AND w."window" IN :windows)"""
    _merge(
        out,
        sql.rows(
            f"""SELECT {key} AS k, COUNT(*),
                       SUM(CASE WHEN m.completed_day > m.promised_date
                                  OR (m.completed_day IS NULL AND m.promised_date < :today) THEN 1 ELSE 0 END)
                FROM rm_cases m {join}
                WHERE m.hall_id = :hall AND m.promised_date BETWEEN :start AND :end{scope} {_group(key)}""",
            today=today,
        ),
        ["promised", "promised_late"],
    )


def _appointments(sql: _Sql, dimension: str | None, out: Measures, now: datetime) -> None:
    k = _key(sql, "appointments", dimension)
    if k is None:
        return
    key, _ = k
    rows = sql.rows(
        f"""SELECT {key} AS k, a.status, a.on_time, a.slot_end FROM rm_appointments a
            WHERE a.hall_id = :hall AND a.day BETWEEN :start AND :end{sql.categories("a.category")}"""
    )
    for r in rows:
        entry = out.setdefault(r.k, {})
        entry["appointments"] = entry.get("appointments", 0) + 1
        if r.status == "checked_in":
            name = "kept" if r.on_time else "late"
        elif r.status == "cancelled":
            name = "cancelled"
        else:
            name = "missed" if _moment(r.slot_end) < now else "upcoming"
        entry[name] = entry.get(name, 0) + 1


FAMILIES = ("tickets", "visits", "pauses", "ratings", "cases", "promised", "appointments")


def _measures(
    conn: Connection,
    bundle: HallBundle,
    period: Period,
    scope: Scope,
    dimension: str | None,
    now: datetime,
    families: tuple[str, ...] = FAMILIES,
) -> Measures:
    config = bundle.config
    sql = _Sql(conn, bundle.hall_id, period, scope)
    today = config.hall_day(now)
    out: Measures = {}
    run: dict[str, Callable[[], None]] = {
        "tickets": lambda: _tickets(sql, dimension, out),
        "visits": lambda: _visits(sql, dimension, out),
        "pauses": lambda: _pauses(sql, dimension, out, config.queue.pause_limit_minutes, now),
        "ratings": lambda: _ratings(sql, dimension, out),
        "cases": lambda: _cases(sql, dimension, out, today),
        "promised": lambda: _promised(sql, dimension, out, today),
        "appointments": lambda: _appointments(sql, dimension, out, now),
    }
    for family in families:
        run[family]()
    for entry in out.values():
        _derive(entry)
    return out


def _derive(entry: dict[str, Any]) -> None:
    ratings = entry.get("ratings") or 0
    if ratings:
        good = sum(entry.get(lv) or 0 for lv in LEVELS[:3])
        entry["satisfaction"] = good / ratings
    valid = entry.get("valid") or 0
    entry["rectification_rate"] = (entry.get("rectified") or 0) / valid if valid else None
    real = entry.get("real_name") or 0
    entry["reply_rate"] = (entry.get("answered") or 0) / real if real else None


def report(
    conn: Connection,
    bundle: HallBundle,
    period: Period,
    dimension: str,
    *,
    now: datetime,
    scope: Scope | None = None,
    rates: Rates,
    families: tuple[str, ...] = FAMILIES,
    totals: dict[str, Any] | None = None,
    charts: bool = True,
    reasons_by: bool = True,
) -> Report:
    """The period's figures in total and by ``dimension``; ``families`` limits which (the public page needs only
    the ratings), ``totals`` reuses those of another report of the same period, ``charts`` adds their data,
    ``reasons_by`` the bad-rating reasons of each row."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    scope = scope or Scope()
    if totals is None:
        totals = _measures(conn, bundle, period, scope, None, now, families).get("all", {})
        _derive(totals)
    by = _measures(conn, bundle, period, scope, dimension, now, families)
    labels = _labels(bundle, dimension)
    if reasons_by and "ratings" in families:
        for k, counts in _reasons_by(conn, bundle.hall_id, period, scope, dimension).items():
            by.setdefault(k, {})["reasons"] = counts
    rows = [{"key": k, "label": labels.get(str(k), str(k)), **v} for k, v in by.items() if k is not None]
    rows.sort(key=lambda r: (str(type(r["key"])), r["key"]))
    waits_by_hour: list[dict[str, Any]] = []
    if charts:
        hours = by if dimension == "hour" else _measures(conn, bundle, period, scope, "hour", now, ("tickets",))
        waits_by_hour = [
            {
                "hour": h,
                "tickets": hours[h].get("tickets", 0),
                "mean": hours[h].get("wait_mean"),
                "p90": hours[h].get("wait_p90"),
            }
            for h in sorted(k for k in hours if k is not None)
        ]
    return Report(
        period=period,
        dimension=dimension,
        totals=totals,
        rows=rows,
        reasons=_reasons(conn, bundle.hall_id, period, scope) if "ratings" in families else [],
        waits_by_hour=waits_by_hour,
        ratings_by_day=_ratings_by_day(conn, bundle.hall_id, period, scope) if charts else [],
        rates=rates,
        labels=labels,
    )


def _reasons(conn: Connection, hall_id: str, period: Period, scope: Scope) -> list[tuple[str, int]]:
    sql = _Sql(conn, hall_id, period, scope)
    rows = sql.rows(
        f"""SELECT j.value AS reason, COUNT(*) AS n FROM rm_ratings r {sql.each("r.reasons")}
            WHERE r.hall_id = :hall AND r.day BETWEEN :start AND :end{sql.windows('r."window"')}
            GROUP BY j.value ORDER BY n DESC, j.value"""
    )
    return [(r.reason, int(r.n)) for r in rows]


def _reasons_by(
    conn: Connection, hall_id: str, period: Period, scope: Scope, dimension: str
) -> dict[Any, dict[str, int]]:
    """How often each reason was given for a bad rating, by ``dimension`` (what a manager asks: which window's
    bad ratings are about attitude, which item's about efficiency)."""
    sql = _Sql(conn, hall_id, period, scope)
    k = _key(sql, "ratings", dimension)
    if k is None:
        return {}
    key, join = k
    reasons = sql.each("r.reasons").replace("AS j", "AS q")
    rows = sql.rows(
        f"""SELECT {key} AS k, q.value AS reason, COUNT(*) AS n FROM rm_ratings r {join} {reasons}
            WHERE r.hall_id = :hall AND r.day BETWEEN :start AND :end{sql.windows('r."window"')}
            GROUP BY {key}, q.value"""
    )
    out: dict[Any, dict[str, int]] = {}
    for r in rows:
        out.setdefault(r.k, {})[r.reason] = int(r.n)
    return out


def _ratings_by_day(conn: Connection, hall_id: str, period: Period, scope: Scope) -> list[dict[str, Any]]:
    sql = _Sql(conn, hall_id, period, scope)
    rows = sql.rows(
        f"""SELECT r.day, r.level, COUNT(*) FROM rm_ratings r
            WHERE r.hall_id = :hall AND r.day BETWEEN :start AND :end{sql.windows('r."window"')}
            GROUP BY r.day, r.level"""
    )
    days: dict[date, dict[str, int]] = {d: dict.fromkeys(LEVELS, 0) for d in period.days}
    for day, level, n in rows:
        d = _day(day)
        days.setdefault(d, dict.fromkeys(LEVELS, 0))[level] = int(n)
    return [{"day": d, **counts} for d, counts in sorted(days.items())]


def _labels(bundle: HallBundle, dimension: str) -> dict[str, str]:
    config = bundle.config
    if dimension == "window":
        return {str(w.number): f"{w.number}号窗口" for w in config.windows}
    if dimension == "staff":
        return {s.number: f"{s.name}（{s.number}）" for s in bundle.roster.staff}
    if dimension == "category":
        return {c.letter: f"{c.letter} {c.name}" for c in config.categories}
    if dimension == "item":
        return {i.code: f"{i.name}（{i.code}）" for i in bundle.catalogue.items}
    return {str(h): f"{h:02d}:00–{h + 1:02d}:00" for h in range(24)}

"""Reports checked figure by figure: a small scripted day where every number is known, and a generated busy
day whose figures are recomputed from the fold in Python. On SQLite and on PostgreSQL."""

from __future__ import annotations

import math
from collections import Counter as Tally
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from statistics import fmean
from typing import Any

import pytest

from bench.busy_day import busy_day
from central.database import open_engine
from central.devices import DeviceRegistry
from central.store import CentralStore
from central.supervision import cases, reports
from central.supervision.roles import Role
from central.supervision.users import Users, WebUser
from central.supervision.workflow import Action, Actor, Step
from common.events import EventType
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from tests.support.central_server import prepare_db
from tests.support.event_factory import event
from tests.support.supervision import department_hall

DAY = date(2026, 11, 30)
HALL_ID = "test-hall"


def local(hh: int, mm: int, ss: int = 0) -> datetime:
    """A time of the test day in Nanjing (UTC+8)."""
    return datetime(2026, 11, 30, hh - 8, mm, ss, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        url: str = request.getfixturevalue("pg_url")
        return url
    return f"sqlite:///{tmp_path / 'c.db'}"


class Day:
    def __init__(self, url: str, bundle: HallBundle) -> None:
        prepare_db(url, bundle)
        self.engine = open_engine(url)
        self.store = CentralStore(self.engine)
        self.registry = DeviceRegistry(self.engine)
        self.devices: dict[str, Any] = {}

    def push(self, device: str, at: datetime, kind: EventType, payload: dict[str, Any]) -> None:
        if device not in self.devices:
            dkind = DeviceKind.KIOSK if device.startswith("kiosk") else DeviceKind.WINDOW
            self.devices[device] = self.registry.create(HALL_ID, dkind, device).device
        verdict = self.store.push(self.devices[device], [event(kind, payload, device, HALL_ID, at=at)]).verdicts[0]
        assert verdict.status == "accepted", verdict

    def ticket(self, tid: str, number: str, at: datetime) -> None:
        self.push(
            "kiosk-1",
            at,
            EventType.TICKET_ISSUED,
            {"ticket_id": tid, "number": number, "category": number[0], "day": DAY},
        )

    def serve(self, w: int, staff: str, tid: str, vid: str, called: datetime, minutes: float, **finish: Any) -> None:
        dev = f"window-{w}"
        self.push(dev, called, EventType.TICKET_CALLED, {"ticket_id": tid, "window": w, "staff": staff})
        start = called + timedelta(seconds=30)
        self.push(
            dev, start, EventType.SERVICE_STARTED, {"ticket_id": tid, "visit_id": vid, "window": w, "staff": staff}
        )
        self.push(
            dev,
            start + timedelta(minutes=minutes),
            EventType.SERVICE_FINISHED,
            {"visit_id": vid, "window": w, **(finish or {"outcome": "consulted"})},
        )

    def rate(self, w: int, vid: str, at: datetime, level: str, reasons: list[str] | None = None) -> None:
        self.push(
            f"window-{w}",
            at,
            EventType.RATING_SUBMITTED,
            {
                "rating_id": f"rating-{vid}",
                "target": "visit",
                "target_id": vid,
                "level": level,
                "reasons": reasons or [],
            },
        )


@pytest.fixture
def day(db_url: str) -> Iterator[tuple[Day, HallBundle]]:
    """The scripted day, in time order. Known figures are in the test's docstring."""
    bundle = department_hall()
    d = Day(db_url, bundle)
    p = d.push
    p("window-1", local(9, 20), EventType.WINDOW_OPENED, {"window": 1, "staff": "S001"})
    p("window-2", local(9, 20), EventType.WINDOW_OPENED, {"window": 2, "staff": "S002"})
    for code, cat, start in (
        ("APT001", "A", local(10, 0)),
        ("APT002", "A", local(10, 0)),
        ("APT003", "B", local(10, 30)),
    ):
        p(
            "kiosk-1",
            local(9, 0),
            EventType.APPOINTMENT_BOOKED,
            {"code": code, "category": cat, "slot_start": start, "slot_end": start + timedelta(minutes=30)},
        )
    d.ticket("tk-00001", "A001", local(9, 30))
    d.ticket("tk-00002", "A002", local(9, 35))
    d.ticket("tk-00003", "B003", local(9, 36))
    d.ticket("tk-00004", "B004", local(9, 37))
    # A001 at window 1: waited 10 min, served 10 min, on the spot; 非常满意.
    d.serve(
        1,
        "S001",
        "tk-00001",
        "vi-00001",
        local(9, 40),
        10,
        outcome="on_the_spot",
        case_number="CASE-0001",
        items=["T-001"],
    )
    d.rate(1, "vi-00001", local(9, 51), "very_satisfied")
    p(
        "kiosk-1",
        local(9, 52),
        EventType.APPOINTMENT_CHECKED_IN,
        {
            "code": "APT001",
            "on_time": True,
            "ticket": {
                "ticket_id": "tk-00006",
                "number": "A006",
                "category": "A",
                "day": DAY,
                "channel": "appointment",
            },
        },
    )
    p("kiosk-1", local(9, 53), EventType.APPOINTMENT_CANCELLED, {"code": "APT002"})
    # A002 at window 1: waited 20 min, served 20 min, a promised case due 2 December; 不满意.
    d.serve(
        1,
        "S001",
        "tk-00002",
        "vi-00002",
        local(9, 55),
        20,
        outcome="promised",
        case_number="CASE-0002",
        items=["T-002"],
        promised_date="2026-12-02",
    )
    # B003 at window 2: waited 30 min, recalled, no-show.
    p("window-2", local(10, 6), EventType.TICKET_CALLED, {"ticket_id": "tk-00003", "window": 2, "staff": "S002"})
    p("window-2", local(10, 6, 30), EventType.TICKET_RECALLED, {"ticket_id": "tk-00003", "window": 2})
    p("window-2", local(10, 7), EventType.TICKET_NO_SHOW, {"ticket_id": "tk-00003", "window": 2})
    # B004 at window 2 for 4 minutes, transferred to category A (keeps its place), then window 1.
    p("window-2", local(10, 8), EventType.TICKET_CALLED, {"ticket_id": "tk-00004", "window": 2, "staff": "S002"})
    p(
        "window-2",
        local(10, 8, 30),
        EventType.SERVICE_STARTED,
        {"ticket_id": "tk-00004", "visit_id": "vi-0004a", "window": 2, "staff": "S002"},
    )
    p(
        "window-2",
        local(10, 12, 30),
        EventType.TICKET_TRANSFERRED,
        {"ticket_id": "tk-00004", "window": 2, "to_category": "A"},
    )
    # Window 2 pauses 25 minutes (limit 15: 10 minutes unattended).
    p(
        "window-2",
        local(10, 15),
        EventType.WINDOW_PAUSED,
        {"window": 2, "reason": "会议", "expected_return": local(10, 30)},
    )
    d.rate(1, "vi-00002", local(10, 16), "dissatisfied", ["办事效率低"])
    # B004 (now category A) at window 1: waited 43 min from its issue, served 5 min; rating skipped.
    d.serve(1, "S001", "tk-00004", "vi-0004b", local(10, 20), 5)
    p("window-1", local(10, 26), EventType.RATING_SKIPPED, {"visit_id": "vi-0004b", "window": 1})
    d.ticket("tk-00005", "A005", local(10, 30))
    p("window-2", local(10, 40), EventType.WINDOW_RESUMED, {"window": 2})
    # A005 at window 1: waited 10 min, served 5 min: a second trip for CASE-0002 (最多跑一次 missed); 满意.
    d.serve(
        1,
        "S001",
        "tk-00005",
        "vi-00005",
        local(10, 40),
        5,
        outcome="promised",
        case_number="CASE-0002",
        items=["T-002"],
        promised_date="2026-12-02",
    )
    d.rate(1, "vi-00005", local(10, 46), "satisfied")
    yield d, bundle
    d.engine.dispose()


def run(
    d: Day, bundle: HallBundle, start: date, end: date, by: str, now: datetime, scope: reports.Scope | None = None
) -> reports.Report:
    actor = Actor(Role.SUPERVISOR, None)
    with d.engine.connect() as conn:
        today = bundle.config.hall_day(now)
        rates = cases.rates(conn, HALL_ID, actor, today, start=start, end=end)
        return reports.report(conn, bundle, reports.Period(start, end), by, now=now, scope=scope, rates=rates)


def test_a_scripted_day_gives_the_figures_worked_out_by_hand(day: tuple[Day, HallBundle]) -> None:
    d, bundle = day
    now = local(12, 0)
    r = run(d, bundle, DAY, DAY, "window", now)
    t = r.totals
    assert t["tickets"] == 6 and t["not_called"] == 1  # A006 (the appointment's) still waits
    assert (t["no_shows"], t["transfers"]) == (1, 1)
    assert t["wait_mean"] == pytest.approx((10 + 20 + 30 + 43 + 10) / 5)
    assert t["wait_p90"] == pytest.approx(43)
    assert t["visits"] == 5 and t["transferred_visits"] == 1
    assert t["service_mean"] == pytest.approx((10 + 20 + 5 + 5) / 4)  # the transferred visit is not a service
    assert t["service_p90"] == pytest.approx(20)
    assert t["repeat_visits"] == 1
    assert (t["pauses"], t["pause_minutes"], t["unattended_minutes"]) == (1, pytest.approx(25), pytest.approx(10))
    assert t["ratings"] == 3 and t["very_satisfied"] == 1 and t["satisfied"] == 1 and t["dissatisfied"] == 1
    assert t["satisfaction"] == pytest.approx(2 / 3) and t["bad"] == 1 and t["defaulted"] == 0
    assert t["bad_cases"] == 1 and t["valid"] == 0
    assert (t["appointments"], t["kept"], t["cancelled"], t["missed"]) == (3, 1, 1, 1)
    assert r.reasons == [("办事效率低", 1)]
    rows = {row["key"]: row for row in r.rows}
    assert set(rows) == {1, 2}
    assert rows[1]["tickets"] == 4 and rows[1]["wait_mean"] == pytest.approx((10 + 20 + 43 + 10) / 4)
    assert rows[2]["tickets"] == 1 and rows[2]["no_shows"] == 1 and rows[2]["unattended_minutes"] == pytest.approx(10)
    assert rows[1]["bad_cases"] == 1 and rows[1]["label"] == "1号窗口"
    hours = {h["hour"]: h for h in r.waits_by_hour}
    assert hours[9]["tickets"] == 5 and hours[10]["tickets"] == 1
    assert hours[9]["mean"] == pytest.approx((10 + 20 + 30 + 43) / 4) and hours[10]["mean"] == pytest.approx(10)
    by_day = {x["day"]: x for x in r.ratings_by_day}
    assert by_day[DAY]["dissatisfied"] == 1

    staff = {row["key"]: row for row in run(d, bundle, DAY, DAY, "staff", now).rows}
    assert staff["S001"]["visits"] == 4 and staff["S002"]["visits"] == 1 and staff["S001"]["label"] == "员工1（S001）"
    items = {row["key"]: row for row in run(d, bundle, DAY, DAY, "item", now).rows}
    assert items["T-002"]["repeat_visits"] == 1 and items["T-002"]["bad_cases"] == 1
    categories = {row["key"]: row for row in run(d, bundle, DAY, DAY, "category", now).rows}
    assert categories["A"]["kept"] == 1 and categories["B"]["missed"] == 1

    # CASE-0002 was promised for 2 December and is not completed: late once that day has passed.
    later = run(d, bundle, DAY, date(2026, 12, 3), "item", datetime(2026, 12, 3, 4, 0, tzinfo=UTC))
    assert later.totals["promised"] == 2 and later.totals["promised_late"] == 1  # CASE-0001 was done on the spot
    on_time = run(d, bundle, DAY, date(2026, 12, 3), "item", datetime(2026, 12, 2, 4, 0, tzinfo=UTC))
    assert on_time.totals["promised_late"] == 0

    # A department's scope: 税务科 has window 2 only.
    scope = reports.Scope.department(bundle, "税务科")
    mine = run(d, bundle, DAY, DAY, "window", now, scope)
    assert {row["key"] for row in mine.rows} == {2} and not mine.totals.get("ratings")


def nearest_rank_p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def test_a_generated_busy_day_agrees_with_the_fold(db_url: str) -> None:
    url = db_url
    bundle = prepare_db(url, load_sample_hall=True)
    engine = open_engine(url)
    store = CentralStore(engine)
    registry = DeviceRegistry(engine)
    events = busy_day(400, bundle=bundle)
    devices = {
        name: registry.create(
            bundle.hall_id, DeviceKind.KIOSK if name.startswith("kiosk") else DeviceKind.WINDOW, name
        ).device
        for name in sorted({e.device_id for e in events})
    }
    for i in range(0, len(events), 200):  # in order, each device's run pushed by that device
        chunk = events[i : i + 200]
        start = 0
        for j in range(1, len(chunk) + 1):
            if j == len(chunk) or chunk[j].device_id != chunk[start].device_id:
                assert all(
                    v.status == "accepted" for v in store.push(devices[chunk[start].device_id], chunk[start:j]).verdicts
                )
                start = j
    state = store.with_state(bundle.hall_id, lambda s, _b, _q: s.clone())
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    with engine.connect() as conn:
        rates = cases.rates(conn, bundle.hall_id, Actor(Role.SUPERVISOR, None), bundle.config.hall_day(now))
        r = reports.report(conn, bundle, reports.Period(DAY, DAY), "window", now=now, rates=rates)
    engine.dispose()
    t = r.totals
    waits = [(x.called_at - x.issued_at).total_seconds() / 60 for x in state.tickets.values() if x.called_at]
    services = [
        v.service_seconds / 60 for v in state.visits.values() if v.service_seconds is not None and not v.transferred
    ]
    levels = Tally(str(x.level) for x in state.ratings.values())
    assert t["tickets"] == len(state.tickets) == 400
    assert t["visits"] == len(state.visits)
    assert t["wait_mean"] == pytest.approx(fmean(waits)) and t["wait_p90"] == pytest.approx(nearest_rank_p90(waits))
    assert t["service_mean"] == pytest.approx(fmean(services))
    assert t["service_p90"] == pytest.approx(nearest_rank_p90(services))
    assert t["no_shows"] == sum(1 for x in state.tickets.values() if x.status == "no_show")
    assert t["ratings"] == len(state.ratings) and all(t[k] == n for k, n in levels.items())
    assert t["bad_cases"] == sum(1 for x in state.ratings.values() if x.level.is_bad) > 0
    assert t["pauses"] == len(state.pauses)
    by_window = {row["key"]: row["visits"] for row in r.rows}
    assert by_window == dict(Tally(v.window for v in state.visits.values()))
    assert rates.open == t["bad_cases"]


def test_the_scripted_days_hours_give_tickets_visits_pauses_ratings_and_reasons(day: tuple[Day, HallBundle]) -> None:
    """By hour of day: tickets by their issue, visits and pauses by their start, ratings (and the reasons of the
    bad ones) by the hour of the visit they rate."""
    d, bundle = day
    now = local(12, 0)
    r = run(d, bundle, DAY, DAY, "hour", now)
    hours = {row["key"]: row for row in r.rows}
    assert set(hours) == {9, 10} and hours[9]["label"] == "09:00–10:00"
    assert (hours[9]["tickets"], hours[10]["tickets"]) == (5, 1)
    # 9: A001 at 9:40, A002 at 9:55; 10: B004 at window 2 (transferred), B004 again and A005 at window 1.
    assert (hours[9]["visits"], hours[10]["visits"]) == (2, 3) and hours[10]["transferred_visits"] == 1
    assert hours[9]["service_mean"] == pytest.approx(15) and hours[10]["service_mean"] == pytest.approx(5)
    assert hours[9].get("pauses") is None
    assert (hours[10]["pauses"], hours[10]["pause_minutes"], hours[10]["unattended_minutes"]) == (
        1,
        pytest.approx(25),
        pytest.approx(10),
    )
    assert (hours[9]["ratings"], hours[9]["very_satisfied"], hours[9]["dissatisfied"]) == (2, 1, 1)
    assert hours[9]["satisfaction"] == pytest.approx(0.5)
    assert (hours[10]["ratings"], hours[10]["satisfied"], hours[10]["satisfaction"]) == (1, 1, 1.0)
    assert hours[9]["reasons"] == {"办事效率低": 1} and "reasons" not in hours[10]
    # The bad rating's reasons by every other dimension: the window, clerk, category and item it was about.
    for by, key in (("window", 1), ("staff", "S001"), ("category", "A"), ("item", "T-002")):
        rows = {row["key"]: row for row in run(d, bundle, DAY, DAY, by, now).rows}
        assert rows[key]["reasons"] == {"办事效率低": 1}, by
        assert [k for k, row in rows.items() if "reasons" in row] == [key], by


def test_cases_rectified_and_answered_or_left_overdue_give_the_rates_by_window_clerk_and_item(
    day: tuple[Day, HallBundle],
) -> None:
    """CP-00001 (A002's 不满意 at window 1, 员工1, T-002, anonymous): found valid, then left at the appeal past
    its 5 working days. CP-00002 (C007's real-name 非常不满意 at window 2, 员工2, T-003): every step to
    rectified, closed, answered and supervised."""
    d, bundle = day
    d.ticket("tk-00007", "C007", local(10, 50))
    d.serve(
        2,
        "S002",
        "tk-00007",
        "vi-00007",
        local(11, 0),
        5,
        outcome="on_the_spot",
        case_number="CASE-0007",
        items=["T-003"],
    )
    d.push(
        "window-2",
        local(11, 6),
        EventType.RATING_SUBMITTED,
        {
            "rating_id": "rating-vi-00007",
            "target": "visit",
            "target_id": "vi-00007",
            "level": "very_dissatisfied",
            "reasons": ["服务态度差"],
            "real_name": True,
            "contact": "13812345678",
        },
    )
    users = Users(d.engine, b"k" * 32, now=lambda: local(12, 0))
    hall = users.add("hall", "a good password", Role.HALL_MANAGER, HALL_ID)
    tax = users.add("shuiwu", "a good password", Role.DEPARTMENT_MANAGER, HALL_ID, "税务科")
    register = users.add("dengji", "a good password", Role.DEPARTMENT_MANAGER, HALL_ID, "登记科")
    del register  # 登记科 never appeals: CP-00001 waits for it

    def take(number: int, who: WebUser, expected: Step, action: Action) -> None:
        cases.take_step(
            d.engine, HALL_ID, number, who, action, "已办理", expected=expected, config=bundle.config, now=local(12, 0)
        )

    take(1, hall, Step.VERIFY, Action.VERIFY)
    take(1, hall, Step.DETERMINE, Action.VALID)  # the appeal is 登记科's, due Monday 7 December
    for who, expected, action in (
        (hall, Step.VERIFY, Action.VERIFY),
        (hall, Step.DETERMINE, Action.VALID),
        (tax, Step.APPEAL, Action.ACCEPT),
        (tax, Step.RECTIFY, Action.RECTIFY),
        (hall, Step.CLOSE, Action.CLOSE),
        (hall, Step.REPLY, Action.REPLY),
        (hall, Step.SUPERVISE, Action.SUPERVISE),
    ):
        take(2, who, expected, action)

    now = datetime(2026, 12, 8, 4, 0, tzinfo=UTC)  # Tuesday 8 December, noon: CP-00001 is a day late
    r = run(d, bundle, DAY, DAY, "window", now)
    assert (r.rates.valid, r.rates.rectified, r.rates.real_name, r.rates.answered, r.rates.overdue) == (2, 1, 1, 1, 1)
    t = r.totals
    assert (t["bad_cases"], t["valid"], t["rectified"], t["real_name"], t["answered"], t["overdue_cases"]) == (
        2,
        2,
        1,
        1,
        1,
        1,
    )
    assert t["rectification_rate"] == pytest.approx(0.5) and t["reply_rate"] == pytest.approx(1.0)
    late = {"bad_cases": 1, "valid": 1, "rectified": 0, "rectification_rate": 0.0, "overdue_cases": 1}
    done = {"bad_cases": 1, "valid": 1, "rectified": 1, "rectification_rate": 1.0, "real_name": 1, "answered": 1}
    done |= {"reply_rate": 1.0, "overdue_cases": 0}
    for by, late_key, done_key in (("window", 1, 2), ("staff", "S001", "S002"), ("item", "T-002", "T-003")):
        rows = {row["key"]: row for row in run(d, bundle, DAY, DAY, by, now).rows}
        assert {k: rows[late_key].get(k) for k in late} == late, by
        assert rows[late_key]["reply_rate"] is None and not rows[late_key]["real_name"], by  # anonymous: no reply due
        assert {k: rows[done_key].get(k) for k in done} == done, by
    # A day earlier (Monday the 7th, its due day) nothing was overdue.
    assert run(d, bundle, DAY, DAY, "window", datetime(2026, 12, 7, 4, 0, tzinfo=UTC)).totals["overdue_cases"] == 0

"""A whole day in the hall, end to end (issue 8): ``hall-central serve`` as a child process on a SQLite file,
then on PostgreSQL; the real ``hall-kiosk``, two ``hall-window`` (one behind a proxy that cuts its network)
and ``hall-board``, driven through their control channels by the scripted day of
``tests/support/hall_day_script.py`` on the hall's own clock (``HALL_CLOCK_FILE``).

At the end: every ticket issued was served, no-showed or carried over; every rating is stored once; the
central store and every device hold the same log and fold it to the same state; the assessment report's
figures are the script's own count.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select

from central.supervision import cases, metrics, reports
from central.supervision.assessment import assessment_csv
from central.supervision.roles import Role
from central.supervision.workflow import Actor
from central.tables import events, rejected_events, rm_ratings, rm_tickets, rm_windows
from common import wall_clock
from common.device import Device
from common.hall_bundle import HallBundle, load_hall
from common.ratings_scale import LEVEL_LABELS_ZH
from tests.support.central_server import SAMPLE_HALL
from tests.support.day_tally import DayTally
from tests.support.hall_clock import HallClock
from tests.support.hall_day_script import ScriptedDay
from tests.support.running_hall import HALL_ID, RunningHall

DAY = date(2026, 12, 1)
"""A Tuesday: a working day in the sample hall's calendar, with appointment slots."""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.db'}"
    url: str = request.getfixturevalue("pg_url")  # a fresh database (conftest: required in CI)
    return url


@pytest.fixture
def clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> HallClock:
    """The hall's clock, for this process and every program it starts; the day starts at 08:30."""
    hall_clock = HallClock(tmp_path / "hall-clock", DAY, ZoneInfo("Asia/Shanghai"))
    monkeypatch.setenv(wall_clock.CLOCK_FILE_ENV, str(hall_clock.file))
    hall_clock.set(8, 30)
    return hall_clock


@pytest.mark.slow
def test_a_whole_day_in_the_hall(tmp_path: Path, db_url: str, clock: HallClock) -> None:
    hall = RunningHall.open(tmp_path, db_url)
    try:
        hall.launch_devices(direct_window=1, proxied_window=7)
        for p in hall.programs:
            hall.until(lambda p=p: p.ask("state")["connection"] == "online", f"{p.name} online")
        tally = ScriptedDay(hall, clock).play()
        head = hall.wait_synced()
        states = {p.name: p.ask("state") for p in hall.programs}
        report_now = clock.now()
    finally:
        codes = {p.name: p.stop() for p in hall.programs}
        hall.close()
    assert codes == dict.fromkeys(codes, 0), "every program stops cleanly"
    assert not [line for p in hall.programs for line in p.tracebacks()]
    assert not hall.central.tracebacks(), "".join(hall.central.log)
    assert hall.central.starts == 2
    assert "".join(hall.central.log).count("Application shutdown complete") == 2, "both stops were clean"

    try:
        _every_ticket_is_accounted_for(hall.engine, tally, states)
        _every_rating_is_stored_once(hall.engine, tally)
        _every_device_agrees_with_the_central_store(hall, head)
        _the_report_says_what_the_script_did(hall.engine, tally, report_now)
    finally:
        hall.engine.dispose()


def _every_ticket_is_accounted_for(engine: Engine, tally: DayTally, states: dict[str, dict[str, object]]) -> None:
    assert len(tally.issued) >= 60 and tally.carried_over, "a busy day: some are carried over at closing"
    with engine.connect() as conn:
        query = select(rm_tickets.c.number, rm_tickets.c.status).where(rm_tickets.c.day == DAY)
        rows = dict(conn.execute(query).all())
    assert set(rows) == set(tally.issued), "central holds exactly the tickets the kiosk gave out"
    by_status: dict[str, set[str]] = {}
    for number, status in rows.items():
        by_status.setdefault(status, set()).add(number)
    assert by_status == {"done": tally.served, "no_show": tally.no_shows, "waiting": tally.carried_over}
    for name, state in states.items():
        assert state["tickets"] == len(tally.issued), name
        assert state["pending"] == 0 and state["refused"] == 0, name


def _every_rating_is_stored_once(engine: Engine, tally: DayTally) -> None:
    with engine.connect() as conn:
        query = select(rm_ratings.c.level, func.count()).group_by(rm_ratings.c.level)
        levels = Counter(dict(conn.execute(query).all()))
        submitted = conn.execute(
            select(func.count()).select_from(events).where(events.c.type == "rating.submitted")
        ).scalar_one()
        refused = conn.execute(select(func.count()).select_from(rejected_events)).scalar_one()
    assert tally.bad >= 2 and tally.refused_second_ratings == 1
    assert levels == tally.ratings
    assert submitted == tally.rating_count, "one event per rating: the second tap never left the window"
    assert refused == 0, "nothing the hall did was refused"


def _every_device_agrees_with_the_central_store(hall: RunningHall, head: int) -> None:
    with hall.engine.connect() as conn:
        log = [(seq, i) for seq, i in conn.execute(select(events.c.seq, events.c.id).order_by(events.c.seq))]
        tickets = dict(conn.execute(select(rm_tickets.c.id, rm_tickets.c.status)).all())
        ratings = {r for (r,) in conn.execute(select(rm_ratings.c.id))}
        windows = {
            n: (status, staff)
            for n, status, staff in conn.execute(select(rm_windows.c.number, rm_windows.c.status, rm_windows.c.staff))
        }
    assert windows == {1: ("closed", None), 7: ("closed", None)}, "both windows closed at the end of the day"
    assert [seq for seq, _ in log] == list(range(1, head + 1)), "gap-free"
    for p in hall.programs:
        device = Device.open(p.folder / f"{p.name}.db")
        try:
            assert device.store.pending_count() == 0, p.name
            assert [(seq, str(e.id)) for seq, e in device.store.confirmed()] == log, f"{p.name}: the same log"
            state = device.state
            assert {t.id: str(t.status) for t in state.tickets.values()} == tickets, f"{p.name}: the same tickets"
            assert set(state.ratings) == ratings, f"{p.name}: the same ratings"
            assert {n: (str(w.status), w.staff) for n, w in state.windows.items()} == windows, p.name
        finally:
            device.close()


def _the_report_says_what_the_script_did(engine: Engine, tally: DayTally, now: datetime) -> None:
    bundle = load_hall(SAMPLE_HALL)
    with engine.connect() as conn:
        rates = cases.rates(conn, HALL_ID, Actor(Role.SUPERVISOR, None), DAY, start=DAY, end=DAY)
        report = reports.report(conn, bundle, reports.Period(DAY, DAY), "staff", now=now, rates=rates)
    t = report.totals
    assert t["tickets"] == len(tally.issued)
    assert t["visits"] == tally.visits
    assert t["transfers"] == tally.transfers == 2
    assert t["no_shows"] == len(tally.no_shows)
    assert t["not_called"] == len(tally.carried_over)
    assert t["ratings"] == tally.rating_count
    assert {level: t[level] for level in reports.LEVELS} == {level: tally.ratings[level] for level in reports.LEVELS}
    assert t["bad"] == tally.bad
    assert t["satisfaction"] == pytest.approx(tally.satisfaction)
    assert t["bad_cases"] == tally.bad, "every bad rating opened a case (差评督办)"
    assert dict(report.reasons) == dict(tally.bad_reasons)
    assert t["pauses"] == tally.pauses == 2
    assert t["unattended_minutes"] == pytest.approx(5, abs=1), "window 7 was away 5 minutes past the limit"
    assert t["kept"] == tally.appointments_kept == 1
    by_staff = {row["key"]: row for row in report.rows}
    assert by_staff["BDC0103"]["visits"] > 0, "the afternoon's visits at window 1 count for who took it over"
    _the_exported_report_says_the_same(engine, bundle, tally, now)


def _the_exported_report_says_the_same(engine: Engine, bundle: HallBundle, tally: DayTally, now: datetime) -> None:
    """The CSV a hall manager downloads (考核报告): its summary, in the words and formats they read."""
    period = reports.Period(DAY, DAY)
    with engine.connect() as conn:
        rates = cases.rates(conn, HALL_ID, Actor(Role.SUPERVISOR, None), DAY, start=DAY, end=DAY)
        by_window = reports.report(conn, bundle, period, "window", now=now, rates=rates)
        by_item = reports.report(conn, bundle, period, "item", now=now, rates=rates)
    rows = list(csv.reader(io.StringIO(assessment_csv(bundle, by_window, by_item, now).decode("utf-8-sig"))))
    groups = {group for group, _ in metrics.GROUPS}
    summary = {row[1]: row[2] for row in rows if len(row) == 3 and row[0] in groups}
    assert summary["取号"] == str(len(tally.issued))
    assert summary["过号"] == str(len(tally.no_shows))
    assert summary["转办"] == str(tally.transfers)
    assert summary["评价数"] == str(tally.rating_count)
    for level, label in LEVEL_LABELS_ZH.items():
        assert summary[label] == str(tally.ratings[str(level)]), label
    assert summary["满意率"] == f"{100 * tally.satisfaction:.1f}%"
    windows = {row[0]: row for row in rows if row and row[0] in ("1号窗口", "7号窗口")}
    assert set(windows) == {"1号窗口", "7号窗口"}, "both windows' rows"

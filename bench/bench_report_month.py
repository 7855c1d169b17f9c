"""The supervision report for a month of a busy hall: how long the page takes to render.

A month is 30 busy days of the sample hall (``bench.busy_day``, 2,000 tickets a day: about 60,000 tickets,
56,000 visits, 47,000 ratings and the bad-rating cases they open), each day folded by the real rules and
written to the read models the way the central store keeps them. Then the report page for the whole
month (``/supervision/h/nj-bdc/reports``, by window, clerk, category, item and hour), and the assessment
report as PDF, are fetched through the real app as a signed-in hall manager. Target: ≤ 2 s per page.

    python -m bench.bench_report_month                 # SQLite, in a temporary folder
    python -m bench.bench_report_month --pg            # a temporary database on 127.0.0.1:5432
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text

from bench.busy_day import SAMPLE_HALL, busy_day
from central import read_models
from central.app import create_app
from central.database import migrate, open_engine, write_transaction
from central.halls import store_hall
from central.settings import CentralSettings
from central.supervision.roles import Role
from central.supervision.users import Users
from central.tables import br_cases, halls, rm_ratings, rm_tickets, rm_visits
from common.hall_bundle import load_hall
from common.projection.admission import DeviceKind
from common.sequencer import Sequencer

FIRST = date(2026, 11, 1)
DAYS = 30
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def build(url: str, tickets_per_day: int) -> None:
    engine = open_engine(url)
    migrate(engine)
    bundle = load_hall(SAMPLE_HALL)
    store_hall(engine, bundle, None)
    started = time.perf_counter()
    for i in range(DAYS):
        day = FIRST + timedelta(days=i)
        sequencer = Sequencer(bundle)
        for event in busy_day(tickets_per_day, seed=i + 1, bundle=bundle, day=day):
            kind = DeviceKind.KIOSK if event.device_id.startswith("kiosk") else DeviceKind.WINDOW
            sequencer.admit(event, kind, event.device_id)
        with write_transaction(engine) as conn:
            read_models.write(
                conn, bundle.hall_id, sequencer.state, bundle.config, read_models.Touched.everything(sequencer.state)
            )
        print(f"  {day}: {len(sequencer.state.tickets)} tickets ({time.perf_counter() - started:.0f} s)", flush=True)
    with write_transaction(engine) as conn:
        # The log itself is not needed for the reports; mark the read models current so nothing rebuilds them.
        conn.execute(halls.update().values(head=0, projected=0))
    with engine.connect() as conn:
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (rm_tickets, rm_visits, rm_ratings, br_cases)
        }
    print("  rows:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    engine.dispose()


def measure(url: str, runs: int) -> None:
    engine = open_engine(url)
    settings = CentralSettings(db_url=url, cookie_secure=False, session_secret=secrets.token_urlsafe(16))
    app = create_app(settings, engine=engine, now=lambda: datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    users: Users = app.state.services.users
    users.add("bench", "bench password", Role.HALL_MANAGER, "nj-bdc")
    with TestClient(app) as client:
        page = client.get("/supervision/login").text
        nonce = page.split('name="nonce" value="', 1)[1].split('"', 1)[0]
        signed = client.post(
            "/supervision/login",
            data={"username": "bench", "password": "bench password", "nonce": nonce, "next": "/supervision/"},
            follow_redirects=False,
        )
        assert signed.status_code == 303, signed.text
        month = f"start={FIRST}&end={FIRST + timedelta(days=DAYS - 1)}"
        targets = [
            (f"report by {by}", f"/supervision/h/nj-bdc/reports?{month}&by={by}")
            for by in ("window", "staff", "category", "item", "hour")
        ]
        targets += [
            ("assessment PDF", f"/supervision/h/nj-bdc/assessment.pdf?{month}"),
            ("assessment XLSX", f"/supervision/h/nj-bdc/assessment.xlsx?{month}"),
            ("public results (month)", "/public/nj-bdc?month=2026-11"),
            ("bad-rating cases list", "/supervision/h/nj-bdc/cases?state=all"),
        ]
        for name, path in targets:
            times = []
            for _ in range(runs + 1):
                t0 = time.perf_counter()
                response = client.get(path)
                times.append(time.perf_counter() - t0)
                assert response.status_code == 200, (path, response.status_code, response.text[:500])
            steady = times[1:]
            print(
                f"  {name:28s} median {statistics.median(steady) * 1000:7.0f} ms   max {max(steady) * 1000:7.0f} ms"
                f"   (first {times[0] * 1000:.0f} ms, {len(response.content):,} bytes)",
                flush=True,
            )
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pg", action="store_true", help="a temporary PostgreSQL database on 127.0.0.1:5432")
    parser.add_argument("--tickets", type=int, default=2000, help="tickets a day (30 days)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="hall-bench-"))
    name = f"hall_bench_{secrets.token_hex(4)}"
    if args.pg:
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    else:
        url = f"sqlite:///{folder / 'central.db'}"
    try:
        print(f"building a month ({DAYS} days × {args.tickets} tickets) in {url}")
        build(url, args.tickets)
        print("measuring (median of", args.runs, "after one warm-up):")
        measure(url, args.runs)
    finally:
        if args.pg:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()

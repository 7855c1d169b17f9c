"""The supervision pages over a real socket, without a browser: sign-in, sessions, CSRF, lock-out, the
bad-rating workflow step by step through the forms, who sees what, the audit trail, exports, default
ratings, the live view and its stream, and the public page. The workflow runs on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from central import read_models
from central.database import write_transaction
from central.settings import CentralSettings
from central.supervision.default_ratings import apply_default_ratings
from central.supervision.roles import Role
from central.tables import audit_log, br_cases, events, rm_ratings, rm_visits, users
from common.events import EventType
from common.hall_bundle import HallBundle
from common.hall_config import HallConfig
from common.projection.queue import CategoryLoad, category_loads
from tests.support.central_server import RunningCentral, prepare_db, start_central
from tests.support.clock import START, FakeWall
from tests.support.supervision import PASSWORD, Counter, WebClient, add_users, department_hall

ROOT = Path(__file__).parent.parent
HALL = "/supervision/h/test-hall"
HALL_NAME = "测试市政务服务中心测试分中心"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hall(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[RunningCentral, FakeWall]]:
    """The department hall on a real socket, its users added, the server's clock an hour after the test day's start."""
    wall = FakeWall(START + timedelta(hours=1))
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else None
    server = start_central(url, tmp_path=tmp_path, hall=department_hall(), now=wall)
    add_users(server)
    yield server, wall
    server.stop()


@pytest.fixture
def sqlite_hall(tmp_path: Path) -> Iterator[tuple[RunningCentral, FakeWall]]:
    wall = FakeWall(START + timedelta(hours=1))
    server = start_central(tmp_path=tmp_path, hall=department_hall(), now=wall)
    add_users(server)
    yield server, wall
    server.stop()


@pytest.fixture
def hall_with(tmp_path: Path) -> Iterator[Callable[..., tuple[RunningCentral, FakeWall]]]:
    """The department hall with parts of its configuration changed (``department_hall(**config)``), on SQLite."""
    started: list[RunningCentral] = []

    def start(**config: Any) -> tuple[RunningCentral, FakeWall]:
        wall = FakeWall(START + timedelta(hours=1))
        server = start_central(tmp_path=tmp_path / str(len(started)), hall=department_hall(**config), now=wall)
        started.append(server)
        add_users(server)
        return server, wall

    yield start
    for server in started:
        server.stop()


def web(central: RunningCentral, user: str | None = None) -> WebClient:
    client = WebClient(central.url)
    central._clients.append(client.http)  # closed when the server stops, even if the test fails
    if user:
        assert client.sign_in(user).status_code == 303
    return client


def step(client: WebClient, number: int, current: str, action: str, note: str = "已处理") -> httpx.Response:
    return client.post(f"{HALL}/cases/{number}", {"step": current, "action": action, "note": note})


def rates(client: WebClient, hall: str = HALL) -> tuple[str, str, str]:
    text = client.get(f"{hall}/cases").text

    def value(name: str) -> str:
        return text.split(f'data-rate="{name}">', 1)[1].split("<", 1)[0]

    return value("rectification"), value("reply"), value("overdue")


def rating_rows(central: RunningCentral) -> list[tuple[object, ...]]:
    with central.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(rm_ratings).order_by(rm_ratings.c.id))]


def test_a_bad_rating_goes_through_every_step_to_the_reply_and_the_rates_follow(
    hall: tuple[RunningCentral, FakeWall],
) -> None:
    central, _wall = hall
    counter = Counter(central)
    counter.serve_and_rate(1, "S001", "very_dissatisfied", real_name=True, contact="13812345678", text="态度生硬")
    counter.serve_and_rate(1, "S001", "satisfied")
    before = rating_rows(central)
    manager, dept = web(central, "hall"), web(central, "dengji")

    listing = manager.get(f"{HALL}/cases").text
    assert "CP-00001" in listing and "CP-00002" not in listing  # one case, for the one bad rating
    assert rates(manager) == ("—", "0.0%", "0")
    page = manager.get(f"{HALL}/cases/1").text
    assert "138****5678" in page and "13812345678" not in page and "态度生硬" in page and "员工1" in page

    assert step(manager, 1, "verify", "verify", "调取录像，属实").status_code == 303
    assert step(manager, 1, "determine", "valid", "服务用语不规范").status_code == 303
    assert rates(manager)[0] == "0.0%"
    assert step(dept, 1, "appeal", "appeal", "当时系统故障").status_code == 303
    assert step(manager, 1, "review", "dismiss", "故障与态度无关").status_code == 303
    assert step(dept, 1, "rectify", "rectify", "批评教育，规范用语培训").status_code == 303
    assert step(manager, 1, "close", "close", "整改到位").status_code == 303
    assert rates(manager)[:2] == ("100.0%", "0.0%")
    assert step(manager, 1, "reply", "reply", "电话回复，群众认可").status_code == 303
    assert rates(manager)[:2] == ("100.0%", "100.0%")
    assert step(manager, 1, "supervise", "supervise", "回访满意").status_code == 303
    done = manager.get(f"{HALL}/cases/1").text
    assert "已完结" in done and "回访满意" in done and "批评教育，规范用语培训" in done
    assert manager.get(f"{HALL}/cases?state=done").text.count("CP-00001") == 1

    # The rating itself never changed, and nothing but the steps was written for it.
    assert rating_rows(central) == before
    with central.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(br_cases)).scalar_one() == 1
        kinds = [r for (r,) in conn.execute(select(events.c.type).where(events.c.type.like("rating.%")))]
    assert sorted(kinds) == ["rating.submitted", "rating.submitted"]
    manager.close()
    dept.close()


def test_cases_open_once_however_often_the_rating_is_pushed_or_the_read_models_rebuilt(
    sqlite_hall: tuple[RunningCentral, FakeWall],
) -> None:
    central, _ = sqlite_hall
    counter = Counter(central)
    counter.serve_and_rate(2, "S002", "dissatisfied")
    with central.engine.connect() as conn:
        body = conn.execute(select(events.c.body).where(events.c.type == "rating.submitted")).scalar_one()
    again = (
        counter.windows[2]
        .post("/sync/push", content=f'{{"events":[{body}]}}'.encode(), headers={"Content-Type": "application/json"})
        .json()
    )
    assert again["results"][0]["status"] == "duplicate"
    state = central.store.with_state("test-hall", lambda s, _b, _q: s.clone())
    with write_transaction(central.engine) as conn:
        read_models.rebuild(conn, "test-hall", state, central.hall.config)
    with central.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(br_cases)).scalar_one() == 1


def test_steps_cannot_be_skipped_reordered_or_taken_by_someone_else(
    sqlite_hall: tuple[RunningCentral, FakeWall],
) -> None:
    central, _ = sqlite_hall
    Counter(central).serve_and_rate(1, "S001", "dissatisfied")
    manager, dept, other, supervisor = (web(central, u) for u in ("hall", "dengji", "shuiwu", "duban"))

    skipped = step(manager, 1, "determine", "valid")
    assert skipped.status_code == 409 and "可能由他人办理" in skipped.text  # the case is still at 核实
    jumped = step(manager, 1, "verify", "close")
    assert jumped.status_code == 409 and "不能跳过或颠倒" in jumped.text
    assert step(dept, 1, "verify", "verify").status_code == 409  # 核实 is the hall's
    assert step(other, 1, "verify", "verify").status_code == 404  # another department does not even see it
    assert step(supervisor, 1, "verify", "verify").status_code == 403  # supervisors only read
    assert step(manager, 1, "verify", "verify", "").status_code == 409  # a note is required
    assert step(manager, 1, "verify", "verify").status_code == 303
    assert step(manager, 1, "verify", "verify").status_code == 409  # the same step twice: already moved on
    assert step(manager, 1, "determine", "invalid", "系统故障所致，非工作人员原因").status_code == 303
    page = manager.get(f"{HALL}/cases/1").text
    assert "认定无效" in page and "监督" in page  # anonymous: no reply; straight to supervision
    assert step(dept, 1, "rectify", "rectify").status_code == 409  # no rectification after an invalid determination
    for c in (manager, dept, other, supervisor):
        c.close()


def test_a_department_manager_sees_only_their_departments_cases(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central, _ = sqlite_hall
    counter = Counter(central)
    counter.serve_and_rate(1, "S001", "dissatisfied")  # 登记科
    counter.serve_and_rate(2, "S002", "very_dissatisfied")  # 税务科
    dengji, shuiwu, manager = web(central, "dengji"), web(central, "shuiwu"), web(central, "hall")
    assert "CP-00001" in dengji.get(f"{HALL}/cases?state=all").text
    assert "CP-00002" not in dengji.get(f"{HALL}/cases?state=all").text
    assert dengji.get(f"{HALL}/cases/2").status_code == 404
    assert shuiwu.get(f"{HALL}/cases/1").status_code == 404
    assert "CP-00002" in shuiwu.get(f"{HALL}/cases").text
    both = manager.get(f"{HALL}/cases").text
    assert "CP-00001" in both and "CP-00002" in both
    # Their live view and reports are their windows only.
    live = dengji.get(f"{HALL}/").text
    assert "1号窗口" in live and "3号窗口" in live and "2号窗口" not in live
    report = dengji.get(f"{HALL}/reports?start=2026-11-30&end=2026-11-30").text
    assert "1号窗口" in report and "2号窗口" not in report
    assert dengji.get("/supervision/audit").status_code == 403
    # My reminders: each sees the steps that wait for them.
    assert "CP-00001" in manager.get("/supervision/reminders").text
    assert "CP-00001" not in dengji.get("/supervision/reminders").text
    assert step(manager, 1, "verify", "verify").status_code == 303
    assert step(manager, 1, "determine", "valid", "属实").status_code == 303
    assert "CP-00001" in dengji.get("/supervision/reminders").text  # now their appeal is due
    for c in (dengji, shuiwu, manager):
        c.close()


def report_cell(page: str, group: str, row: str, column: str) -> str:
    """One figure of a report page: in the table of ``group`` (e.g. 差评整改), row ``row``, column ``column``."""
    table = page.split(f"<h2>{group}（", 1)[1].split("</table>", 1)[0]
    head = [h.split("</th>", 1)[0] for h in table.split("<th>")[1:]]
    line = table.split(f"<td>{row}</td>", 1)[1].split("</tr>", 1)[0]
    cells = [c.split("</td>", 1)[0] for c in line.split('<td class="num">')[1:]]
    return cells[head.index(column) - 1]


def case_row(page: str, number: int) -> str:
    return page.split(f">CP-{number:05d}</a>", 1)[1].split("</tr>", 1)[0]


# 2026-11-30 is a Monday; the hall's calendar closes Wednesday and Thursday for a holiday.
HOLIDAYS = {"holidays": ["2026-12-02", "2026-12-03"]}


def test_step_deadlines_follow_the_halls_working_days_and_calendar_and_reminders_follow_the_clock(
    hall_with: Callable[..., tuple[RunningCentral, FakeWall]],
) -> None:
    """7 working days from Monday 30 November, the 2nd and 3rd December off: Tue 1, Fri 4, Mon 7 … Fri 11.
    (5 days, or 7 without the holidays, would both give Wednesday 9 December.)"""
    central, wall = hall_with(supervision={"step_deadline_days": 7}, calendar=HOLIDAYS)
    Counter(central).serve_and_rate(1, "S001", "dissatisfied")
    with central.engine.connect() as conn:
        assert conn.execute(select(br_cases.c.step_due)).scalar_one() == date(2026, 12, 11)
    manager = web(central, "hall")
    listing = manager.get(f"{HALL}/cases").text
    assert "每个环节限 7 个工作日" in listing
    assert "2026-12-11" in case_row(listing, 1) and "即将到期" not in case_row(listing, 1)
    assert "期限 2026-12-11" in manager.get(f"{HALL}/cases/1").text

    manager.close()

    def signed_in_at(moment: datetime) -> WebClient:
        """The clock moved on: the last session has ended meanwhile, so sign in again."""
        wall.moment = moment
        return web(central, "hall")

    def reminder(client: WebClient) -> str:
        return case_row(client.get("/supervision/reminders").text, 1)

    def listed(client: WebClient) -> str:
        return case_row(client.get(f"{HALL}/cases").text, 1)

    def report_overdue(client: WebClient) -> str:
        page = client.get(f"{HALL}/reports?start=2026-11-30&end=2026-11-30").text
        return report_cell(page, "差评整改", "1号窗口", "督办超期")

    manager = signed_in_at(datetime(2026, 12, 9, 2, 0, tzinfo=UTC))  # Wednesday the 9th: two working days left
    assert "未到期" in reminder(manager) and "即将到期" not in listed(manager)
    manager = signed_in_at(datetime(2026, 12, 10, 2, 0, tzinfo=UTC))  # Thursday the 10th: due the next working day
    assert "即将到期" in reminder(manager) and "即将到期" in listed(manager) and "已超期" not in listed(manager)
    assert rates(manager)[2] == "0" and report_overdue(manager) == "0"
    manager = signed_in_at(datetime(2026, 12, 11, 15, 0, tzinfo=UTC))  # 23:00 on the 11th: still due that day
    assert "即将到期" in reminder(manager) and report_overdue(manager) == "0"
    manager = signed_in_at(datetime(2026, 12, 11, 16, 30, tzinfo=UTC))  # 00:30 on Saturday the 12th in Nanjing
    assert "已超期" in reminder(manager) and "已超期" in listed(manager)
    assert rates(manager)[2] == "1" and report_overdue(manager) == "1"
    assert "CP-00001" in manager.get(f"{HALL}/cases?state=overdue").text
    # The step taken on Saturday the 12th: the next one has its own 7 working days (14–18, 21, 22 December).
    assert step(manager, 1, "verify", "verify", "调取录像").status_code == 303
    assert rates(manager)[2] == "0" and report_overdue(manager) == "0"
    with central.engine.connect() as conn:
        assert conn.execute(select(br_cases.c.step_due)).scalar_one() == date(2026, 12, 22)
    manager.close()


def test_a_department_manager_sees_only_their_departments_items_by_item_and_in_the_assessment(
    sqlite_hall: tuple[RunningCentral, FakeWall],
) -> None:
    central, _ = sqlite_hall
    counter = Counter(central)
    counter.serve_and_rate(1, "S001", "dissatisfied", items=("T-001",), reasons=("服务态度差",))  # 登记科
    counter.serve_and_rate(2, "S002", "dissatisfied", items=("T-003",), reasons=("办事效率低",), category="C")  # 税务科
    dengji, shuiwu, manager = web(central, "dengji"), web(central, "shuiwu"), web(central, "hall")
    query = "start=2026-11-30&end=2026-11-30"
    mine, theirs = "不动产首次登记", "不动产登记信息查询"  # T-001, T-003

    def csv_text(client: WebClient) -> str:
        response = client.get(f"{HALL}/assessment.csv?{query}")
        assert response.status_code == 200
        return response.content.decode("utf-8-sig")

    by_item = dengji.get(f"{HALL}/reports?by=item&{query}").text
    assert mine in by_item and theirs not in by_item and "办事效率低" not in by_item
    reasons = by_item.split('data-table="reasons"', 1)[1].split("</table>", 1)[0]  # 差评原因（按事项）
    assert "<th>服务态度差</th>" in reasons and f'<td>{mine}（T-001）</td><td class="num">1</td>' in reasons
    assessment = csv_text(dengji)
    assert mine in assessment and theirs not in assessment and "办事效率低" not in assessment
    assert "T-003" not in assessment and "2号窗口" not in assessment
    other = shuiwu.get(f"{HALL}/reports?by=item&{query}").text
    assert theirs in other and mine not in other and "服务态度差" not in other
    assert mine not in csv_text(shuiwu) and theirs in csv_text(shuiwu)
    everything = manager.get(f"{HALL}/reports?by=item&{query}").text
    assert mine in everything and theirs in everything
    assert mine in csv_text(manager) and theirs in csv_text(manager)
    for c in (dengji, shuiwu, manager):
        c.close()


def test_a_supervisor_sees_every_halls_rates_and_cases_and_a_hall_manager_only_their_own(tmp_path: Path) -> None:
    """Two halls in one central store: test-hall (one anonymous bad rating) and other-hall (two, one by name)."""
    other = department_hall(id="other-hall", name="测试市政务服务中心另一分中心")
    url = f"sqlite:///{tmp_path / 'central.db'}"
    prepare_db(url, other)
    with start_central(url, hall=department_hall(), now=FakeWall(START + timedelta(hours=1))) as central:
        add_users(central)
        central.app.state.services.users.add("other", PASSWORD, Role.HALL_MANAGER, "other-hall", display_name="周主任")
        Counter(central).serve_and_rate(1, "S001", "dissatisfied")
        elsewhere = Counter(central, hall=other)
        elsewhere.serve_and_rate(2, "S002", "very_dissatisfied", real_name=True, contact="13900000000")
        elsewhere.serve_and_rate(1, "S001", "dissatisfied")
        supervisor, manager, other_manager = web(central, "duban"), web(central, "hall"), web(central, "other")
        other_hall = "/supervision/h/other-hall"

        home = supervisor.get("/supervision/").text

        def home_row(name: str) -> list[str]:
            """A hall's rectification rate, reply rate, overdue and open cases on the supervisor's home page."""
            row = home.split(f"<td>{name}</td>", 1)[1].split("</tr>", 1)[0]
            return [c.split("</td>")[0] for c in row.split('">')[1:5]]

        assert home_row(HALL_NAME) == ["—", "—", "0", "1"]
        assert home_row(other.config.name) == ["—", "0.0%", "0", "2"]
        theirs = supervisor.get(f"{other_hall}/cases").text
        assert "CP-00001" in theirs and "CP-00002" in theirs and rates(supervisor, other_hall) == ("—", "0.0%", "0")
        assert (
            "CP-00001" in supervisor.get(f"{HALL}/cases").text
            and "CP-00002" not in supervisor.get(f"{HALL}/cases").text
        )
        assert "139****0000" in supervisor.get(f"{other_hall}/cases/1").text

        for path in ("/", "/cases", "/cases/1", "/reports", "/assessment.csv", "/live"):
            assert manager.get(f"{other_hall}{path}").status_code == 403, path
            assert other_manager.get(f"{HALL}{path}").status_code == 403, path
        assert manager.get("/supervision/").url.path == f"{HALL}/"  # straight to their own hall
        assert other.config.name not in manager.get("/supervision/reminders").text
        assert "CP-00002" in other_manager.get("/supervision/reminders").text
        assert rates(manager) == ("—", "—", "0") and rates(other_manager, other_hall) == ("—", "0.0%", "0")
        for c in (supervisor, manager, other_manager):
            c.close()


def test_every_post_without_the_sessions_csrf_token_is_refused(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central, _ = sqlite_hall
    Counter(central).serve_and_rate(1, "S001", "dissatisfied")
    manager = web(central, "hall")
    no_token = manager.post(f"{HALL}/cases/1", {"step": "verify", "action": "verify", "note": "核实"}, csrf=False)
    assert no_token.status_code == 403 and "防伪令牌" in no_token.text
    forged = manager.post(
        f"{HALL}/cases/1", {"step": "verify", "action": "verify", "note": "核实", "csrf": "forged"}, csrf=False
    )
    assert forged.status_code == 403
    assert manager.post("/supervision/logout", {}, csrf=False).status_code == 403
    assert "核实" in manager.get(f"{HALL}/cases/1").text and "尚未办理" in manager.get(f"{HALL}/cases/1").text
    # Sign-in itself needs the token of the sign-in page (and its cookie).
    bare = httpx.post(f"{central.url}/supervision/login", data={"username": "hall", "password": "correct horse 42"})
    assert bare.status_code == 403
    # Signing out ends the session for good.
    assert manager.post("/supervision/logout", {}, token_from=f"{HALL}/cases").status_code == 303
    assert manager.get(f"{HALL}/cases", follow=False).status_code == 303
    manager.close()


def test_cookies_are_signed_http_only_same_site_and_secure(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central, _ = sqlite_hall
    client = web(central)
    response = client.sign_in("hall")
    cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith("hall_session="))
    for flag in ("HttpOnly", "Secure", "SameSite=strict"):
        assert flag.lower() in cookie.lower()
    token = client.cookies["hall_session"]
    client.cookies["hall_session"] = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    assert client.get(f"{HALL}/cases", follow=False).status_code == 303  # a tampered cookie is no session
    client.close()


def test_repeated_failures_lock_the_account(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central, wall = sqlite_hall
    client = web(central)
    for _ in range(4):
        refused = client.sign_in("hall", "wrong password")
        assert refused.status_code == 401 and "用户名或密码不正确" in refused.text
    locked = client.sign_in("hall", "wrong password")
    assert "已锁定" in locked.text
    still = client.sign_in("hall")
    assert still.status_code == 401 and "已锁定" in still.text  # even the right password, while locked
    assert client.sign_in("nobody", "whatever1").status_code == 401
    wall.advance(minutes=16)
    assert client.sign_in("hall").status_code == 303
    with central.engine.connect() as conn:
        actions = [a for (a,) in conn.execute(select(audit_log.c.action).order_by(audit_log.c.id))]
    assert actions.count("signin_failed") == 7 and actions.count("signin_locked") == 1 and actions[-1] == "signin"
    client.close()


def test_the_audit_view_shows_sign_ins_steps_and_exports(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central, _ = sqlite_hall
    Counter(central).serve_and_rate(1, "S001", "dissatisfied")
    manager = web(central, "hall")
    assert step(manager, 1, "verify", "verify").status_code == 303
    assert manager.get(f"{HALL}/assessment.csv?start=2026-11-01&end=2026-11-30").status_code == 200
    supervisor = web(central, "duban")
    page = supervisor.get("/supervision/audit").text
    for words in ("登录", "办理差评环节", "CP-00001", "导出报表", "assessment.csv", "新增用户"):
        assert words in page, words
    assert "CP-00001" in manager.get("/supervision/audit?action=step").text
    manager.close()
    supervisor.close()


def _three_ratings_to_publish(sqlite_hall: tuple[RunningCentral, FakeWall]) -> RunningCentral:
    """A named bad rating with a phone number and a complaint at window 1, two good ones at window 2."""
    central, _ = sqlite_hall
    counter = Counter(central)
    counter.serve_and_rate(1, "S001", "very_dissatisfied", real_name=True, contact="13812345678", text="张三投诉")
    counter.serve_and_rate(2, "S002", "very_satisfied")
    counter.serve_and_rate(2, "S002", "satisfied")
    return central


def test_the_public_page_shows_results_by_window_and_item_and_no_person(
    sqlite_hall: tuple[RunningCentral, FakeWall],
) -> None:
    central = _three_ratings_to_publish(sqlite_hall)
    page = httpx.get(f"{central.url}/public/test-hall?month=2026-11")
    assert page.status_code == 200
    text = page.text
    assert "1号窗口" in text and "2号窗口" in text and "不动产首次登记" in text and "66.7%" in text
    roster = central.hall.roster.staff
    for forbidden in [s.name for s in roster] + [s.number for s in roster] + ["13812345678", "138****5678", "张三"]:
        assert forbidden not in text, forbidden
    assert "员工" not in text and "工号" not in text
    assert httpx.get(f"{central.url}/public/").status_code == 200
    assert httpx.get(f"{central.url}/public/nowhere").status_code == 404


def test_the_public_page_speaks_the_citizen_s_language(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central = _three_ratings_to_publish(sqlite_hall)
    english = httpx.get(f"{central.url}/public/test-hall?month=2026-11&lang=en")
    assert english.status_code == 200 and english.headers["content-language"] == "en"
    text = english.text
    assert '<html lang="en">' in text and "Service ratings, made public (2026-11)" in text
    for words in ("Window 1", "Window 2", "Very satisfied", "Satisfaction", "66.7%", "2026-11-01 to 2026-11-30"):
        assert words in text, words
    assert "不动产首次登记 (T-001)" in text  # no English name in the hall's files: the Chinese one
    for chinese in ("非常满意", "号窗口", "满意率", "按窗口", "评价数"):
        assert chinese not in text, chinese
    assert 'href="?month=2026-11&amp;lang=zh" lang="zh-CN"' in text  # the way back, marked as Chinese
    roster = central.hall.roster.staff
    for forbidden in [s.name for s in roster] + [s.number for s in roster] + ["13812345678", "138****5678", "张三"]:
        assert forbidden not in text, forbidden

    by_browser = httpx.get(f"{central.url}/public/test-hall?month=2026-11", headers={"Accept-Language": "en-GB,en"})
    assert "Window 1" in by_browser.text and by_browser.headers["vary"] == "Accept-Language"
    chosen = httpx.get(f"{central.url}/public/test-hall?month=2026-11&lang=zh", headers={"Accept-Language": "en"})
    assert '<html lang="zh-CN">' in chosen.text and "1号窗口" in chosen.text

    index = httpx.get(f"{central.url}/public/?lang=en").text
    assert '<html lang="en">' in index and 'href="/public/test-hall?lang=en"' in index
    unknown = httpx.get(f"{central.url}/public/nowhere?lang=en")
    assert unknown.status_code == 404 and "There is no hall nowhere." in unknown.text
    bad = httpx.get(f"{central.url}/public/test-hall?month=Nov&lang=en")
    assert bad.status_code == 422 and "Write the month as YYYY-MM." in bad.text
    assert "月份请写成 YYYY-MM。" in httpx.get(f"{central.url}/public/test-hall?month=Nov").text


def test_the_assessment_report_as_pdf_csv_and_xlsx(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central, _ = sqlite_hall
    counter = Counter(central)
    counter.serve_and_rate(1, "S001", "dissatisfied", reasons=("办事效率低",))
    counter.serve_and_rate(2, "S002", "very_satisfied")
    manager = web(central, "hall")
    query = "?start=2026-11-01&end=2026-11-30"
    pdf = manager.get(f"{HALL}/assessment.pdf{query}")
    assert pdf.headers["content-type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    for words in (
        "测试市政务服务中心测试分中心服务考核报告",
        "2026-11-01 至 2026-11-30",
        "有效差评整改率",
        "1号窗口",
        "2号窗口",
        "办事效率低",
        "不动产首次登记",
        "满意率",
    ):
        assert words in text, words
    rows = list(csv.reader(io.StringIO(manager.get(f"{HALL}/assessment.csv{query}").content.decode("utf-8-sig"))))
    assert rows[0] == ["测试市政务服务中心测试分中心服务考核报告"]
    summary = {r[1]: r[2] for r in rows if len(r) == 3}
    assert (
        summary["取号"] == "2" and summary["评价数"] == "2" and summary["差评"] == "1" and summary["满意率"] == "50.0%"
    )
    book = load_workbook(io.BytesIO(manager.get(f"{HALL}/assessment.xlsx{query}").content))
    assert book.sheetnames == ["总体情况", "分窗口", "分事项", "差评原因"]
    windows = {r[0]: r for r in book["分窗口"].iter_rows(min_row=2, values_only=True)}
    assert set(windows) == {"1号窗口", "2号窗口"} and windows["1号窗口"][1] == 1
    assert [tuple(r) for r in book["差评原因"].iter_rows(min_row=2, values_only=True)] == [("办事效率低", 1)]
    manager.close()


def test_the_assessments_formats_share_their_figures_until_an_event_or_a_step_changes_them(
    sqlite_hall: tuple[RunningCentral, FakeWall],
) -> None:
    central, _ = sqlite_hall
    counter = Counter(central)
    counter.serve_and_rate(1, "S001", "dissatisfied")
    manager = web(central, "hall")
    kept = central.app.state.web.assessments
    query = "?start=2026-11-01&end=2026-11-30"

    def figures() -> dict[str, str]:
        rows = csv.reader(io.StringIO(manager.get(f"{HALL}/assessment.csv{query}").content.decode("utf-8-sig")))
        return {r[1] if len(r) == 3 else r[0]: r[-1] for r in rows if len(r) in (2, 3)}

    assert figures()["差评"] == "1" and figures()["有效差评"] == "0"
    assert manager.get(f"{HALL}/assessment.xlsx{query}").status_code == 200
    assert manager.get(f"{HALL}/assessment.pdf{query}").status_code == 200
    assert kept.hits == 3  # the second CSV, the XLSX and the PDF: computed once
    assert step(manager, 1, "verify", "verify").status_code == 303
    assert step(manager, 1, "determine", "valid", "属实").status_code == 303
    assert figures()["有效差评"] == "1"  # a workflow step: computed anew
    counter.serve_and_rate(2, "S002", "very_dissatisfied")
    assert figures()["差评"] == "2"  # a new event in the hall: computed anew
    assert kept.hits == 3
    # Another reader (a department's manager) never gets the hall manager's figures.
    dengji = web(central, "dengji")
    text = dengji.get(f"{HALL}/assessment.csv{query}").content.decode("utf-8-sig")
    assert "2号窗口" not in text and kept.hits == 3
    manager.close()
    dengji.close()


def test_not_rated_visits_get_the_default_rating_once_the_period_passes(
    sqlite_hall: tuple[RunningCentral, FakeWall],
) -> None:
    central, wall = sqlite_hall
    counter = Counter(central)
    skipped = counter.serve_and_rate(1, "S001", rated=False)
    counter.serve_and_rate(1, "S001", "very_satisfied")
    store = central.store
    assert apply_default_ratings(store, "test-hall", wall()) == 0  # not yet: 7 days by default
    wall.advance(days=7, minutes=5)
    assert apply_default_ratings(store, "test-hall", wall()) == 1
    assert apply_default_ratings(store, "test-hall", wall()) == 0  # once only
    with central.engine.connect() as conn:
        row = conn.execute(select(rm_ratings).where(rm_ratings.c.target_id == skipped)).one()
        assert row.defaulted and row.level == "satisfied" and row.device_id == "central"
        assert conn.execute(select(rm_visits.c.rating_id).where(rm_visits.c.id == skipped)).scalar_one() == row.id
        assert (
            conn.execute(select(events.c.device_id).where(events.c.type == "rating.defaulted")).scalar_one()
            == "central"
        )
    manager = web(central, "hall")
    assert "默认评价" in manager.get("/supervision/audit").text
    manager.close()


@pytest.fixture
def hall_with_its_own_default(tmp_path: Path) -> Iterator[tuple[RunningCentral, FakeWall]]:
    """The department hall whose local rules give a visit nobody rated 基本满意 after 3 days (not 满意 after 7)."""
    base = department_hall()
    data = base.config.model_dump(mode="json")
    data["rating"]["default"] = {"after_days": 3, "level": "basically_satisfied"}
    bundle = HallBundle(HallConfig.model_validate(data), base.roster, base.catalogue, "test-default-3-days")
    wall = FakeWall(START + timedelta(hours=1))
    server = start_central(tmp_path=tmp_path, hall=bundle, now=wall)
    yield server, wall
    server.stop()


def test_a_hall_s_own_default_rating_policy_applies_its_level_after_its_period(
    hall_with_its_own_default: tuple[RunningCentral, FakeWall],
) -> None:
    central, wall = hall_with_its_own_default
    skipped = Counter(central).serve_and_rate(1, "S001", rated=False)
    store = central.store
    wall.advance(days=2, hours=23)
    assert apply_default_ratings(store, "test-hall", wall()) == 0
    wall.advance(hours=1, minutes=5)  # three days after the visit: well before the default seven
    assert apply_default_ratings(store, "test-hall", wall()) == 1
    with central.engine.connect() as conn:
        row = conn.execute(select(rm_ratings).where(rm_ratings.c.target_id == skipped)).one()
        body = conn.execute(select(events.c.body).where(events.c.type == "rating.defaulted")).scalar_one()
    assert row.defaulted and row.level == "basically_satisfied"
    payload = json.loads(body)["payload"]
    assert (payload["level"], payload["after_days"]) == ("basically_satisfied", 3)


def hall_central(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
    )


def test_users_and_default_ratings_from_the_command_line(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central, _ = sqlite_hall
    db = central.db_url
    added = hall_central(
        "add-user",
        "wang",
        "--role",
        "hall_manager",
        "--hall",
        "test-hall",
        "--name",
        "王主任",
        "--db",
        db,
        stdin="a good password\n",
    )
    assert added.returncode == 0, added.stderr
    assert "added hall_manager wang of test-hall" in added.stdout
    assert (
        hall_central(
            "add-user", "wang", "--role", "hall_manager", "--hall", "test-hall", "--db", db, stdin="a good password\n"
        ).returncode
        == 2
    )
    assert "password" in hall_central("add-user", "li", "--role", "supervisor", "--db", db, stdin="short\n").stderr
    dept = hall_central(
        "add-user", "zhou", "--role", "department_manager", "--hall", "test-hall", "--db", db, stdin="a good password\n"
    )
    assert dept.returncode == 2 and "--department" in dept.stderr
    assert web(central).sign_in("wang", "a good password").status_code == 303
    with central.engine.connect() as conn:
        hashes = {r.username: r.password_hash for r in conn.execute(select(users.c.username, users.c.password_hash))}
    # Every user, added on the command line (wang) or by the app (the fixture's), has an argon2id hash.
    assert set(hashes) >= {"wang", "hall", "dengji", "shuiwu", "duban"}
    for name, stored in hashes.items():
        assert stored.startswith("$argon2id$") and "a good password" not in stored, name
    applied = hall_central("apply-default-ratings", "--db", db)
    assert applied.returncode == 0 and "test-hall: 0 visits" in applied.stdout


def test_the_live_view_shows_windows_staff_pauses_alerts_and_moves_with_the_stream(
    sqlite_hall: tuple[RunningCentral, FakeWall],
) -> None:
    central, wall = sqlite_hall
    counter = Counter(central, at=wall() - timedelta(minutes=5))
    counter.serve_and_rate(1, "S001", "satisfied")
    counter.pause(1, "会议", minutes=10)
    counter.take_tickets("B", 3)
    manager = web(central, "hall")
    page = manager.get(f"{HALL}/").text
    assert "暂停服务" in page and "会议" in page and "员工1" in page and "S001" in page
    assert "空岗预警" not in page and "等候 3 人" in page
    wall.advance(minutes=20)  # the pause is now past the hall's 15 minutes: 不得空岗
    fragment = manager.get(f"{HALL}/live").text
    assert "空岗预警：1号窗口" in fragment and "已逾时" in fragment
    with (
        httpx.Client(base_url=central.url, timeout=10) as raw,
        raw.stream(
            "GET", f"{HALL}/live/stream", headers={"Cookie": f"hall_session={manager.cookies['hall_session']}"}
        ) as stream,
    ):
        lines = stream.iter_lines()
        assert next(lines).startswith("retry:") and next(lines) == "event: head"
        counter.take_tickets("B", 1)
        for line in lines:
            if line == "event: head":
                break
    assert "等候 4 人" in manager.get(f"{HALL}/live").text
    manager.close()


def window_card(page: str, number: int) -> str:
    """The live view's card of one window."""
    return page.split(f'data-window="{number}"', 1)[1].split("</article>", 1)[0]


def category_row(page: str, letter: str) -> list[str]:
    """The cells of a category's row in the live view's waiting table."""
    row = page.split(f"<td>{letter} ", 1)[1].split("</tr>", 1)[0]
    return [cell.split("</td>", 1)[0].strip() for cell in row.split('<td class="num">')[1:]]


def test_the_peak_alert_shows_exactly_when_waiting_or_the_longest_wait_reaches_the_halls_thresholds(
    hall_with: Callable[..., tuple[RunningCentral, FakeWall]],
) -> None:
    """Clause 5.3.1: the hall's own ``alerts.peak_waiting`` (5 here) and ``alerts.peak_wait_minutes`` (30)."""
    central, wall = hall_with(alerts={"peak_waiting": 5, "peak_wait_minutes": 30})
    counter = Counter(central, at=wall() - timedelta(minutes=10))
    first = counter.take_tickets("B", 4)  # issued 9:30, 9:00, 8:30 and 8:00 minutes ago
    manager = web(central, "hall")
    below = manager.get(f"{HALL}/live").text
    assert "等候 4 人" in below and "高峰预警" not in below
    counter.take_tickets("B", 1)
    assert "高峰预警：等候 5 人" in manager.get(f"{HALL}/live").text
    counter.serve(1, "S001", first[0])
    counter.serve(1, "S001", first[1])
    fewer = manager.get(f"{HALL}/live").text
    assert "等候 3 人" in fewer and "高峰预警" not in fewer  # the longest now waits 8.5 minutes
    wall.advance(minutes=21)
    assert "高峰预警" not in manager.get(f"{HALL}/live").text  # 29.5 minutes
    wall.advance(minutes=1)
    long_wait = manager.get(f"{HALL}/live").text
    assert "高峰预警：等候 3 人" in long_wait and category_row(long_wait, "B")[3] == "30 分钟"
    manager.close()


def test_the_live_view_shows_a_called_number_a_handover_a_closed_window_and_the_projections_waits(
    sqlite_hall: tuple[RunningCentral, FakeWall],
) -> None:
    central, wall = sqlite_hall
    counter = Counter(central, at=wall() - timedelta(minutes=10))
    waiting = counter.take_tickets("B", 4) + counter.take_tickets("A", 2)
    counter.call(1, "S001", waiting[0])  # B001 called to window 1, not yet served
    counter.window_event(2, EventType.WINDOW_OPENED, {"staff": "S002"})
    counter.window_event(2, EventType.WINDOW_HANDOVER, {"to_staff": "S003"})  # 替岗: 员工3 takes over
    counter.window_event(3, EventType.WINDOW_OPENED, {"staff": "S004"})
    counter.window_event(3, EventType.WINDOW_CLOSED, {})
    manager = web(central, "hall")
    page = manager.get(f"{HALL}/live").text

    one, two, three = (window_card(page, n) for n in (1, 2, 3))
    assert '叫号中 <b class="ticket">B001</b>' in one and "员工1（工号 S001）" in one
    assert "替岗交接" in two and "员工3（工号 S003）" in two and "S002" not in two
    assert "未开窗" in three and "工号" not in three and "替岗" not in three
    assert "替岗" not in one

    now = wall()

    def loads(state: Any, bundle: HallBundle, _q: Any) -> dict[str, CategoryLoad]:
        return {c.letter: c for c in category_loads(state, bundle.config, bundle.config.hall_day(now), now)}

    projected = central.store.with_state("test-hall", loads)
    assert (projected["A"].waiting, projected["B"].waiting) == (2, 3)
    for letter in ("A", "B", "C"):
        load = projected[letter]
        cells = category_row(page, letter)
        assert cells == [
            str(load.waiting),
            str(load.open_windows),
            f"{round(load.estimated_wait_minutes)} 分钟",
            f"{round(load.longest_wait_minutes)} 分钟",
        ], letter
    # Only window 1 serves A now (3 is closed), windows 1 and 2 serve B: the estimates differ from a plain count.
    assert projected["A"].open_windows == 1 and projected["B"].open_windows == 2
    assert projected["A"].estimated_wait_minutes > 0 and projected["B"].estimated_wait_minutes > 0
    manager.close()


def test_pages_need_a_sign_in_and_a_hall_of_ones_own(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central, _ = sqlite_hall
    anonymous = httpx.get(f"{central.url}{HALL}/cases", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/supervision/login?next=")
    manager = web(central, "hall")
    assert manager.get("/supervision/h/other-hall/").status_code == 403
    assert manager.get(f"{HALL}/reports?start=2026-12-01&end=2026-11-01").status_code == 422
    assert manager.get(f"{HALL}/cases/abc").status_code == 422
    page = manager.get(f"{HALL}/")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    manager.close()


def test_every_page_works_for_a_hall_with_nothing_yet(sqlite_hall: tuple[RunningCentral, FakeWall]) -> None:
    central, _ = sqlite_hall
    assert httpx.get(f"{central.url}/public/test-hall").status_code == 200
    manager, supervisor = web(central, "hall"), web(central, "duban")
    for path in ("/", "/cases", "/cases?state=all", "/reports", "/reports?by=item", "/reports?by=hour", "/assessment"):
        assert manager.get(f"{HALL}{path}").status_code == 200, path
    for fmt in ("pdf", "csv", "xlsx"):
        assert manager.get(f"{HALL}/assessment.{fmt}").status_code == 200, fmt
    for path in ("/supervision/", "/supervision/reminders", "/supervision/audit", f"{HALL}/"):
        assert supervisor.get(path).status_code == 200, path


def test_the_server_gives_default_ratings_by_itself(tmp_path: Path) -> None:
    """``serve``'s periodic task: a server started with it defaults the visits whose period has passed."""
    url = f"sqlite:///{tmp_path / 'central.db'}"
    with start_central(url, hall=department_hall()) as first:
        counter = Counter(first)
        counter.serve_and_rate(1, "S001", rated=False)
        head = first.store.head("test-hall")
    later = FakeWall(START + timedelta(days=8))
    settings = CentralSettings(db_url=url, default_ratings_minutes=60)
    with start_central(url, hall=department_hall(), settings=settings, now=later) as second:
        board = second.client(second.enroll("board", "board-1"))
        with board.stream("GET", "/sync/stream") as stream:
            for line in stream.iter_lines():  # woken by the head, whether the task ran before we listened or after
                if line.startswith("data:") and json.loads(line[5:])["head"] > head:
                    break
        with second.engine.connect() as conn:
            assert conn.execute(select(rm_ratings.c.defaulted).where(rm_ratings.c.device_id == "central")).scalar_one()

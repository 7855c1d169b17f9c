"""End to end in a real headless Chromium (Debian's ``chromium``, driven by Playwright): a bad rating given at
a window's rating pad (``common.window_actions.rate_visit``, the rating pad's own action, recorded in window
1's device store and pushed by that device's real sync client) followed through every step of
the workflow by the hall manager and the window's department, with the rates changing on the page; another
department cannot see the case; the public page shows no person; a POST without the CSRF token is refused;
repeated failures lock an account; the live view follows the hall by itself; the back office completes a
case accepted at a kiosk.

Screenshots of the main pages go to ``$HALL_SCREENSHOTS`` when it is set (else the test's folder).
"""

from __future__ import annotations

import asyncio
import os
import re
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright
from sqlalchemy import select

from central.tables import events
from common import window_actions
from common.events import CaseAccepted, EventType, Outcome
from common.projection.admission import DeviceKind
from common.ratings_scale import RatingLevel
from tests.support.central_server import RunningCentral, start_central
from tests.support.clock import START, FakeWall
from tests.support.supervision import PASSWORD, Counter, add_users, department_hall
from tests.support.synced_devices import open_synced

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
HALL = "/supervision/h/test-hall"
SLOW_MS = 20_000
"""How long a page may take on a loaded CI machine before an expectation fails."""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is needed: scripts/setup installs it")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def hall(tmp_path: Path) -> Iterator[tuple[RunningCentral, Counter]]:
    wall = FakeWall(START + timedelta(hours=1))
    server = start_central(tmp_path=tmp_path, hall=department_hall(), now=wall)
    add_users(server)
    yield server, Counter(server, at=wall() - timedelta(minutes=30))
    server.stop()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("HALL_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sign_in(browser: Browser, url: str, user: str, password: str = PASSWORD) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{url}/supervision/login")
    page.get_by_label("用户名").fill(user)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_role("button", name="退出")).to_be_visible()
    return context, page


def take(page: Page, url: str, number: int, action: str, note: str) -> None:
    page.goto(f"{url}{HALL}/cases/{number}")
    if note:
        page.locator("textarea[name=note]").fill(note)
    page.get_by_role("button", name=action).click()
    expect(page.locator("table.grid").nth(0)).to_contain_text(action)


def rate_at_window_ones_pad(central: RunningCentral, folder: Path) -> None:
    """Window 1's own device (its store and sync client, as the window program runs them): 员工1 opens the
    window, calls the ticket waiting, serves it, and the citizen gives 非常不满意 by real name on the rating pad.
    The device pulls the ticket and pushes all of that with its real sync. One stand-in: the device's clock
    is the test's (a fixed day), reset after the first sync, which had set it to the real time."""

    async def serve_and_rate() -> None:
        wall = FakeWall(START + timedelta(minutes=40))
        async with httpx.AsyncClient(timeout=10) as http:
            window = open_synced(central, folder, DeviceKind.WINDOW, http, "window-1", wall=wall)
            await window.sync()  # the ticket taken at the kiosk
            device = window.device
            # The central store's sync answers carry the real time (``server_time_ms``), not the test's clock,
            # and the device followed it: put it back on the test day, as if both clocks agreed.
            device.set_clock_offset(0)
            window_actions.open_window(device, 1, "S001")
            ticket = window_actions.call_next(device, 1)
            assert ticket is not None
            visit = window_actions.start_service(device, 1)
            wall.advance(minutes=6)
            window_actions.finish(device, 1, Outcome.ON_THE_SPOT, items=["T-001"])
            window_actions.rate_visit(
                device, visit.id, RatingLevel.VERY_DISSATISFIED, ["服务态度差"], "等了很久", contact="13812345678"
            )
            await window.sync()
            assert not device.replica.pending
            device.close()

    # The device syncs on an event loop of a thread of its own: Playwright's runs on this one.
    errors: list[BaseException] = []
    worker = threading.Thread(target=lambda: _collect(errors, lambda: asyncio.run(serve_and_rate())))
    worker.start()
    worker.join(60)
    assert not errors and not worker.is_alive(), errors
    with central.engine.connect() as conn:
        raters = conn.execute(select(events.c.device_id).where(events.c.type == "rating.submitted")).scalars()
        assert list(raters) == ["window-1"]  # the pad's rating, pushed by window 1's device


def test_a_bad_rating_from_the_rating_pad_through_every_step_to_the_reply(
    browser: Browser, hall: tuple[RunningCentral, Counter], shots: Path, tmp_path: Path
) -> None:
    central, counter = hall
    url = central.url
    counter.take_tickets("A", 1)
    rate_at_window_ones_pad(central, tmp_path)
    counter.serve_and_rate(2, "S002", "very_satisfied")
    counter.serve_and_rate(2, "S002", "satisfied")
    counter.pause(2, "会议", minutes=10)
    counter.take_tickets("A", 4)

    manager_ctx, manager = sign_in(browser, url, "hall")
    expect(manager.locator("h1")).to_have_text("实时大厅")
    expect(manager.locator("article[data-window='1']")).to_contain_text("员工1")
    expect(manager.locator("article[data-window='2']")).to_contain_text("暂停服务")
    manager.screenshot(path=shots / "live.png", full_page=True)

    # The live view follows the hall by itself (server-sent events): four more tickets, no reload.
    waiting = manager.locator("p.meta").first
    expect(waiting).to_contain_text("等候 4 人")
    counter.take_tickets("A", 4)
    expect(waiting).to_contain_text("等候 8 人")

    manager.goto(f"{url}{HALL}/cases")
    rectification, reply = manager.locator("[data-rate=rectification]"), manager.locator("[data-rate=reply]")
    expect(rectification).to_have_text("—")
    expect(reply).to_have_text("0.0%")
    manager.screenshot(path=shots / "cases.png", full_page=True)
    manager.get_by_role("link", name="CP-00001").click()
    expect(manager.locator("dl.facts")).to_contain_text("138****5678")
    expect(manager.locator("dl.facts")).not_to_contain_text("13812345678")
    manager.screenshot(path=shots / "case-new.png", full_page=True)

    take(manager, url, 1, "完成核实", "调取监控录像，群众反映属实")
    take(manager, url, 1, "认定为有效差评", "等候期间窗口无人，属实")
    dept_ctx, dept = sign_in(browser, url, "dengji")
    take(dept, url, 1, "提出申诉", "当时系统故障，非人员原因")
    take(manager, url, 1, "申诉不成立，须整改", "系统故障期间未按规定告知群众")
    take(dept, url, 1, "提交整改措施", "对窗口人员批评教育，完善故障告知流程")
    take(manager, url, 1, "确认整改，办结", "整改措施落实到位")
    manager.goto(f"{url}{HALL}/cases")
    expect(rectification).to_have_text("100.0%")
    expect(reply).to_have_text("0.0%")
    take(manager, url, 1, "已回复群众", "电话联系群众，说明整改情况，群众表示认可")
    manager.goto(f"{url}{HALL}/cases")
    expect(reply).to_have_text("100.0%")
    take(manager, url, 1, "监督完成", "一周后回访，服务规范")
    manager.goto(f"{url}{HALL}/cases/1")
    expect(manager.locator("span.badge")).to_contain_text("已完结")
    manager.screenshot(path=shots / "case-done.png", full_page=True)

    # Another department's manager cannot see the case, in the list or by its address.
    other_ctx, other = sign_in(browser, url, "shuiwu")
    other.goto(f"{url}{HALL}/cases?state=all")
    expect(other.locator("table.cases")).not_to_contain_text("CP-00001")
    response = other.goto(f"{url}{HALL}/cases/1")
    assert response is not None and response.status == 404
    expect(other.locator("p.error")).to_contain_text("没有差评件")

    # A POST without the session's CSRF token is refused, even with the session's cookie.
    refused = manager.request.post(
        f"{url}{HALL}/cases/1", form={"step": "supervise", "action": "supervise", "note": "伪造"}
    )
    assert refused.status == 403

    manager.goto(f"{url}{HALL}/reports?start=2026-11-30&end=2026-11-30")
    expect(manager.locator("svg.chart").first).to_be_visible()
    manager.screenshot(path=shots / "reports.png", full_page=True)
    manager.goto(f"{url}{HALL}/assessment?start=2026-11-01&end=2026-11-30")
    manager.screenshot(path=shots / "assessment.png", full_page=True)
    manager.goto(f"{url}/supervision/audit")
    expect(manager.locator("table.grid")).to_contain_text("CP-00001")
    manager.screenshot(path=shots / "audit.png", full_page=True)
    with manager.expect_download() as download:
        manager.goto(f"{url}{HALL}/assessment?start=2026-11-01&end=2026-11-30")
        manager.get_by_role("link", name="PDF").click()
    pdf = download.value.path()
    assert pdf.read_bytes().startswith(b"%PDF")
    for ctx in (manager_ctx, dept_ctx, other_ctx):
        ctx.close()

    # The public page, with no sign-in, shows results and no person.
    public_ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")  # a Chinese browser
    public = public_ctx.new_page()
    public.goto(f"{url}/public/test-hall?month=2026-11")
    expect(public.locator("h1")).to_contain_text("服务评价结果公开")
    text = public.locator("body").inner_text()
    assert "1号窗口" in text and "2号窗口" in text
    for forbidden in ["员工", "工号", "S001", "S002", "S003", "S004", "13812345678", "138****5678", "等了很久"]:
        assert forbidden not in text, forbidden
    public.screenshot(path=shots / "public.png", full_page=True)
    # The citizen switches to English with the page's own link, and on a phone's width.
    public.set_viewport_size({"width": 390, "height": 844})
    public.get_by_role("link", name="English").click()
    expect(public.locator("h1")).to_contain_text("Service ratings, made public")
    assert public.locator("html").get_attribute("lang") == "en"
    text = public.locator("body").inner_text()
    assert "Window 1" in text and "Very satisfied" in text and "号窗口" not in text
    public.screenshot(path=shots / "public-en-phone.png", full_page=True)
    public.set_viewport_size({"width": 1366, "height": 900})
    public.screenshot(path=shots / "public-en.png", full_page=True)
    public_ctx.close()


def test_repeated_failed_sign_ins_lock_the_account_in_the_browser(
    browser: Browser, hall: tuple[RunningCentral, Counter], shots: Path
) -> None:
    central, _ = hall
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.goto(f"{central.url}/supervision/login")
    for _ in range(5):
        page.get_by_label("用户名").fill("hall")
        page.get_by_label("密码").fill("not the password")
        page.get_by_role("button", name="登录").click()
        expect(page.locator("p.error")).to_be_visible()
    expect(page.locator("p.error")).to_contain_text("已锁定")
    page.get_by_label("用户名").fill("hall")
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.locator("p.error")).to_contain_text(re.compile("已锁定"))
    page.screenshot(path=shots / "locked.png", full_page=True)
    context.close()


def test_the_back_office_completes_a_case_accepted_at_a_kiosk(
    browser: Browser, hall: tuple[RunningCentral, Counter], shots: Path, tmp_path: Path
) -> None:
    """承诺件 accepted at a kiosk show on the back-office page, the overdue one marked; the hall manager
    notes progress on one and completes it, and it leaves the list of open cases."""
    central, _counter = hall
    late, due = "ZZ1-261120-LATE", "ZZ1-261130-SOON"

    async def accept() -> None:
        async with httpx.AsyncClient(timeout=10) as http:
            kiosk = open_synced(central, tmp_path, DeviceKind.KIOSK, http, "kiosk-bo", wall=FakeWall(START))
            for number, promised, who in ((due, date(2026, 12, 4), "李*"), (late, date(2026, 11, 27), "张*")):
                case = CaseAccepted(case_number=number, items=["T-001"], promised_date=promised, applicant=who)
                kiosk.device.record(EventType.CASE_ACCEPTED, case)
            await kiosk.sync()
            assert not kiosk.device.replica.pending
            kiosk.device.close()

    # The kiosk syncs on an event loop of a thread of its own: Playwright's runs on this one.
    errors: list[BaseException] = []
    kiosk = threading.Thread(target=lambda: _collect(errors, lambda: asyncio.run(accept())))
    kiosk.start()
    kiosk.join(60)
    assert not errors and not kiosk.is_alive()
    context, page = sign_in(browser, central.url, "hall")
    page.goto(f"{central.url}{HALL}/back-office")
    expect(page.locator("h1")).to_have_text("后台办件", timeout=SLOW_MS)
    row = page.locator(f"tr[data-case='{late}']")
    expect(row).to_contain_text("已逾期", timeout=SLOW_MS)
    expect(page.locator(f"tr[data-case='{due}']")).not_to_contain_text("已逾期", timeout=SLOW_MS)
    page.screenshot(path=shots / "back-office.png", full_page=True)

    row.locator("input[name=note]").fill("材料已审核，正在制证")
    row.get_by_role("button", name="办理中（记录进展）").click()
    expect(page.locator(f"tr[data-case='{late}']")).to_contain_text("材料已审核，正在制证", timeout=SLOW_MS)

    row = page.locator(f"tr[data-case='{late}']")
    row.locator("input[name=note]").fill("证书已制好，可领取")
    row.get_by_role("button", name="办结").click()
    expect(page.locator(f"tr[data-case='{late}']")).to_have_count(0, timeout=SLOW_MS)
    expect(page.locator(f"tr[data-case='{due}']")).to_have_count(1, timeout=SLOW_MS)
    page.screenshot(path=shots / "back-office-done.png", full_page=True)
    context.close()


def _collect(errors: list[BaseException], work: Callable[[], None]) -> None:
    try:
        work()
    except BaseException as e:
        errors.append(e)

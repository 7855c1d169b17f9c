"""The back office finishes 承诺件: a kiosk accepts a case (self-service), a hall manager sees it among the
hall's open cases on the supervision pages (over a real socket), notes its progress and completes it, or a
script does with ``hall-central complete-case``; both write ``case.progressed`` / ``case.completed`` as the
central store's own events, through the sequencer (gap-free seq, read models), and the kiosk, syncing
afterwards, shows the case done and open to one rating. Bad input changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from central.__main__ import main as central_main
from central.halls import store_hall
from central.store import CENTRAL_DEVICE
from central.tables import audit_log, events, halls, rejected_events, rm_cases
from common import kiosk_actions
from common.events import CaseAccepted, EventType
from common.hall_bundle import HallBundle
from common.kiosk.case_progress import find_case
from common.projection.admission import DeviceKind
from common.projection.fold import RuleViolation
from common.ratings_scale import RatingLevel
from tests.support.central_server import RunningCentral, start_central
from tests.support.clock import START, FakeWall
from tests.support.supervision import WebClient, add_users, department_hall
from tests.support.synced_devices import SyncedDevice, open_synced, run

HALL_ID = "test-hall"
PAGE = f"/supervision/h/{HALL_ID}/back-office"
LATE = "ZZ1-261120-LATE"
DUE = "ZZ1-261130-SOON"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[RunningCentral, FakeWall]]:
    wall = FakeWall(START + timedelta(hours=1))
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else None
    server = start_central(url, tmp_path=tmp_path, hall=department_hall(), now=wall)
    add_users(server)
    yield server, wall
    server.stop()


def web(central: RunningCentral, user: str) -> WebClient:
    client = WebClient(central.url)
    central._clients.append(client.http)
    assert client.sign_in(user).status_code == 303
    return client


def accept_at_kiosk(central: RunningCentral, tmp_path: Path, wall: FakeWall) -> None:
    """Two 承诺件 accepted at a kiosk and pushed: one overdue, one due later."""

    async def go() -> None:
        async with httpx.AsyncClient(timeout=10) as http:
            kiosk = open_synced(central, tmp_path, DeviceKind.KIOSK, http, "kiosk-1", wall=wall)
            for number, promised, items, who in (
                (DUE, date(2026, 12, 4), ["T-002"], "李*"),
                (LATE, date(2026, 11, 27), ["T-001"], "张*"),
            ):
                payload = CaseAccepted(case_number=number, items=items, promised_date=promised, applicant=who)
                kiosk.device.record(EventType.CASE_ACCEPTED, payload)
            await kiosk.sync()
            assert not kiosk.device.replica.pending
            kiosk.device.close()

    run(go)


def head_and_count(central: RunningCentral) -> tuple[int, int, int]:
    with central.engine.connect() as conn:
        head = conn.execute(select(halls.c.head).where(halls.c.id == HALL_ID)).scalar_one()
        stored = conn.execute(select(func.count()).select_from(events)).scalar_one()
        refused = conn.execute(select(func.count()).select_from(rejected_events)).scalar_one()
    return int(head), int(stored), int(refused)


def case_row(central: RunningCentral, number: str) -> dict[str, object]:
    with central.engine.connect() as conn:
        return dict(conn.execute(select(rm_cases).where(rm_cases.c.number == number)).mappings().one())


def test_a_hall_manager_progresses_and_completes_a_case_on_the_pages(
    central: tuple[RunningCentral, FakeWall], tmp_path: Path
) -> None:
    server, wall = central
    accept_at_kiosk(server, tmp_path, wall)
    manager = web(server, "hall")

    listing = manager.get(PAGE)
    assert listing.status_code == 200 and "后台办件" in listing.text
    text = listing.text
    assert text.index(LATE) < text.index(DUE), "the earliest promised date first"
    late_row = text.split(f'data-case="{LATE}"', 1)[1].split("</tr>", 1)[0]
    assert "不动产首次登记" in late_row and "张*" in late_row and "2026-11-27" in late_row and "已逾期" in late_row
    due_row = text.split(f'data-case="{DUE}"', 1)[1].split("</tr>", 1)[0]
    assert "抵押权登记" in due_row and "已逾期" not in due_row

    head, _, _ = head_and_count(server)
    moved = manager.post(f"{PAGE}/{LATE}", {"action": "progress", "note": "已转登记科审核"}, token_from=PAGE)
    assert moved.status_code == 303
    after = manager.get(moved.headers["location"])
    assert "已记录办件" in after.text and "已转登记科审核" in after.text
    assert case_row(server, LATE)["last_stage"] == "已转登记科审核"

    done = manager.post(
        f"{PAGE}/{LATE}", {"action": "complete", "outcome": "granted", "note": "证书已寄出"}, token_from=PAGE
    )
    assert done.status_code == 303
    page = manager.get(done.headers["location"]).text
    assert f"办件 {LATE} 已办结" in page and f'data-case="{LATE}"' not in page and f'data-case="{DUE}"' in page

    row = case_row(server, LATE)
    assert row["status"] == "completed" and row["result"] == "准予办理：证书已寄出"
    with server.engine.connect() as conn:
        written = conn.execute(
            select(events.c.seq, events.c.type, events.c.device_id).where(events.c.seq > head).order_by(events.c.seq)
        ).all()
        audited = conn.execute(select(audit_log.c.action, audit_log.c.username, audit_log.c.target)).all()
    assert [tuple(w) for w in written] == [
        (head + 1, "case.progressed", CENTRAL_DEVICE),
        (head + 2, "case.completed", CENTRAL_DEVICE),
    ], "the central store's own events, next in the hall's gap-free sequence"
    assert ("case_progressed", "hall", LATE) in audited and ("case_completed", "hall", LATE) in audited


def test_bad_back_office_input_is_refused_and_changes_nothing(
    central: tuple[RunningCentral, FakeWall], tmp_path: Path
) -> None:
    server, wall = central
    accept_at_kiosk(server, tmp_path, wall)
    manager = web(server, "hall")
    assert (
        manager.post(f"{PAGE}/{DUE}", {"action": "complete", "outcome": "refused"}, token_from=PAGE).status_code == 303
    )
    before = head_and_count(server)

    unknown = manager.post(f"{PAGE}/ZZ9-000000-NONE", {"action": "complete", "outcome": "granted"}, token_from=PAGE)
    assert unknown.status_code == 409 and "本大厅没有办件 ZZ9-000000-NONE" in unknown.text
    again = manager.post(f"{PAGE}/{DUE}", {"action": "progress", "note": "再看看"}, token_from=PAGE)
    assert again.status_code == 409 and f"办件 {DUE} 已办结，不能再办理" in again.text
    empty = manager.post(f"{PAGE}/{LATE}", {"action": "progress", "note": "  "}, token_from=PAGE)
    assert empty.status_code == 409 and "请填写办理情况" in empty.text
    odd = manager.post(f"{PAGE}/{LATE}", {"action": "complete", "outcome": "maybe"}, token_from=PAGE)
    assert odd.status_code == 422
    forged = manager.post(f"{PAGE}/{LATE}", {"action": "complete", "outcome": "granted"}, csrf=False)
    assert forged.status_code == 403
    supervisor = web(server, "duban")
    assert 'name="action"' not in supervisor.get(PAGE).text, "supervisors read, never act"
    refused = supervisor.post(f"{PAGE}/{LATE}", {"action": "complete", "outcome": "granted"}, token_from=PAGE)
    assert refused.status_code == 403
    department = web(server, "dengji")  # the items are 测试局's, not 登记科's
    assert LATE not in department.get(PAGE).text
    theirs = department.post(f"{PAGE}/{LATE}", {"action": "complete", "outcome": "granted"}, token_from=PAGE)
    assert theirs.status_code == 409
    assert web(server, "hall").get("/supervision/h/other-hall/back-office").status_code == 403

    assert head_and_count(server) == before, "no event, no refusal stored"
    assert case_row(server, LATE)["status"] == "accepted" and case_row(server, DUE)["result"] == "不予办理"


def test_complete_case_on_the_command_line_and_the_kiosk_sees_it_done(
    central: tuple[RunningCentral, FakeWall], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server, wall = central
    accept_at_kiosk(server, tmp_path, wall)
    db = ["--db", server.db_url]
    other = HallBundle(
        server.hall.config.model_copy(update={"id": "other-hall"}), server.hall.roster, server.hall.catalogue, "other"
    )
    store_hall(server.engine, other, None)
    before = head_and_count(server)

    assert central_main(["complete-case", "--hall", "nowhere", LATE, *db]) == 2
    assert "no hall nowhere" in capsys.readouterr().err
    assert central_main(["complete-case", "--hall", HALL_ID, "ZZ9-000000-NONE", *db]) == 1
    assert "hall test-hall has no case ZZ9-000000-NONE" in capsys.readouterr().err
    assert central_main(["complete-case", "--hall", "other-hall", LATE, *db]) == 1
    assert f"case {LATE} belongs to hall test-hall, not other-hall" in capsys.readouterr().err
    assert head_and_count(server) == before

    assert central_main(["progress-case", "--hall", HALL_ID, LATE, "--note", "材料已审核", *db]) == 0
    assert central_main(["complete-case", "--hall", HALL_ID, LATE, "--note", "准予登记", *db]) == 0
    out = capsys.readouterr().out
    assert f"case {LATE} completed (准予办理), seq {before[0] + 2}" in out
    assert central_main(["complete-case", "--hall", HALL_ID, LATE, *db]) == 1
    assert f"case {LATE} is already completed" in capsys.readouterr().err
    assert head_and_count(server)[0] == before[0] + 2

    # The server (its own fold, written to by another process's store) serves the pages and the pull alike.
    assert f'data-case="{LATE}"' not in web(server, "hall").get(PAGE).text

    async def kiosk_pulls() -> None:
        async with httpx.AsyncClient(timeout=10) as http:
            kiosk: SyncedDevice = open_synced(server, tmp_path / "later", DeviceKind.KIOSK, http, "kiosk-2", wall=wall)
            await kiosk.sync()
            state, catalogue = kiosk.device.state, server.hall.catalogue
            seen = find_case(state, catalogue, LATE, wall().date())
            assert seen is not None and seen.completed and seen.result == "准予办理：准予登记" and not seen.rated
            assert [stage for _, stage in seen.stages] == ["材料已审核"]
            open_one = find_case(state, catalogue, DUE, wall().date())
            assert open_one is not None and not open_one.completed
            kiosk_actions.rate_case(kiosk.device, LATE, RatingLevel.SATISFIED)
            with pytest.raises(RuleViolation, match="already been rated"):
                kiosk_actions.rate_case(kiosk.device, LATE, RatingLevel.VERY_SATISFIED)
            with pytest.raises(RuleViolation, match="not finished"):
                kiosk_actions.rate_case(kiosk.device, DUE, RatingLevel.SATISFIED)
            await kiosk.sync()
            assert not kiosk.device.replica.pending
            kiosk.device.close()

    run(kiosk_pulls)
    assert case_row(server, LATE)["rating_id"] is not None

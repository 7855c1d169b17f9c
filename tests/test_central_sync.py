"""The central store over a real socket: enrollment, push and pull, idempotency, gap-free order under
concurrency, leases, the catalogue, the stream, and requests it must refuse without changing anything."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from central.tables import events, rejected_events, rm_ratings, rm_tickets, rm_visits, rm_windows
from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import EventType, Outcome, event_dict, parse_event
from common.projection.admission import DeviceKind
from common.ratings_scale import RatingLevel
from tests.support.central_server import (
    RunningCentral,
    asgi_app,
    serve_subprocess,
    start_central,
)
from tests.support.clock import FakeWall
from tests.support.concurrent_pushes import concurrent_pushes
from tests.support.event_factory import body, event, ticket


def push(client: httpx.Client, batch: list) -> httpx.Response:  # type: ignore[type-arg]
    return client.post("/sync/push", json=body(batch))


def stored(central: RunningCentral) -> list[tuple[int, str]]:
    with central.engine.connect() as conn:
        return [(s, i) for s, i in conn.execute(select(events.c.seq, events.c.id).order_by(events.c.seq))]


def pull_all(client: httpx.Client, after: int = 0, limit: int = 1000) -> list[tuple[int, dict]]:  # type: ignore[type-arg]
    got = []
    while True:
        answer = client.get("/sync/pull", params={"after": after, "limit": limit}).json()
        got += [(item["seq"], item["event"]) for item in answer["events"]]
        if not answer["more"]:
            return got
        after = got[-1][0]


# --- enrollment -------------------------------------------------------------------------------------------


def test_an_enrollment_code_works_once_and_gives_a_token_that_works(central: RunningCentral) -> None:
    code = central.enroll_code("kiosk")
    anonymous = central.client()
    answer = anonymous.post("/devices/enroll", json={"code": code, "name": "东门自助机"})
    assert answer.status_code == 200, answer.text
    device = answer.json()
    assert device["kind"] == "kiosk" and device["hall_id"] == "test-hall" and device["slot"] == 1
    assert device["device_id"].startswith("kiosk-") and len(device["device_id"]) == len("kiosk-3f9a2c")
    assert isinstance(device["server_time_ms"], int)
    again = anonymous.post("/devices/enroll", json={"code": code})
    assert again.status_code == 403 and again.json()["error"]["code"] == "code_used"
    authorized = central.client(headers={"Authorization": f"Bearer {device['token']}"})
    assert authorized.get("/sync/pull").status_code == 200


def test_codes_are_typed_loosely_but_expire_and_unknown_ones_are_refused(central: RunningCentral) -> None:
    anonymous = central.client()
    code = central.enroll_code("window")
    loose = code.lower().replace("-", " ")
    assert anonymous.post("/devices/enroll", json={"code": loose}).status_code == 200
    unknown = anonymous.post("/devices/enroll", json={"code": "AAAA-BBBB-CCCC"})
    assert unknown.status_code == 403 and unknown.json()["error"] == {
        "code": "code_unknown",
        "message": unknown.json()["error"]["message"],
        "field": "code",
    }
    expired = central.enroll_code("board", hours=-1)
    answer = anonymous.post("/devices/enroll", json={"code": expired})
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "code_expired"


def test_each_device_gets_the_smallest_free_slot_of_its_hall(central: RunningCentral) -> None:
    slots = [central.enroll("kiosk").slot for _ in range(3)]
    assert slots == [1, 2, 3]
    central.registry.revoke(central.enroll("window").device_id)
    assert central.enroll("board").slot == 5  # a revoked device's slot is not reused: its fallback numbers stand


def test_calls_without_a_token_or_with_a_revoked_one_are_refused(central: RunningCentral) -> None:
    kiosk_device = central.enroll("kiosk", "kiosk-1")
    client = central.client(kiosk_device)
    for path in ("/sync/pull", "/catalogue", "/state", "/sync/stream"):
        answer = central.client().get(path)
        assert answer.status_code == 401 and answer.json()["error"]["code"] == "no_token", path
        wrong = central.client(headers={"Authorization": "Bearer nonsense"}).get(path)
        assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "bad_token", path
    assert client.get("/sync/pull").status_code == 200
    central.registry.revoke("kiosk-1")
    refused = push(client, [ticket("kiosk-1", 1)])
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "token_revoked"
    assert stored(central) == []


# --- push and pull ----------------------------------------------------------------------------------------


def test_push_and_pull_round_trip_in_order_with_server_time(
    central: RunningCentral, device_factory: Callable[..., Device], wall: FakeWall
) -> None:
    k = device_factory(DeviceKind.KIOSK, "kiosk-1", lease=20)
    w = device_factory(DeviceKind.WINDOW, "window-1")
    kc = central.client(central.enroll("kiosk", "kiosk-1"))
    wc = central.client(central.enroll("window", "window-1"))
    for _ in range(3):
        kiosk.issue_ticket(k, "A")
        wall.advance(seconds=5)
    answer = push(kc, k.store.pending())
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert [r["status"] for r in data["results"]] == ["accepted"] * 3
    assert [r["seq"] for r in data["results"]] == [1, 2, 3] and data["head"] == 3
    assert abs(data["server_time_ms"] - datetime.now(UTC).timestamp() * 1000) < 60_000
    # The window pulls the tickets, opens, calls, serves and takes a rating.
    pulled = wc.get("/sync/pull", params={"after": 0}).json()
    assert pulled["head"] == 3 and not pulled["more"]
    w.apply_confirmed([(e["seq"], parse_event(e["event"])) for e in pulled["events"]], cursor=pulled["head"])
    win.open_window(w, 1, "S001")
    win.call_next(w, 1)
    visit = win.start_service(w, 1)
    wall.advance(minutes=3)
    win.finish(w, 1, Outcome.CONSULTED)
    win.rate_visit(w, visit.id, RatingLevel.DISSATISFIED, reasons=["服务态度差"])
    answer = push(wc, w.store.pending()).json()
    assert [r["status"] for r in answer["results"]] == ["accepted"] * 5 and answer["head"] == 8
    # Pages: everything once, in order, for the kiosk too.
    got = pull_all(kc, limit=3)
    assert [s for s, _ in got] == list(range(1, 9))
    assert [e["type"] for _, e in got][3:] == [
        "window.opened",
        "ticket.called",
        "service.started",
        "service.finished",
        "rating.submitted",
    ]
    # The read models say what the reports will need.
    with central.engine.connect() as conn:
        called = conn.execute(select(rm_tickets).where(rm_tickets.c.status == "done")).one()
        assert called.window == 1 and called.staff == "S001" and called.wait_seconds == 15.0
        v = conn.execute(select(rm_visits)).one()
        assert v.outcome == "consulted" and v.service_seconds == 180.0 and v.rating_id is not None
        r = conn.execute(select(rm_ratings)).one()
        assert r.bad and r.reasons == ["服务态度差"] and r.window == 1 and r.staff == "S001" and r.score == 2
        assert conn.execute(select(rm_windows.c.status)).scalar_one() == "open"
        assert conn.execute(select(func.count()).select_from(rm_tickets)).scalar_one() == 3


def test_the_same_batch_sent_ten_times_changes_nothing(
    any_central: RunningCentral, device_factory: Callable[..., Device], wall: FakeWall
) -> None:
    """A device resends its outbox whenever it did not hear the answer: a resend must never add an event."""
    central = any_central
    k = device_factory(DeviceKind.KIOSK, "kiosk-1", lease=20)
    client = central.client(central.enroll("kiosk", "kiosk-1"))
    for _ in range(5):
        kiosk.issue_ticket(k, "B")
        wall.advance(seconds=1)
    batch = k.store.pending()
    first = push(client, batch).json()
    for _ in range(10):
        again = push(client, batch).json()
        assert [r["status"] for r in again["results"]] == ["duplicate"] * 5
        assert [r["seq"] for r in again["results"]] == [r["seq"] for r in first["results"]]
        assert again["head"] == 5
    assert len(stored(central)) == 5


def test_reordered_and_duplicated_batches_reach_the_same_state(new_database: Callable[[], str]) -> None:
    """Two servers get the same events, one in order, one shuffled and repeated in overlapping batches
    (what retries over a flaky network produce): every event is decided once; what is accepted folds to
    the same hall."""
    batch = [ticket("kiosk-1", n) for n in range(1, 31)]
    results = []
    for name, order in (("a", list(batch)), ("b", random.Random(7).sample(batch, len(batch)))):
        with start_central(new_database()) as central:
            client = central.client(central.enroll("kiosk", "kiosk-1"))
            if name == "a":
                push(client, order)
            else:
                for i in range(0, 30, 7):
                    push(client, order[i : i + 10] + order[: i // 2])
            ids = {i for _, i in stored(central)}
            state = client.get("/state", params={"day": "2026-11-30"}).json()
            results.append((ids, state["counts"], state["waiting"]))
    assert results[0] == results[1]
    assert len(results[0][0]) == 30


def test_a_rejected_event_is_kept_with_its_reason_and_refused_again_the_same_way(central: RunningCentral) -> None:
    window = central.client(central.enroll("window", "window-1"))
    call = event(EventType.TICKET_CALLED, {"ticket_id": "no-such-ticket", "window": 1, "staff": "S001"}, "window-1")
    for _ in range(3):
        answer = push(window, [call]).json()
        result = answer["results"][0]
        assert result["status"] == "rejected" and result["seq"] is None
        assert result["code"] == "unknown_ticket" and result["field"] == "ticket_id" and result["message"]
        assert answer["head"] == 0
    with central.engine.connect() as conn:
        kept = conn.execute(select(rejected_events)).one()
    assert kept.code == "unknown_ticket" and kept.device_id == "window-1"
    assert json.loads(kept.body)["payload"]["ticket_id"] == "no-such-ticket"
    assert stored(central) == []


def test_a_second_rating_of_a_visit_is_refused_on_the_central_store(central: RunningCentral) -> None:
    """One rating per visit (一次一评), even when two ratings reach the server from two pads."""
    kc = central.client(central.enroll("kiosk", "kiosk-1"))
    wc = central.client(central.enroll("window", "window-1"))
    t = ticket("kiosk-1", 1)
    visit_id = "visit-00000001"
    steps = [
        (EventType.WINDOW_OPENED, {"window": 1, "staff": "S001"}),
        (EventType.TICKET_CALLED, {"ticket_id": t.payload.ticket_id, "window": 1, "staff": "S001"}),  # type: ignore[union-attr]
        (
            EventType.SERVICE_STARTED,
            {
                "ticket_id": t.payload.ticket_id,
                "visit_id": visit_id,
                "window": 1,  # type: ignore[union-attr]
                "staff": "S001",
            },
        ),
        (EventType.SERVICE_FINISHED, {"visit_id": visit_id, "window": 1, "outcome": "consulted"}),
    ]
    assert push(kc, [t]).json()["results"][0]["status"] == "accepted"
    answer = push(wc, [event(ty, p, "window-1") for ty, p in steps]).json()
    assert [r["status"] for r in answer["results"]] == ["accepted"] * 4
    ratings = [
        event(
            EventType.RATING_SUBMITTED,
            {"rating_id": f"rating-0000000{i}", "target": "visit", "target_id": visit_id, "level": "satisfied"},
            "window-1",
        )
        for i in (1, 2)
    ]
    answer = push(wc, ratings).json()
    assert [r["status"] for r in answer["results"]] == ["accepted", "rejected"]
    assert answer["results"][1]["code"] == "already_rated"


# --- refusing bad requests without changing anything -----------------------------------------------------


def test_an_oversized_body_is_refused_with_413_before_parsing(central: RunningCentral) -> None:
    client = central.client(central.enroll("kiosk", "kiosk-1"))
    big = {"events": [event_dict(ticket("kiosk-1", 1))], "padding": "x" * (1024 * 1024)}
    answer = client.post("/sync/push", json=big)
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "body_too_large"

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(40):
            yield b" " * 32768  # no Content-Length: the limit applies to what streams in

    streamed = client.post("/sync/push", content=chunks(), headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413 and streamed.json()["error"]["code"] == "body_too_large"
    other = client.post("/tickets/lease", content=b"{" + b" " * 70000 + b"}")
    assert other.status_code == 413
    assert stored(central) == []


@pytest.mark.parametrize(
    ("mangle", "field"),
    [
        (lambda b: b.update(events="nope"), "events"),
        (lambda b: b["events"][1]["payload"].update(number="A1"), "events.1.payload.number"),
        (lambda b: b["events"][1].update(type="ticket.eaten"), "events.1.type"),
        (lambda b: b["events"][1].pop("type"), "events.1.type"),
        (lambda b: b["events"][1].update(hlc="1-2-3"), "events.1.hlc"),
        (lambda b: b["events"][1]["payload"].update(category="B"), "events.1.payload.number"),
        (lambda b: b.update(events=b["events"] * 300), "events"),
        (lambda b: b.update(extra=1), "extra"),
    ],
)
def test_a_malformed_batch_is_refused_whole_with_the_field(central: RunningCentral, mangle, field: str) -> None:  # type: ignore[no-untyped-def]
    client = central.client(central.enroll("kiosk", "kiosk-1"))
    data = body([ticket("kiosk-1", 1), ticket("kiosk-1", 2)])
    mangle(data)
    answer = client.post("/sync/push", json=data)
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error["field"] == field and error["code"] == "invalid" and error["message"]
    assert stored(central) == []


def test_bad_json_gets_a_json_error_not_a_crash(central: RunningCentral) -> None:
    client = central.client(central.enroll("kiosk", "kiosk-1"))
    answer = client.post("/sync/push", content=b'{"events": [', headers={"Content-Type": "application/json"})
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "json_invalid"
    for method, path in (("GET", "/nowhere"), ("DELETE", "/sync/push"), ("GET", "/sync/pull?after=-1")):
        answer = client.request(method, path)
        assert 400 <= answer.status_code < 500 and set(answer.json()["error"]) == {"code", "message", "field"}


# --- ticket leases ----------------------------------------------------------------------------------------


def test_lease_blocks_never_overlap_and_run_out_with_409(central: RunningCentral) -> None:
    kiosks = [central.client(central.enroll("kiosk")) for _ in range(3)]
    blocks: list[tuple[int, int]] = []
    lock = threading.Lock()

    def lease(client: httpx.Client) -> None:
        for _ in range(6):
            answer = client.post("/tickets/lease", json={"category": "A", "day": "2026-11-30", "size": 50})
            assert answer.status_code == 200, answer.text
            with lock:
                blocks.append((answer.json()["first"], answer.json()["last"]))

    threads = [threading.Thread(target=lease, args=(k,)) for k in kiosks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    numbers = [n for first, last in blocks for n in range(first, last + 1)]
    assert sorted(numbers) == list(range(1, 901))
    default = kiosks[0].post("/tickets/lease", json={"category": "A", "day": "2026-11-30"}).json()
    assert (default["first"], default["last"]) == (901, 950)  # the hall's lease_block_size
    last = kiosks[0].post("/tickets/lease", json={"category": "A", "day": "2026-11-30", "size": 500}).json()
    assert (last["first"], last["last"]) == (951, 999)
    out = kiosks[0].post("/tickets/lease", json={"category": "A", "day": "2026-11-30"})
    assert out.status_code == 409 and out.json()["error"]["code"] == "numbers_exhausted"
    other_day = kiosks[0].post("/tickets/lease", json={"category": "A", "day": "2026-12-01"}).json()
    assert other_day["first"] == 1
    assert kiosks[0].post("/tickets/lease", json={"category": "Z", "day": "2026-12-01"}).status_code == 422


def test_only_kiosks_lease_numbers(central: RunningCentral) -> None:
    for kind in ("window", "board"):
        answer = central.client(central.enroll(kind)).post(
            "/tickets/lease", json={"category": "A", "day": "2026-11-30"}
        )
        assert answer.status_code == 403 and answer.json()["error"]["code"] == "not_allowed"


# --- catalogue, photos, state ----------------------------------------------------------------------------


def test_the_catalogue_has_an_etag_and_answers_304_when_unchanged(tmp_path: Path) -> None:
    with start_central(tmp_path=tmp_path, load_sample_hall=True) as central:
        client = central.client(central.enroll("window"))
        answer = client.get("/catalogue")
        assert answer.status_code == 200
        bundle = answer.json()
        assert set(bundle) == {"version", "config", "roster", "catalogue"}
        assert answer.headers["etag"] == f'"{bundle["version"]}"'
        assert client.get("/catalogue", headers={"If-None-Match": answer.headers["etag"]}).status_code == 304
        assert client.get("/catalogue", headers={"If-None-Match": '"old"'}).status_code == 200
        photo = client.get("/staff/BDC0101/photo")
        assert photo.status_code == 200 and photo.headers["content-type"] == "image/png"
        assert photo.content.startswith(b"\x89PNG")
        assert client.get("/staff/NOBODY/photo").status_code == 404


def test_the_state_shows_windows_lines_and_counts(central: RunningCentral) -> None:
    kc = central.client(central.enroll("kiosk", "kiosk-1"))
    push(kc, [ticket("kiosk-1", n, c) for n, c in ((1, "A"), (2, "A"), (3, "B"))])
    state = kc.get("/state", params={"day": "2026-11-30"}).json()
    assert state["seq"] == 3 and state["waiting"]["A"]["count"] == 2 and state["waiting"]["B"]["count"] == 1
    assert state["waiting"]["A"]["next"] == ["A00001", "A00002"]
    assert [w["status"] for w in state["windows"]] == ["closed"] * 3
    assert state["counts"]["tickets"] == 3


# --- concurrency ------------------------------------------------------------------------------------------


def test_concurrent_pushes_get_a_gap_free_sequence_on_sqlite(central: RunningCentral) -> None:
    concurrent_pushes([central.api], central)


@pytest.mark.postgres
def test_concurrent_pushes_get_a_gap_free_sequence_on_postgresql(central_pg: RunningCentral) -> None:
    concurrent_pushes([central_pg.api], central_pg)


@pytest.mark.postgres
@pytest.mark.slow
def test_two_server_processes_on_one_postgresql_keep_one_gap_free_sequence(central_pg: RunningCentral) -> None:
    """Each process keeps its own fold; under the hall's row lock it first folds what the other appended."""
    other = serve_subprocess(central_pg.db_url)
    try:
        concurrent_pushes([central_pg.api, other.api], central_pg, threads=4)
        # Both processes judge a conflicting pair the same way: the second call of one ticket loses.
        wc = [central_pg.client(central_pg.enroll("window", f"window-{n}")) for n in (1, 2)]
        t = stored(central_pg)[0][1]
        ticket_id = next(e for s, e in pull_all(wc[0]) if e["id"] == t)["payload"]["ticket_id"]
        for n, client in ((1, wc[0]), (2, wc[1])):
            assert (
                push(client, [event(EventType.WINDOW_OPENED, {"window": n, "staff": f"S00{n}"}, f"window-{n}")]).json()[
                    "results"
                ][0]["status"]
                == "accepted"
            )
        first = push(
            wc[0], [event(EventType.TICKET_CALLED, {"ticket_id": ticket_id, "window": 1, "staff": "S001"}, "window-1")]
        ).json()
        with httpx.Client(base_url=other.api, headers={"Authorization": wc[1].headers["Authorization"]}) as via_other:
            second = push(
                via_other,
                [event(EventType.TICKET_CALLED, {"ticket_id": ticket_id, "window": 2, "staff": "S002"}, "window-2")],
            ).json()
        assert first["results"][0]["status"] == "accepted"
        assert second["results"][0]["code"] in ("ticket_taken", "category_not_served")
        assert [s for s, _ in stored(central_pg)] == list(range(1, len(stored(central_pg)) + 1))
    finally:
        other.stop()


# --- the stream -------------------------------------------------------------------------------------------


def _read_heads(lines: Iterator[str], count: int) -> list[int]:
    heads: list[int] = []
    name = ""
    for line in lines:
        if line.startswith("event:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("data:") and name in ("head", "events"):
            heads.append(json.loads(line.split(":", 1)[1])["head"])
            if len(heads) == count:
                return heads
    return heads


def _stream_announces(stream_api: str, push_api: str, central: RunningCentral) -> None:
    board = central.enroll("board")
    kiosk_device = central.enroll("kiosk", "kiosk-1")
    with (
        httpx.Client(base_url=push_api, headers=kiosk_device.headers, timeout=30) as pusher,
        httpx.Client(base_url=stream_api, headers=board.headers, timeout=30) as listener,
        listener.stream("GET", "/sync/stream") as response,
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = response.iter_lines()
        assert _read_heads(lines, 1) == [0]
        push(pusher, [ticket("kiosk-1", 1)])
        assert _read_heads(lines, 1) == [1]
        push(pusher, [ticket("kiosk-1", 2), ticket("kiosk-1", 3)])
        assert _read_heads(lines, 1) == [3]


def test_the_stream_announces_each_new_head(central: RunningCentral) -> None:
    _stream_announces(central.api, central.api, central)


def _read_messages(lines: Iterator[str], count: int) -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    messages: list[tuple[str, dict]] = []  # type: ignore[type-arg]
    name = ""
    for line in lines:
        if line.startswith("event:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("data:") and name:
            messages.append((name, json.loads(line.split(":", 1)[1])))
            if len(messages) == count:
                return messages
    return messages


def _stream_carries(central: RunningCentral, stream_api: str, push_apis: list[str]) -> None:
    """Batches pushed through each of ``push_apis`` in turn reach a stream opened on ``stream_api`` as
    ``events`` messages holding exactly what a pull returns."""
    board = central.enroll("board")
    kiosk_device = central.enroll("kiosk", "kiosk-1")
    batches = [[1], [2, 3], [4], [5, 6, 7]]
    with (
        httpx.Client(base_url=stream_api, headers=board.headers, timeout=30) as listener,
        listener.stream("GET", "/sync/stream") as response,
    ):
        lines = response.iter_lines()
        assert _read_messages(lines, 1) == [("head", {"head": 0})]
        for n, numbers in enumerate(batches):
            with httpx.Client(base_url=push_apis[n % len(push_apis)], headers=kiosk_device.headers) as pusher:
                push(pusher, [ticket("kiosk-1", i) for i in numbers])
        carried: list[tuple[int, dict]] = []  # type: ignore[type-arg]
        while len(carried) < 7:
            [(name, data)] = _read_messages(lines, 1)
            assert name == "events" and data["head"] == data["events"][-1]["seq"], (name, data)
            carried += [(e["seq"], e["event"]) for e in data["events"]]
        with httpx.Client(base_url=central.api, headers=board.headers) as puller:
            assert carried == pull_all(puller)


def test_the_stream_carries_the_new_events_exactly_as_a_pull_returns_them(central: RunningCentral) -> None:
    """A device that follows the stream needs no pull: the message holds what the pull would have."""
    _stream_carries(central, central.api, [central.api])


def test_a_push_naming_the_device_s_cursor_brings_back_the_hall_s_events_after_it(any_central: RunningCentral) -> None:
    """Exactly what a pull from that cursor returns, the pushed events among them; nothing when not asked,
    when the device is at the head, or when it is too far behind (it pulls then)."""
    central = any_central
    kc = central.client(central.enroll("kiosk", "kiosk-1"))
    push(kc, [ticket("kiosk-1", n) for n in (1, 2, 3)])
    answer = kc.post("/sync/push", json={**body([ticket("kiosk-1", 4)]), "after": 1}).json()
    assert answer["head"] == 4
    assert [(e["seq"], e["event"]) for e in answer["events"]] == pull_all(kc, after=1)
    assert "events" not in push(kc, [ticket("kiosk-1", 5)]).json()
    assert "events" not in kc.post("/sync/push", json={**body([ticket("kiosk-1", 6)]), "after": 6}).json()
    push(kc, [ticket("kiosk-1", n) for n in range(7, 220)])
    far = kc.post("/sync/push", json={**body([ticket("kiosk-1", 220)]), "after": 1}).json()
    assert far["head"] == 220 and "events" not in far
    refused = kc.post("/sync/push", json={**body([ticket("kiosk-1", 221)]), "after": -1})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "after"
    assert stored(central)[-1][0] == 220, "a refused request changes nothing"


def test_the_stream_sends_a_heartbeat_comment(tmp_path: Path) -> None:
    from central.settings import CentralSettings

    with start_central(tmp_path=tmp_path, settings=CentralSettings(heartbeat_seconds=0.05)) as central:
        board = central.client(central.enroll("board"))
        with board.stream("GET", "/sync/stream") as response:
            lines = response.iter_lines()
            assert ": ping" in (next(lines) for _ in range(10))


@pytest.mark.postgres
@pytest.mark.slow
def test_the_stream_carries_events_pushed_to_another_server_process(central_pg: RunningCentral) -> None:
    """The other process's NOTIFY moves this one's head; having a stream of the hall open, it reads the new
    events once and the stream carries them, so the devices need not pull (pushes alternate between both)."""
    other = serve_subprocess(central_pg.db_url)
    try:
        _stream_carries(central_pg, central_pg.api, [other.api, central_pg.api])
    finally:
        other.stop()


# --- PostgreSQL round trip, in-process app, central events ----------------------------------------------


@pytest.mark.postgres
def test_push_pull_and_refusals_work_the_same_on_postgresql(central_pg: RunningCentral) -> None:
    kc = central_pg.client(central_pg.enroll("kiosk", "kiosk-1"))
    batch = [ticket("kiosk-1", n) for n in range(1, 6)]
    assert [r["seq"] for r in push(kc, batch).json()["results"]] == [1, 2, 3, 4, 5]
    assert [r["status"] for r in push(kc, batch[2:]).json()["results"]] == ["duplicate"] * 3
    wc = central_pg.client(central_pg.enroll("window", "window-1"))
    refused = push(
        wc, [event(EventType.TICKET_CALLED, {"ticket_id": "no-such-ticket", "window": 1, "staff": "S001"}, "window-1")]
    ).json()
    assert refused["results"][0]["code"] == "unknown_ticket"
    assert [s for s, _ in pull_all(wc, limit=2)] == [1, 2, 3, 4, 5]
    assert wc.get("/state", params={"day": "2026-11-30"}).json()["waiting"]["A"]["count"] == 5


def test_the_app_answers_in_process_through_asgi_transport(tmp_path: Path) -> None:
    import asyncio

    central = asgi_app(f"sqlite:///{tmp_path / 'c.db'}")
    device = central.enroll("kiosk", "kiosk-1")

    async def run() -> None:
        async with central.async_client(device) as client:
            answer = await client.post("/sync/push", json=body([ticket("kiosk-1", 1)]))
            assert answer.json()["results"][0]["seq"] == 1
            pulled = (await client.get("/sync/pull")).json()
            assert pulled["head"] == 1 and pulled["events"][0]["seq"] == 1

    asyncio.run(run())
    central.close()


def test_the_central_store_writes_its_own_events_through_the_same_rules(central: RunningCentral) -> None:
    """Default ratings (issue 7) are events of kind central, admitted like any other."""
    kc = central.client(central.enroll("kiosk", "kiosk-1"))
    wc = central.client(central.enroll("window", "window-1"))
    t = ticket("kiosk-1", 1)
    tid = t.payload.ticket_id  # type: ignore[union-attr]
    push(kc, [t])
    push(
        wc,
        [
            event(EventType.WINDOW_OPENED, {"window": 1, "staff": "S001"}, "window-1"),
            event(EventType.TICKET_CALLED, {"ticket_id": tid, "window": 1, "staff": "S001"}, "window-1"),
            event(
                EventType.SERVICE_STARTED,
                {"ticket_id": tid, "visit_id": "visit-0001", "window": 1, "staff": "S001"},
                "window-1",
            ),
            event(
                EventType.SERVICE_FINISHED, {"visit_id": "visit-0001", "window": 1, "outcome": "consulted"}, "window-1"
            ),
        ],
    )
    verdict = central.store.record_central(
        "test-hall",
        EventType.RATING_DEFAULTED,
        {"rating_id": "rating-default-1", "visit_id": "visit-0001", "level": "satisfied", "after_days": 7},
    )
    assert verdict.status == "accepted" and verdict.seq == 6
    refused = central.store.record_central(
        "test-hall",
        EventType.TICKET_ISSUED,
        {"ticket_id": "ticket-central", "number": "A999", "category": "A", "day": "2026-11-30"},
    )
    assert refused.status == "rejected" and refused.code == "not_allowed"
    with central.engine.connect() as conn:
        assert conn.execute(select(rm_ratings.c.defaulted)).scalar_one() is True


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_failed_transaction_leaves_nothing_half_applied(  # type: ignore[no-untyped-def]
    backend: str, request: pytest.FixtureRequest, monkeypatch
) -> None:
    """If writing a batch fails midway, neither the tables nor the server's fold keep any of it."""
    from central import read_models

    central: RunningCentral = request.getfixturevalue("central" if backend == "sqlite" else "central_pg")
    kc = central.client(central.enroll("kiosk", "kiosk-1"))
    push(kc, [ticket("kiosk-1", 1)])

    def broken(*args, **kw):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(read_models, "write", broken)
    batch = [ticket("kiosk-1", 2), ticket("kiosk-1", 3)]
    answer = push(kc, batch)
    assert answer.status_code == 500 and answer.json()["error"]["code"] == "internal_error"
    assert len(stored(central)) == 1
    monkeypatch.undo()
    again = push(kc, batch).json()
    assert [r["seq"] for r in again["results"]] == [2, 3]


def test_the_fold_the_server_keeps_matches_a_fresh_fold_of_its_log(central: RunningCentral) -> None:
    """What the server judged against is exactly the fold of what it stored, refusals left out."""
    from common.projection.fold import fold

    kc = central.client(central.enroll("kiosk", "kiosk-1"))
    wc = central.client(central.enroll("window", "window-1"))
    push(kc, [ticket("kiosk-1", n) for n in range(1, 4)])
    push(
        wc, [event(EventType.TICKET_CALLED, {"ticket_id": "no-such-ticket", "window": 1, "staff": "S001"}, "window-1")]
    )
    push(wc, [event(EventType.WINDOW_OPENED, {"window": 1, "staff": "S001"}, "window-1")])
    log = [parse_event(e) for _, e in pull_all(wc)]
    kept = central.store.with_state("test-hall", lambda state, _bundle, _seq: state.clone())
    assert kept == fold(log)

"""Who may write what: every enrolled kind against every event type, another hall, another device's name.

A refusal for rights is ``not_allowed`` / ``wrong_hall`` / ``wrong_device``; anything a kind may write gets
past those checks (the fold may still refuse it for its own reasons, e.g. an unknown ticket), and, in a hall
whose state allows it (a ticket to call, an open window, a finished visit to rate...), is accepted.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from central.halls import store_hall
from central.tables import events, rejected_events
from common.events import Event, EventType
from common.hall_bundle import HallBundle
from common.ids import new_id
from common.projection.admission import DeviceKind
from tests.support.central_server import EnrolledDevice, RunningCentral
from tests.support.clock import START
from tests.support.event_factory import body, event, example_payload, ticket
from tests.support.halls import small_hall

RIGHTS = {"not_allowed", "wrong_hall", "wrong_device"}
KINDS = (DeviceKind.KIOSK, DeviceKind.WINDOW, DeviceKind.BOARD)

T = EventType
EXPECTED_WRITERS: dict[EventType, set[DeviceKind]] = {
    # What the citizen does at the kiosk: take a number, book and check in, rate a case (一事一评), ask
    # for help, report 办不成事, and self-service cases accepted and completed at the kiosk.
    T.TICKET_ISSUED: {DeviceKind.KIOSK},
    T.APPOINTMENT_BOOKED: {DeviceKind.KIOSK},
    T.APPOINTMENT_CHECKED_IN: {DeviceKind.KIOSK},
    T.APPOINTMENT_CANCELLED: {DeviceKind.KIOSK},
    T.HELP_REQUESTED: {DeviceKind.KIOSK},
    T.FEEDBACK_SUBMITTED: {DeviceKind.KIOSK},
    # What the clerk does at the window, and the visit's rating on its pad (一次一评).
    T.TICKET_CALLED: {DeviceKind.WINDOW},
    T.TICKET_RECALLED: {DeviceKind.WINDOW},
    T.TICKET_NO_SHOW: {DeviceKind.WINDOW},
    T.TICKET_REQUEUED: {DeviceKind.WINDOW},
    T.TICKET_TRANSFERRED: {DeviceKind.WINDOW},
    T.SERVICE_STARTED: {DeviceKind.WINDOW},
    T.SERVICE_FINISHED: {DeviceKind.WINDOW},
    T.WINDOW_OPENED: {DeviceKind.WINDOW},
    T.WINDOW_PAUSED: {DeviceKind.WINDOW},
    T.WINDOW_RESUMED: {DeviceKind.WINDOW},
    T.WINDOW_HANDOVER: {DeviceKind.WINDOW},
    T.WINDOW_CLOSED: {DeviceKind.WINDOW},
    T.STAFF_SIGNIN_FAILED: {DeviceKind.WINDOW},
    T.CASE_PROGRESSED: {DeviceKind.WINDOW},
    T.RATING_SKIPPED: {DeviceKind.WINDOW},
    T.HELP_TAKEN: {DeviceKind.WINDOW},
    T.HELP_RESOLVED: {DeviceKind.WINDOW},
    # Both: cases (at the window, or self-service at the kiosk); ratings (each its own target, below).
    T.CASE_ACCEPTED: {DeviceKind.KIOSK, DeviceKind.WINDOW},
    T.CASE_COMPLETED: {DeviceKind.KIOSK, DeviceKind.WINDOW},
    T.RATING_SUBMITTED: {DeviceKind.KIOSK, DeviceKind.WINDOW},
    # Only the central store itself (default ratings after the hall's deadline); a board writes nothing.
    T.RATING_DEFAULTED: set(),
}
"""Written out here, not read from the server's table, so a change to who may write what fails this test."""


def test_the_expected_table_names_every_event_type() -> None:
    assert set(EXPECTED_WRITERS) == set(EventType)


@pytest.fixture(scope="module")
def trust_hall(any_central_per_module: RunningCentral) -> RunningCentral:
    """The central store on SQLite, then on PostgreSQL, with the test hall and another one."""
    server = any_central_per_module
    other = small_hall().config.model_copy(update={"id": "other-hall"})
    store_hall(server.engine, HallBundle(other, small_hall().roster, small_hall().catalogue, "other"), None)
    return server


@pytest.fixture(scope="module")
def one_of_each(trust_hall: RunningCentral) -> dict[DeviceKind, EnrolledDevice]:
    """One enrolled device per kind for the matrices (a hall takes at most 99 devices)."""
    return {kind: trust_hall.enroll(kind) for kind in KINDS}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("event_type", list(EventType))
def test_each_kind_writes_only_its_own_event_types(
    trust_hall: RunningCentral, one_of_each: dict[DeviceKind, EnrolledDevice], kind: DeviceKind, event_type: EventType
) -> None:
    device = one_of_each[kind]
    client = trust_hall.client(device)
    e = event(event_type, example_payload(event_type, str(kind)), device.device_id)
    result = client.post("/sync/push", json=body([e])).json()["results"][0]
    if kind in EXPECTED_WRITERS[event_type]:
        assert result["code"] not in RIGHTS, result
    else:
        assert result["status"] == "rejected" and result["code"] == "not_allowed", result
        assert result["field"] == "type"


@pytest.mark.parametrize("kind", [DeviceKind.KIOSK, DeviceKind.WINDOW])
def test_ratings_are_taken_where_they_belong(trust_hall: RunningCentral, kind: DeviceKind) -> None:
    """A kiosk takes case ratings (一事一评), a window's pad visit ratings (一次一评), not the other way."""
    device = trust_hall.enroll(kind)
    wrong = "visit" if kind == DeviceKind.KIOSK else "case"
    payload = example_payload(EventType.RATING_SUBMITTED, str(kind)) | {"target": wrong}
    result = (
        trust_hall.client(device)
        .post("/sync/push", json=body([event(EventType.RATING_SUBMITTED, payload, device.device_id)]))
        .json()["results"][0]
    )
    assert (result["status"], result["code"], result["field"]) == ("rejected", "not_allowed", "target")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("event_type", list(EventType))
def test_nobody_writes_any_event_type_for_another_hall(
    trust_hall: RunningCentral, one_of_each: dict[DeviceKind, EnrolledDevice], kind: DeviceKind, event_type: EventType
) -> None:
    """A device's token is for its own hall: whatever it writes into another hall is refused (and kept, with
    the reason, under its own hall), even the event types it may write at home."""
    device = trust_hall.enroll(kind)
    e = event(event_type, example_payload(event_type, str(kind)), device.device_id, hall_id="other-hall")
    result = trust_hall.client(device).post("/sync/push", json=body([e])).json()["results"][0]
    assert (result["status"], result["code"], result["field"]) == ("rejected", "wrong_hall", "hall_id")
    with trust_hall.engine.connect() as conn:
        assert conn.execute(select(events.c.id).where(events.c.id == str(e.id))).first() is None
        assert conn.execute(
            select(rejected_events.c.hall_id).where(rejected_events.c.id == str(e.id))
        ).scalar_one() == ("test-hall")


def test_a_device_cannot_sign_events_as_another_device(trust_hall: RunningCentral) -> None:
    mine = trust_hall.enroll(DeviceKind.KIOSK)
    theirs = trust_hall.enroll(DeviceKind.KIOSK)
    forged = ticket(theirs.device_id, 1)  # made and signed (hlc) as the other kiosk
    result = trust_hall.client(mine).post("/sync/push", json=body([forged])).json()["results"][0]
    assert (result["status"], result["code"], result["field"]) == ("rejected", "wrong_device", "device_id")
    # An hlc signed by someone else than the event's device does not even parse.
    mixed = event(EventType.TICKET_ISSUED, example_payload(EventType.TICKET_ISSUED, "kiosk"), mine.device_id)
    data = body([mixed])
    data["events"][0]["hlc"] = data["events"][0]["hlc"].rsplit("-", 2)[0] + f"-0000-{theirs.device_id}"
    answer = trust_hall.client(mine).post("/sync/push", json=data)
    assert answer.status_code == 422 and answer.json()["error"]["field"] == "events.0.hlc"


def test_a_device_reads_only_its_own_hall(trust_hall: RunningCentral) -> None:
    here = trust_hall.enroll(DeviceKind.KIOSK)
    there = trust_hall.enroll(DeviceKind.KIOSK, hall_id="other-hall")
    assert there.slot == 1
    trust_hall.client(there).post("/sync/push", json=body([ticket(there.device_id, 1, hall_id="other-hall")]))
    own = trust_hall.client(there).get("/sync/pull").json()
    assert [e["event"]["hall_id"] for e in own["events"]] == ["other-hall"] and own["head"] == 1
    mine = trust_hall.client(here).get("/sync/pull").json()
    assert all(e["event"]["hall_id"] == "test-hall" for e in mine["events"])
    catalogue = trust_hall.client(there).get("/catalogue").json()
    assert catalogue["config"]["id"] == "other-hall"


def test_an_event_id_of_another_hall_is_not_taken_over(trust_hall: RunningCentral) -> None:
    there = trust_hall.enroll(DeviceKind.KIOSK, hall_id="other-hall")
    e = ticket(there.device_id, 5, hall_id="other-hall")
    assert trust_hall.client(there).post("/sync/push", json=body([e])).json()["results"][0]["status"] == "accepted"
    here = trust_hall.enroll(DeviceKind.KIOSK)
    copy = body([e])
    copy["events"][0]["hall_id"] = "test-hall"
    copy["events"][0]["device_id"] = here.device_id
    copy["events"][0]["hlc"] = copy["events"][0]["hlc"].rsplit("-", 2)[0] + f"-0000-{here.device_id}"
    result = trust_hall.client(here).post("/sync/push", json=copy).json()["results"][0]
    assert (result["status"], result["code"]) == ("rejected", "id_taken")


# --- what a kind may write is accepted on a state that allows it ----------------------------------------

HALL_DAY = small_hall().config.hall_day(START)
SLOT = START + timedelta(minutes=30)
"""10:00 on the test Monday in the hall: a bookable morning slot, and START is within its check-in time."""
_halls = itertools.count(1)


class Scene:
    """A fresh hall in the running central store with one kiosk and one window client, and a clock that
    moves a second per event. ``given`` queues an event that sets the scene (pushed, and checked accepted,
    in batches: whenever the writer changes and before the judged event); ``judge`` pushes one event alone
    and returns the central store's verdict on it, with the head after it."""

    def __init__(self, server: RunningCentral) -> None:
        self.hall_id = f"accept-{next(_halls)}"
        base = small_hall()
        config = base.config.model_copy(update={"id": self.hall_id})
        store_hall(server.engine, HallBundle(config, base.roster, base.catalogue, "accept"), None)
        self.kiosk = server.enroll(DeviceKind.KIOSK, hall_id=self.hall_id)
        self.window = server.enroll(DeviceKind.WINDOW, hall_id=self.hall_id)
        self.devices = {DeviceKind.KIOSK: self.kiosk, DeviceKind.WINDOW: self.window}
        self.clients = {kind: server.client(device) for kind, device in self.devices.items()}
        self.now = START
        self.pending: list[Event] = []
        self.pending_by: EnrolledDevice | None = None
        self.accepted = 0

    def _make(self, by: EnrolledDevice, event_type: EventType, payload: dict[str, Any]) -> Event:
        self.now += timedelta(seconds=1)
        return event(event_type, payload, by.device_id, hall_id=self.hall_id, at=self.now)

    def given(self, by: EnrolledDevice, event_type: EventType, payload: dict[str, Any]) -> None:
        if self.pending_by is not None and self.pending_by != by:
            self.flush()
        self.pending.append(self._make(by, event_type, payload))
        self.pending_by = by

    def flush(self) -> None:
        if self.pending_by is None:
            return
        answer = self._push(self.pending_by, self.pending)
        assert [r["status"] for r in answer["results"]] == ["accepted"] * len(self.pending), answer
        self.accepted += len(self.pending)
        self.pending, self.pending_by = [], None

    def judge(self, by: EnrolledDevice, event_type: EventType, payload: dict[str, Any]) -> dict[str, Any]:
        self.flush()
        answer = self._push(by, [self._make(by, event_type, payload)])
        return {**answer["results"][0], "head": answer["head"]}

    def _push(self, by: EnrolledDevice, batch: list[Event]) -> dict[str, Any]:
        response = self.clients[by.kind].post("/sync/push", json=body(batch))
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    # What the scene needs, each step written by the kind that may write it.

    def issued_ticket(self) -> str:
        ticket_id = new_id()
        self.given(
            self.kiosk, T.TICKET_ISSUED, {"ticket_id": ticket_id, "number": "A001", "category": "A", "day": HALL_DAY}
        )
        return ticket_id

    def open_window(self) -> int:
        self.given(self.window, T.WINDOW_OPENED, {"window": 1, "staff": "S001"})
        return 1

    def paused_window(self) -> int:
        window = self.open_window()
        payload = {"window": window, "reason": "临时离开", "expected_return": self.now + timedelta(minutes=10)}
        self.given(self.window, T.WINDOW_PAUSED, payload)
        return window

    def called_ticket(self) -> str:
        ticket_id = self.issued_ticket()
        self.open_window()
        self.given(self.window, T.TICKET_CALLED, {"ticket_id": ticket_id, "window": 1, "staff": "S001"})
        return ticket_id

    def no_show_ticket(self) -> str:
        ticket_id = self.called_ticket()
        self.given(self.window, T.TICKET_NO_SHOW, {"ticket_id": ticket_id, "window": 1})
        return ticket_id

    def visit_in_progress(self) -> str:
        visit_id = new_id()
        ticket_id = self.called_ticket()
        payload = {"ticket_id": ticket_id, "visit_id": visit_id, "window": 1, "staff": "S001"}
        self.given(self.window, T.SERVICE_STARTED, payload)
        return visit_id

    def finished_visit(self) -> str:
        visit_id = self.visit_in_progress()
        self.given(self.window, T.SERVICE_FINISHED, {"visit_id": visit_id, "window": 1, "outcome": "consulted"})
        return visit_id

    def accepted_case(self, by: EnrolledDevice) -> str:
        number = f"CASE-{new_id()[-8:]}"
        payload = {"case_number": number, "items": ["T-001"], "promised_date": HALL_DAY + timedelta(days=3)}
        self.given(by, T.CASE_ACCEPTED, payload)
        return number

    def completed_case(self) -> str:
        number = self.accepted_case(self.window)
        self.given(self.window, T.CASE_COMPLETED, {"case_number": number})
        return number

    def booking(self) -> str:
        code = "BOOK2345"
        payload = {"code": code, "category": "A", "slot_start": SLOT, "slot_end": SLOT + timedelta(minutes=30)}
        self.given(self.kiosk, T.APPOINTMENT_BOOKED, payload)
        return code

    def help_request(self) -> str:
        request_id = new_id()
        self.given(self.kiosk, T.HELP_REQUESTED, {"request_id": request_id})
        return request_id

    def taken_help_request(self) -> str:
        request_id = self.help_request()
        self.given(self.window, T.HELP_TAKEN, {"request_id": request_id, "window": 1, "staff": "S001"})
        return request_id


Recipe = Callable[[Scene, EnrolledDevice], dict[str, Any]]
"""Sets the scene in a fresh hall for the given writer, and returns the payload of an event it may then write."""


def _rated(s: Scene, by: EnrolledDevice) -> dict[str, Any]:
    """一事一评 at the kiosk rates a completed case; 一次一评 on the window's pad rates a finished visit."""
    target, target_id = ("case", s.completed_case()) if by.kind == DeviceKind.KIOSK else ("visit", s.finished_visit())
    return {"rating_id": new_id(), "target": target, "target_id": target_id, "level": "satisfied"}


# fmt: off
VALID_WHEN_PREPARED: dict[EventType, Recipe] = {
    # The kiosk's
    T.TICKET_ISSUED: lambda s, by: {"ticket_id": new_id(), "number": "A001", "category": "A", "day": HALL_DAY},
    T.APPOINTMENT_BOOKED: lambda s, by: {
        "code": "BOOK2345", "category": "A", "slot_start": SLOT, "slot_end": SLOT + timedelta(minutes=30)},
    T.APPOINTMENT_CHECKED_IN: lambda s, by: {
        "code": s.booking(), "on_time": True,
        "ticket": {
            "ticket_id": new_id(), "number": "A002", "category": "A", "day": HALL_DAY, "channel": "appointment"}},
    T.APPOINTMENT_CANCELLED: lambda s, by: {"code": s.booking()},
    T.HELP_REQUESTED: lambda s, by: {"request_id": new_id()},
    T.FEEDBACK_SUBMITTED: lambda s, by: {"feedback_id": new_id(), "text": "无法办理"},
    # The window's
    T.TICKET_CALLED: lambda s, by: {"ticket_id": s.issued_ticket(), "window": s.open_window(), "staff": "S001"},
    T.TICKET_RECALLED: lambda s, by: {"ticket_id": s.called_ticket(), "window": 1},
    T.TICKET_NO_SHOW: lambda s, by: {"ticket_id": s.called_ticket(), "window": 1},
    T.TICKET_REQUEUED: lambda s, by: {"ticket_id": s.no_show_ticket(), "window": 1},
    T.TICKET_TRANSFERRED: lambda s, by: {"ticket_id": s.called_ticket(), "window": 1, "to_category": "B"},
    T.SERVICE_STARTED: lambda s, by: {
        "ticket_id": s.called_ticket(), "visit_id": new_id(), "window": 1, "staff": "S001"},
    T.SERVICE_FINISHED: lambda s, by: {"visit_id": s.visit_in_progress(), "window": 1, "outcome": "consulted"},
    T.WINDOW_OPENED: lambda s, by: {"window": 1, "staff": "S001"},
    T.WINDOW_PAUSED: lambda s, by: {
        "window": s.open_window(), "reason": "临时离开", "expected_return": s.now + timedelta(minutes=10)},
    T.WINDOW_RESUMED: lambda s, by: {"window": s.paused_window()},
    T.WINDOW_HANDOVER: lambda s, by: {"window": s.open_window(), "to_staff": "S002"},
    T.WINDOW_CLOSED: lambda s, by: {"window": s.open_window()},
    T.STAFF_SIGNIN_FAILED: lambda s, by: {"window": 1, "staff": "S001", "attempts": 1},
    T.CASE_PROGRESSED: lambda s, by: {"case_number": s.accepted_case(s.window), "stage": "初审"},
    T.RATING_SKIPPED: lambda s, by: {"visit_id": s.finished_visit(), "window": 1},
    T.HELP_TAKEN: lambda s, by: {"request_id": s.help_request(), "window": 1, "staff": "S001"},
    T.HELP_RESOLVED: lambda s, by: {"request_id": s.taken_help_request(), "window": 1},
    # Both's: a case accepted at the window or self-service at the kiosk, completed where it was accepted
    T.CASE_ACCEPTED: lambda s, by: {
        "case_number": "CASE-0001", "items": ["T-001"], "promised_date": HALL_DAY + timedelta(days=3)},
    T.CASE_COMPLETED: lambda s, by: {"case_number": s.accepted_case(by)},
    T.RATING_SUBMITTED: _rated,
}
# fmt: on


ALLOWED = [(event_type, kind) for event_type, kinds in EXPECTED_WRITERS.items() for kind in sorted(kinds)]


def test_every_event_type_a_device_may_write_has_a_valid_example() -> None:
    """A new event type given to a kind cannot be left out of the acceptance matrix below."""
    assert set(VALID_WHEN_PREPARED) == {event_type for event_type, kinds in EXPECTED_WRITERS.items() if kinds}


@pytest.mark.parametrize(("event_type", "kind"), ALLOWED)
def test_each_kind_gets_its_event_types_accepted_when_the_state_allows_them(
    trust_hall: RunningCentral, event_type: EventType, kind: DeviceKind
) -> None:
    scene = Scene(trust_hall)
    writer = scene.devices[kind]
    payload = VALID_WHEN_PREPARED[event_type](scene, writer)
    verdict = scene.judge(writer, event_type, payload)
    assert verdict["status"] == "accepted", verdict
    # Appended right after the scene, in a hall of its own: the next seq and the new head.
    assert verdict["seq"] == verdict["head"] == scene.accepted + 1

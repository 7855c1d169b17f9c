"""Who may write what: every enrolled kind against every event type, another hall, another device's name.

A refusal for rights is ``not_allowed`` / ``wrong_hall`` / ``wrong_device``; anything a kind may write gets
past those checks (the fold may still refuse it for its own reasons, e.g. an unknown ticket).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from central.halls import store_hall
from central.tables import events, rejected_events
from common.events import EventType
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from tests.support.central_server import EnrolledDevice, RunningCentral, start_central
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
def trust_hall(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningCentral]:
    server = start_central(tmp_path=tmp_path_factory.mktemp("trust"))
    other = small_hall().config.model_copy(update={"id": "other-hall"})

    store_hall(server.engine, HallBundle(other, small_hall().roster, small_hall().catalogue, "other"), None)
    yield server
    server.stop()


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

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
from common.projection.admission import WRITABLE, DeviceKind
from tests.support.central_server import RunningCentral, start_central
from tests.support.event_factory import body, event, example_payload, ticket
from tests.support.halls import small_hall

RIGHTS = {"not_allowed", "wrong_hall", "wrong_device"}
KINDS = (DeviceKind.KIOSK, DeviceKind.WINDOW, DeviceKind.BOARD)


@pytest.fixture(scope="module")
def trust_hall(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningCentral]:
    server = start_central(tmp_path=tmp_path_factory.mktemp("trust"))
    other = small_hall().config.model_copy(update={"id": "other-hall"})

    store_hall(server.engine, HallBundle(other, small_hall().roster, small_hall().catalogue, "other"), None)
    yield server
    server.stop()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("event_type", list(EventType))
def test_each_kind_writes_only_its_own_event_types(
    trust_hall: RunningCentral, kind: DeviceKind, event_type: EventType
) -> None:
    device = trust_hall.enroll(kind)
    client = trust_hall.client(device)
    e = event(event_type, example_payload(event_type, str(kind)), device.device_id)
    result = client.post("/sync/push", json=body([e])).json()["results"][0]
    if event_type in WRITABLE[kind]:
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
def test_nobody_writes_for_another_hall(trust_hall: RunningCentral, kind: DeviceKind) -> None:
    device = trust_hall.enroll(kind)
    allowed = sorted(WRITABLE[kind]) or [EventType.TICKET_ISSUED]
    e = event(allowed[0], example_payload(allowed[0], str(kind)), device.device_id, hall_id="other-hall")
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

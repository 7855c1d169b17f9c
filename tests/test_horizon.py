"""The state forgets what no later event can refer to, so a device that runs for months stays small,
and forgets it the same way on every replica."""

from __future__ import annotations

from collections.abc import Callable

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import Outcome
from common.projection.admission import DeviceKind
from common.projection.fold import fold
from common.projection.horizon import UNRATED_VISIT_DAYS
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel
from tests.support.clock import FakeWall
from tests.support.relay import Relay


def _serve_one(k: Device, w: Device, relay: Relay, rate: bool) -> str:
    kiosk.issue_ticket(k, "A")
    relay.sync(k)
    relay.sync(w)
    win.call_next(w, 1)
    visit = win.start_service(w, 1)
    win.finish(w, 1, Outcome.CONSULTED)
    if rate:
        win.rate_visit(w, visit.id, RatingLevel.SATISFIED)
    relay.sync(w)
    relay.sync(k)
    return visit.id


def test_old_days_are_forgotten_and_unrated_visits_wait_for_their_default(
    device_factory: Callable[..., Device], bundle, wall: FakeWall
) -> None:  # type: ignore[no-untyped-def]
    relay = Relay(bundle)
    k = device_factory(DeviceKind.KIOSK, "kiosk-1")
    w = device_factory(DeviceKind.WINDOW, "window-1")
    win.open_window(w, 1, "S001")
    rated = _serve_one(k, w, relay, rate=True)
    unrated = _serve_one(k, w, relay, rate=False)
    first_day_tickets = set(w.state.tickets)
    for _ in range(3):
        wall.advance(days=1)
        _serve_one(k, w, relay, rate=True)
    state = w.state
    assert not first_day_tickets & set(state.tickets), "tickets of three days ago are still held"
    assert rated not in state.visits and unrated in state.visits
    assert len(state.tickets) <= 2 and all(
        d >= state.day.replace(day=state.day.day - 1)  # type: ignore[union-attr]
        for d in state.applied.values()
    )
    # The same log folded in one go forgets the same things.
    assert fold(e for _s, e in relay.log) == relay.sequencer.state == w.replica.confirmed
    wall.advance(days=UNRATED_VISIT_DAYS + 1)
    _serve_one(k, w, relay, rate=True)
    assert unrated not in w.state.visits
    try:
        win.rate_visit(w, unrated, RatingLevel.SATISFIED)
    except RuleViolation as e:
        assert e.code == "unknown_visit"
    else:
        raise AssertionError("a visit forgotten long ago was rated")


def test_an_event_older_than_the_fold_remembers_is_still_a_duplicate_on_the_central_store(central, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A kiosk that comes back after days and sends an old event again must not get it stored twice."""
    import httpx

    from common.device import Identity
    from common.events import event_dict

    wall = FakeWall()
    enrolled = central.enroll("kiosk")
    identity = Identity(enrolled.device_id, enrolled.hall_id, DeviceKind.KIOSK, enrolled.slot, enrolled.token)
    k = Device.create(tmp_path / "k.db", identity, central.hall, wall=wall)
    old = kiosk.issue_ticket(k, "A")
    old_event = k.store.pending()[0]
    with httpx.Client(base_url=central.api, headers=enrolled.headers) as client:
        first = client.post("/sync/push", json={"events": [event_dict(old_event)]}).json()["results"][0]
        assert first["status"] == "accepted"
        wall.advance(days=5)
        kiosk.issue_ticket(k, "A")
        newer = k.store.pending()[-1]
        assert (
            client.post("/sync/push", json={"events": [event_dict(newer)]}).json()["results"][0]["status"] == "accepted"
        )
        again = client.post("/sync/push", json={"events": [event_dict(old_event)]}).json()["results"][0]
    assert again["status"] == "duplicate" and again["seq"] == first["seq"]
    assert old.ticket_id
    k.store.close()

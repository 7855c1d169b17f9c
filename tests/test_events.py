"""Event schemas: a malformed event is refused with the field and the reason, and writes nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from common.events import EventError, EventType, event_json, make_event, parse_event
from common.hlc import HybridClock, Timestamp
from common.ids import is_uuid7, uuid7

NOW = datetime(2026, 11, 30, 1, 30, tzinfo=UTC)


def _event(event_type: EventType, payload: dict[str, object], **envelope: object):  # type: ignore[no-untyped-def]
    clock = HybridClock("kiosk-1")
    fields: dict[str, object] = {
        "event_id": uuid7(),
        "device_id": "kiosk-1",
        "hall_id": "test-hall",
        "hlc": str(clock.now()),
        "created_at": NOW,
    } | envelope
    return make_event(event_type, payload, **fields)  # type: ignore[arg-type]


TICKET = {"ticket_id": "t-0000000001", "number": "A001", "category": "A", "day": date(2026, 11, 30)}


def test_an_event_survives_its_json_unchanged() -> None:
    """What the device stores is what the central store receives and what every replica folds."""
    event = _event(EventType.TICKET_ISSUED, TICKET)
    assert parse_event(event_json(event)) == event


@pytest.mark.parametrize(
    ("event_type", "payload", "field", "reason"),
    [
        (EventType.TICKET_ISSUED, TICKET | {"number": "B001"}, "payload.number", "category letter"),
        (EventType.TICKET_ISSUED, TICKET | {"number": "A1"}, "payload.number", "pattern"),
        (EventType.TICKET_ISSUED, TICKET | {"colour": "red"}, "payload.colour", "Extra inputs"),
        (
            EventType.TICKET_CALLED,
            {"ticket_id": "t-0000000001", "window": 0, "staff": "S001"},
            "payload.window",
            "greater than or equal to 1",
        ),
        (
            EventType.TICKET_TRANSFERRED,
            {"ticket_id": "t-0000000001", "window": 1, "to_category": "B", "to_window": 2},
            "payload.to_category",
            "either",
        ),
        (
            EventType.RATING_SUBMITTED,
            {"rating_id": "r-0000000001", "target": "visit", "target_id": "v-0000001", "level": "dissatisfied"},
            "payload.reasons",
            "at least one reason",
        ),
        (
            EventType.RATING_SUBMITTED,
            {"rating_id": "r-0000000001", "target": "visit", "target_id": "v-0000001", "level": "so-so"},
            "payload.level",
            "Input should be",
        ),
        (
            EventType.SERVICE_FINISHED,
            {
                "visit_id": "v-0000000001",
                "window": 1,
                "outcome": "promised",
                "case_number": "CASE-000001",
                "items": ["T-001"],
            },
            "payload.promised_date",
            "promised_date",
        ),
        (
            EventType.WINDOW_PAUSED,
            {"window": 1, "reason": "会议", "expected_return": "2026-11-30T10:00:00"},
            "payload.expected_return",
            "timezone",
        ),
    ],
)
def test_a_malformed_payload_names_the_field_and_the_reason(event_type, payload, field, reason) -> None:  # type: ignore[no-untyped-def]
    """A clerk or a developer must see what to fix, not a stack trace."""
    with pytest.raises(EventError) as e:
        _event(event_type, payload)
    assert e.value.field == field
    assert reason in e.value.reason


def test_an_unknown_event_type_is_named() -> None:
    with pytest.raises(EventError) as e:
        parse_event({"type": "ticket.eaten"})
    assert e.value.field == "type" and "ticket.eaten" in e.value.reason


def test_event_ids_must_be_uuid7_made_on_the_device() -> None:
    """Time-ordered ids keep the log sortable and show when an event was made."""
    with pytest.raises(EventError) as e:
        _event(EventType.TICKET_ISSUED, TICKET, event_id=uuid.uuid4())
    assert e.value.field == "id"


def test_the_hlc_must_belong_to_the_device() -> None:
    """A device cannot stamp events with another device's clock."""
    with pytest.raises(EventError) as e:
        _event(EventType.TICKET_ISSUED, TICKET, hlc="1795927248376-0000-kiosk-9")
    assert e.value.field == "hlc"


def test_created_at_must_carry_a_time_zone() -> None:
    """Halls span time zones only in theory, but naive times are always a bug waiting for midnight."""
    with pytest.raises(EventError) as e:
        _event(EventType.TICKET_ISSUED, TICKET, created_at=datetime(2026, 11, 30, 9, 30))
    assert e.value.field == "created_at"


def test_uuid7_is_time_ordered_and_versioned() -> None:
    first, second = uuid7(1_000), uuid7(2_000)
    assert is_uuid7(first) and first < second


def test_the_hybrid_clock_never_goes_back_and_moves_past_what_it_observes() -> None:
    """Events made after seeing another device's event must sort after it, whatever the wall clocks say."""
    wall = [1_000]
    clock = HybridClock("kiosk-1", wall=lambda: wall[0])
    a = clock.now()
    wall[0] = 500  # the wall clock jumps back
    b = clock.now()
    assert b > a
    clock.observe(Timestamp(5_000, 3, "window-1"))
    c = clock.now()
    assert (c.physical_ms, c.counter) == (5_000, 4)
    assert str(c) > "0000000005000-0003-window-1"


def test_the_clock_offset_corrects_a_wrong_wall_clock() -> None:
    """A kiosk an hour fast, told the server's time, stamps its tickets with the right time."""
    clock = HybridClock("kiosk-1", wall=lambda: 10_000 + 3_600_000, offset_ms=-3_600_000)
    assert clock.now().physical_ms == 10_000

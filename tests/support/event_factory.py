"""Events built directly (not through a device), for tests of the central store: a valid example of every
event type for the small hall, and runs of tickets."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from common.events import Event, EventType, event_dict, make_event
from common.ids import new_id, uuid7
from tests.support.clock import START

_counter = itertools.count()


def event(
    event_type: EventType,
    payload: dict[str, Any],
    device_id: str,
    hall_id: str = "test-hall",
    at: datetime = START,
    signer: str | None = None,
) -> Event:
    """An event made by ``device_id`` (its hlc signed by ``signer``, default the same device)."""
    ms = int(at.timestamp() * 1000)
    return make_event(
        event_type,
        payload,
        event_id=uuid7(ms),
        device_id=device_id,
        hall_id=hall_id,
        hlc=f"{ms:013d}-{next(_counter) % 10000:04d}-{signer or device_id}",
        created_at=at,
    )


def ticket(device_id: str, n: int, category: str = "A", hall_id: str = "test-hall") -> Event:
    """A ticket numbered ``{category}{n:05d}`` issued on the small hall's test day."""
    return event(
        EventType.TICKET_ISSUED,
        {"ticket_id": new_id(), "number": f"{category}{n:05d}", "category": category, "day": START.date()},
        device_id,
        hall_id,
        at=START + timedelta(milliseconds=n),
    )


def body(events: list[Event]) -> dict[str, Any]:
    return {"events": [event_dict(e) for e in events]}


def example_payload(event_type: EventType, kind: str) -> dict[str, Any]:
    """A payload of ``event_type`` that passes its schema (the fold may still refuse it)."""
    later = START + timedelta(minutes=10)
    ticket_id, visit_id = new_id(), new_id()
    examples: dict[EventType, dict[str, Any]] = {
        EventType.TICKET_ISSUED: {"ticket_id": ticket_id, "number": "A001", "category": "A", "day": START.date()},
        EventType.TICKET_CALLED: {"ticket_id": ticket_id, "window": 1, "staff": "S001"},
        EventType.TICKET_RECALLED: {"ticket_id": ticket_id, "window": 1},
        EventType.TICKET_NO_SHOW: {"ticket_id": ticket_id, "window": 1},
        EventType.TICKET_REQUEUED: {"ticket_id": ticket_id, "window": 1},
        EventType.TICKET_TRANSFERRED: {"ticket_id": ticket_id, "window": 1, "to_category": "B"},
        EventType.SERVICE_STARTED: {"ticket_id": ticket_id, "visit_id": visit_id, "window": 1, "staff": "S001"},
        EventType.SERVICE_FINISHED: {"visit_id": visit_id, "window": 1, "outcome": "consulted"},
        EventType.WINDOW_OPENED: {"window": 1, "staff": "S001"},
        EventType.WINDOW_PAUSED: {"window": 1, "reason": "临时离开", "expected_return": later},
        EventType.WINDOW_RESUMED: {"window": 1},
        EventType.WINDOW_HANDOVER: {"window": 1, "to_staff": "S002"},
        EventType.WINDOW_CLOSED: {"window": 1},
        EventType.STAFF_SIGNIN_FAILED: {"window": 1, "staff": "S001", "attempts": 1},
        EventType.CASE_ACCEPTED: {"case_number": "CASE-0001", "items": ["T-001"], "promised_date": START.date()},
        EventType.CASE_PROGRESSED: {"case_number": "CASE-0001", "stage": "初审"},
        EventType.CASE_COMPLETED: {"case_number": "CASE-0001"},
        EventType.RATING_SUBMITTED: {
            "rating_id": new_id(),
            "target": "case" if kind == "kiosk" else "visit",
            "target_id": "CASE-0001" if kind == "kiosk" else visit_id,
            "level": "satisfied",
        },
        EventType.RATING_SKIPPED: {"visit_id": visit_id, "window": 1},
        EventType.RATING_DEFAULTED: {
            "rating_id": new_id(),
            "visit_id": visit_id,
            "level": "satisfied",
            "after_days": 7,
        },
        EventType.APPOINTMENT_BOOKED: {
            "code": "ABC123",
            "category": "A",
            "slot_start": START + timedelta(hours=24),
            "slot_end": START + timedelta(hours=24, minutes=30),
        },
        EventType.APPOINTMENT_CHECKED_IN: {
            "code": "ABC123",
            "ticket": {
                "ticket_id": ticket_id,
                "number": "A002",
                "category": "A",
                "day": START.date(),
                "channel": "appointment",
            },
            "on_time": True,
        },
        EventType.APPOINTMENT_CANCELLED: {"code": "ABC123"},
        EventType.HELP_REQUESTED: {"request_id": new_id()},
        EventType.HELP_TAKEN: {"request_id": new_id(), "window": 1, "staff": "S001"},
        EventType.HELP_RESOLVED: {"request_id": new_id(), "window": 1},
        EventType.FEEDBACK_SUBMITTED: {"feedback_id": new_id(), "text": "无法办理"},
    }
    return examples[event_type]

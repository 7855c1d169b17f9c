"""Whether an event may enter the log at all: who may write it, and the hall's configured rules.

The device checks this before writing an event, and the central store checks it again before it
folds the event, with the same code. Rules that follow from the log alone live in ``fold``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from common.device_kind import DeviceKind as DeviceKind  # noqa: PLC0414 - its old home, where most import it
from common.events import (
    AppointmentBooked,
    AppointmentCheckedIn,
    CaseAccepted,
    Channel,
    Event,
    EventType,
    Payload,
    RatingSubmitted,
    RatingTarget,
    ServiceFinished,
    ServiceStarted,
    TicketCalled,
    TicketIssued,
    TicketRecalled,
    TicketTransferred,
    WindowHandover,
    WindowOpened,
    WindowPaused,
)
from common.hall_bundle import HallBundle
from common.hall_config import Category
from common.projection.state import HallState
from common.projection.violations import RuleViolation

MAX_PAUSE = timedelta(hours=4)
EARLY_CHECK_IN = timedelta(hours=1)


WRITABLE: dict[DeviceKind, frozenset[EventType]] = {
    DeviceKind.KIOSK: frozenset(
        {
            EventType.TICKET_ISSUED,
            EventType.APPOINTMENT_BOOKED,
            EventType.APPOINTMENT_CHECKED_IN,
            EventType.APPOINTMENT_CANCELLED,
            EventType.RATING_SUBMITTED,
            EventType.HELP_REQUESTED,
            EventType.FEEDBACK_SUBMITTED,
            EventType.CASE_ACCEPTED,
            EventType.CASE_COMPLETED,
        }
    ),
    DeviceKind.WINDOW: frozenset(
        {
            EventType.TICKET_CALLED,
            EventType.TICKET_RECALLED,
            EventType.TICKET_NO_SHOW,
            EventType.TICKET_REQUEUED,
            EventType.TICKET_TRANSFERRED,
            EventType.SERVICE_STARTED,
            EventType.SERVICE_FINISHED,
            EventType.WINDOW_OPENED,
            EventType.WINDOW_PAUSED,
            EventType.WINDOW_RESUMED,
            EventType.WINDOW_HANDOVER,
            EventType.WINDOW_CLOSED,
            EventType.STAFF_SIGNIN_FAILED,
            EventType.CASE_ACCEPTED,
            EventType.CASE_PROGRESSED,
            EventType.CASE_COMPLETED,
            EventType.RATING_SUBMITTED,
            EventType.RATING_SKIPPED,
            EventType.HELP_TAKEN,
            EventType.HELP_RESOLVED,
        }
    ),
    DeviceKind.BOARD: frozenset(),
    DeviceKind.CENTRAL: frozenset({EventType.RATING_DEFAULTED, EventType.CASE_PROGRESSED, EventType.CASE_COMPLETED}),
}

RATING_TARGETS: dict[DeviceKind, RatingTarget] = {
    DeviceKind.KIOSK: RatingTarget.CASE,  # 一事一评, by case number
    DeviceKind.WINDOW: RatingTarget.VISIT,  # 一次一评, on the rating pad
}


def check_writer(event: Event, kind: DeviceKind, hall_id: str, device_id: str) -> None:
    """A device writes only for its own hall, under its own id, and only the event types of its kind."""
    if event.hall_id != hall_id:
        raise RuleViolation("wrong_hall", f"this device belongs to hall {hall_id}, not {event.hall_id}", "hall_id")
    if event.device_id != device_id:
        raise RuleViolation("wrong_device", f"this device is {device_id}, not {event.device_id}", "device_id")
    if event.type not in WRITABLE[kind]:
        raise RuleViolation("not_allowed", f"a {kind} may not write {event.type} events", "type")
    if isinstance(event.payload, RatingSubmitted) and event.payload.target != RATING_TARGETS.get(kind):
        raise RuleViolation("not_allowed", f"a {kind} may not take {event.payload.target} ratings", "target")


def check_config(event: Event, state: HallState, bundle: HallBundle) -> None:
    """The hall's configured rules: categories, windows, staff, recall limit, reasons, slots."""
    checker = _CONFIG_CHECKS.get(type(event.payload))
    if checker is not None:
        checker(event, state, bundle)


def _ticket_issued(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = _payload(event, TicketIssued)
    _check_ticket(p, event, bundle)


def _ticket_called(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = _payload(event, TicketCalled)
    config = bundle.config
    _window(bundle, p.window)
    _staff(bundle, p.staff)
    ticket = state.tickets.get(p.ticket_id)
    if ticket is None:
        return
    if ticket.day != config.hall_day(event.created_at):
        raise RuleViolation("old_ticket", f"{ticket.number} was issued for {ticket.day}, not today", "ticket_id")
    if ticket.target_window is None and ticket.category not in config.window(p.window).categories:
        raise RuleViolation(
            "category_not_served", f"window {p.window} does not serve category {ticket.category}", "ticket_id"
        )


def _ticket_recalled(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = _payload(event, TicketRecalled)
    limit = bundle.config.queue.recall_limit
    ticket = state.tickets.get(p.ticket_id)
    if ticket is not None and ticket.calls > limit:
        raise RuleViolation(
            "recall_limit", f"{ticket.number} was recalled {limit} times: mark it no-show (过号)", "ticket_id"
        )


def _ticket_transferred(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = _payload(event, TicketTransferred)
    if p.to_window is not None:
        _window(bundle, p.to_window)
    if p.to_category is not None:
        _category(bundle, p.to_category)


def _window_and_staff(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = event.payload
    assert isinstance(p, ServiceStarted | WindowOpened)
    _window(bundle, p.window)
    _staff(bundle, p.staff)


def _window_handover(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = _payload(event, WindowHandover)
    _window(bundle, p.window)
    _staff(bundle, p.to_staff)


def _window_paused(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = _payload(event, WindowPaused)
    _window(bundle, p.window)
    if p.expected_return - event.created_at > MAX_PAUSE:
        raise RuleViolation(
            "pause_too_long", "a pause longer than 4 hours needs a stand-in (替岗) or closing", "expected_return"
        )


def _items_handled(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = event.payload
    assert isinstance(p, ServiceFinished | CaseAccepted)
    _items(bundle, p.items, p.package)


def _rating_submitted(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = _payload(event, RatingSubmitted)
    allowed = set(bundle.config.rating.bad_reasons)
    for i, reason in enumerate(p.reasons):
        if reason not in allowed:
            raise RuleViolation("unknown_reason", f"{reason!r} is not one of the hall's reasons", f"reasons.{i}")


def _appointment_booked(event: Event, state: HallState, bundle: HallBundle) -> None:
    _check_booking(_payload(event, AppointmentBooked), state, bundle)


def _appointment_checked_in(event: Event, state: HallState, bundle: HallBundle) -> None:
    p = _payload(event, AppointmentCheckedIn)
    _check_ticket(p.ticket, event, bundle)
    appt = state.appointments.get(p.code)
    if appt is None:
        return
    grace = timedelta(minutes=bundle.config.queue.appointment_grace_minutes)
    on_time = appt.slot_start - EARLY_CHECK_IN <= event.created_at <= appt.slot_start + grace
    if on_time != p.on_time:
        raise RuleViolation("wrong_on_time", "the check-in's on-time flag does not match the slot", "on_time")
    if p.ticket.category != appt.category:
        raise RuleViolation(
            "wrong_category", f"appointment {p.code} is for category {appt.category}", "ticket.category"
        )


def _check_ticket(p: TicketIssued, event: Event, bundle: HallBundle) -> None:
    category = _category(bundle, p.category)
    if p.channel == Channel.GREEN and not category.green_channel:
        raise RuleViolation("no_green_channel", f"category {p.category} has no green channel", "channel")
    if p.day != bundle.config.hall_day(event.created_at):
        raise RuleViolation(
            "wrong_day", f"a ticket issued now belongs to {bundle.config.hall_day(event.created_at)}", "day"
        )
    _items(bundle, p.items, p.package)


def _check_booking(p: AppointmentBooked, state: HallState, bundle: HallBundle) -> None:
    config = bundle.config
    _category(bundle, p.category)
    if p.item is not None:
        _items(bundle, [p.item], None)
    local_start = config.local(p.slot_start)
    for slot in config.appointment_slots:
        if (
            p.category in slot.categories
            and slot.applies_to(local_start.date())
            and slot.hours.contains(local_start.time())
        ):
            taken = sum(
                1
                for a in state.appointments.values()
                if a.slot_start == p.slot_start and a.category == p.category and a.status != "cancelled"
            )
            if taken >= slot.capacity:
                raise RuleViolation("slot_full", "this appointment time is fully booked", "slot_start")
            return
    raise RuleViolation(
        "no_such_slot",
        f"the hall takes no appointments for category {p.category} at {local_start:%Y-%m-%d %H:%M}",
        "slot_start",
    )


def _category(bundle: HallBundle, letter: str) -> Category:
    try:
        return bundle.config.category(letter)
    except KeyError:
        raise RuleViolation("unknown_category", f"the hall has no category {letter}", "category") from None


def _window(bundle: HallBundle, number: int) -> None:
    try:
        bundle.config.window(number)
    except KeyError:
        raise RuleViolation("unknown_window", f"the hall has no window {number}", "window") from None


def _staff(bundle: HallBundle, number: str) -> None:
    if bundle.roster.get(number) is None:
        raise RuleViolation("unknown_staff", f"no staff member {number} in the roster", "staff")


def _items(bundle: HallBundle, items: list[str], package: str | None) -> None:
    for i, code in enumerate(items):
        try:
            bundle.catalogue.item(code)
        except KeyError:
            raise RuleViolation("unknown_item", f"no item {code} in the catalogue", f"items.{i}") from None
    if package is not None:
        try:
            bundle.catalogue.package(package)
        except KeyError:
            raise RuleViolation("unknown_package", f"no package {package} in the catalogue", "package") from None


P = TypeVar("P")


def _payload(event: Event, cls: type[P]) -> P:
    payload = event.payload
    assert isinstance(payload, cls)
    return payload


_CONFIG_CHECKS: dict[type[Payload], Callable[[Event, HallState, HallBundle], None]] = {
    TicketIssued: _ticket_issued,
    TicketCalled: _ticket_called,
    TicketRecalled: _ticket_recalled,
    TicketTransferred: _ticket_transferred,
    ServiceStarted: _window_and_staff,
    WindowOpened: _window_and_staff,
    WindowHandover: _window_handover,
    WindowPaused: _window_paused,
    ServiceFinished: _items_handled,
    CaseAccepted: _items_handled,
    RatingSubmitted: _rating_submitted,
    AppointmentBooked: _appointment_booked,
    AppointmentCheckedIn: _appointment_checked_in,
}

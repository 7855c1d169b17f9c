"""What a clerk does at a window, as plain functions over a window client's ``Device``: sign in, open,
call, recall, no-show, requeue, transfer, serve, finish, pause, resume, hand over, close; and the
citizen's rating of the visit. The clerk console's buttons call these; so do the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from common.device import Device
from common.events import (
    EventType,
    HelpResolved,
    HelpTaken,
    Outcome,
    RatingSkipped,
    RatingSubmitted,
    RatingTarget,
    ServiceFinished,
    ServiceStarted,
    StaffSigninFailed,
    TicketCalled,
    TicketNoShow,
    TicketRecalled,
    TicketRequeued,
    TicketTransferred,
    WindowClosed,
    WindowHandover,
    WindowOpened,
    WindowPaused,
    WindowResumed,
)
from common.ids import new_id
from common.pins import verify_pin
from common.projection.queue import next_ticket
from common.projection.state import Ticket, Visit, WindowState
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel
from common.staff import StaffMember

MAX_PIN_ATTEMPTS = 5


@dataclass
class SignInGuard:
    """Wrong PINs are limited per staff number: after ``MAX_PIN_ATTEMPTS`` the number is locked until a
    manager unlocks it or the next day. Each failure is also written to the log (an event)."""

    failures: dict[str, int] = field(default_factory=dict)

    def sign_in(self, device: Device, window: int, staff_number: str, pin: str) -> StaffMember:
        staff_number = staff_number.strip()
        if self.failures.get(staff_number, 0) >= MAX_PIN_ATTEMPTS:
            raise RuleViolation("locked", f"too many wrong PINs for {staff_number}; ask the hall manager", "staff")
        member = device.bundle.roster.get(staff_number)
        if member is None or not verify_pin(member.pin_hash, pin):
            count = self.failures.get(staff_number, 0) + 1
            self.failures[staff_number] = count
            device.record(
                EventType.STAFF_SIGNIN_FAILED,
                StaffSigninFailed(window=window, staff=staff_number[:16] or "?", attempts=count),
            )
            left = MAX_PIN_ATTEMPTS - count
            raise RuleViolation("wrong_pin", f"staff number or PIN is wrong ({left} attempts left)", "pin")
        self.failures.pop(staff_number, None)
        return member


def window_state(device: Device, window: int) -> WindowState:
    return device.state.window(window)


def open_window(device: Device, window: int, staff: str) -> None:
    device.record(EventType.WINDOW_OPENED, WindowOpened(window=window, staff=staff))


def call_next(device: Device, window: int) -> Ticket | None:
    """Call the next ticket in service order, or None when nobody is waiting for this window."""
    ticket = next_ticket(device.state, device.bundle.config, window, device.today())
    if ticket is None:
        return None
    return call(device, window, ticket.id)


def call(device: Device, window: int, ticket_id: str) -> Ticket:
    staff = window_state(device, window).staff or ""
    device.record(EventType.TICKET_CALLED, TicketCalled(ticket_id=ticket_id, window=window, staff=staff))
    return device.state.tickets[ticket_id]


def _held(device: Device, window: int) -> Ticket:
    w = window_state(device, window)
    if w.ticket_id is None:
        raise RuleViolation("nothing_called", f"window {window} has no ticket called", "window")
    return device.state.tickets[w.ticket_id]


def _after(device: Device, ticket: Ticket) -> Ticket:
    """The ticket as the action left it; as it was, if the action's event opened a new day and the state
    forgot the ticket (one called yesterday and let go today: no later event can refer to it)."""
    return device.state.tickets.get(ticket.id, ticket)


def recall(device: Device, window: int) -> Ticket:
    ticket = _held(device, window)
    device.record(EventType.TICKET_RECALLED, TicketRecalled(ticket_id=ticket.id, window=window))
    return _after(device, ticket)


def no_show(device: Device, window: int) -> Ticket:
    ticket = _held(device, window)
    device.record(EventType.TICKET_NO_SHOW, TicketNoShow(ticket_id=ticket.id, window=window))
    return _after(device, ticket)


def requeue(device: Device, window: int, number: str) -> Ticket:
    """A no-show citizen came back: their ticket (found by number, today) goes to the end of the line."""
    ticket_id = device.state.numbers.get((device.today(), number.strip().upper()))
    if ticket_id is None:
        raise RuleViolation("unknown_ticket", f"no ticket {number} today", "number")
    device.record(EventType.TICKET_REQUEUED, TicketRequeued(ticket_id=ticket_id, window=window))
    return device.state.tickets[ticket_id]


def transfer(
    device: Device, window: int, *, to_category: str | None = None, to_window: int | None = None, note: str = ""
) -> Ticket:
    ticket = _held(device, window)
    device.record(
        EventType.TICKET_TRANSFERRED,
        TicketTransferred(ticket_id=ticket.id, window=window, to_category=to_category, to_window=to_window, note=note),
    )
    return _after(device, ticket)


def start_service(device: Device, window: int) -> Visit:
    ticket = _held(device, window)
    staff = window_state(device, window).staff or ""
    visit_id = new_id()
    device.record(
        EventType.SERVICE_STARTED, ServiceStarted(ticket_id=ticket.id, visit_id=visit_id, window=window, staff=staff)
    )
    return device.state.visits[visit_id]


def finish(
    device: Device,
    window: int,
    outcome: Outcome,
    *,
    items: list[str] | None = None,
    package: str | None = None,
    case_number: str | None = None,
    promised_date: date | None = None,
    missing_materials: list[str] | None = None,
    note: str = "",
) -> Visit:
    """Finish the visit in progress. An accepted case without a number gets one made here."""
    w = window_state(device, window)
    if w.visit_id is None:
        raise RuleViolation("not_serving", f"window {window} is not serving anyone", "window")
    if outcome in (Outcome.ON_THE_SPOT, Outcome.PROMISED) and not case_number:
        case_number = new_case_number(device)
    device.record(
        EventType.SERVICE_FINISHED,
        ServiceFinished(
            visit_id=w.visit_id,
            window=window,
            outcome=outcome,
            items=items or [],
            package=package,
            case_number=case_number,
            promised_date=promised_date,
            missing_materials=missing_materials or [],
            note=note,
        ),
    )
    return device.state.visits[w.visit_id]


def new_case_number(device: Device) -> str:
    """Hall, date and a time-ordered suffix: unique without asking the central store."""
    stamp = device.now().astimezone(device.bundle.config.zone)
    return f"{device.identity.hall_id.upper()}-{stamp:%Y%m%d}-{new_id()[-8:].upper()}"


def pause(device: Device, window: int, reason: str, expected_return: datetime) -> None:
    device.record(EventType.WINDOW_PAUSED, WindowPaused(window=window, reason=reason, expected_return=expected_return))


def resume(device: Device, window: int) -> None:
    device.record(EventType.WINDOW_RESUMED, WindowResumed(window=window))


def handover(device: Device, window: int, to_staff: str) -> None:
    device.record(EventType.WINDOW_HANDOVER, WindowHandover(window=window, to_staff=to_staff))


def close_window(device: Device, window: int) -> None:
    device.record(EventType.WINDOW_CLOSED, WindowClosed(window=window))


def rate_visit(
    device: Device,
    visit_id: str,
    level: RatingLevel,
    reasons: list[str] | None = None,
    text: str = "",
    contact: str = "",
) -> str:
    """一次一评 on the rating pad. A second rating of the visit raises ``RuleViolation('already_rated')``."""
    rating_id = new_id()
    device.record(
        EventType.RATING_SUBMITTED,
        RatingSubmitted(
            rating_id=rating_id,
            target=RatingTarget.VISIT,
            target_id=visit_id,
            level=level,
            reasons=reasons or [],
            text=text,
            real_name=bool(contact),
            contact=contact.strip(),
        ),
    )
    return rating_id


def skip_rating(device: Device, window: int, visit_id: str) -> None:
    """The citizen left without rating: recorded, so the hall's default-rating policy applies later."""
    device.record(EventType.RATING_SKIPPED, RatingSkipped(visit_id=visit_id, window=window))


def take_help(device: Device, window: int, request_id: str) -> None:
    staff = window_state(device, window).staff or ""
    device.record(EventType.HELP_TAKEN, HelpTaken(request_id=request_id, window=window, staff=staff))


def resolve_help(device: Device, window: int, request_id: str) -> None:
    device.record(EventType.HELP_RESOLVED, HelpResolved(request_id=request_id, window=window))

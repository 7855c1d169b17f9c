"""What a citizen does at the kiosk, as plain functions over a ``Device``: take a number, check in or
book an appointment, rate a finished case, ask for help, report what could not get done.
The kiosk's screens call these; the tests call them without a screen."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from common.device import Device
from common.events import (
    APPOINTMENT_CODE_PATTERN,
    AppointmentBooked,
    AppointmentCheckedIn,
    Channel,
    EventType,
    FeedbackSubmitted,
    HelpKind,
    HelpRequested,
    RatingSubmitted,
    RatingTarget,
    TicketIssued,
)
from common.ids import new_id
from common.privacy import mask_name, mask_phone
from common.projection.admission import EARLY_CHECK_IN
from common.projection.queue import estimated_wait_minutes, people_ahead
from common.projection.state import Ticket
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed by elderly users
assert APPOINTMENT_CODE_PATTERN  # codes below match it: 8 upper-case letters and digits


@dataclass(frozen=True, slots=True)
class TicketReceipt:
    """Everything the ticket screen and the printed slip show."""

    ticket_id: str
    number: str
    category: str
    category_name: str
    hall_name: str
    issued_at: datetime
    ahead: int
    estimated_wait_minutes: float
    channel: Channel
    offline_number: bool
    """Issued from the device's fallback range because no leased number was left."""

    @property
    def qr_payload(self) -> str:
        return f"HALL:T:{self.ticket_id}:{self.number}"


def receipt(device: Device, ticket: Ticket) -> TicketReceipt:
    state, config = device.state, device.bundle.config
    ahead = people_ahead(state, ticket.id)
    return TicketReceipt(
        ticket_id=ticket.id,
        number=ticket.number,
        category=ticket.category,
        category_name=config.category(ticket.category).name,
        hall_name=config.name,
        issued_at=ticket.issued_at,
        ahead=ahead,
        estimated_wait_minutes=estimated_wait_minutes(state, config, ticket.category, ticket.day, ahead),
        channel=ticket.channel,
        offline_number=len(ticket.number) > 4,
    )


def issue_ticket(
    device: Device,
    category: str,
    channel: Channel = Channel.NORMAL,
    items: list[str] | None = None,
    package: str | None = None,
) -> TicketReceipt:
    """Take a number: stored on disk before it is returned, so the slip on screen is never lost."""
    ticket_id = new_id()

    def build(number: str, day: date) -> TicketIssued:
        return TicketIssued(
            ticket_id=ticket_id,
            number=number,
            category=category,
            day=day,
            channel=channel,
            items=items or [],
            package=package,
        )

    device.record_ticket(category, build)
    return receipt(device, device.state.tickets[ticket_id])


def check_in(device: Device, code: str, green: bool = False) -> TicketReceipt:
    """Check in an appointment: on time gives a priority ticket, late gives an ordinary one."""
    code = code.strip().upper()
    appt = device.state.appointments.get(code)
    if appt is None:
        raise RuleViolation("unknown_appointment", f"no appointment {code}", "code")
    now = device.now()
    grace = timedelta(minutes=device.bundle.config.queue.appointment_grace_minutes)
    on_time = appt.slot_start - EARLY_CHECK_IN <= now <= appt.slot_start + grace
    channel = Channel.APPOINTMENT if on_time else (Channel.GREEN if green else Channel.NORMAL)
    ticket_id = new_id()

    def build(number: str, day: date) -> TicketIssued:
        items = [appt.item] if appt.item else []
        return TicketIssued(
            ticket_id=ticket_id, number=number, category=appt.category, day=day, channel=channel, items=items
        )

    device.record_ticket(
        appt.category,
        build,
        EventType.APPOINTMENT_CHECKED_IN,
        wrap=lambda t: AppointmentCheckedIn(code=code, ticket=t, on_time=on_time),
    )
    return receipt(device, device.state.tickets[ticket_id])


def new_appointment_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))


def book_appointment(
    device: Device,
    category: str,
    slot_start: datetime,
    slot_end: datetime,
    item: str | None = None,
    name: str = "",
    phone: str = "",
) -> str:
    """Book a slot; the code is what the citizen brings back. Name and phone are kept masked only."""
    code = new_appointment_code()
    device.record(
        EventType.APPOINTMENT_BOOKED,
        AppointmentBooked(
            code=code,
            category=category,
            item=item,
            slot_start=slot_start,
            slot_end=slot_end,
            name=mask_name(name),
            phone=mask_phone(phone),
        ),
    )
    return code


def rate_case(
    device: Device,
    case_number: str,
    level: RatingLevel,
    reasons: list[str] | None = None,
    text: str = "",
    contact: str = "",
) -> str:
    """一事一评: one rating per finished case. A second try raises ``RuleViolation('already_rated')``.

    A contact makes the rating real-name: it is kept so the hall can reply, and masked on every screen."""
    rating_id = new_id()
    device.record(
        EventType.RATING_SUBMITTED,
        RatingSubmitted(
            rating_id=rating_id,
            target=RatingTarget.CASE,
            target_id=case_number.strip(),
            level=level,
            reasons=reasons or [],
            text=text,
            real_name=bool(contact),
            contact=contact.strip(),
        ),
    )
    return rating_id


def request_help(
    device: Device, kind: HelpKind = HelpKind.ASSIST, item: str | None = None, step: str = "", note: str = ""
) -> str:
    """帮办代办: the window clients see it at once (or as soon as the network is back)."""
    request_id = new_id()
    device.record(
        EventType.HELP_REQUESTED, HelpRequested(request_id=request_id, kind=kind, item=item, step=step, note=note)
    )
    return request_id


def submit_feedback(device: Device, text: str, item: str | None = None, contact: str = "") -> str:
    """办不成事反映: what could not get done. A contact is kept for the reply and masked on screens."""
    feedback_id = new_id()
    device.record(
        EventType.FEEDBACK_SUBMITTED,
        FeedbackSubmitted(
            feedback_id=feedback_id,
            item=item,
            text=text,
            real_name=bool(contact),
            contact=contact.strip(),
        ),
    )
    return feedback_id

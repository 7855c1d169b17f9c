"""Every change in a hall is an event: a validated, immutable record made on a device.

An event is ``{id, device_id, hall_id, type, hlc, created_at, payload}``. Its ``id`` is a UUIDv7 made
on the device, its ``hlc`` a hybrid logical clock timestamp. Each ``type`` has its own payload schema;
a malformed event is refused with the field and the reason (``EventError``) before anything is written.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, Self
from uuid import UUID

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from common.field_error import FieldError, field_of
from common.hall_config import HALL_ID_PATTERN
from common.hlc import HLC_PATTERN
from common.ids import is_uuid7
from common.ratings_scale import RatingLevel

DEVICE_ID_PATTERN = HALL_ID_PATTERN
TICKET_NUMBER_PATTERN = r"^[A-Z]\d{3,5}$"
CASE_NUMBER_PATTERN = r"^[A-Za-z0-9-]{6,40}$"
APPOINTMENT_CODE_PATTERN = r"^[A-Z0-9]{6,12}$"
STAFF = Annotated[str, Field(pattern=r"^[A-Za-z0-9]{2,16}$")]
WINDOW = Annotated[int, Field(ge=1, le=999)]
CATEGORY = Annotated[str, Field(pattern=r"^[A-Z]$")]
ITEM_CODE = Annotated[str, Field(pattern=r"^[A-Za-z0-9-]{3,40}$")]
SHORT_TEXT = Annotated[str, Field(max_length=200)]
LONG_TEXT = Annotated[str, Field(max_length=1000)]
REF_ID = Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9-]+$")]


class EventType(StrEnum):
    TICKET_ISSUED = "ticket.issued"
    TICKET_CALLED = "ticket.called"
    TICKET_RECALLED = "ticket.recalled"
    TICKET_NO_SHOW = "ticket.no_show"
    TICKET_REQUEUED = "ticket.requeued"
    TICKET_TRANSFERRED = "ticket.transferred"
    SERVICE_STARTED = "service.started"
    SERVICE_FINISHED = "service.finished"
    WINDOW_OPENED = "window.opened"
    WINDOW_PAUSED = "window.paused"
    WINDOW_RESUMED = "window.resumed"
    WINDOW_HANDOVER = "window.handover"
    WINDOW_CLOSED = "window.closed"
    STAFF_SIGNIN_FAILED = "staff.signin_failed"
    CASE_ACCEPTED = "case.accepted"
    CASE_PROGRESSED = "case.progressed"
    CASE_COMPLETED = "case.completed"
    RATING_SUBMITTED = "rating.submitted"
    RATING_SKIPPED = "rating.skipped"
    RATING_DEFAULTED = "rating.defaulted"
    APPOINTMENT_BOOKED = "appointment.booked"
    APPOINTMENT_CHECKED_IN = "appointment.checked_in"
    APPOINTMENT_CANCELLED = "appointment.cancelled"
    HELP_REQUESTED = "help.requested"
    HELP_TAKEN = "help.taken"
    HELP_RESOLVED = "help.resolved"
    FEEDBACK_SUBMITTED = "feedback.submitted"


class Channel(StrEnum):
    NORMAL = "normal"
    GREEN = "green"  # 绿色通道: elderly, disabled, pregnant
    APPOINTMENT = "appointment"  # checked in on time for an appointment


class Outcome(StrEnum):
    ON_THE_SPOT = "on_the_spot"  # 即办: accepted and completed during the visit
    PROMISED = "promised"  # 承诺件: accepted, completed by a promised date
    ONE_TIME_NOTICE = "one_time_notice"  # 一次性告知: materials missing, all told at once
    CONSULTED = "consulted"  # 咨询: advice only, no case


class RatingTarget(StrEnum):
    VISIT = "visit"  # 一次一评, at the window's rating pad
    CASE = "case"  # 一事一评, later, at the kiosk


class HelpKind(StrEnum):
    ASSIST = "assist"  # 帮办代办
    SELF_SERVICE_STUCK = "self_service_stuck"
    ACCESSIBILITY = "accessibility"


class Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


# --- queue --------------------------------------------------------------------------------------


class TicketIssued(Payload):
    ticket_id: REF_ID
    number: str = Field(pattern=TICKET_NUMBER_PATTERN)
    category: CATEGORY
    day: date
    """The hall's calendar day the number belongs to; numbers restart each day."""
    channel: Channel = Channel.NORMAL
    items: list[ITEM_CODE] = Field(default=[], max_length=10)
    package: ITEM_CODE | None = None

    @model_validator(mode="after")
    def _letter(self) -> Self:
        if self.number[0] != self.category:
            raise FieldError("number", f"number {self.number} does not start with its category letter {self.category}")
        return self


class TicketCalled(Payload):
    ticket_id: REF_ID
    window: WINDOW
    staff: STAFF


class TicketRecalled(Payload):
    ticket_id: REF_ID
    window: WINDOW


class TicketNoShow(Payload):
    ticket_id: REF_ID
    window: WINDOW


class TicketRequeued(Payload):
    ticket_id: REF_ID
    window: WINDOW


class TicketTransferred(Payload):
    ticket_id: REF_ID
    window: WINDOW
    to_category: CATEGORY | None = None
    to_window: WINDOW | None = None
    note: SHORT_TEXT = ""

    @model_validator(mode="after")
    def _one_target(self) -> Self:
        if (self.to_category is None) == (self.to_window is None):
            raise FieldError("to_category", "a transfer names either to_category or to_window")
        if self.to_window == self.window:
            raise FieldError("to_window", "a ticket cannot be transferred to the window that holds it")
        return self


class ServiceStarted(Payload):
    ticket_id: REF_ID
    visit_id: REF_ID
    window: WINDOW
    staff: STAFF


class ServiceFinished(Payload):
    visit_id: REF_ID
    window: WINDOW
    outcome: Outcome
    items: list[ITEM_CODE] = Field(default=[], max_length=10)
    package: ITEM_CODE | None = None
    case_number: str | None = Field(default=None, pattern=CASE_NUMBER_PATTERN)
    promised_date: date | None = None
    missing_materials: list[SHORT_TEXT] = Field(default=[], max_length=30)
    note: LONG_TEXT = ""

    @model_validator(mode="after")
    def _outcome_needs(self) -> Self:
        if self.outcome in (Outcome.ON_THE_SPOT, Outcome.PROMISED):
            if not self.case_number:
                raise FieldError("case_number", f"outcome {self.outcome} needs a case_number")
            if not (self.items or self.package):
                raise FieldError("items", f"outcome {self.outcome} needs the item(s) handled")
        if self.outcome == Outcome.PROMISED and self.promised_date is None:
            raise FieldError("promised_date", "a promised case (承诺件) needs a promised_date")
        if self.outcome == Outcome.ONE_TIME_NOTICE and not self.missing_materials:
            raise FieldError("missing_materials", "a one-time notice (一次性告知) lists the missing materials")
        return self


# --- windows and staff ----------------------------------------------------------------------------


class WindowOpened(Payload):
    window: WINDOW
    staff: STAFF


class WindowPaused(Payload):
    window: WINDOW
    reason: SHORT_TEXT = Field(min_length=1)
    expected_return: AwareDatetime


class WindowResumed(Payload):
    window: WINDOW


class WindowHandover(Payload):
    window: WINDOW
    to_staff: STAFF


class WindowClosed(Payload):
    window: WINDOW


class StaffSigninFailed(Payload):
    window: WINDOW
    staff: Annotated[str, Field(max_length=16)]
    attempts: int = Field(ge=1, le=100)


# --- cases --------------------------------------------------------------------------------------


class CaseAccepted(Payload):
    case_number: str = Field(pattern=CASE_NUMBER_PATTERN)
    items: list[ITEM_CODE] = Field(min_length=1, max_length=10)
    package: ITEM_CODE | None = None
    promised_date: date
    visit_id: REF_ID | None = None
    applicant: SHORT_TEXT = ""
    """A masked name (张*) for the case lookup screen; never a full name or ID number."""
    applicant_key: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")
    """A keyed hash of the applicant's ID number (self-service at the kiosk): never the number itself."""
    details: dict[Annotated[str, Field(min_length=1, max_length=40)], SHORT_TEXT] = Field(default={}, max_length=40)
    """What the application said (a self-service form's answers, without private fields; how each
    material was given), for the back office."""


class CaseProgressed(Payload):
    case_number: str = Field(pattern=CASE_NUMBER_PATTERN)
    stage: SHORT_TEXT = Field(min_length=1)


class CaseCompleted(Payload):
    case_number: str = Field(pattern=CASE_NUMBER_PATTERN)
    result: SHORT_TEXT = ""


# --- ratings ------------------------------------------------------------------------------------


class RatingSubmitted(Payload):
    rating_id: REF_ID
    target: RatingTarget
    target_id: Annotated[str, Field(min_length=6, max_length=64)]
    level: RatingLevel
    reasons: list[SHORT_TEXT] = Field(default=[], max_length=10)
    text: LONG_TEXT = ""
    real_name: bool = False
    contact: Annotated[str, Field(max_length=40)] = ""
    """For a real-name rating, how to reply: kept masked (138****5678) wherever it is shown."""

    @field_validator("reasons")
    @classmethod
    def _distinct(cls, reasons: list[str]) -> list[str]:
        if len(set(reasons)) != len(reasons):
            raise ValueError("a reason is listed twice")
        return reasons

    @model_validator(mode="after")
    def _bad_needs_reason(self) -> Self:
        if self.level.is_bad and not self.reasons:
            raise FieldError("reasons", "a bad rating (不满意 / 非常不满意) needs at least one reason")
        if self.real_name and not self.contact:
            raise FieldError("contact", "a real-name rating needs a contact for the reply")
        return self


class RatingSkipped(Payload):
    visit_id: REF_ID
    window: WINDOW


class RatingDefaulted(Payload):
    rating_id: REF_ID
    visit_id: REF_ID
    level: RatingLevel
    after_days: int = Field(ge=1, le=90)


# --- appointments, help, feedback -----------------------------------------------------------------


class AppointmentBooked(Payload):
    code: str = Field(pattern=APPOINTMENT_CODE_PATTERN)
    category: CATEGORY
    item: ITEM_CODE | None = None
    slot_start: AwareDatetime
    slot_end: AwareDatetime
    name: SHORT_TEXT = ""
    """Masked (张*)."""
    phone: Annotated[str, Field(max_length=20)] = ""
    """Masked (138****5678)."""

    @model_validator(mode="after")
    def _slot(self) -> Self:
        if self.slot_end <= self.slot_start:
            raise FieldError("slot_end", "an appointment slot must end after it starts")
        return self


class AppointmentCheckedIn(Payload):
    """Checking in issues the priority ticket in the same event, so neither exists without the other."""

    code: str = Field(pattern=APPOINTMENT_CODE_PATTERN)
    ticket: TicketIssued
    on_time: bool


class AppointmentCancelled(Payload):
    code: str = Field(pattern=APPOINTMENT_CODE_PATTERN)


class HelpRequested(Payload):
    request_id: REF_ID
    kind: HelpKind = HelpKind.ASSIST
    item: ITEM_CODE | None = None
    step: SHORT_TEXT = ""
    note: SHORT_TEXT = ""


class HelpTaken(Payload):
    request_id: REF_ID
    window: WINDOW
    staff: STAFF


class HelpResolved(Payload):
    request_id: REF_ID
    window: WINDOW


class FeedbackSubmitted(Payload):
    """办不成事反映: what could not get done, and why."""

    feedback_id: REF_ID
    item: ITEM_CODE | None = None
    text: LONG_TEXT = Field(min_length=2)
    real_name: bool = False
    contact: Annotated[str, Field(max_length=40)] = ""


# --- the envelope ---------------------------------------------------------------------------------


class EventBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: UUID
    device_id: str = Field(pattern=DEVICE_ID_PATTERN)
    hall_id: str = Field(pattern=HALL_ID_PATTERN)
    hlc: str = Field(pattern=HLC_PATTERN)
    created_at: AwareDatetime

    @field_validator("id")
    @classmethod
    def _v7(cls, value: UUID) -> UUID:
        if not is_uuid7(value):
            raise ValueError("an event id is a UUIDv7 made on the device")
        return value

    @model_validator(mode="after")
    def _hlc_node(self) -> Self:
        if not self.hlc.endswith("-" + self.device_id):
            raise FieldError("hlc", "the hlc's node must be the device that made the event")
        return self

    @property
    def key(self) -> str:
        return str(self.id)


class TicketIssuedEvent(EventBase):
    type: Literal[EventType.TICKET_ISSUED]
    payload: TicketIssued


class TicketCalledEvent(EventBase):
    type: Literal[EventType.TICKET_CALLED]
    payload: TicketCalled


class TicketRecalledEvent(EventBase):
    type: Literal[EventType.TICKET_RECALLED]
    payload: TicketRecalled


class TicketNoShowEvent(EventBase):
    type: Literal[EventType.TICKET_NO_SHOW]
    payload: TicketNoShow


class TicketRequeuedEvent(EventBase):
    type: Literal[EventType.TICKET_REQUEUED]
    payload: TicketRequeued


class TicketTransferredEvent(EventBase):
    type: Literal[EventType.TICKET_TRANSFERRED]
    payload: TicketTransferred


class ServiceStartedEvent(EventBase):
    type: Literal[EventType.SERVICE_STARTED]
    payload: ServiceStarted


class ServiceFinishedEvent(EventBase):
    type: Literal[EventType.SERVICE_FINISHED]
    payload: ServiceFinished


class WindowOpenedEvent(EventBase):
    type: Literal[EventType.WINDOW_OPENED]
    payload: WindowOpened


class WindowPausedEvent(EventBase):
    type: Literal[EventType.WINDOW_PAUSED]
    payload: WindowPaused


class WindowResumedEvent(EventBase):
    type: Literal[EventType.WINDOW_RESUMED]
    payload: WindowResumed


class WindowHandoverEvent(EventBase):
    type: Literal[EventType.WINDOW_HANDOVER]
    payload: WindowHandover


class WindowClosedEvent(EventBase):
    type: Literal[EventType.WINDOW_CLOSED]
    payload: WindowClosed


class StaffSigninFailedEvent(EventBase):
    type: Literal[EventType.STAFF_SIGNIN_FAILED]
    payload: StaffSigninFailed


class CaseAcceptedEvent(EventBase):
    type: Literal[EventType.CASE_ACCEPTED]
    payload: CaseAccepted


class CaseProgressedEvent(EventBase):
    type: Literal[EventType.CASE_PROGRESSED]
    payload: CaseProgressed


class CaseCompletedEvent(EventBase):
    type: Literal[EventType.CASE_COMPLETED]
    payload: CaseCompleted


class RatingSubmittedEvent(EventBase):
    type: Literal[EventType.RATING_SUBMITTED]
    payload: RatingSubmitted


class RatingSkippedEvent(EventBase):
    type: Literal[EventType.RATING_SKIPPED]
    payload: RatingSkipped


class RatingDefaultedEvent(EventBase):
    type: Literal[EventType.RATING_DEFAULTED]
    payload: RatingDefaulted


class AppointmentBookedEvent(EventBase):
    type: Literal[EventType.APPOINTMENT_BOOKED]
    payload: AppointmentBooked


class AppointmentCheckedInEvent(EventBase):
    type: Literal[EventType.APPOINTMENT_CHECKED_IN]
    payload: AppointmentCheckedIn


class AppointmentCancelledEvent(EventBase):
    type: Literal[EventType.APPOINTMENT_CANCELLED]
    payload: AppointmentCancelled


class HelpRequestedEvent(EventBase):
    type: Literal[EventType.HELP_REQUESTED]
    payload: HelpRequested


class HelpTakenEvent(EventBase):
    type: Literal[EventType.HELP_TAKEN]
    payload: HelpTaken


class HelpResolvedEvent(EventBase):
    type: Literal[EventType.HELP_RESOLVED]
    payload: HelpResolved


class FeedbackSubmittedEvent(EventBase):
    type: Literal[EventType.FEEDBACK_SUBMITTED]
    payload: FeedbackSubmitted


Event = Annotated[
    TicketIssuedEvent
    | TicketCalledEvent
    | TicketRecalledEvent
    | TicketNoShowEvent
    | TicketRequeuedEvent
    | TicketTransferredEvent
    | ServiceStartedEvent
    | ServiceFinishedEvent
    | WindowOpenedEvent
    | WindowPausedEvent
    | WindowResumedEvent
    | WindowHandoverEvent
    | WindowClosedEvent
    | StaffSigninFailedEvent
    | CaseAcceptedEvent
    | CaseProgressedEvent
    | CaseCompletedEvent
    | RatingSubmittedEvent
    | RatingSkippedEvent
    | RatingDefaultedEvent
    | AppointmentBookedEvent
    | AppointmentCheckedInEvent
    | AppointmentCancelledEvent
    | HelpRequestedEvent
    | HelpTakenEvent
    | HelpResolvedEvent
    | FeedbackSubmittedEvent,
    Field(discriminator="type"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)
EVENT_LIST_ADAPTER: TypeAdapter[list[Event]] = TypeAdapter(list[Event])

_ENVELOPES: dict[EventType, type[EventBase]] = {
    cls.model_fields["type"].annotation.__args__[0]: cls  # type: ignore[union-attr]
    for cls in EventBase.__subclasses__()
}
PAYLOAD_CLASSES: dict[EventType, type[Payload]] = {
    t: cls.model_fields["payload"].annotation  # type: ignore[misc]
    for t, cls in _ENVELOPES.items()
}


class EventError(ValueError):
    """A malformed event: the field (a dotted path) and the reason. Nothing has been written."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}" if field else reason)

    @classmethod
    def from_validation(cls, error: ValidationError) -> EventError:
        first = error.errors()[0]
        loc = [str(p) for p in first["loc"]]
        # A tagged union puts the tag in the path ("ticket.issued.payload.number"); the field is what follows.
        if loc and loc[0] in PAYLOAD_CLASSES:
            loc = loc[1:]
        if first["type"] == "union_tag_invalid":
            return cls("type", f"unknown event type {first['input'].get('type')!r}")
        if first["type"] == "union_tag_not_found":
            return cls("type", "an event needs a type")
        named = field_of(dict(first))
        if named:
            loc.append(named)
        reason = first["msg"].removeprefix("Value error, ")
        return cls(".".join(loc), reason)


def parse_event(data: str | bytes | dict[str, Any]) -> Event:
    """Validate one event from JSON text or a decoded dict; raise ``EventError`` if it is malformed."""
    try:
        if isinstance(data, str | bytes):
            return EVENT_ADAPTER.validate_json(data)
        return EVENT_ADAPTER.validate_python(data)
    except ValidationError as e:
        raise EventError.from_validation(e) from None


def make_event(
    event_type: EventType,
    payload: Payload | dict[str, Any],
    *,
    event_id: UUID,
    device_id: str,
    hall_id: str,
    hlc: str,
    created_at: datetime,
) -> Event:
    """Build and validate an event; raise ``EventError`` naming the field if anything is wrong."""
    body = payload.model_dump(mode="python") if isinstance(payload, Payload) else payload
    return parse_event(
        {
            "id": event_id,
            "device_id": device_id,
            "hall_id": hall_id,
            "type": event_type,
            "hlc": hlc,
            "created_at": created_at,
            "payload": body,
        }
    )


def event_json(event: EventBase) -> str:
    """The canonical JSON text of an event, as stored and sent."""
    return event.model_dump_json()


def event_dict(event: EventBase) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(event.model_dump_json())
    return result

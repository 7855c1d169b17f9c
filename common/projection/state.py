"""The folded state of one hall. Records are immutable; the fold replaces them, never edits them, so a
copy of the state (``HallState.clone``) costs a few dictionary copies, not a deep copy."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from common.events import Channel, HelpKind, Outcome, RatingTarget
from common.ratings_scale import RatingLevel


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"


class WindowStatus(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    PAUSED = "paused"


class CaseStatus(StrEnum):
    ACCEPTED = "accepted"
    COMPLETED = "completed"


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"


class HelpStatus(StrEnum):
    OPEN = "open"
    TAKEN = "taken"
    RESOLVED = "resolved"


@dataclass(frozen=True, slots=True)
class Ticket:
    id: str
    number: str
    category: str
    day: date
    channel: Channel
    issued_at: datetime
    issued_hlc: str
    queue_hlc: str
    """Where the ticket stands in line: its issue time, or the time it was put back after a no-show."""
    device_id: str
    items: tuple[str, ...] = ()
    package: str | None = None
    appointment_code: str | None = None
    status: TicketStatus = TicketStatus.WAITING
    window: int | None = None
    staff: str | None = None
    calls: int = 0
    """How many times it was called at its current window: 1 for the call, plus each recall."""
    called_at: datetime | None = None
    target_window: int | None = None
    """Set by a transfer to a window: only that window may call it."""
    transferred_from: int | None = None
    """The window that last transferred it, so the clerk who calls it next knows where it comes from."""
    transfer_note: str = ""
    """What that clerk noted for the next one (首问负责: the citizen does not have to explain again)."""
    visits: tuple[str, ...] = ()
    transfers: int = 0
    requeues: int = 0
    closed_at: datetime | None = None

    @property
    def priority(self) -> bool:
        """Green channel and on-time appointments are served first within their category."""
        return self.channel in (Channel.GREEN, Channel.APPOINTMENT)

    @property
    def order_key(self) -> tuple[int, str]:
        return (0 if self.priority else 1, self.queue_hlc)

    @property
    def line_entry(self) -> tuple[int, str, str]:
        return (0 if self.priority else 1, self.queue_hlc, self.id)

    @property
    def line(self) -> str:
        """Which waiting line it stands in: its category, or the window it was sent to."""
        return f"#{self.target_window}" if self.target_window is not None else self.category


@dataclass(frozen=True, slots=True)
class Shift:
    window: int
    staff: str
    started_at: datetime
    ended_at: datetime | None = None
    ended_by: str = ""
    """How the shift ended: "handover" or "closed"."""


@dataclass(frozen=True, slots=True)
class Pause:
    window: int
    staff: str
    reason: str
    started_at: datetime
    expected_return: datetime
    ended_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class WindowState:
    number: int
    status: WindowStatus = WindowStatus.CLOSED
    staff: str | None = None
    ticket_id: str | None = None
    """The ticket this window holds: called, or being served."""
    visit_id: str | None = None
    pause: Pause | None = None
    since: datetime | None = None
    """When the window entered its current status."""
    handover_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Visit:
    id: str
    ticket_id: str
    number: str
    category: str
    day: date
    window: int
    staff: str
    started_at: datetime
    finished_at: datetime | None = None
    finished_by: str | None = None
    outcome: Outcome | None = None
    transferred: bool = False
    items: tuple[str, ...] = ()
    package: str | None = None
    case_number: str | None = None
    missing_materials: tuple[str, ...] = ()
    rating_id: str | None = None
    skipped_rating: bool = False

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def service_seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


@dataclass(frozen=True, slots=True)
class Case:
    number: str
    items: tuple[str, ...]
    package: str | None
    accepted_at: datetime
    promised_date: date
    status: CaseStatus = CaseStatus.ACCEPTED
    completed_at: datetime | None = None
    result: str = ""
    stages: tuple[tuple[datetime, str], ...] = ()
    visits: tuple[str, ...] = ()
    applicant: str = ""
    rating_id: str | None = None
    accepted_by: str = ""
    """The device that accepted it: a window client, or a kiosk for self-service items."""
    applicant_key: str = ""
    """A keyed hash of the applicant's ID number, for self-service cases."""
    details: tuple[tuple[str, str], ...] = ()
    """The application's answers and materials, as the kiosk recorded them."""


@dataclass(frozen=True, slots=True)
class Rating:
    id: str
    target: RatingTarget
    target_id: str
    level: RatingLevel
    reasons: tuple[str, ...]
    text: str
    real_name: bool
    contact: str
    at: datetime
    device_id: str
    window: int | None = None
    staff: str | None = None
    category: str | None = None
    items: tuple[str, ...] = ()
    defaulted: bool = False


@dataclass(frozen=True, slots=True)
class Appointment:
    code: str
    category: str
    item: str | None
    slot_start: datetime
    slot_end: datetime
    booked_at: datetime
    name: str = ""
    phone: str = ""
    status: AppointmentStatus = AppointmentStatus.BOOKED
    ticket_id: str | None = None
    on_time: bool | None = None


@dataclass(frozen=True, slots=True)
class HelpRequest:
    id: str
    kind: HelpKind
    device_id: str
    at: datetime
    item: str | None = None
    step: str = ""
    note: str = ""
    status: HelpStatus = HelpStatus.OPEN
    window: int | None = None
    staff: str | None = None


@dataclass(frozen=True, slots=True)
class Feedback:
    id: str
    at: datetime
    device_id: str
    text: str
    item: str | None
    real_name: bool
    contact: str


@dataclass(frozen=True, slots=True)
class Call:
    """One announcement: a call or a recall of a ticket to a window."""

    ticket_id: str
    number: str
    window: int
    at: datetime
    recall: bool
    event_id: str


RECENT_CALLS = 30


@dataclass(slots=True)
class HallState:
    tickets: dict[str, Ticket] = field(default_factory=dict)
    numbers: dict[tuple[date, str], str] = field(default_factory=dict)
    lines: dict[tuple[date, str], list[tuple[int, str, str]]] = field(default_factory=dict)
    """The waiting line of each day and category (or ``#N`` for tickets sent to window N), kept sorted by
    ``(priority, queue_hlc, ticket_id)``, so the queue never scans a whole day."""
    windows: dict[int, WindowState] = field(default_factory=dict)
    visits: dict[str, Visit] = field(default_factory=dict)
    cases: dict[str, Case] = field(default_factory=dict)
    ratings: dict[str, Rating] = field(default_factory=dict)
    appointments: dict[str, Appointment] = field(default_factory=dict)
    help_requests: dict[str, HelpRequest] = field(default_factory=dict)
    feedback: dict[str, Feedback] = field(default_factory=dict)
    shifts: tuple[Shift, ...] = ()
    pauses: tuple[Pause, ...] = ()
    recent_calls: tuple[Call, ...] = ()
    signin_failures: int = 0
    applied: dict[str, date] = field(default_factory=dict)
    """Ids of the events folded in (with their UTC day, for forgetting them): applying one twice is a no-op."""
    last_hlc: str = ""
    day: date | None = None
    """The latest UTC day of an event folded in; a newer one makes the state forget what it no longer needs."""

    def clone(self) -> HallState:
        """An independent copy; cheap because the records themselves are immutable."""
        return HallState(
            tickets=dict(self.tickets),
            numbers=dict(self.numbers),
            lines={k: list(v) for k, v in self.lines.items()},
            windows=dict(self.windows),
            visits=dict(self.visits),
            cases=dict(self.cases),
            ratings=dict(self.ratings),
            appointments=dict(self.appointments),
            help_requests=dict(self.help_requests),
            feedback=dict(self.feedback),
            shifts=self.shifts,
            pauses=self.pauses,
            recent_calls=self.recent_calls,
            signin_failures=self.signin_failures,
            applied=dict(self.applied),
            last_hlc=self.last_hlc,
            day=self.day,
        )

    def window(self, number: int) -> WindowState:
        return self.windows.get(number) or WindowState(number)

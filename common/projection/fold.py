"""Fold events into ``HallState``, enforcing the rules that follow from the log itself.

``apply`` checks an event against the state first and raises ``RuleViolation`` without changing
anything, or applies it in full. The central store accepts an event only if ``apply`` succeeds on
its state, in its order, so every replica that folds the server's log reaches the same state; a
device's own pending events that the server's order makes invalid (two windows called the same
ticket) fail here the same way on every replica.

Rules that need the hall's configuration (a window's categories, the recall limit) are checked
before the fold, in ``admission``.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC
from typing import Any, TypeVar

from common.events import (
    AppointmentBooked,
    AppointmentCancelled,
    AppointmentCheckedIn,
    CaseAccepted,
    CaseCompleted,
    CaseProgressed,
    Channel,
    Event,
    EventType,
    FeedbackSubmitted,
    HelpRequested,
    HelpResolved,
    HelpTaken,
    Outcome,
    RatingDefaulted,
    RatingSkipped,
    RatingSubmitted,
    RatingTarget,
    ServiceFinished,
    ServiceStarted,
    StaffSigninFailed,
    TicketCalled,
    TicketIssued,
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
from common.projection.horizon import forget_before
from common.projection.state import (
    RECENT_CALLS,
    Appointment,
    AppointmentStatus,
    Call,
    Case,
    CaseStatus,
    Feedback,
    HallState,
    HelpRequest,
    HelpStatus,
    Pause,
    Rating,
    Shift,
    Ticket,
    TicketStatus,
    Visit,
    WindowState,
    WindowStatus,
)
from common.projection.violations import RuleViolation


def apply(state: HallState, event: Event) -> bool:
    """Fold one event into ``state``. False if it was already folded; ``RuleViolation`` if it breaks a rule."""
    key = str(event.id)
    if key in state.applied:
        return False
    _HANDLERS[event.type](state, event)
    day = event.created_at.astimezone(UTC).date()
    state.applied[key] = day
    state.last_hlc = max(state.last_hlc, event.hlc)
    if state.day is None or day > state.day:
        if state.day is not None:
            forget_before(state, day)
        state.day = day
    return True


def fold(events: Iterable[Event], state: HallState | None = None) -> HallState:
    """Fold a log that has already been accepted; an event that breaks a rule is skipped, as the
    central store would have refused it."""
    result = HallState() if state is None else state
    for event in events:
        try:
            apply(result, event)
        except RuleViolation:
            continue
    return result


# --- tickets --------------------------------------------------------------------------------------


def _new_ticket(state: HallState, event: Event, p: TicketIssued, appointment: str | None = None) -> Ticket:
    if p.ticket_id in state.tickets:
        raise RuleViolation("duplicate_ticket", f"ticket {p.ticket_id} already exists", "ticket_id")
    if (p.day, p.number) in state.numbers:
        raise RuleViolation("number_taken", f"number {p.number} was already issued on {p.day.isoformat()}", "number")
    return Ticket(
        id=p.ticket_id,
        number=p.number,
        category=p.category,
        day=p.day,
        channel=p.channel,
        issued_at=event.created_at,
        issued_hlc=event.hlc,
        queue_hlc=event.hlc,
        device_id=event.device_id,
        items=tuple(p.items),
        package=p.package,
        appointment_code=appointment,
    )


def _put(state: HallState, ticket: Ticket) -> None:
    old = state.tickets.get(ticket.id)
    if old is not None and old.status == TicketStatus.WAITING:
        key = (old.day, old.line)
        line = state.lines[key]
        del line[bisect_left(line, old.line_entry)]
        if not line:
            del state.lines[key]
    state.tickets[ticket.id] = ticket
    state.numbers[(ticket.day, ticket.number)] = ticket.id
    if ticket.status == TicketStatus.WAITING:
        insort(state.lines.setdefault((ticket.day, ticket.line), []), ticket.line_entry)


def _ticket_issued(state: HallState, event: Event) -> None:
    p = _payload(event, TicketIssued)
    if p.channel == Channel.APPOINTMENT:
        raise RuleViolation(
            "appointment_needs_check_in", "an appointment ticket comes from an appointment check-in", "channel"
        )
    _put(state, _new_ticket(state, event, p))


def _ticket(state: HallState, ticket_id: str) -> Ticket:
    ticket = state.tickets.get(ticket_id)
    if ticket is None:
        raise RuleViolation("unknown_ticket", f"no ticket {ticket_id}", "ticket_id")
    return ticket


def _on_duty(state: HallState, number: int, staff: str) -> WindowState:
    window = state.window(number)
    if window.status == WindowStatus.CLOSED:
        raise RuleViolation("window_closed", f"window {number} is closed", "window")
    if window.staff != staff:
        raise RuleViolation("staff_not_on_duty", f"{staff} is not on duty at window {number}", "staff")
    return window


def _held_here(state: HallState, ticket_id: str, number: int, *statuses: TicketStatus) -> Ticket:
    ticket = _ticket(state, ticket_id)
    if ticket.window != number or ticket.status not in statuses:
        raise RuleViolation(
            "not_at_this_window",
            f"ticket {ticket.number} is not {' or '.join(statuses)} at window {number}",
            "ticket_id",
        )
    return ticket


def _ticket_called(state: HallState, event: Event) -> None:
    p = _payload(event, TicketCalled)
    ticket = _ticket(state, p.ticket_id)
    window = _on_duty(state, p.window, p.staff)
    if window.status == WindowStatus.PAUSED:
        raise RuleViolation("window_paused", f"window {p.window} is paused and cannot call", "window")
    if window.ticket_id is not None:
        held = state.tickets[window.ticket_id]
        raise RuleViolation(
            "window_busy",
            f"window {p.window} still holds {held.number}: finish, transfer or mark it no-show",
            "window",
        )
    if ticket.status in (TicketStatus.CALLED, TicketStatus.SERVING):
        raise RuleViolation(
            "ticket_taken", f"{ticket.number} was already called to window {ticket.window}", "ticket_id"
        )
    if ticket.status != TicketStatus.WAITING:
        raise RuleViolation("ticket_not_waiting", f"{ticket.number} is {ticket.status}, not waiting", "ticket_id")
    if ticket.target_window is not None and ticket.target_window != p.window:
        raise RuleViolation(
            "ticket_for_other_window",
            f"{ticket.number} was transferred to window {ticket.target_window}",
            "ticket_id",
        )
    _put(
        state,
        replace(
            ticket, status=TicketStatus.CALLED, window=p.window, staff=p.staff, calls=1, called_at=event.created_at
        ),
    )
    state.windows[p.window] = replace(window, ticket_id=ticket.id)
    _announce(state, event, ticket, p.window, recall=False)


def _announce(state: HallState, event: Event, ticket: Ticket, window: int, *, recall: bool) -> None:
    call = Call(ticket.id, ticket.number, window, event.created_at, recall, str(event.id))
    state.recent_calls = (call, *state.recent_calls[: RECENT_CALLS - 1])


def _ticket_recalled(state: HallState, event: Event) -> None:
    p = _payload(event, TicketRecalled)
    ticket = _held_here(state, p.ticket_id, p.window, TicketStatus.CALLED)
    _put(state, replace(ticket, calls=ticket.calls + 1))
    _announce(state, event, ticket, p.window, recall=True)


def _release(state: HallState, number: int) -> None:
    window = state.window(number)
    state.windows[number] = replace(window, ticket_id=None, visit_id=None)


def _ticket_no_show(state: HallState, event: Event) -> None:
    p = _payload(event, TicketNoShow)
    ticket = _held_here(state, p.ticket_id, p.window, TicketStatus.CALLED)
    _put(state, replace(ticket, status=TicketStatus.NO_SHOW, closed_at=event.created_at))
    _release(state, p.window)


def _ticket_requeued(state: HallState, event: Event) -> None:
    p = _payload(event, TicketRequeued)
    ticket = _ticket(state, p.ticket_id)
    if ticket.status != TicketStatus.NO_SHOW:
        raise RuleViolation(
            "not_no_show", f"only a no-show ticket goes back in line; {ticket.number} is {ticket.status}", "ticket_id"
        )
    # A returning citizen joins the end of the line: fair to those who waited.
    _put(
        state,
        replace(
            ticket,
            status=TicketStatus.WAITING,
            window=None,
            staff=None,
            calls=0,
            called_at=None,
            closed_at=None,
            queue_hlc=event.hlc,
            requeues=ticket.requeues + 1,
            target_window=None,
        ),
    )


def _ticket_transferred(state: HallState, event: Event) -> None:
    p = _payload(event, TicketTransferred)
    ticket = _held_here(state, p.ticket_id, p.window, TicketStatus.CALLED, TicketStatus.SERVING)
    window = state.window(p.window)
    if window.visit_id is not None:
        visit = state.visits[window.visit_id]
        state.visits[visit.id] = replace(
            visit, finished_at=event.created_at, finished_by=window.staff, transferred=True
        )
    # A transferred citizen keeps their place in line (queue_hlc unchanged): they have already waited.
    _put(
        state,
        replace(
            ticket,
            status=TicketStatus.WAITING,
            window=None,
            staff=None,
            calls=0,
            called_at=None,
            category=p.to_category or ticket.category,
            target_window=p.to_window,
            transferred_from=p.window,
            transfer_note=p.note,
            transfers=ticket.transfers + 1,
        ),
    )
    _release(state, p.window)


# --- service --------------------------------------------------------------------------------------


def _service_started(state: HallState, event: Event) -> None:
    p = _payload(event, ServiceStarted)
    window = _on_duty(state, p.window, p.staff)
    ticket = _held_here(state, p.ticket_id, p.window, TicketStatus.CALLED)
    if p.visit_id in state.visits:
        raise RuleViolation("duplicate_visit", f"visit {p.visit_id} already exists", "visit_id")
    visit = Visit(
        id=p.visit_id,
        ticket_id=ticket.id,
        number=ticket.number,
        category=ticket.category,
        day=ticket.day,
        window=p.window,
        staff=p.staff,
        started_at=event.created_at,
        items=ticket.items,
        package=ticket.package,
    )
    state.visits[visit.id] = visit
    _put(state, replace(ticket, status=TicketStatus.SERVING, visits=(*ticket.visits, visit.id)))
    state.windows[p.window] = replace(window, visit_id=visit.id)


def _service_finished(state: HallState, event: Event) -> None:
    p = _payload(event, ServiceFinished)
    visit = state.visits.get(p.visit_id)
    if visit is None:
        raise RuleViolation("unknown_visit", f"no visit {p.visit_id}", "visit_id")
    if visit.finished or visit.window != p.window:
        raise RuleViolation(
            "visit_not_open", f"visit {visit.number} is not being served at window {p.window}", "visit_id"
        )
    window = state.window(p.window)
    case = state.cases.get(p.case_number) if p.case_number else None
    if case is not None and case.status == CaseStatus.COMPLETED and p.outcome == Outcome.ON_THE_SPOT:
        raise RuleViolation("case_completed", f"case {case.number} is already completed", "case_number")
    if case is None and p.case_number and p.outcome not in (Outcome.ON_THE_SPOT, Outcome.PROMISED):
        raise RuleViolation("unknown_case", f"no case {p.case_number} to add this visit to", "case_number")
    items = tuple(p.items) or visit.items
    state.visits[visit.id] = replace(
        visit,
        finished_at=event.created_at,
        finished_by=window.staff,
        outcome=p.outcome,
        items=items,
        package=p.package or visit.package,
        case_number=p.case_number,
        missing_materials=tuple(p.missing_materials),
    )
    ticket = state.tickets[visit.ticket_id]
    _put(state, replace(ticket, status=TicketStatus.DONE, closed_at=event.created_at))
    _release(state, p.window)
    if p.case_number is None:
        return
    if case is None:
        promised = p.promised_date or event.created_at.date()
        case = Case(
            number=p.case_number,
            items=items,
            package=p.package,
            accepted_at=event.created_at,
            promised_date=promised,
            accepted_by=event.device_id,
        )
    case = replace(case, visits=(*case.visits, visit.id))
    if p.outcome == Outcome.ON_THE_SPOT:
        case = replace(case, status=CaseStatus.COMPLETED, completed_at=event.created_at)
    state.cases[case.number] = case


# --- windows --------------------------------------------------------------------------------------


def _staff_elsewhere(state: HallState, staff: str, here: int) -> None:
    for w in state.windows.values():
        if w.number != here and w.status != WindowStatus.CLOSED and w.staff == staff:
            raise RuleViolation("staff_on_duty_elsewhere", f"{staff} is on duty at window {w.number}", "staff")


def _end_shift(state: HallState, number: int, at: Any, how: str) -> None:
    shifts = list(state.shifts)
    for i in range(len(shifts) - 1, -1, -1):
        if shifts[i].window == number and shifts[i].ended_at is None:
            shifts[i] = replace(shifts[i], ended_at=at, ended_by=how)
            break
    state.shifts = tuple(shifts)


def _end_pause(state: HallState, number: int, at: Any) -> None:
    pauses = list(state.pauses)
    for i in range(len(pauses) - 1, -1, -1):
        if pauses[i].window == number and pauses[i].ended_at is None:
            pauses[i] = replace(pauses[i], ended_at=at)
            break
    state.pauses = tuple(pauses)


def _window_opened(state: HallState, event: Event) -> None:
    p = _payload(event, WindowOpened)
    window = state.window(p.window)
    if window.status != WindowStatus.CLOSED:
        raise RuleViolation("window_open", f"window {p.window} is already open; use a handover (替岗)", "window")
    _staff_elsewhere(state, p.staff, p.window)
    state.windows[p.window] = replace(
        window, status=WindowStatus.OPEN, staff=p.staff, since=event.created_at, pause=None, handover_at=None
    )
    state.shifts = (*state.shifts, Shift(p.window, p.staff, event.created_at))


def _open_window(state: HallState, number: int) -> WindowState:
    window = state.window(number)
    if window.status == WindowStatus.CLOSED:
        raise RuleViolation("window_closed", f"window {number} is closed", "window")
    return window


def _window_paused(state: HallState, event: Event) -> None:
    p = _payload(event, WindowPaused)
    window = _open_window(state, p.window)
    if window.status == WindowStatus.PAUSED:
        raise RuleViolation("window_paused", f"window {p.window} is already paused", "window")
    if window.ticket_id is not None:
        raise RuleViolation(
            "window_busy",
            f"window {p.window} holds {state.tickets[window.ticket_id].number}: finish it before pausing",
            "window",
        )
    if p.expected_return <= event.created_at:
        raise RuleViolation("return_in_past", "the expected return must be in the future", "expected_return")
    assert window.staff is not None
    pause = Pause(p.window, window.staff, p.reason, event.created_at, p.expected_return)
    state.windows[p.window] = replace(window, status=WindowStatus.PAUSED, pause=pause, since=event.created_at)
    state.pauses = (*state.pauses, pause)


def _window_resumed(state: HallState, event: Event) -> None:
    p = _payload(event, WindowResumed)
    window = _open_window(state, p.window)
    if window.status != WindowStatus.PAUSED:
        raise RuleViolation("window_not_paused", f"window {p.window} is not paused", "window")
    state.windows[p.window] = replace(window, status=WindowStatus.OPEN, pause=None, since=event.created_at)
    _end_pause(state, p.window, event.created_at)


def _window_handover(state: HallState, event: Event) -> None:
    p = _payload(event, WindowHandover)
    window = _open_window(state, p.window)
    if window.staff == p.to_staff:
        raise RuleViolation("same_staff", f"{p.to_staff} is already on duty at window {p.window}", "to_staff")
    _staff_elsewhere(state, p.to_staff, p.window)
    _end_shift(state, p.window, event.created_at, "handover")
    state.shifts = (*state.shifts, Shift(p.window, p.to_staff, event.created_at))
    # The window stays as it was (open or paused, the visit in progress kept); only the person changes.
    state.windows[p.window] = replace(window, staff=p.to_staff, handover_at=event.created_at)


def _window_closed(state: HallState, event: Event) -> None:
    p = _payload(event, WindowClosed)
    window = _open_window(state, p.window)
    if window.ticket_id is not None:
        raise RuleViolation(
            "window_busy",
            f"window {p.window} holds {state.tickets[window.ticket_id].number}: finish it before closing",
            "window",
        )
    if window.status == WindowStatus.PAUSED:
        _end_pause(state, p.window, event.created_at)
    _end_shift(state, p.window, event.created_at, "closed")
    state.windows[p.window] = WindowState(p.window, since=event.created_at)


def _staff_signin_failed(state: HallState, event: Event) -> None:
    _payload(event, StaffSigninFailed)
    state.signin_failures += 1


# --- cases --------------------------------------------------------------------------------------


def _case(state: HallState, number: str) -> Case:
    case = state.cases.get(number)
    if case is None:
        raise RuleViolation("unknown_case", f"no case {number}", "case_number")
    return case


def _case_accepted(state: HallState, event: Event) -> None:
    p = _payload(event, CaseAccepted)
    if p.case_number in state.cases:
        raise RuleViolation("case_exists", f"case {p.case_number} already exists", "case_number")
    visits: tuple[str, ...] = ()
    if p.visit_id is not None:
        if p.visit_id not in state.visits:
            raise RuleViolation("unknown_visit", f"no visit {p.visit_id}", "visit_id")
        visits = (p.visit_id,)
    state.cases[p.case_number] = Case(
        number=p.case_number,
        items=tuple(p.items),
        package=p.package,
        accepted_at=event.created_at,
        promised_date=p.promised_date,
        visits=visits,
        applicant=p.applicant,
        accepted_by=event.device_id,
        applicant_key=p.applicant_key,
        details=tuple(p.details.items()),
    )


def _case_progressed(state: HallState, event: Event) -> None:
    p = _payload(event, CaseProgressed)
    case = _case(state, p.case_number)
    if case.status == CaseStatus.COMPLETED:
        raise RuleViolation("case_completed", f"case {case.number} is already completed", "case_number")
    state.cases[case.number] = replace(case, stages=(*case.stages, (event.created_at, p.stage)))


def _case_completed(state: HallState, event: Event) -> None:
    p = _payload(event, CaseCompleted)
    case = _case(state, p.case_number)
    if case.status == CaseStatus.COMPLETED:
        raise RuleViolation("case_completed", f"case {case.number} is already completed", "case_number")
    state.cases[case.number] = replace(
        case, status=CaseStatus.COMPLETED, completed_at=event.created_at, result=p.result
    )


# --- ratings --------------------------------------------------------------------------------------


def _rateable_visit(state: HallState, visit_id: str) -> Visit:
    visit = state.visits.get(visit_id)
    if visit is None:
        raise RuleViolation("unknown_visit", f"no visit {visit_id}", "target_id")
    if not visit.finished:
        raise RuleViolation("visit_not_finished", f"visit {visit.number} is still being served", "target_id")
    if visit.rating_id is not None:
        raise RuleViolation("already_rated", f"visit {visit.number} has already been rated (一次一评)", "target_id")
    return visit


def _rating_submitted(state: HallState, event: Event) -> None:
    p = _payload(event, RatingSubmitted)
    if p.rating_id in state.ratings:
        raise RuleViolation("duplicate_rating", f"rating {p.rating_id} already exists", "rating_id")
    common: dict[str, Any] = {
        "id": p.rating_id,
        "target": p.target,
        "target_id": p.target_id,
        "level": p.level,
        "reasons": tuple(p.reasons),
        "text": p.text,
        "real_name": p.real_name,
        "contact": p.contact,
        "at": event.created_at,
        "device_id": event.device_id,
    }
    if p.target == RatingTarget.VISIT:
        visit = _rateable_visit(state, p.target_id)
        state.ratings[p.rating_id] = Rating(
            **common,
            window=visit.window,
            staff=visit.finished_by or visit.staff,
            category=visit.category,
            items=visit.items,
        )
        state.visits[visit.id] = replace(visit, rating_id=p.rating_id)
        return
    case = _case(state, p.target_id)
    if case.status != CaseStatus.COMPLETED:
        raise RuleViolation("case_not_completed", f"case {case.number} is not finished yet", "target_id")
    if case.rating_id is not None:
        raise RuleViolation("already_rated", f"case {case.number} has already been rated (一事一评)", "target_id")
    last_visit = state.visits.get(case.visits[-1]) if case.visits else None
    state.ratings[p.rating_id] = Rating(
        **common,
        items=case.items,
        window=last_visit.window if last_visit else None,
        staff=(last_visit.finished_by or last_visit.staff) if last_visit else None,
        category=last_visit.category if last_visit else None,
    )
    state.cases[case.number] = replace(case, rating_id=p.rating_id)


def _rating_skipped(state: HallState, event: Event) -> None:
    p = _payload(event, RatingSkipped)
    visit = _rateable_visit(state, p.visit_id)
    if visit.skipped_rating:
        raise RuleViolation("already_skipped", f"visit {visit.number} is already recorded as not rated", "visit_id")
    state.visits[visit.id] = replace(visit, skipped_rating=True)


def _rating_defaulted(state: HallState, event: Event) -> None:
    p = _payload(event, RatingDefaulted)
    visit = _rateable_visit(state, p.visit_id)
    if p.rating_id in state.ratings:
        raise RuleViolation("duplicate_rating", f"rating {p.rating_id} already exists", "rating_id")
    state.ratings[p.rating_id] = Rating(
        id=p.rating_id,
        target=RatingTarget.VISIT,
        target_id=visit.id,
        level=p.level,
        reasons=(),
        text="",
        real_name=False,
        contact="",
        at=event.created_at,
        device_id=event.device_id,
        window=visit.window,
        staff=visit.finished_by or visit.staff,
        category=visit.category,
        items=visit.items,
        defaulted=True,
    )
    state.visits[visit.id] = replace(visit, rating_id=p.rating_id)


# --- appointments, help, feedback -----------------------------------------------------------------


def _appointment_booked(state: HallState, event: Event) -> None:
    p = _payload(event, AppointmentBooked)
    if p.code in state.appointments:
        raise RuleViolation("appointment_exists", f"appointment {p.code} already exists", "code")
    state.appointments[p.code] = Appointment(
        code=p.code,
        category=p.category,
        item=p.item,
        slot_start=p.slot_start,
        slot_end=p.slot_end,
        booked_at=event.created_at,
        name=p.name,
        phone=p.phone,
    )


def _booked(state: HallState, code: str) -> Appointment:
    appt = state.appointments.get(code)
    if appt is None:
        raise RuleViolation("unknown_appointment", f"no appointment {code}", "code")
    if appt.status != AppointmentStatus.BOOKED:
        raise RuleViolation(f"appointment_{appt.status}", f"appointment {code} is {appt.status}", "code")
    return appt


def _appointment_checked_in(state: HallState, event: Event) -> None:
    p = _payload(event, AppointmentCheckedIn)
    appt = _booked(state, p.code)
    expected = Channel.APPOINTMENT if p.on_time else Channel.NORMAL
    if p.ticket.channel not in (expected, Channel.GREEN):
        raise RuleViolation(
            "wrong_channel",
            f"an {'on-time' if p.on_time else 'late'} check-in gets a {expected} ticket",
            "ticket.channel",
        )
    ticket = _new_ticket(state, event, p.ticket, appointment=p.code)
    _put(state, ticket)
    state.appointments[p.code] = replace(
        appt, status=AppointmentStatus.CHECKED_IN, ticket_id=ticket.id, on_time=p.on_time
    )


def _appointment_cancelled(state: HallState, event: Event) -> None:
    p = _payload(event, AppointmentCancelled)
    appt = _booked(state, p.code)
    state.appointments[p.code] = replace(appt, status=AppointmentStatus.CANCELLED)


def _help_requested(state: HallState, event: Event) -> None:
    p = _payload(event, HelpRequested)
    if p.request_id in state.help_requests:
        raise RuleViolation("duplicate_help", f"help request {p.request_id} already exists", "request_id")
    state.help_requests[p.request_id] = HelpRequest(
        id=p.request_id,
        kind=p.kind,
        device_id=event.device_id,
        at=event.created_at,
        item=p.item,
        step=p.step,
        note=p.note,
    )


def _help(state: HallState, request_id: str) -> HelpRequest:
    request = state.help_requests.get(request_id)
    if request is None:
        raise RuleViolation("unknown_help", f"no help request {request_id}", "request_id")
    return request


def _help_taken(state: HallState, event: Event) -> None:
    p = _payload(event, HelpTaken)
    request = _help(state, p.request_id)
    if request.status != HelpStatus.OPEN:
        raise RuleViolation("help_taken", f"window {request.window} already took this request", "request_id")
    state.help_requests[p.request_id] = replace(request, status=HelpStatus.TAKEN, window=p.window, staff=p.staff)


def _help_resolved(state: HallState, event: Event) -> None:
    p = _payload(event, HelpResolved)
    request = _help(state, p.request_id)
    if request.status == HelpStatus.RESOLVED:
        raise RuleViolation("help_resolved", "this help request is already resolved", "request_id")
    if request.status == HelpStatus.TAKEN and request.window != p.window:
        raise RuleViolation("help_taken", f"window {request.window} took this request", "request_id")
    state.help_requests[p.request_id] = replace(request, status=HelpStatus.RESOLVED, window=p.window)


def _feedback_submitted(state: HallState, event: Event) -> None:
    p = _payload(event, FeedbackSubmitted)
    if p.feedback_id in state.feedback:
        raise RuleViolation("duplicate_feedback", f"feedback {p.feedback_id} already exists", "feedback_id")
    state.feedback[p.feedback_id] = Feedback(
        id=p.feedback_id,
        at=event.created_at,
        device_id=event.device_id,
        text=p.text,
        item=p.item,
        real_name=p.real_name,
        contact=p.contact,
    )


P = TypeVar("P")


def _payload(event: Event, cls: type[P]) -> P:
    payload = event.payload
    assert isinstance(payload, cls)
    return payload


_HANDLERS: dict[EventType, Callable[[HallState, Event], None]] = {
    EventType.TICKET_ISSUED: _ticket_issued,
    EventType.TICKET_CALLED: _ticket_called,
    EventType.TICKET_RECALLED: _ticket_recalled,
    EventType.TICKET_NO_SHOW: _ticket_no_show,
    EventType.TICKET_REQUEUED: _ticket_requeued,
    EventType.TICKET_TRANSFERRED: _ticket_transferred,
    EventType.SERVICE_STARTED: _service_started,
    EventType.SERVICE_FINISHED: _service_finished,
    EventType.WINDOW_OPENED: _window_opened,
    EventType.WINDOW_PAUSED: _window_paused,
    EventType.WINDOW_RESUMED: _window_resumed,
    EventType.WINDOW_HANDOVER: _window_handover,
    EventType.WINDOW_CLOSED: _window_closed,
    EventType.STAFF_SIGNIN_FAILED: _staff_signin_failed,
    EventType.CASE_ACCEPTED: _case_accepted,
    EventType.CASE_PROGRESSED: _case_progressed,
    EventType.CASE_COMPLETED: _case_completed,
    EventType.RATING_SUBMITTED: _rating_submitted,
    EventType.RATING_SKIPPED: _rating_skipped,
    EventType.RATING_DEFAULTED: _rating_defaulted,
    EventType.APPOINTMENT_BOOKED: _appointment_booked,
    EventType.APPOINTMENT_CHECKED_IN: _appointment_checked_in,
    EventType.APPOINTMENT_CANCELLED: _appointment_cancelled,
    EventType.HELP_REQUESTED: _help_requested,
    EventType.HELP_TAKEN: _help_taken,
    EventType.HELP_RESOLVED: _help_resolved,
    EventType.FEEDBACK_SUBMITTED: _feedback_submitted,
}

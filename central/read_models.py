"""Keeping the fold's records queryable: each accepted event upserts the tickets, visits, ratings, cases
and windows it touched, in the same transaction that stores it.

What an event touches is read from its payload (the ids it names) and from the windows it names, before
and after it is folded (a transfer ends the visit its window held), so the work per event is constant.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete
from sqlalchemy.dialects import postgresql, sqlite

from central.supervision.cases import open_cases
from central.tables import (
    READ_MODELS,
    rm_appointments,
    rm_cases,
    rm_pauses,
    rm_ratings,
    rm_tickets,
    rm_visits,
    rm_windows,
)
from common.events import (
    AppointmentBooked,
    AppointmentCancelled,
    AppointmentCheckedIn,
    Event,
    RatingSubmitted,
    RatingTarget,
    WindowClosed,
    WindowPaused,
    WindowResumed,
)
from common.hall_config import HallConfig
from common.projection.state import Appointment, Case, HallState, Pause, Rating, Ticket, Visit, WindowState


@dataclass
class Touched:
    """The keys of the records a batch of events may have changed."""

    tickets: set[str] = field(default_factory=set)
    visits: set[str] = field(default_factory=set)
    ratings: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    windows: set[int] = field(default_factory=set)
    pause_windows: set[int] = field(default_factory=set)
    """Windows whose latest pause began or ended."""
    appointments: set[str] = field(default_factory=set)
    all_pauses: bool = False

    def note(self, state: HallState, event: Event) -> None:
        """Call before and after folding ``event``."""
        p = event.payload
        fields = p.__dict__  # the payload's fields; much cheaper than getattr on a model that lacks one
        for name, keys in (("ticket_id", self.tickets), ("visit_id", self.visits), ("rating_id", self.ratings)):
            value = fields.get(name)
            if isinstance(value, str):
                keys.add(value)
        case_number = fields.get("case_number")
        if isinstance(case_number, str):
            self.cases.add(case_number)
        window = fields.get("window")
        if isinstance(window, int):
            self.windows.add(window)
            held = state.windows.get(window)
            if held is not None:
                if held.ticket_id:
                    self.tickets.add(held.ticket_id)
                if held.visit_id:
                    self.visits.add(held.visit_id)
        if isinstance(p, AppointmentCheckedIn):
            self.tickets.add(p.ticket.ticket_id)
        if isinstance(p, AppointmentBooked | AppointmentCheckedIn | AppointmentCancelled):
            self.appointments.add(p.code)
        if isinstance(p, WindowPaused | WindowResumed | WindowClosed):
            self.pause_windows.add(p.window)
        if isinstance(p, RatingSubmitted):
            (self.visits if p.target == RatingTarget.VISIT else self.cases).add(p.target_id)
        visit_id = fields.get("visit_id")
        visit = state.visits.get(visit_id) if isinstance(visit_id, str) else None
        if visit is not None:
            self.tickets.add(visit.ticket_id)

    @classmethod
    def everything(cls, state: HallState) -> Touched:
        return cls(
            set(state.tickets),
            set(state.visits),
            set(state.ratings),
            set(state.cases),
            set(state.windows),
            appointments=set(state.appointments),
            all_pauses=True,
        )


def write(conn: Connection, hall_id: str, state: HallState, config: HallConfig, touched: Touched) -> None:
    """Upsert the touched records as they now stand in ``state``; open a case for each new bad rating."""
    t, v = state.tickets, state.visits
    _upsert(conn, rm_tickets, [_ticket(hall_id, t[k], config) for k in touched.tickets if k in t])
    _upsert(conn, rm_visits, [_visit(hall_id, v[k], config, state) for k in touched.visits if k in v])
    ratings = [_rating(hall_id, state.ratings[k], config) for k in touched.ratings if k in state.ratings]
    _upsert(conn, rm_ratings, ratings)
    _upsert(conn, rm_cases, [_case(hall_id, state.cases[k], config) for k in touched.cases if k in state.cases])
    _upsert(conn, rm_windows, [_window(hall_id, state.windows[k]) for k in touched.windows if k in state.windows])
    a = state.appointments
    _upsert(conn, rm_appointments, [_appointment(hall_id, a[k], config) for k in touched.appointments if k in a])
    _upsert(conn, rm_pauses, [_pause(hall_id, p, config) for p in _touched_pauses(state, touched)])
    open_cases(conn, hall_id, config, ratings)


def _touched_pauses(state: HallState, touched: Touched) -> list[Pause]:
    if touched.all_pauses:
        return list(state.pauses)
    wanted = set(touched.pause_windows)
    found: list[Pause] = []
    for pause in reversed(state.pauses):  # the latest pause of each window is near the end
        if not wanted:
            break
        if pause.window in wanted:
            wanted.discard(pause.window)
            found.append(pause)
    return found


def rebuild(conn: Connection, hall_id: str, state: HallState, config: HallConfig) -> None:
    """Replace a hall's read models with the records of ``state`` (after an upgrade, or a lost projection)."""
    for table in READ_MODELS:
        conn.execute(delete(table).where(table.c.hall_id == hall_id))
    write(conn, hall_id, state, config, Touched.everything(state))


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    keys = _primary_key(table)
    rows.sort(key=lambda r: tuple(r[k] for k in keys))  # one lock order for every writer
    conn.execute(_upsert_statement(conn.dialect.name, table), rows)


@functools.cache
def _primary_key(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.primary_key.columns)


@functools.cache
def _upsert_statement(dialect: str, table: Table) -> Any:
    """Built once per table: SQLAlchemy keys its compiled-statement cache on the statement, and building an
    ``ON CONFLICT … DO UPDATE`` anew (and computing its key) cost a quarter of a push's time."""
    keys = _primary_key(table)
    insert = sqlite.insert(table) if dialect == "sqlite" else postgresql.insert(table)
    return insert.on_conflict_do_update(
        index_elements=list(keys), set_={c.name: insert.excluded[c.name] for c in table.columns if c.name not in keys}
    )


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


def _seconds(start: datetime | None, end: datetime | None) -> float | None:
    return None if start is None or end is None else (end - start).total_seconds()


def _ticket(hall_id: str, t: Ticket, config: HallConfig) -> dict[str, Any]:
    return {
        "hall_id": hall_id,
        "id": t.id,
        "day": t.day,
        "number": t.number,
        "category": t.category,
        "channel": str(t.channel),
        "status": str(t.status),
        "device_id": t.device_id,
        "issued_at": _utc(t.issued_at),
        "called_at": _utc(t.called_at),
        "closed_at": _utc(t.closed_at),
        "wait_seconds": _seconds(t.issued_at, t.called_at),
        "hour": config.local(t.issued_at).hour,
        "window": t.window,
        "staff": t.staff,
        "calls": t.calls,
        "transfers": t.transfers,
        "requeues": t.requeues,
        "appointment_code": t.appointment_code,
        "items": list(t.items),
        "package": t.package,
        "visits": list(t.visits),
    }


def _trip(state: HallState, v: Visit) -> int | None:
    """Which trip to the hall this visit was for its case: 1 for the first, 2 for a second (最多跑一次 missed)…"""
    case = state.cases.get(v.case_number) if v.case_number else None
    if case is None or v.id not in case.visits:
        return None
    return case.visits.index(v.id) + 1


def _visit(hall_id: str, v: Visit, config: HallConfig, state: HallState) -> dict[str, Any]:
    return {
        "hall_id": hall_id,
        "id": v.id,
        "ticket_id": v.ticket_id,
        "day": v.day,
        "number": v.number,
        "category": v.category,
        "window": v.window,
        "staff": v.staff,
        "finished_by": v.finished_by,
        "started_at": _utc(v.started_at),
        "finished_at": _utc(v.finished_at),
        "service_seconds": v.service_seconds,
        "hour": config.local(v.started_at).hour,
        "trip": _trip(state, v),
        "outcome": None if v.outcome is None else str(v.outcome),
        "transferred": v.transferred,
        "items": list(v.items),
        "package": v.package,
        "case_number": v.case_number,
        "missing_materials": list(v.missing_materials),
        "rating_id": v.rating_id,
        "skipped_rating": v.skipped_rating,
    }


def _rating(hall_id: str, r: Rating, config: HallConfig) -> dict[str, Any]:
    return {
        "hall_id": hall_id,
        "id": r.id,
        "target": str(r.target),
        "target_id": r.target_id,
        "day": config.hall_day(r.at),
        "at": _utc(r.at),
        "level": str(r.level),
        "score": r.level.score,
        "bad": r.level.is_bad,
        "reasons": list(r.reasons),
        "text": r.text,
        "real_name": r.real_name,
        "contact": r.contact,
        "device_id": r.device_id,
        "window": r.window,
        "staff": r.staff,
        "category": r.category,
        "items": list(r.items),
        "defaulted": r.defaulted,
    }


def _case(hall_id: str, c: Case, config: HallConfig) -> dict[str, Any]:
    return {
        "hall_id": hall_id,
        "number": c.number,
        "items": list(c.items),
        "package": c.package,
        "status": str(c.status),
        "accepted_at": _utc(c.accepted_at),
        "accepted_by": c.accepted_by,
        "promised_date": c.promised_date,
        "completed_at": _utc(c.completed_at),
        "completed_day": None if c.completed_at is None else config.hall_day(c.completed_at),
        "result": c.result,
        "stages": [{"at": when.astimezone(UTC).isoformat(), "stage": stage} for when, stage in c.stages],
        "last_stage": c.stages[-1][1] if c.stages else None,
        "visits": list(c.visits),
        "applicant": c.applicant,
        "rating_id": c.rating_id,
    }


def _window(hall_id: str, w: WindowState) -> dict[str, Any]:
    return {
        "hall_id": hall_id,
        "number": w.number,
        "status": str(w.status),
        "staff": w.staff,
        "ticket_id": w.ticket_id,
        "visit_id": w.visit_id,
        "since": _utc(w.since),
        "pause_reason": w.pause.reason if w.pause else None,
        "pause_expected_return": _utc(w.pause.expected_return) if w.pause else None,
        "handover_at": _utc(w.handover_at),
    }


def _pause(hall_id: str, p: Pause, config: HallConfig) -> dict[str, Any]:
    return {
        "hall_id": hall_id,
        "window": p.window,
        "started_at": _utc(p.started_at),
        "day": config.hall_day(p.started_at),
        "hour": config.local(p.started_at).hour,
        "staff": p.staff,
        "reason": p.reason,
        "expected_return": _utc(p.expected_return),
        "ended_at": _utc(p.ended_at),
        "seconds": _seconds(p.started_at, p.ended_at),
    }


def _appointment(hall_id: str, a: Appointment, config: HallConfig) -> dict[str, Any]:
    return {
        "hall_id": hall_id,
        "code": a.code,
        "day": config.hall_day(a.slot_start),
        "category": a.category,
        "item": a.item,
        "slot_start": _utc(a.slot_start),
        "slot_end": _utc(a.slot_end),
        "status": str(a.status),
        "on_time": a.on_time,
        "ticket_id": a.ticket_id,
    }

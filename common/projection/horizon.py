"""What the folded state forgets, so a kiosk or a central store that runs for months keeps a small state.

The log keeps everything (on the central store, with the read models for reports); the state in memory
keeps only what later events can still refer to. Forgetting is part of the fold: it happens when an
event of a new (UTC) day is applied, by fixed horizons, so every replica that folds the same log forgets
the same things and stays equal to the others. An event that refers to something forgotten is refused
(``unknown_visit`` for a rating of a visit three months old), the same way everywhere.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from common.events import Event
from common.projection.state import CaseStatus, HallState, HelpStatus

DAYS_KEPT = 2
"""Tickets, calls, shifts, pauses, appointments, help requests, feedback, applied ids: today and yesterday."""
UNRATED_VISIT_DAYS = 100
"""A visit nobody rated waits for its default rating; the longest default period a hall may set is 90 days."""
COMPLETED_CASE_DAYS = 100
"""A completed case can still be looked up and rated at the kiosk for this long."""


def forget_before(state: HallState, today: date) -> None:
    """Drop what no event of ``today`` or later can refer to any more."""
    cutoff = today - timedelta(days=DAYS_KEPT - 1)
    long_cutoff = today - timedelta(days=UNRATED_VISIT_DAYS)
    held = {w.ticket_id for w in state.windows.values() if w.ticket_id} | {
        w.visit_id for w in state.windows.values() if w.visit_id
    }
    for tid in [t.id for t in state.tickets.values() if t.day < cutoff and t.id not in held]:
        ticket = state.tickets.pop(tid)
        state.numbers.pop((ticket.day, ticket.number), None)
    for key in [k for k in state.lines if k[0] < cutoff]:
        del state.lines[key]

    def rated_long_ago(rating_id: str | None) -> bool:
        rating = state.ratings.get(rating_id) if rating_id else None
        return rating_id is not None and (rating is None or _day(rating.at) < cutoff)

    # A record rated today stays as long as its rating does, however old it is itself: the central store
    # updates its read models from the state right after the rating is folded.
    for vid in [
        v.id
        for v in state.visits.values()
        if v.id not in held and v.finished and v.day < cutoff and (rated_long_ago(v.rating_id) or v.day < long_cutoff)
    ]:
        del state.visits[vid]
    completed_long_ago = today - timedelta(days=COMPLETED_CASE_DAYS)
    for number in [
        c.number
        for c in state.cases.values()
        if c.status == CaseStatus.COMPLETED
        and c.completed_at is not None
        and _day(c.completed_at) < cutoff
        and (rated_long_ago(c.rating_id) or _day(c.completed_at) < completed_long_ago)
    ]:
        del state.cases[number]
    for rid in [r.id for r in state.ratings.values() if _day(r.at) < cutoff]:
        del state.ratings[rid]
    for code in [a.code for a in state.appointments.values() if _day(a.slot_end) < cutoff]:
        del state.appointments[code]
    for hid in [
        h.id
        for h in state.help_requests.values()
        if _day(h.at) < cutoff and (h.status == HelpStatus.RESOLVED or _day(h.at) < long_cutoff)
    ]:
        del state.help_requests[hid]
    for fid in [f.id for f in state.feedback.values() if _day(f.at) < cutoff]:
        del state.feedback[fid]
    state.shifts = tuple(s for s in state.shifts if s.ended_at is None or _day(s.started_at) >= cutoff)
    state.pauses = tuple(p for p in state.pauses if p.ended_at is None or _day(p.started_at) >= cutoff)
    state.applied = {k: d for k, d in state.applied.items() if d >= cutoff}


def is_forgotten_day(state: HallState, event: Event) -> bool:
    """Whether the event's day is older than the applied ids the state still keeps."""
    if state.day is None:
        return False
    return _day(event.created_at) < state.day - timedelta(days=DAYS_KEPT - 1)


def _day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()

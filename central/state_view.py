"""The hall's folded state as JSON for ``GET /api/v1/state``: windows, waiting lines, recent calls, counts."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Any

from common.hall_bundle import HallBundle
from common.projection.queue import waiting_tickets
from common.projection.state import HallState


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def state_json(state: HallState, bundle: HallBundle, seq: int, day: date) -> dict[str, Any]:
    config = bundle.config
    waiting = waiting_tickets(state, day)
    per_category = Counter(t.category for t in waiting)
    windows = []
    for w in config.windows:
        ws = state.window(w.number)
        held = state.tickets.get(ws.ticket_id) if ws.ticket_id else None
        windows.append(
            {
                "number": w.number,
                "categories": list(w.categories),
                "status": str(ws.status),
                "staff": ws.staff,
                "ticket": held.number if held else None,
                "serving": ws.visit_id is not None,
                "since": _iso(ws.since),
                "pause_reason": ws.pause.reason if ws.pause else None,
                "expected_return": _iso(ws.pause.expected_return) if ws.pause else None,
            }
        )
    tickets = [t for t in state.tickets.values() if t.day == day]
    visits = [v for v in state.visits.values() if v.day == day]
    ratings = [r for r in state.ratings.values() if config.hall_day(r.at) == day]
    return {
        "hall_id": bundle.hall_id,
        "version": bundle.version,
        "seq": seq,
        "day": day.isoformat(),
        "windows": windows,
        "waiting": {
            c.letter: {
                "name": c.name,
                "count": per_category.get(c.letter, 0),
                "next": [t.number for t in waiting if t.category == c.letter][:5],
            }
            for c in config.categories
        },
        "recent_calls": [
            {"number": c.number, "window": c.window, "at": c.at.isoformat(), "recall": c.recall}
            for c in state.recent_calls
        ],
        "counts": {
            "tickets": len(tickets),
            "tickets_by_status": dict(Counter(str(t.status) for t in tickets)),
            "visits": len(visits),
            "visits_by_outcome": dict(Counter(str(v.outcome) for v in visits if v.outcome is not None)),
            "ratings": len(ratings),
            "ratings_by_level": dict(Counter(str(r.level) for r in ratings)),
            "bad_ratings": sum(1 for r in ratings if r.level.is_bad),
            "open_cases": sum(1 for c in state.cases.values() if c.status == "accepted"),
            "open_help_requests": sum(1 for h in state.help_requests.values() if h.status != "resolved"),
        },
    }

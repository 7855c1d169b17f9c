"""Questions asked of the queue: who is next at a window, how many are ahead, how long the wait is.

Order of service (architecture.md, "Queue practice"): within the categories a window serves, green
channel and on-time appointments first, then the oldest ticket first by issue time (its hlc, not its
number); a ticket transferred to a window is called only there.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean

from common.hall_config import HallConfig
from common.projection.state import HallState, Ticket, TicketStatus, WindowStatus

RECENT_VISITS_FOR_ESTIMATE = 20


def waiting_tickets(state: HallState, day: date, categories: set[str] | None = None) -> list[Ticket]:
    """Waiting tickets of ``day`` in service order (tickets sent to a window included, by their category)."""
    entries = [
        entry
        for (d, _line), line in state.lines.items()
        if d == day
        for entry in line
        if categories is None or state.tickets[entry[2]].category in categories
    ]
    entries.sort()
    return [state.tickets[e[2]] for e in entries]


def window_categories(config: HallConfig, number: int) -> set[str]:
    try:
        return set(config.window(number).categories)
    except KeyError:
        return set()


def queue_for_window(state: HallState, config: HallConfig, number: int, day: date) -> list[Ticket]:
    """The tickets this window may call, in the order it should call them: those sent to it first."""
    sent = state.lines.get((day, f"#{number}"), [])
    served = sorted(e for c in window_categories(config, number) for e in state.lines.get((day, c), []))
    return [state.tickets[e[2]] for e in (*sent, *served)]


def next_ticket(state: HallState, config: HallConfig, number: int, day: date) -> Ticket | None:
    sent = state.lines.get((day, f"#{number}"))
    if sent:
        return state.tickets[sent[0][2]]
    heads = [line[0] for c in window_categories(config, number) if (line := state.lines.get((day, c)))]
    return state.tickets[min(heads)[2]] if heads else None


def people_ahead(state: HallState, ticket_id: str) -> int:
    """Waiting tickets in the same line (category, or window it was sent to) that will be called first."""
    ticket = state.tickets[ticket_id]
    if ticket.status != TicketStatus.WAITING:
        return 0
    return bisect_left(state.lines[(ticket.day, ticket.line)], ticket.line_entry)


def open_windows_for(state: HallState, config: HallConfig, category: str) -> int:
    return sum(
        1 for w in config.windows if category in w.categories and state.window(w.number).status == WindowStatus.OPEN
    )


def mean_service_minutes(state: HallState, config: HallConfig, category: str, day: date) -> float:
    """The mean of the day's last finished visits in this category, or the hall's default."""
    durations = [
        s
        for v in state.visits.values()
        if v.category == category and v.day == day and not v.transferred and (s := v.service_seconds) is not None
    ]
    if not durations:
        return config.queue.default_service_minutes
    return fmean(durations[-RECENT_VISITS_FOR_ESTIMATE:]) / 60


def estimated_wait_minutes(
    state: HallState, config: HallConfig, category: str, day: date, ahead: int | None = None
) -> float:
    """Tickets ahead ÷ windows open for the category × recent mean service time (architecture.md)."""
    if ahead is None:
        ahead = len(waiting_tickets(state, day, {category}))
    windows = open_windows_for(state, config, category)
    per_ticket = mean_service_minutes(state, config, category, day)
    return ahead * per_ticket / max(windows, 1)


@dataclass(frozen=True, slots=True)
class CategoryLoad:
    letter: str
    waiting: int
    open_windows: int
    estimated_wait_minutes: float
    longest_wait_minutes: float


def category_loads(state: HallState, config: HallConfig, day: date, now: datetime) -> list[CategoryLoad]:
    result = []
    for c in config.categories:
        tickets = waiting_tickets(state, day, {c.letter})
        longest = max(((now - t.issued_at).total_seconds() / 60 for t in tickets), default=0.0)
        result.append(
            CategoryLoad(
                letter=c.letter,
                waiting=len(tickets),
                open_windows=open_windows_for(state, config, c.letter),
                estimated_wait_minutes=estimated_wait_minutes(state, config, c.letter, day, len(tickets)),
                longest_wait_minutes=max(longest, 0.0),
            )
        )
    return result


@dataclass(frozen=True, slots=True)
class UnattendedAlert:
    """不得空岗: a window paused past the hall's limit."""

    window: int
    staff: str
    reason: str
    paused_since: datetime
    minutes: float


def unattended_windows(state: HallState, config: HallConfig, now: datetime) -> list[UnattendedAlert]:
    limit = timedelta(minutes=config.queue.pause_limit_minutes)
    alerts = []
    for w in sorted(state.windows.values(), key=lambda w: w.number):
        if w.status == WindowStatus.PAUSED and w.pause is not None and now - w.pause.started_at > limit:
            alerts.append(
                UnattendedAlert(
                    w.number,
                    w.pause.staff,
                    w.pause.reason,
                    w.pause.started_at,
                    (now - w.pause.started_at).total_seconds() / 60,
                )
            )
    return alerts


def peak_alert(loads: list[CategoryLoad], config: HallConfig) -> bool:
    """Waiting or the longest wait past the hall's thresholds (clause 5.3.1, emergency mechanism)."""
    total = sum(load.waiting for load in loads)
    longest = max((load.longest_wait_minutes for load in loads), default=0.0)
    return total >= config.alerts.peak_waiting or longest >= config.alerts.peak_wait_minutes

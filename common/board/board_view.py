"""What the hall board shows, computed from the hall state: the calls, each window's state, the waiting
line per category and the notices. The widgets in ``kiosk/board`` only draw this."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from common.hall_config import HallConfig
from common.projection.queue import category_loads
from common.projection.state import Call, HallState, TicketStatus, WindowState, WindowStatus

HANDOVER_SHOWN = timedelta(minutes=3)
"""How long a window shows that a new clerk took over (替岗)."""
RECENT_CALLS = 8


class WindowPhase(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    """Open, nobody called."""
    CALLING = "calling"
    SERVING = "serving"
    PAUSED = "paused"
    HANDOVER = "handover"
    """Another clerk just took over; service goes on."""


@dataclass(frozen=True, slots=True)
class WindowLine:
    number: int
    phase: WindowPhase
    ticket: str | None = None
    """The number called or being served."""
    back_at: datetime | None = None
    """When a paused window expects to be back, in the hall's time zone."""
    unattended: bool = False
    """Paused longer than the hall's limit (不得空岗): an alert for the managers, derived from the state."""


@dataclass(frozen=True, slots=True)
class CategoryLine:
    letter: str
    name: str
    name_en: str
    waiting: int
    open_windows: int
    wait_minutes: int | None
    """Estimated wait, rounded up; None when no open window serves the category."""


@dataclass(frozen=True, slots=True)
class BoardView:
    hall_name: str
    hall_name_en: str
    now: datetime
    """In the hall's time zone."""
    calls: tuple[Call, ...]
    """Newest first, one per ticket (a recall moves its ticket to the top)."""
    windows: tuple[WindowLine, ...]
    categories: tuple[CategoryLine, ...]
    notices: tuple[str, ...]

    def call(self, event_id: str) -> Call | None:
        return next((c for c in self.calls if c.event_id == event_id), None)


def _window_line(state: HallState, window: WindowState, now: datetime, config: HallConfig) -> WindowLine:
    if window.status == WindowStatus.CLOSED:
        return WindowLine(window.number, WindowPhase.CLOSED)
    if window.status == WindowStatus.PAUSED:
        back = config.local(window.pause.expected_return) if window.pause else None
        limit = timedelta(minutes=config.queue.pause_limit_minutes)
        over = window.pause is not None and now - window.pause.started_at > limit
        return WindowLine(window.number, WindowPhase.PAUSED, back_at=back, unattended=over)
    ticket = state.tickets.get(window.ticket_id) if window.ticket_id else None
    number = ticket.number if ticket else None
    if ticket is not None and ticket.status == TicketStatus.CALLED:
        return WindowLine(window.number, WindowPhase.CALLING, number)
    if window.handover_at is not None and now - window.handover_at < HANDOVER_SHOWN:
        return WindowLine(window.number, WindowPhase.HANDOVER, number)
    if ticket is not None and ticket.status == TicketStatus.SERVING:
        return WindowLine(window.number, WindowPhase.SERVING, number)
    return WindowLine(window.number, WindowPhase.OPEN)


def _distinct_tickets(calls: tuple[Call, ...], limit: int) -> tuple[Call, ...]:
    seen: set[str] = set()
    result = []
    for call in calls:
        if call.ticket_id not in seen:
            seen.add(call.ticket_id)
            result.append(call)
        if len(result) == limit:
            break
    return tuple(result)


def board_view(state: HallState, config: HallConfig, now: datetime, recent: int = RECENT_CALLS) -> BoardView:
    day = config.hall_day(now)
    names = {c.letter: c for c in config.categories}
    categories = tuple(
        CategoryLine(
            letter=load.letter,
            name=names[load.letter].name,
            name_en=names[load.letter].name_en,
            waiting=load.waiting,
            open_windows=load.open_windows,
            wait_minutes=math.ceil(load.estimated_wait_minutes) if load.open_windows else None,
        )
        for load in category_loads(state, config, day, now)
    )
    windows = tuple(_window_line(state, state.window(w.number), now, config) for w in config.windows)
    return BoardView(
        hall_name=config.name,
        hall_name_en=config.name_en,
        now=config.local(now),
        calls=_distinct_tickets(state.recent_calls, recent),
        windows=windows,
        categories=categories,
        notices=tuple(config.notices),
    )

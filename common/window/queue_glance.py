"""The queue at a glance from one window's desk: how many wait in each category it serves and how long,
the next tickets it would call, the kiosks' help requests, and the alerts a clerk must not miss (a window
left unattended, a peak, this window's own pause running long)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from common.events import Channel, HelpKind
from common.hall_bundle import HallBundle
from common.projection.queue import (
    UnattendedAlert,
    category_loads,
    peak_alert,
    queue_for_window,
    unattended_windows,
)
from common.projection.state import HallState, HelpStatus, TicketStatus

NEXT_SHOWN = 8
"""How many of the next tickets the console lists."""


@dataclass(frozen=True, slots=True)
class CategoryCount:
    letter: str
    name: str
    name_en: str
    waiting: int
    wait_minutes: int
    """Estimated wait for a ticket taken now, rounded up."""
    longest_minutes: int


@dataclass(frozen=True, slots=True)
class NextTicket:
    ticket_id: str
    number: str
    category: str
    channel: Channel
    waited_minutes: int
    sent_here: bool
    """Transferred to this window by another one: only this window may call it."""
    requeued: bool


@dataclass(frozen=True, slots=True)
class HelpLine:
    request_id: str
    kind: HelpKind
    item: str | None
    item_name: str
    step: str
    note: str
    device_id: str
    minutes: int
    taken_here: bool
    """This window took it: the clerk may mark it resolved."""


@dataclass(frozen=True, slots=True)
class QueueGlance:
    categories: tuple[CategoryCount, ...]
    waiting: int
    """Everyone this window could call."""
    next: tuple[NextTicket, ...]
    help: tuple[HelpLine, ...]
    unattended: tuple[UnattendedAlert, ...]
    """Windows paused past the hall's limit (this one included)."""
    peak: bool
    no_shows: tuple[str, ...]
    """Today's no-show numbers at this window, newest first: who may come back to be put in line."""


def queue_glance(state: HallState, bundle: HallBundle, window: int, day: date, now: datetime) -> QueueGlance:
    config = bundle.config
    served = set(config.window(window).categories)
    loads = category_loads(state, config, day, now)
    names = {c.letter: (c.name, c.name_en) for c in config.categories}
    categories = tuple(
        CategoryCount(
            letter=load.letter,
            name=names[load.letter][0],
            name_en=names[load.letter][1],
            waiting=load.waiting,
            wait_minutes=math.ceil(load.estimated_wait_minutes),
            longest_minutes=int(load.longest_wait_minutes),
        )
        for load in loads
        if load.letter in served
    )
    line = queue_for_window(state, config, window, day)
    upcoming = tuple(
        NextTicket(
            ticket_id=t.id,
            number=t.number,
            category=t.category,
            channel=t.channel,
            waited_minutes=max(int((now - t.issued_at).total_seconds() // 60), 0),
            sent_here=t.target_window == window,
            requeued=t.requeues > 0,
        )
        for t in line[:NEXT_SHOWN]
    )
    return QueueGlance(
        categories=categories,
        waiting=len(line),
        next=upcoming,
        help=_help_lines(state, bundle, window, now),
        unattended=tuple(unattended_windows(state, config, now)),
        peak=peak_alert(loads, config),
        no_shows=_no_shows(state, window, day),
    )


def _help_lines(state: HallState, bundle: HallBundle, window: int, now: datetime) -> tuple[HelpLine, ...]:
    lines = []
    for request in sorted(state.help_requests.values(), key=lambda r: r.at):
        if request.status == HelpStatus.RESOLVED:
            continue
        if request.status == HelpStatus.TAKEN and request.window != window:
            continue  # another window is on it
        item_name = ""
        if request.item:
            try:
                item_name = bundle.catalogue.item(request.item).name
            except KeyError:
                item_name = request.item
        lines.append(
            HelpLine(
                request_id=request.id,
                kind=request.kind,
                item=request.item,
                item_name=item_name,
                step=request.step,
                note=request.note,
                device_id=request.device_id,
                minutes=max(int((now - request.at).total_seconds() // 60), 0),
                taken_here=request.status == HelpStatus.TAKEN,
            )
        )
    return tuple(lines)


def _no_shows(state: HallState, window: int, day: date) -> tuple[str, ...]:
    missed = [
        t for t in state.tickets.values() if t.day == day and t.status == TicketStatus.NO_SHOW and t.window == window
    ]
    missed.sort(key=lambda t: t.closed_at or t.issued_at, reverse=True)
    return tuple(t.number for t in missed)

"""What a window shows, computed from the hall state: who is on duty (clause 5.3.1: name, unit, staff
number, photo), the number called or served, the pause sign with its countdown, a recent handover, and
what the rating pad asks (一次一评). The console's header and the citizen-facing screen only draw this."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from common.events import Channel, Outcome
from common.hall_bundle import HallBundle
from common.hall_config import HallConfig, WindowType
from common.opening_rules import Closed, calling_answer
from common.projection.state import HallState, TicketStatus, Visit, WindowStatus
from common.ratings_scale import RatingLevel

HANDOVER_SHOWN = timedelta(minutes=3)
"""How long the citizen screen says that another clerk took over (替岗); the same as the board."""
THANKS_SHOWN = timedelta(seconds=6)
"""How long the thank-you screen stays after a rating, unless the next number is called first."""


class WindowPhase(StrEnum):
    CLOSED = "closed"
    IDLE = "idle"
    """Open, nobody called: the citizen screen invites the next number."""
    CALLING = "calling"
    SERVING = "serving"
    PAUSED = "paused"


class PadPhase(StrEnum):
    NONE = "none"
    RATE = "rate"
    """A finished visit waits for its rating."""
    THANKS = "thanks"


@dataclass(frozen=True, slots=True)
class ClerkCard:
    """The identity the citizen sees (clause 5.3.1)."""

    number: str
    """工号."""
    name: str
    unit: str
    department: str = ""


@dataclass(frozen=True, slots=True)
class PauseSign:
    """暂停服务牌: why, since when, when the clerk expects to be back, and how that compares with now."""

    reason: str
    started_at: datetime
    """In the hall's time zone, like every time below."""
    expected_return: datetime
    remaining_s: int
    """Seconds until the expected return; negative once it has passed."""
    paused_s: int
    """Seconds since the pause began."""
    over_limit: bool
    """Paused longer than the hall's limit: the window counts as unattended (不得空岗)."""

    @property
    def overdue(self) -> bool:
        return self.remaining_s < 0


@dataclass(frozen=True, slots=True)
class WindowView:
    number: int
    type: WindowType
    department: str
    hall_name: str
    hall_name_en: str
    now: datetime
    """In the hall's time zone."""
    phase: WindowPhase
    clerk: ClerkCard | None
    ticket_id: str | None = None
    ticket: str | None = None
    """The number called or served here."""
    category: str | None = None
    category_name: str = ""
    category_name_en: str = ""
    channel: Channel = Channel.NORMAL
    calls: int = 0
    """1 for the call, plus one per recall."""
    called_at: datetime | None = None
    visit_id: str | None = None
    pause: PauseSign | None = None
    handed_over: bool = False
    """Another clerk took over a short while ago (替岗): say so, with the new identity."""
    previous_clerk: ClerkCard | None = None
    pad: PadPhase = PadPhase.NONE
    rating_visit: Visit | None = None
    """The visit the pad asks about (RATE) or just thanked for (THANKS)."""
    rated_level: RatingLevel | None = None
    lunch_until: datetime | None = None
    """The lunch break (午休) at a window without lunch duty, holding nobody: when calling resumes, in the
    hall's zone. The citizen screen shows the lunch sign."""

    @property
    def open(self) -> bool:
        return self.phase != WindowPhase.CLOSED


def clerk_card(bundle: HallBundle, staff: str | None) -> ClerkCard | None:
    """The roster's card for ``staff``; a number the roster no longer has still shows, as itself."""
    if not staff:
        return None
    member = bundle.roster.get(staff)
    if member is None:
        return ClerkCard(number=staff, name=staff, unit="")
    return ClerkCard(member.number, member.name, member.unit, member.department)


def awaiting_rating(state: HallState, window: int) -> Visit | None:
    """The visit the rating pad asks about: the latest visit finished at ``window`` (not sent on by a
    transfer, whose citizen rates where they finish), neither rated nor recorded as not rated."""
    latest = latest_finished(state, window)
    if latest is None or latest.rating_id is not None or latest.skipped_rating:
        return None
    return latest


def latest_finished(state: HallState, window: int) -> Visit | None:
    """The last visit finished at ``window``, except one ended by a transfer."""
    finished = [
        (v.finished_at, v.id, v)
        for v in state.visits.values()
        if v.window == window and v.finished_at is not None and not v.transferred
    ]
    return max(finished, key=lambda f: (f[0], f[1]))[2] if finished else None


def _pause_sign(state: HallState, bundle: HallBundle, number: int, now: datetime) -> PauseSign | None:
    window = state.window(number)
    if window.status != WindowStatus.PAUSED or window.pause is None:
        return None
    config = bundle.config
    pause = window.pause
    paused = now - pause.started_at
    return PauseSign(
        reason=pause.reason,
        started_at=config.local(pause.started_at),
        expected_return=config.local(pause.expected_return),
        remaining_s=int((pause.expected_return - now).total_seconds() // 1),
        paused_s=max(int(paused.total_seconds()), 0),
        over_limit=paused > timedelta(minutes=config.queue.pause_limit_minutes),
    )


def _previous_clerk(state: HallState, bundle: HallBundle, number: int, current: str | None) -> ClerkCard | None:
    for shift in reversed(state.shifts):
        if shift.window == number and shift.ended_by == "handover" and shift.staff != current:
            return clerk_card(bundle, shift.staff)
    return None


def window_view(state: HallState, bundle: HallBundle, number: int, now: datetime) -> WindowView:
    config = bundle.config
    spec = config.window(number)
    window = state.window(number)
    view = WindowView(
        number=number,
        type=spec.type,
        department=spec.department,
        hall_name=config.name,
        hall_name_en=config.name_en,
        now=config.local(now),
        phase=WindowPhase.CLOSED,
        clerk=None,
    )
    if window.status == WindowStatus.CLOSED:
        return view
    handed_over = window.handover_at is not None and now - window.handover_at < HANDOVER_SHOWN
    view = replace(
        view,
        clerk=clerk_card(bundle, window.staff),
        handed_over=handed_over,
        previous_clerk=_previous_clerk(state, bundle, number, window.staff) if handed_over else None,
    )
    ticket = state.tickets.get(window.ticket_id) if window.ticket_id else None
    if ticket is not None:
        try:
            category = config.category(ticket.category)
            category_name, category_name_en = category.name, category.name_en
        except KeyError:
            category_name = category_name_en = ""
        view = replace(
            view,
            ticket_id=ticket.id,
            ticket=ticket.number,
            category=ticket.category,
            category_name=category_name,
            category_name_en=category_name_en,
            channel=ticket.channel,
            calls=ticket.calls,
            called_at=config.local(ticket.called_at) if ticket.called_at else None,
            visit_id=window.visit_id,
        )
    if window.status == WindowStatus.PAUSED:
        view = replace(view, phase=WindowPhase.PAUSED, pause=_pause_sign(state, bundle, number, now))
    elif ticket is not None:
        serving = ticket.status == TicketStatus.SERVING
        view = replace(view, phase=WindowPhase.SERVING if serving else WindowPhase.CALLING)
    else:
        view = replace(view, phase=WindowPhase.IDLE, lunch_until=_lunch_until(config, number, now))
    return view if ticket is not None else _with_pad(view, state, number, now)


def _lunch_until(config: HallConfig, number: int, now: datetime) -> datetime | None:
    answer = calling_answer(config, number, now)
    return answer.resumes_at if answer.closed == Closed.LUNCH else None


def _with_pad(view: WindowView, state: HallState, number: int, now: datetime) -> WindowView:
    """The rating pad, when the window holds nobody: asking about the last visit, or thanking for it."""
    latest = latest_finished(state, number)
    if latest is None:
        return view
    if latest.rating_id is None and not latest.skipped_rating:
        return replace(view, pad=PadPhase.RATE, rating_visit=latest)
    rating = state.ratings.get(latest.rating_id) if latest.rating_id else None
    if rating is not None and not rating.defaulted and now - rating.at < THANKS_SHOWN:
        return replace(view, pad=PadPhase.THANKS, rating_visit=latest, rated_level=rating.level)
    return view


def needs_notice(visit: Visit | None) -> bool:
    """A one-time notice (一次性告知) that the citizen screen can show before the rating."""
    return visit is not None and visit.outcome == Outcome.ONE_TIME_NOTICE and bool(visit.missing_materials)

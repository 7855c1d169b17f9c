"""A call that lost to another window: two windows called the same ticket while offline, or at the same
instant. The central store's order decides; the losing window learns it either when a pull makes its
pending call invalid (the replica's conflict) or when the central store refuses it (``ticket_taken``).
Either way the call is undone on the console, once, with the steps recorded on top of it, and the
next ticket is offered instead."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from common.device import Device
from common.events import (
    Event,
    RatingSkipped,
    RatingSubmitted,
    ServiceFinished,
    ServiceStarted,
    TicketCalled,
    TicketNoShow,
    TicketRecalled,
    TicketTransferred,
)
from common.projection.state import TicketStatus

LOST_CODES = frozenset({"ticket_taken", "ticket_not_waiting", "ticket_for_other_window"})
"""Why a call can fail in the server's order: another window has (or had) the ticket."""


@dataclass(frozen=True, slots=True)
class LostCall:
    event_id: str
    ticket_id: str
    number: str
    taken_by: int | None
    """The window that has the ticket now, when this device already knows it."""
    undone_steps: int
    """Steps recorded here on top of the lost call (recall, start, finish, rating) that went with it."""


@dataclass(frozen=True, slots=True)
class Refused:
    """Any other event of this window that the server's order made invalid, for a plain message."""

    event_id: str
    event_type: str
    code: str
    message: str


def _refers_to(event: Event, tickets: set[str], visits: set[str]) -> bool:
    p = event.payload
    if isinstance(p, TicketRecalled | TicketNoShow | TicketTransferred | ServiceStarted):
        return p.ticket_id in tickets
    if isinstance(p, ServiceFinished | RatingSkipped):
        return p.visit_id in visits
    if isinstance(p, RatingSubmitted):
        return p.target_id in visits
    return False


class LostCallWatch:
    """Tells each lost call (and each other refusal) once, however many times it is seen."""

    def __init__(self, window: int) -> None:
        self.window = window
        self._told: set[str] = set()
        self.lost_tickets: dict[str, int] = {}
        """Tickets this window lost, with how often they had been put back in line (requeued or transferred)
        when they were lost: they are not offered again until the server's order puts them back once more."""

    def from_conflicts(self, device: Device) -> tuple[list[LostCall], list[Refused]]:
        """Pending events that the latest pull made invalid (they are still pending, and will be refused)."""
        conflicts = device.replica.conflicts
        if not conflicts:
            return [], []
        failed = [
            (e, conflicts[str(e.id)].code, conflicts[str(e.id)].message)
            for e in device.replica.pending
            if str(e.id) in conflicts
        ]
        return self._sort(device, failed)

    def from_refusals(
        self, device: Device, rejected: Iterable[tuple[Event, str, str]]
    ) -> tuple[list[LostCall], list[Refused]]:
        """Events the central store refused (``Device.apply_rejected``)."""
        return self._sort(device, list(rejected))

    def _sort(self, device: Device, failed: list[tuple[Event, str, str]]) -> tuple[list[LostCall], list[Refused]]:
        lost: list[LostCall] = []
        refused: list[Refused] = []
        calls = [
            (e, code)
            for e, code, _m in failed
            if isinstance(e.payload, TicketCalled) and e.payload.window == self.window and code in LOST_CODES
        ]
        for call, _code in calls:
            assert isinstance(call.payload, TicketCalled)
            ticket_id = call.payload.ticket_id
            visits = {
                e.payload.visit_id
                for e, _c, _m in failed
                if isinstance(e.payload, ServiceStarted) and e.payload.ticket_id == ticket_id
            }
            visits |= {
                e.payload.visit_id
                for e in device.replica.pending
                if isinstance(e.payload, ServiceStarted) and e.payload.ticket_id == ticket_id
            }
            steps = [e for e, _c, _m in failed if _refers_to(e, {ticket_id}, visits)]
            if ticket_id not in self.lost_tickets:
                confirmed = device.replica.confirmed.tickets.get(ticket_id)
                self.lost_tickets[ticket_id] = confirmed.requeues + confirmed.transfers if confirmed else 0
            new = str(call.id) not in self._told
            self._told.add(str(call.id))
            self._told.update(str(e.id) for e in steps)
            if not new:
                continue
            ticket = device.state.tickets.get(ticket_id)
            holder = ticket.window if ticket is not None and ticket.window != self.window else None
            if ticket is not None and ticket.status not in (TicketStatus.CALLED, TicketStatus.SERVING):
                holder = None
            lost.append(
                LostCall(
                    event_id=str(call.id),
                    ticket_id=ticket_id,
                    number=ticket.number if ticket is not None else "",
                    taken_by=holder,
                    undone_steps=len(steps),
                )
            )
        for event, code, message in failed:
            key = str(event.id)
            if key in self._told:
                continue
            self._told.add(key)
            refused.append(Refused(key, str(event.type), code, message))
        return lost, refused

    def callable(self, ticket_id: str, device: Device) -> bool:
        """Whether to offer ``ticket_id``: not a ticket this window just lost, which may still look waiting
        here until the winner's call arrives, unless the server's order has since put it back in line (the
        other window marked it no-show and it was requeued, or sent it on)."""
        moved = self.lost_tickets.get(ticket_id)
        if moved is None:
            return True
        ticket = device.replica.confirmed.tickets.get(ticket_id)
        if ticket is not None and ticket.status == TicketStatus.WAITING and ticket.requeues + ticket.transfers > moved:
            del self.lost_tickets[ticket_id]
            return True
        return False

"""Which appointment times the kiosk offers (clause 5.3.2.3): the hall's slots, including off-hours
(延时/错时) and holiday (节假日) openings, each with how many places are left.

The central store and every device judge a booking with ``projection.admission``; this module only
offers times that judgement accepts, and never a time on a public holiday unless the slot names that
date (a weekday slot does not open on a holiday)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from common.hall_config import AppointmentSlot, HallConfig, SlotKind
from common.projection.state import AppointmentStatus, HallState

BOOKING_DAYS = 14
"""How far ahead the kiosk offers appointments."""
LEAD = timedelta(minutes=30)
"""The earliest bookable start: a little after now, so the citizen can get here."""


@dataclass(frozen=True, slots=True)
class SlotOffer:
    category: str
    start: datetime
    """Aware, in the hall's zone."""
    end: datetime
    kind: SlotKind
    capacity: int
    taken: int

    @property
    def left(self) -> int:
        return max(self.capacity - self.taken, 0)

    @property
    def full(self) -> bool:
        return self.left == 0


@dataclass(frozen=True, slots=True)
class DayOffers:
    day: date
    offers: tuple[SlotOffer, ...]

    @property
    def kinds(self) -> tuple[SlotKind, ...]:
        """The kinds of slot open that day, regular first."""
        order = list(SlotKind)
        return tuple(sorted({o.kind for o in self.offers}, key=order.index))

    @property
    def left(self) -> int:
        return sum(o.left for o in self.offers)


def bookable_categories(config: HallConfig) -> list[str]:
    """Category letters the hall takes appointments for, in the hall's order."""
    letters = {c for s in config.appointment_slots for c in s.categories}
    return [c.letter for c in config.categories if c.letter in letters]


def _opens_on(config: HallConfig, slot: AppointmentSlot, day: date) -> bool:
    if day in slot.days:
        return True  # a slot named for this date: a holiday opening
    return slot.applies_to(day) and day not in config.calendar.holidays


def _taken(state: HallState, category: str, start: datetime) -> int:
    return sum(
        1
        for a in state.appointments.values()
        if a.slot_start == start and a.category == category and a.status != AppointmentStatus.CANCELLED
    )


def offers_on(config: HallConfig, state: HallState, category: str, day: date, now: datetime) -> list[SlotOffer]:
    """Every appointment time of ``day`` for ``category``, in time order, past ones left out."""
    found: dict[datetime, SlotOffer] = {}
    zone = config.zone
    for slot in config.appointment_slots:
        if category not in slot.categories or not _opens_on(config, slot, day):
            continue
        start = datetime.combine(day, slot.hours.start, tzinfo=zone)
        close = datetime.combine(day, slot.hours.end, tzinfo=zone)
        length = timedelta(minutes=slot.minutes)
        while start + length <= close:
            if start >= now + LEAD and start not in found:
                found[start] = SlotOffer(
                    category, start, start + length, slot.kind, slot.capacity, _taken(state, category, start)
                )
            start += length
    return [found[k] for k in sorted(found)]


def days_with_offers(
    config: HallConfig, state: HallState, category: str, now: datetime, days: int = BOOKING_DAYS
) -> list[DayOffers]:
    """The next ``days`` days (today first) that have at least one time for ``category``."""
    today = config.hall_day(now)
    result = []
    for n in range(days):
        day = today + timedelta(days=n)
        offers = offers_on(config, state, category, day, now)
        if offers:
            result.append(DayOffers(day, tuple(offers)))
    return result

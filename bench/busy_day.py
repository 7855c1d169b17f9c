"""A busy day in the sample hall, as events: tickets from two kiosks, twelve windows calling, serving,
pausing and handing over, cases moving through their stages, ratings (some bad). Deterministic for a
seed, valid under the real rules (every event passes the ``Sequencer``), so benchmarks and tests can
share it.

    python -m bench.busy_day --tickets 2000 --out /tmp/day.jsonl
"""

from __future__ import annotations

import argparse
import heapq
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from common.events import Event, EventType, Outcome, event_json, make_event
from common.hall_bundle import HallBundle, load_hall
from common.hlc import HybridClock
from common.ids import new_id, uuid7
from common.projection.admission import DeviceKind
from common.ratings_scale import RatingLevel
from common.sequencer import Sequencer

SAMPLE_HALL = Path(__file__).parent.parent / "assets" / "sample_hall"
DAY = date(2026, 11, 30)  # a Monday
OPEN = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # 09:00 in Nanjing
CLOSE = OPEN + timedelta(hours=8)
NOON = OPEN + timedelta(hours=3)
STAGES = ["初审", "复审", "登簿", "缮证", "待领证"]


@dataclass(order=True)
class _Pending:
    at: datetime
    order: int
    device: str = field(compare=False)
    type: EventType = field(compare=False)
    payload: dict[str, Any] = field(compare=False)


class DayBuilder:
    def __init__(self, bundle: HallBundle, tickets: int, seed: int, day: date = DAY) -> None:
        self.bundle = bundle
        self.day = day
        shift = timedelta(days=(day - DAY).days)
        self.open, self.close, self.noon = OPEN + shift, CLOSE + shift, NOON + shift
        self.rng = random.Random(seed)
        self.tickets = tickets
        self.queue: list[_Pending] = []
        self.order = 0
        self.clocks: dict[str, HybridClock] = {}

    def at(self, when: datetime, device: str, event_type: EventType, payload: dict[str, Any]) -> None:
        self.order += 1
        heapq.heappush(self.queue, _Pending(when, self.order, device, event_type, payload))

    def plan(self) -> None:
        config = self.bundle.config
        staff = [s.number for s in self.bundle.roster.staff]
        windows = [w.number for w in config.windows]
        self.first_shift = dict(zip(windows, staff, strict=False))
        # At noon the spare clerks take over the first windows (替岗), mid-service or not.
        self.second_shift = dict(zip(windows, staff[len(windows) :], strict=False))
        for w in windows:
            self.at(
                self.open - timedelta(minutes=5),
                f"window-{w}",
                EventType.WINDOW_OPENED,
                {"window": w, "staff": self.first_shift[w]},
            )
        for w, clerk in self.second_shift.items():
            self.at(self.noon, f"window-{w}", EventType.WINDOW_HANDOVER, {"window": w, "to_staff": clerk})
        self.free = dict.fromkeys(windows, self.open)
        serves = {w.number: set(w.categories) for w in config.windows}
        letters = [c.letter for c in config.categories if any(c.letter in s for s in serves.values())]
        counters = dict.fromkeys(letters, 0)
        weights = [sum(1 for n in windows if c in serves[n]) for c in letters]  # demand follows capacity
        self.items = {c: [it.code for it in self.bundle.catalogue.items_in(c)] for c in letters}
        span = (self.close - self.open - timedelta(hours=1)).total_seconds()
        issue_times = sorted(self.open + timedelta(seconds=self.rng.random() * span) for _ in range(self.tickets))
        for i, issued in enumerate(issue_times):
            letter = self.rng.choices(letters, weights)[0]
            counters[letter] += 1
            ticket_id = new_id()
            self.at(
                issued,
                f"kiosk-{1 + i % 2}",
                EventType.TICKET_ISSUED,
                {
                    "ticket_id": ticket_id,
                    "number": f"{letter}{counters[letter]:03d}",
                    "category": letter,
                    "day": self.day,
                    "channel": "green" if self.rng.random() < 0.05 else "normal",
                },
            )
            w = min((n for n in windows if letter in serves[n]), key=lambda n: self.free[n])
            t = max(issued + timedelta(seconds=20), self.free[w]) + timedelta(seconds=5)
            if t <= self.close:  # otherwise not reached before closing: carried over
                self.free[w] = self._serve(i, ticket_id, letter, w, t)

    def _on_duty(self, w: int, t: datetime) -> str:
        return self.second_shift[w] if w in self.second_shift and t >= self.noon else self.first_shift[w]

    def _serve(self, i: int, ticket_id: str, letter: str, w: int, t: datetime) -> datetime:
        """Call, maybe recall, serve, finish, rate; returns when the window is free again."""
        rng, device = self.rng, f"window-{w}"
        self.at(t, device, EventType.TICKET_CALLED, {"ticket_id": ticket_id, "window": w, "staff": self._on_duty(w, t)})
        if rng.random() < 0.3:
            t += timedelta(seconds=20)
            self.at(t, device, EventType.TICKET_RECALLED, {"ticket_id": ticket_id, "window": w})
        if rng.random() < 0.05:
            t += timedelta(seconds=60)
            self.at(t, device, EventType.TICKET_NO_SHOW, {"ticket_id": ticket_id, "window": w})
            return t + timedelta(seconds=5)
        visit_id = new_id()
        t += timedelta(seconds=20)
        self.at(
            t,
            device,
            EventType.SERVICE_STARTED,
            {"ticket_id": ticket_id, "visit_id": visit_id, "window": w, "staff": self._on_duty(w, t)},
        )
        t += timedelta(minutes=rng.uniform(1, 3.5))
        case = f"NJBDC-{self.day:%Y%m%d}-{i:05d}"
        outcome = self._outcome(case, letter)
        self.at(t, device, EventType.SERVICE_FINISHED, {"visit_id": visit_id, "window": w, **outcome})
        rated = t + timedelta(seconds=10)
        if rng.random() < 0.85:
            level = rng.choice(list(RatingLevel)[:3]) if rng.random() > 0.04 else RatingLevel.DISSATISFIED
            reasons = [rng.choice(self.bundle.config.rating.bad_reasons)] if level.is_bad else []
            self.at(
                rated,
                device,
                EventType.RATING_SUBMITTED,
                {
                    "rating_id": new_id(),
                    "target": "visit",
                    "target_id": visit_id,
                    "level": level,
                    "reasons": reasons,
                },
            )
        else:
            self.at(rated, device, EventType.RATING_SKIPPED, {"visit_id": visit_id, "window": w})
        if outcome["outcome"] == Outcome.PROMISED:
            self._back_office(device, case, t)
        free = rated + timedelta(seconds=5)
        if rng.random() < 0.04:  # a short pause
            pause_at = free + timedelta(seconds=5)
            back = pause_at + timedelta(minutes=rng.uniform(3, 12))
            self.at(
                pause_at,
                device,
                EventType.WINDOW_PAUSED,
                {"window": w, "reason": "临时离开", "expected_return": pause_at + timedelta(minutes=10)},
            )
            self.at(back, device, EventType.WINDOW_RESUMED, {"window": w})
            free = back + timedelta(seconds=5)
        return free

    def _outcome(self, case: str, letter: str) -> dict[str, Any]:
        item = self.rng.choice(self.items[letter]) if self.items[letter] else None
        kind = self.rng.random()
        if item and kind < 0.6:
            return {
                "outcome": Outcome.PROMISED,
                "case_number": case,
                "items": [item],
                "promised_date": self.day + timedelta(days=5),
            }
        if item and kind < 0.85:
            return {"outcome": Outcome.ON_THE_SPOT, "case_number": case, "items": [item]}
        if kind < 0.93:
            return {"outcome": Outcome.ONE_TIME_NOTICE, "missing_materials": ["不动产权证书原件"]}
        return {"outcome": Outcome.CONSULTED}

    def _back_office(self, device: str, case: str, t: datetime) -> None:
        back = t + timedelta(minutes=10)
        for stage in STAGES:
            back += timedelta(minutes=self.rng.uniform(5, 20))
            self.at(back, device, EventType.CASE_PROGRESSED, {"case_number": case, "stage": stage})
        if self.rng.random() < 0.5:
            self.at(back + timedelta(minutes=5), device, EventType.CASE_COMPLETED, {"case_number": case})

    def events(self) -> Iterator[Event]:
        hall = self.bundle.hall_id
        while self.queue:
            p = heapq.heappop(self.queue)
            ms = int(p.at.timestamp() * 1000)
            clock = self.clocks.setdefault(p.device, HybridClock(p.device, wall=lambda: 0))
            clock.observe(f"{ms:013d}-0000-{p.device}")
            ts = clock.now()
            yield make_event(
                p.type, p.payload, event_id=uuid7(ms), device_id=p.device, hall_id=hall, hlc=str(ts), created_at=p.at
            )


def busy_day(tickets: int = 2000, seed: int = 1, bundle: HallBundle | None = None, day: date = DAY) -> list[Event]:
    """The day's events in the order the central store would receive them, each checked by the real rules.
    ``day`` moves the whole day (default 2026-11-30, a Monday)."""
    bundle = bundle or load_hall(SAMPLE_HALL)
    builder = DayBuilder(bundle, tickets, seed, day)
    builder.plan()
    sequencer = Sequencer(bundle)
    accepted = []
    for event in builder.events():
        kind = DeviceKind.KIOSK if event.device_id.startswith("kiosk") else DeviceKind.WINDOW
        verdict = sequencer.admit(event, kind, event.device_id)
        if verdict.status != "accepted":
            raise AssertionError(f"the generated day broke a rule: {verdict} for {event.type}")
        accepted.append(event)
    return accepted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    events = busy_day(args.tickets, args.seed)
    args.out.write_text("".join(event_json(e) + "\n" for e in events), encoding="utf-8")
    print(f"{len(events)} events written to {args.out}")


if __name__ == "__main__":
    main()

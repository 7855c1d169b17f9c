"""Fold a busy day from an empty state, and open a device store that holds that day.

    python -m bench.bench_fold_day [--tickets 2000] [--repeat 5]

Targets (issue 2): folding the day (parsing its JSON included) ≤ 1 s; start-up of a store holding it ≤ 0.3 s.
Start-up is measured as the device does it: the snapshot it keeps, plus the events after it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.busy_day import SAMPLE_HALL, busy_day
from bench.stats import machine
from common.device import Device, Identity
from common.events import event_json, parse_event
from common.hall_bundle import load_hall
from common.projection.admission import DeviceKind
from common.projection.fold import fold


def run(tickets: int, repeat: int) -> dict[str, float]:
    bundle = load_hall(SAMPLE_HALL)
    events = busy_day(tickets, bundle=bundle)
    lines = [event_json(e) for e in events]
    fold_times = []
    for _ in range(repeat):
        start = time.perf_counter()
        state = fold(parse_event(line) for line in lines)
        fold_times.append(time.perf_counter() - start)
    with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
        path = Path(tmp) / "window.db"
        device = Device.create(path, Identity("window-1", bundle.hall_id, DeviceKind.WINDOW), bundle)
        batch = list(enumerate(events, start=1))
        for i in range(0, len(batch), 500):  # as pulls arrive, in pages
            device.apply_confirmed(batch[i : i + 500], cursor=batch[min(i + 500, len(batch)) - 1][0])
        device.close()
        open_times = []
        for _ in range(repeat):
            start = time.perf_counter()
            reopened = Device.open(path)
            open_times.append(time.perf_counter() - start)
            assert reopened.state == state
            reopened.store.close()
    return {
        "events": len(events),
        "tickets": tickets,
        "fold_s": statistics.median(fold_times),
        "open_s": statistics.median(open_times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    r = run(args.tickets, args.repeat)
    print(
        f"busy day on {machine()}: {r['tickets']} tickets, {r['events']} events; "
        f"fold from empty {r['fold_s'] * 1000:.0f} ms (median of {args.repeat}); "
        f"open the device store {r['open_s'] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()

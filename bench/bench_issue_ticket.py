"""Issue tickets into a kiosk's local store, fsync included: p50 and p99 of each ``issue_ticket`` call.

    python -m bench.bench_issue_ticket [--count 10000] [--folder DIR]

Target (issue 2): p99 ≤ 5 ms. The folder should be on the disk the device would use (default: a temporary
folder under /var/tmp, which is on disk, not in memory).
"""

from __future__ import annotations

import argparse
import logging
import tempfile
import time
from pathlib import Path

from bench.stats import machine, percentile
from common import kiosk_actions as kiosk
from common.device import Device, Identity
from common.hall_bundle import load_hall
from common.projection.admission import DeviceKind

SAMPLE_HALL = Path(__file__).parent.parent / "assets" / "sample_hall"


def run(count: int, folder: Path) -> dict[str, float]:
    logging.getLogger("hall.store").setLevel(logging.ERROR)
    bundle = load_hall(SAMPLE_HALL)
    device = Device.create(folder / "kiosk.db", Identity("kiosk-1", bundle.hall_id, DeviceKind.KIOSK), bundle)
    letters = [c.letter for c in bundle.config.categories]
    for letter in letters:
        device.store.add_lease(letter, device.today(), 1, 999)
    samples = []
    for i in range(count):
        start = time.perf_counter()
        kiosk.issue_ticket(device, letters[i % len(letters)])
        samples.append((time.perf_counter() - start) * 1000)
    device.close()
    return {
        "count": count,
        "p50_ms": percentile(samples, 50),
        "p99_ms": percentile(samples, 99),
        "max_ms": max(samples),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder or "/var/tmp") as tmp:
        result = run(args.count, Path(tmp))
    print(
        f"issue_ticket on {machine()}: {result['count']} tickets, p50 {result['p50_ms']:.2f} ms, "
        f"p99 {result['p99_ms']:.2f} ms, max {result['max_ms']:.2f} ms"
    )


if __name__ == "__main__":
    main()

"""How long the kiosk's pinyin index takes to build (after pypinyin is loaded, as item search does it).

    python -m bench.bench_pinyin_index [--runs 5]

Target: ≤ 0.5 s, so the first keystroke of pinyin input after the kiosk starts waits for nothing noticeable.
"""

from __future__ import annotations

import argparse
import statistics

from bench.stats import machine
from common.pinyin_input import PinyinIndex


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    import pypinyin  # noqa: F401 - loaded first, as item search does after the kiosk's first frame

    times = [PinyinIndex().build_seconds for _ in range(args.runs)]
    print(
        f"pinyin index on {machine()}: median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {args.runs} builds"
    )


if __name__ == "__main__":
    main()

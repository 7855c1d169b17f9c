"""Percentiles for the benchmark scripts, and the machine they ran on."""

from __future__ import annotations

import os
import platform


def percentile(samples: list[float], p: float) -> float:
    """The p-th percentile (0–100) by the nearest-rank method."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(1, round(p / 100 * len(ordered) + 0.5) - 1) if p < 100 else len(ordered)
    return ordered[min(rank, len(ordered)) - 1]


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"

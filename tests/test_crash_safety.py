"""Power cuts and crashes: a kiosk killed with SIGKILL at random moments loses no ticket it reported
as issued, and never issues a number twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from common.device import Device

ROUNDS = 6


def _run_until_killed(store: Path, stop_after: int) -> list[tuple[str, str]]:
    """Start the writer, read ``stop_after`` reports, then SIGKILL it mid-stride."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.ticket_writer", str(store)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
        env=os.environ | {"PYTHONPATH": str(Path(__file__).parent.parent)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    reported = []
    for line in proc.stdout:
        _tag, ticket_id, number = line.split()
        reported.append((ticket_id, number))
        if len(reported) >= stop_after:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return reported


def test_tickets_reported_as_issued_survive_sigkill(tmp_path: Path) -> None:
    store = tmp_path / "kiosk.db"
    rng = random.Random(20261129)
    reported: list[tuple[str, str]] = []
    for _ in range(ROUNDS):
        reported += _run_until_killed(store, rng.randint(1, 60))
        device = Device.open(store)
        state = device.state
        for ticket_id, number in reported:
            assert ticket_id in state.tickets, f"ticket {number} was reported issued but is gone"
            assert state.tickets[ticket_id].number == number
        numbers = Counter((t.day, t.number) for t in state.tickets.values())
        assert max(numbers.values()) == 1, "a number was issued twice"
        assert device.store.pending_count() == len(state.tickets)
        device.store.close()
    assert len(reported) >= ROUNDS

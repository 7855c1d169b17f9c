"""Power cuts and crashes: a kiosk killed with SIGKILL at random moments loses no ticket it reported
as issued, and never issues a number twice.

The moments are random in two ways, chosen at random each round: after a random number of tickets
reported (so the kill lands while the next ticket is being written), or from a background thread after a
random delay (so it lands wherever the writer happens to be: starting up, inside a transaction, in the
fsync, between tickets). The seed changes every run and is printed, so a failure can be replayed with
``HALL_CRASH_SEED=<seed>``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

from common.device import Device

ROUNDS = 6
ROOT = Path(__file__).parent.parent


def _start_writer(store: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.ticket_writer", str(store)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )


def _kill(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)


def _reports(lines: list[str]) -> list[tuple[str, str]]:
    reported = []
    for line in lines:
        if line.startswith("ISSUED ") and line.endswith("\n"):  # a line cut by the kill was never reported
            _tag, ticket_id, number = line.split()
            reported.append((ticket_id, number))
    return reported


def _kill_after_reports(store: Path, count: int) -> list[tuple[str, str]]:
    """Read ``count`` reports, then SIGKILL the writer while it is already issuing the next ticket."""
    proc = _start_writer(store)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if len(lines) >= count:
            break
    _kill(proc)
    lines += proc.stdout.readlines()  # whatever it had reported before it died counts too
    proc.wait()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return _reports(lines)


def _kill_after_delay(store: Path, delay_s: float, from_start: bool) -> list[tuple[str, str]]:
    """SIGKILL the writer from another thread ``delay_s`` after it started (``from_start``: possibly while it
    opens its store) or after it said READY; every line it wrote before dying is a reported ticket."""
    proc = _start_writer(store)
    assert proc.stdout is not None
    killer = threading.Timer(delay_s, _kill, args=(proc,))
    if from_start:
        killer.start()
    else:
        assert proc.stdout.readline().strip() == "READY"
        killer.start()
    lines = proc.stdout.readlines()  # until the pipe closes: the writer never stops on its own
    killer.join()
    proc.wait()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return _reports(lines)


def test_tickets_reported_as_issued_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    """A kiosk can lose power at any instant: a slip already printed must match the store after the reboot
    (its number is the citizen's place in the line), and a number given out must never be given again."""
    seed = int(os.environ.get("HALL_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    print(f"crash-safety seed: {seed} (replay with HALL_CRASH_SEED={seed})")
    rng = random.Random(seed)
    store = tmp_path / "kiosk.db"
    reported: list[tuple[str, str]] = []
    moments = []
    for round_ in range(ROUNDS):
        # The first round always lets the writer create its store; after that, any moment at all.
        how = "reports" if round_ == 0 else rng.choice(["reports", "after_ready", "from_start"])
        if how == "reports":
            count = rng.randint(1, 60)
            moments.append(f"after {count} reports")
            reported += _kill_after_reports(store, count)
        else:
            delay = rng.uniform(0.0, 0.3) if how == "after_ready" else rng.uniform(0.0, 1.5)
            moments.append(f"{delay:.3f}s {how}")
            reported += _kill_after_delay(store, delay, from_start=how == "from_start")
        where = f"seed {seed}, kills so far: {moments}"
        device = Device.open(store)
        state = device.state
        for ticket_id, number in reported:
            assert ticket_id in state.tickets, f"ticket {number} was reported issued but is gone ({where})"
            assert state.tickets[ticket_id].number == number, where
        numbers = Counter((t.day, t.number) for t in state.tickets.values())
        assert max(numbers.values(), default=1) == 1, f"a number was issued twice ({where})"
        assert device.store.pending_count() == len(state.tickets), where
        device.store.close()
    assert reported, f"the writer never got to issue a ticket (seed {seed})"

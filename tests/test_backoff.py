"""The sync client's back-off while offline: it waits longer after each failure so a dead central store
is not hammered, never longer than the cap so a device comes back within bounded time, with jitter so
a hall full of devices that lost the network together does not reconnect in lockstep, and from the
start again once a call succeeds."""

from __future__ import annotations

import random

from common.sync.backoff import Backoff


def test_delays_grow_with_each_failure_until_the_cap() -> None:
    """Each ceiling doubles: the n-th delay lies in [c/2, c] with c = min(cap, base·2ⁿ)."""
    backoff = Backoff(base=0.5, cap=30.0, rng=random.Random(1))
    delays = [backoff.next_delay() for _ in range(12)]
    for n, delay in enumerate(delays):
        ceiling = min(30.0, 0.5 * 2**n)
        assert ceiling / 2 <= delay <= ceiling, (n, delay)
    # Growth: the lowest possible delay after six failures is above the highest possible first one.
    assert min(delays[6:]) > max(delays[:2])
    assert delays[-1] >= 15.0


def test_delays_never_exceed_the_cap_however_long_the_outage() -> None:
    """A device offline all day still retries at least every ``cap`` seconds (and the exponent never overflows)."""
    backoff = Backoff(base=0.5, cap=8.0, rng=random.Random(2))
    delays = [backoff.next_delay() for _ in range(2000)]
    assert max(delays) <= 8.0
    assert min(delays[10:]) >= 4.0


def test_delays_are_jittered_so_devices_do_not_reconnect_in_lockstep() -> None:
    """Twenty devices failing together draw different delays at the same failure count."""
    draws = []
    for seed in range(20):
        backoff = Backoff(base=0.5, cap=30.0, rng=random.Random(seed))
        for _ in range(4):
            backoff.next_delay()
        draws.append(backoff.next_delay())
    assert len({round(d, 6) for d in draws}) == 20
    assert max(draws) - min(draws) > 1.0  # spread over the window [4, 8], not bunched at one end
    # Without a given generator each back-off draws its own jitter too.
    unseeded = {Backoff(base=1.0, cap=30.0).next_delay() for _ in range(20)}
    assert len(unseeded) > 1


def test_a_reset_starts_again_from_the_shortest_delay() -> None:
    """Once the central store answers, the next outage is retried quickly, not after the last long wait."""
    backoff = Backoff(base=0.5, cap=30.0, rng=random.Random(3))
    for _ in range(10):
        backoff.next_delay()
    assert backoff.next_delay() >= 15.0
    backoff.reset()
    assert backoff.failures == 0
    first = backoff.next_delay()
    assert 0.25 <= first <= 0.5
    assert 0.5 <= backoff.next_delay() <= 1.0

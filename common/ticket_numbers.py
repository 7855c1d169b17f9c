"""Ticket numbers: a category letter and digits, unique in a hall for a day.

Leased numbers are three digits (``A001``–``A999``), handed out by the central store in blocks, so
kiosks never collide. When a kiosk's block runs out and the central store cannot be reached, it
falls back to its own range, which no lease and no other device can produce: the letter, the
device's slot (given at enrollment, 1–99) and three digits, e.g. ``A2001`` for slot 2. Order of
service follows issue time, not the number, so a fallback number is served in its turn.
"""

from __future__ import annotations

LEASE_MAX = 999
FALLBACK_MAX = 999
MAX_SLOT = 99


def leased_number(letter: str, n: int) -> str:
    if not 1 <= n <= LEASE_MAX:
        raise ValueError(f"a leased number is 1 to {LEASE_MAX}, not {n}")
    return f"{letter}{n:03d}"


def fallback_number(letter: str, slot: int, n: int) -> str:
    if not 1 <= slot <= MAX_SLOT:
        raise ValueError(f"a device slot is 1 to {MAX_SLOT}, not {slot}")
    if not 1 <= n <= FALLBACK_MAX:
        raise ValueError(f"the fallback range holds {FALLBACK_MAX} numbers a day")
    return f"{letter}{slot}{n:03d}"


class NumbersExhausted(RuntimeError):
    """No leased number is left and the fallback range for today is used up too."""

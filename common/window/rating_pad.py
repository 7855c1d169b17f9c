"""The rating pad's rules (一次一评): the five levels in the order shown, which need a reason, how a
real-name contact is checked and masked, and how long the pad waits before the visit is recorded as not
rated (the hall's default-rating policy then applies on the central store)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from common.privacy import mask_phone
from common.projection.state import Visit
from common.ratings_scale import RatingLevel

RATING_TIMEOUT = timedelta(seconds=60)
"""With no touch on the pad for this long after the visit ended, the citizen has left: not rated."""
LEVELS = tuple(RatingLevel)
"""非常满意 … 非常不满意, as the pad shows them, best first."""
CONTACT_DIGITS = 11
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{9,11}$")


def valid_contact(digits: str) -> bool:
    """A mainland mobile number (11 digits, 1[3-9]…) or a landline with its area code (0…)."""
    return bool(_MOBILE.match(digits) or _LANDLINE.match(digits))


def masked_contact(digits: str) -> str:
    """What the pad shows while the citizen types: never the whole number (138****5678), so the clerk and
    people behind cannot read it off the screen."""
    if len(digits) < 7:
        return "*" * len(digits)
    return mask_phone(digits)


def rating_expired(
    visit: Visit, now: datetime, touched_at: datetime | None, timeout: timedelta = RATING_TIMEOUT
) -> bool:
    """Whether the pad has waited long enough: ``timeout`` after the visit ended or the last touch."""
    if visit.finished_at is None:
        return False
    since = max(visit.finished_at, touched_at) if touched_at is not None else visit.finished_at
    return now - since >= timeout

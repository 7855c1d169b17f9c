"""Personal data kept to the minimum: names and phones masked for display, ID numbers only as a
salted hash (architecture.md, "Trust")."""

from __future__ import annotations

import hashlib
import hmac
import re

_PHONE_RE = re.compile(r"^\+?\d[\d -]{6,18}\d$")


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***; an empty name stays empty."""
    name = name.strip()
    if len(name) <= 1:
        return name
    return name[0] + "*" * (len(name) - 1)


def mask_phone(phone: str) -> str:
    """13812345678 → 138****5678. Anything that is not a phone number is masked whole."""
    digits = re.sub(r"[ -]", "", phone.strip())
    if not digits:
        return ""
    if not _PHONE_RE.match(phone.strip()) or len(digits) < 7:
        return "*" * min(len(digits), 11)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def hash_id_number(id_number: str, salt: bytes) -> str:
    """A keyed hash of an ID number: the same person is recognised, the number is never stored."""
    normalized = id_number.strip().upper().encode()
    return hmac.new(salt, normalized, hashlib.sha256).hexdigest()


def mask_id_number(id_number: str) -> str:
    """For the moment it is on screen at all: 3201**********1234."""
    s = id_number.strip()
    if len(s) < 8:
        return "*" * len(s)
    return s[:4] + "*" * (len(s) - 8) + s[-4:]

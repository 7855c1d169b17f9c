"""Answers checked field by field. A problem names the field and what to fix (a stable code with its
figures, which the kiosk puts in words in the screen's language, and an English reason for logs)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from common.self_service.form import FieldKind, FormField

ID_NUMBER_RE = re.compile(r"^\d{17}[\dX]$")
PHONE_RE = re.compile(r"^1[3-9]\d{9}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
YES, NO = "yes", "no"
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one answer."""

    field: str
    code: str
    """``required``, ``too_long``, ``pattern``, ``id_number``, ``id_checksum``, ``phone``, ``date_format``,
    ``date_future``, ``date_past``, ``number_format``, ``number_decimals``, ``number_min``, ``number_max``,
    ``choice``."""
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def reason(self) -> str:
        return f"{self.field}: {self.code} {self.params}" if self.params else f"{self.field}: {self.code}"


def id_number_valid(text: str) -> bool:
    """GB 11643: 17 digits and a check character."""
    s = text.strip().upper()
    if not ID_NUMBER_RE.match(s):
        return False
    total = sum(int(d) * w for d, w in zip(s[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == s[17]


def normalize(spec: FormField, raw: str) -> str:
    """The answer as it is kept: trimmed; ID numbers upper case; phones without spaces or dashes."""
    text = raw.strip()
    if spec.kind == FieldKind.ID_NUMBER:
        return text.upper().replace(" ", "")
    if spec.kind == FieldKind.PHONE:
        return re.sub(r"[ -]", "", text)
    return text


def check(spec: FormField, raw: str, today: date) -> Problem | None:  # noqa: PLR0911, PLR0912 - one answer per rule
    """The first problem with ``raw`` as an answer to ``spec``, or None."""
    value = normalize(spec, raw)
    name = spec.name
    if not value:
        return Problem(name, "required") if spec.required else None
    if len(value) > spec.max_length:
        return Problem(name, "too_long", {"max": str(spec.max_length)})
    match spec.kind:
        case FieldKind.TEXT:
            if spec.pattern and not re.fullmatch(spec.pattern, value):
                return Problem(name, "pattern")
        case FieldKind.ID_NUMBER:
            if not ID_NUMBER_RE.match(value):
                return Problem(name, "id_number", {"length": str(len(value))})
            if not id_number_valid(value):
                return Problem(name, "id_checksum")
        case FieldKind.PHONE:
            if not PHONE_RE.match(value):
                return Problem(name, "phone")
        case FieldKind.DATE:
            if not DATE_RE.match(value):
                return Problem(name, "date_format")
            try:
                day = date.fromisoformat(value)
            except ValueError:
                return Problem(name, "date_format")
            if spec.past_only and day > today:
                return Problem(name, "date_future", {"today": today.isoformat()})
            if spec.future_only and day < today:
                return Problem(name, "date_past", {"today": today.isoformat()})
        case FieldKind.NUMBER:
            try:
                number = Decimal(value)
            except InvalidOperation:
                return Problem(name, "number_format")
            if not number.is_finite():
                return Problem(name, "number_format")
            exponent = number.as_tuple().exponent
            if isinstance(exponent, int) and -exponent > spec.decimals:
                return Problem(name, "number_decimals", {"decimals": str(spec.decimals)})
            if spec.min is not None and number < spec.min:
                return Problem(name, "number_min", {"min": str(spec.min)})
            if spec.max is not None and number > spec.max:
                return Problem(name, "number_max", {"max": str(spec.max)})
        case FieldKind.CHOICE:
            if spec.option(value) is None:
                return Problem(name, "choice")
        case FieldKind.YES_NO:
            if value not in (YES, NO):
                return Problem(name, "choice")
    return None


def check_all(fields: list[FormField], answers: dict[str, str], today: date) -> list[Problem]:
    """Every field's problem, in the form's order."""
    problems = []
    for spec in fields:
        problem = check(spec, answers.get(spec.name, ""), today)
        if problem is not None:
            problems.append(problem)
    return problems

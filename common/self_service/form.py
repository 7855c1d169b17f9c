"""A self-service form as the catalogue describes it: its fields (kinds, limits, help text, what fills
them), whether it needs an online check, and what its printed result says. A new self-service item
needs data, not code; a malformed description is refused when the hall is loaded."""

from __future__ import annotations

import re
import string
from decimal import Decimal
from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from common.field_error import FieldError
from common.hall_config import Frozen

FIELD_NAME_PATTERN = r"^[a-z][a-z0-9_]{1,30}$"
IDENTITY_SOURCES = ("identity.name", "identity.id_number")
CERTIFICATE_PREFIX = "certificate:"


class FieldKind(StrEnum):
    TEXT = "text"
    ID_NUMBER = "id_number"  # 18-character resident ID number, checked digit included
    PHONE = "phone"  # mainland mobile number
    DATE = "date"  # YYYY-MM-DD
    CHOICE = "choice"  # one of the options
    NUMBER = "number"
    YES_NO = "yes_no"


class Option(Frozen):
    value: str = Field(pattern=r"^[A-Za-z0-9_-]{1,30}$")
    label: str = Field(min_length=1, max_length=30)
    label_en: str = ""


class FormField(Frozen):
    name: str = Field(pattern=FIELD_NAME_PATTERN)
    label: str = Field(min_length=1, max_length=30)
    label_en: str = ""
    kind: FieldKind
    required: bool = True
    help: str = Field(default="", max_length=120)
    help_en: str = ""
    pattern: str = ""
    """A regular expression a text answer must match whole (text fields only)."""
    pattern_hint: str = ""
    """What the pattern asks for, in words (shown when an answer does not match)."""
    pattern_hint_en: str = ""
    max_length: int = Field(default=40, ge=1, le=200)
    min: Decimal | None = None
    max: Decimal | None = None
    decimals: int = Field(default=0, ge=0, le=4)
    past_only: bool = False
    """A date that cannot be after today (a date of birth, a date of loss)."""
    future_only: bool = False
    options: list[Option] = []
    filled_from: str = ""
    """Where the answer comes from instead of the citizen: ``identity.name``, ``identity.id_number``, or
    ``certificate:<e-certificate name>.<entry>``. Such a field is shown, not typed."""
    private: bool = False
    """Kept out of the case record (only whether it was given); an ID number is always private."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:  # noqa: PLR0912 - one check per rule, in the order a reader meets them
        kind = self.kind
        if kind == FieldKind.CHOICE:
            if len(self.options) < 2:
                raise FieldError("options", f"field {self.name!r}: a choice needs at least two options")
            values = [o.value for o in self.options]
            if len(set(values)) != len(values):
                raise FieldError("options", f"field {self.name!r}: an option value appears twice")
        elif self.options:
            raise FieldError("options", f"field {self.name!r}: only a choice field has options")
        if self.pattern:
            if kind != FieldKind.TEXT:
                raise FieldError("pattern", f"field {self.name!r}: only a text field has a pattern")
            try:
                re.compile(self.pattern)
            except re.error as e:
                raise FieldError(
                    "pattern", f"field {self.name!r}: the pattern is not a regular expression ({e})"
                ) from None
            if not self.pattern_hint:
                raise FieldError(
                    "pattern_hint", f"field {self.name!r}: a pattern needs a pattern_hint saying what it asks"
                )
        if (self.min is not None or self.max is not None) and kind != FieldKind.NUMBER:
            raise FieldError("min", f"field {self.name!r}: only a number field has min and max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise FieldError("max", f"field {self.name!r}: max ({self.max}) is below min ({self.min})")
        if (self.past_only or self.future_only) and kind != FieldKind.DATE:
            raise FieldError("past_only", f"field {self.name!r}: only a date field is past_only or future_only")
        if self.past_only and self.future_only:
            raise FieldError("future_only", f"field {self.name!r}: a date cannot be both past_only and future_only")
        if self.filled_from:
            _check_source(self.name, self.filled_from)
        return self

    @property
    def keeps_private(self) -> bool:
        return self.private or self.kind in (FieldKind.ID_NUMBER,)

    @property
    def certificate(self) -> str:
        """The e-certificate that fills this field, or ``""``."""
        if not self.filled_from.startswith(CERTIFICATE_PREFIX):
            return ""
        return self.filled_from.removeprefix(CERTIFICATE_PREFIX).rsplit(".", 1)[0]

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


def _check_source(name: str, source: str) -> None:
    if source in IDENTITY_SOURCES:
        return
    if source.startswith(CERTIFICATE_PREFIX):
        rest = source.removeprefix(CERTIFICATE_PREFIX)
        cert, _, entry = rest.rpartition(".")
        if cert.strip() and entry.strip():
            return
    raise FieldError(
        "filled_from",
        f"field {name!r}: filled_from {source!r} is not one of {', '.join(IDENTITY_SOURCES)} "
        f"or {CERTIFICATE_PREFIX}<certificate>.<entry>",
    )


class ResultLine(Frozen):
    """A line of the printed result: a label and a value made from answers (``{field}``)."""

    label: str = Field(min_length=1, max_length=30)
    label_en: str = ""
    value: str = Field(min_length=1, max_length=200)


class SelfServiceForm(Frozen):
    needs_online: bool = False
    """The flow checks something online (a registry, the tax records): the kiosk says so before it starts."""
    fields: list[FormField] = Field(default=[], max_length=30)
    result_title: str = Field(min_length=2, max_length=40)
    result_title_en: str = ""
    result_lines: list[ResultLine] = Field(default=[], max_length=30)
    result_text: str = Field(default="", max_length=200)
    """What the case record says of the outcome (即办 results), e.g. 查询结果已打印."""

    @model_validator(mode="after")
    def _references(self) -> Self:
        names: set[str] = set()
        for field in self.fields:
            if field.name in names:
                raise FieldError("fields", f"field {field.name!r} appears twice")
            names.add(field.name)
        for i, line in enumerate(self.result_lines):
            for used in placeholders(line.value):
                if used not in names:
                    raise FieldError(
                        f"result_lines.{i}.value", f"result line {line.label!r} uses unknown field {used!r}"
                    )
        return self

    def field(self, name: str) -> FormField:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def placeholders(template: str) -> list[str]:
    """The ``{field}`` names a template uses."""
    try:
        return [name for _, name, _, _ in string.Formatter().parse(template) if name]
    except ValueError:
        raise FieldError("value", f"{template!r} is not a valid template (unbalanced braces)") from None

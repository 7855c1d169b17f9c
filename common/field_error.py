"""A validation error that names the field at fault, for checks that span several fields."""

from __future__ import annotations


class FieldError(ValueError):
    """Raised inside a pydantic validator; the loaders append ``field`` to the error's location."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        super().__init__(reason)


def field_of(error_details: dict[str, object]) -> str | None:
    """The field named by a ``FieldError`` inside one of pydantic's error details, if any."""
    ctx = error_details.get("ctx")
    cause = ctx.get("error") if isinstance(ctx, dict) else None
    return cause.field if isinstance(cause, FieldError) else None

"""Why an event cannot be applied: a stable code the UIs translate, the field at fault and a message."""

from __future__ import annotations


class RuleViolation(Exception):
    """An event that breaks a queue or rating rule. Raised before any state changes."""

    def __init__(self, code: str, message: str, field: str = "") -> None:
        self.code = code
        self.message = message
        self.field = field
        super().__init__(f"{code}: {message}")

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "field": self.field}

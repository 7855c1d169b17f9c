"""A request the central store refuses: an HTTP status, a stable snake_case code, words and the field at fault.

Every refusal reaches the device as ``{"error": {"code", "message", "field"}}``.
"""

from __future__ import annotations

from typing import Any


class Refusal(Exception):
    def __init__(self, status: int, code: str, message: str, field: str = "") -> None:
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        super().__init__(f"{status} {code}: {message}")

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "field": self.field}}

"""The hall's staff roster: what the citizen-facing screen shows (clause 5.3.1) and what sign-in checks."""

from __future__ import annotations

from pydantic import Field, field_validator

from common.hall_config import CATEGORY_LETTER, Frozen
from common.pins import looks_like_argon2

STAFF_NUMBER_PATTERN = r"^[A-Za-z0-9]{2,16}$"


class StaffMember(Frozen):
    number: str = Field(pattern=STAFF_NUMBER_PATTERN, description="工号")
    name: str = Field(min_length=1, max_length=20)
    unit: str = Field(min_length=1, max_length=40, description="the unit shown on the window screen")
    department: str = ""
    photo: str = Field(min_length=1, description="work photo, a file beside staff.toml")
    pin_hash: str
    skills: list[CATEGORY_LETTER] = []
    """Categories this clerk can serve; empty means any."""

    @field_validator("pin_hash")
    @classmethod
    def _argon2(cls, value: str) -> str:
        if not looks_like_argon2(value):
            raise ValueError("must be an argon2 hash (make one with: hall-central hash-pin)")
        return value


class Roster(Frozen):
    staff: list[StaffMember] = Field(min_length=1)

    def get(self, number: str) -> StaffMember | None:
        for s in self.staff:
            if s.number == number:
                return s
        return None

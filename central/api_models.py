"""The bodies of the sync API (``/api/v1``), as pydantic models: they make the OpenAPI document."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from common.events import Event

MAX_PUSH = 500
PULL_LIMIT_MAX = 5000
CATEGORY = Annotated[str, Field(pattern=r"^[A-Z]$")]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorDetail(Model):
    code: str = Field(description="stable snake_case code, for programs")
    message: str = Field(description="what went wrong, for people")
    field: str = Field(description="dotted path of the field at fault, or empty")


class ErrorAnswer(Model):
    error: ErrorDetail


class EnrollRequest(Model):
    code: str = Field(min_length=1, max_length=64, description="the one-time code from hall-central enroll-code")
    name: str = Field(default="", max_length=80, description="a name for people, e.g. 'kiosk by the door'")


class EnrollAnswer(Model):
    device_id: str
    token: str = Field(description="send as Authorization: Bearer <token>; shown once")
    hall_id: str
    kind: Literal["kiosk", "window", "board"]
    slot: int = Field(ge=1, le=99, description="names the device's fallback ticket range")
    server_time_ms: int


class PushRequest(Model):
    events: list[Event] = Field(max_length=MAX_PUSH)
    after: int | None = Field(
        default=None,
        ge=0,
        le=2**62,
        description="the last seq the device has: the answer then carries the hall's events after it, when they "
        "are few and at hand, so that the device needs no pull",
    )


class EventResult(Model):
    id: str
    status: Literal["accepted", "duplicate", "rejected"]
    seq: int | None
    code: str = ""
    message: str = ""
    field: str = ""


class PulledEvent(Model):
    seq: int
    event: Event


class PushAnswer(Model):
    results: list[EventResult]
    head: int
    server_time_ms: int
    events: list[PulledEvent] = Field(
        default=[],
        description="with ``after``: every event of the hall with after < seq <= head, as a pull returns them, "
        "or none (pull then)",
    )


class PullAnswer(Model):
    events: list[PulledEvent]
    head: int
    more: bool = Field(description="true when events after this page exist up to head: pull again")
    server_time_ms: int


class LeaseRequest(Model):
    category: CATEGORY
    day: date
    size: int | None = Field(default=None, ge=1, le=500, description="default: the hall's queue.lease_block_size")


class LeaseAnswer(Model):
    category: str
    day: date
    first: int
    last: int
    server_time_ms: int


class StateAnswer(BaseModel):
    model_config = ConfigDict(extra="allow")

    hall_id: str
    version: str
    seq: int
    day: date
    windows: list[dict[str, Any]]
    waiting: dict[str, Any]
    recent_calls: list[dict[str, Any]]
    counts: dict[str, Any]

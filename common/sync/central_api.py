"""The central store's HTTP API as typed calls over one ``httpx.AsyncClient``.

Network trouble (refused, reset, timed out, a 5xx, a proxy's 502) raises ``Unreachable``: the device
is offline and retries later. A 4xx with the central store's JSON error raises ``CentralError``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx

from common import wall_clock
from common.events import Event, EventError, event_dict, parse_event

API = "/api/v1"


class Unreachable(Exception):
    """The central store cannot be reached or answered with a server error; try again later."""


class CentralError(Exception):
    """The central store refused the request itself (not an event in it)."""

    def __init__(self, status: int, code: str, message: str, field: str = "") -> None:
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        super().__init__(f"{status} {code}: {message}")


@dataclass(frozen=True, slots=True)
class Verdict:
    id: str
    status: str
    seq: int | None
    code: str
    message: str
    field: str


@dataclass(frozen=True, slots=True)
class PushAnswer:
    results: list[Verdict]
    head: int
    events: list[tuple[int, Event]] = field(default_factory=list)
    """The hall's events after the cursor the push named, when the central store had them at hand."""


@dataclass(frozen=True, slots=True)
class PullAnswer:
    events: list[tuple[int, Event]]
    head: int
    more: bool


@dataclass(frozen=True, slots=True)
class Announcement:
    """A stream message: the hall's new head and, when the central store sent them, the events after the
    head it announced before, in seq order."""

    head: int
    events: list[tuple[int, Event]] | None


@dataclass(frozen=True, slots=True)
class Lease:
    category: str
    day: date
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class ClockSample:
    """The central store's clock against ours: offset = server − local at the request's midpoint."""

    offset_ms: int
    round_trip_ms: int


class CentralApi:
    def __init__(
        self, http: httpx.AsyncClient, base_url: str, token: str = "", wall_ms: Callable[[], float] | None = None
    ) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.wall_ms = wall_ms or wall_clock.now_ms
        """The local clock the server's time is compared with (the device's own, uncorrected)."""
        self.last_clock: ClockSample | None = None

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    async def _call(self, method: str, path: str, **kw: Any) -> httpx.Response:
        sent = self.wall_ms()
        try:
            response = await self.http.request(
                method, self.base_url + API + path, headers=self._headers() | kw.pop("headers", {}), **kw
            )
        except httpx.HTTPError as e:
            raise Unreachable(f"{type(e).__name__}: {e}") from e
        received = self.wall_ms()
        if response.status_code >= 500:
            raise Unreachable(f"central store answered {response.status_code}")
        if response.status_code >= 400:
            raise _error(response)
        if response.headers.get("content-type", "").startswith("application/json"):
            try:
                server_ms = response.json().get("server_time_ms")
            except (ValueError, AttributeError):
                server_ms = None
            if isinstance(server_ms, int):
                self.last_clock = ClockSample(round(server_ms - (sent + received) / 2), round(received - sent))
        return response

    async def enroll(self, code: str, name: str = "") -> dict[str, Any]:
        response = await self._call("POST", "/devices/enroll", json={"code": code, "name": name})
        result: dict[str, Any] = response.json()
        return result

    async def push(self, events: list[Event], after: int | None = None) -> PushAnswer:
        """Push a batch; with ``after`` (the device's cursor) the answer may carry the hall's events after it."""
        request: dict[str, Any] = {"events": [event_dict(e) for e in events]}
        if after is not None:
            request["after"] = after
        response = await self._call("POST", "/sync/push", json=request)
        body = response.json()
        return PushAnswer(
            results=[
                Verdict(r["id"], r["status"], r.get("seq"), r.get("code", ""), r.get("message", ""), r.get("field", ""))
                for r in body["results"]
            ],
            head=int(body["head"]),
            events=_pulled(body.get("events", [])),
        )

    async def pull(self, after: int, limit: int = 1000) -> PullAnswer:
        response = await self._call("GET", "/sync/pull", params={"after": after, "limit": limit})
        body = response.json()
        return PullAnswer(_pulled(body["events"]), int(body["head"]), bool(body["more"]))

    async def lease(self, category: str, day: date, size: int | None = None) -> Lease:
        body: dict[str, Any] = {"category": category, "day": day.isoformat()}
        if size is not None:
            body["size"] = size
        data = (await self._call("POST", "/tickets/lease", json=body)).json()
        return Lease(data["category"], date.fromisoformat(data["day"]), int(data["first"]), int(data["last"]))

    async def catalogue(self, version: str = "") -> dict[str, Any] | None:
        """The hall bundle, or None when ``version`` is still current (304)."""
        headers = {"If-None-Match": f'"{version}"'} if version else {}
        response = await self._call("GET", "/catalogue", headers=headers)
        if response.status_code == 304:
            return None
        result: dict[str, Any] = response.json()
        return result

    async def photo(self, staff_number: str) -> bytes:
        return (await self._call("GET", f"/staff/{staff_number}/photo")).content

    async def announcements(self) -> AsyncIterator[Announcement]:
        """What the stream announces: each new head, with the new events when the central store sent them;
        ends when the connection does."""
        try:
            async with self.http.stream(
                "GET",
                self.base_url + API + "/sync/stream",
                headers=self._headers(),
                timeout=httpx.Timeout(10.0, read=60.0),
            ) as response:
                if response.status_code >= 400:
                    await response.aread()
                    raise (
                        _error(response)
                        if response.status_code < 500
                        else Unreachable(f"stream answered {response.status_code}")
                    )
                name = ""
                async for line in response.aiter_lines():
                    if line.startswith("event:"):
                        name = line[6:].strip()
                    elif line.startswith("data:") and name in ("head", "events"):
                        announcement = _announcement(line[5:])
                        if announcement is not None:
                            yield announcement
                    elif not line:
                        name = ""
        except httpx.HTTPError as e:
            raise Unreachable(f"{type(e).__name__}: {e}") from e


def _announcement(data: str) -> Announcement | None:
    """One stream message; events that cannot be read (a newer server's type) leave only the head, so the
    device pulls them and the pull says what is wrong."""
    try:
        body = json.loads(data)
        head = int(body["head"])
    except (ValueError, KeyError, TypeError):
        return None
    if "events" not in body:
        return Announcement(head, None)
    try:
        return Announcement(head, [(int(item["seq"]), parse_event(item["event"])) for item in body["events"]])
    except (EventError, ValueError, KeyError, TypeError):
        return Announcement(head, None)


def _error(response: httpx.Response) -> CentralError:
    try:
        err = response.json()["error"]
        return CentralError(
            response.status_code, str(err.get("code", "")), str(err.get("message", "")), str(err.get("field", ""))
        )
    except (ValueError, KeyError, TypeError):
        return CentralError(response.status_code, "http_error", response.text[:200])


def _pulled(items: list[dict[str, Any]]) -> list[tuple[int, Event]]:
    """Events as a pull (or a push's answer) returns them: (seq, event)."""
    events = []
    for item in items:
        try:
            events.append((int(item["seq"]), parse_event(item["event"])))
        except EventError as e:  # a newer server's event type: stop here rather than skip it
            raise CentralError(200, "unknown_event", f"cannot read event {item.get('seq')}: {e}") from e
    return events

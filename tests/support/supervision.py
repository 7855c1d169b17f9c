"""Helpers for the supervision pages' tests: a hall with departments, users of each role, a browser-less
web client that signs in like a browser (cookies, CSRF tokens), and a bad rating pushed through the real
sync API by real window and kiosk devices.

- ``department_hall()``: the small test hall, its windows in two departments (登记科: 1 and 3; 税务科: 2).
- ``add_users(central)``: ``hall`` (hall manager), ``dengji`` and ``shuiwu`` (department managers) and
  ``duban`` (supervisor), all with password ``PASSWORD``.
- ``WebClient(central.url)``: ``.sign_in(user)``, ``.get(path)``, ``.post(path, data)`` (adds the page's
  CSRF token unless ``csrf=False``), ``.csrf(path)`` reads the token of a page's form.
- ``Counter(central)``: a kiosk and a window device; ``.serve_and_rate(window, staff, level, …)`` takes a
  ticket, serves it and rates the visit, returning the rating id.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from http.cookies import SimpleCookie
from typing import Any

import httpx

from central.supervision.roles import Role
from common.catalogue import Catalogue
from common.events import EventType
from common.hall_bundle import HallBundle
from common.hall_config import HallConfig
from common.ids import new_id
from tests.support.central_server import RunningCentral
from tests.support.clock import START
from tests.support.event_factory import body, event
from tests.support.halls import small_hall

PASSWORD = "correct horse 42"
DEPARTMENTS = {1: "登记科", 2: "税务科", 3: "登记科"}


def department_hall(**config: Any) -> HallBundle:
    """The small hall with its windows in departments; ``config`` overrides parts of its configuration (as
    validated models or plain values), e.g. ``alerts={"peak_waiting": 5}``."""
    base = small_hall()
    windows = [w.model_copy(update={"department": DEPARTMENTS[w.number]}) for w in base.config.windows]
    data = base.config.model_dump() | {"windows": [w.model_dump() for w in windows]}
    for key, value in config.items():
        data[key] = value.model_dump() if hasattr(value, "model_dump") else value
    catalogue = Catalogue.model_validate(base.catalogue.model_dump())
    return HallBundle(HallConfig.model_validate(data), base.roster, catalogue, "test-departments")


def add_users(central: RunningCentral) -> None:
    users = central.app.state.services.users
    hall = central.hall.hall_id
    users.add("hall", PASSWORD, Role.HALL_MANAGER, hall, display_name="赵主任")
    users.add("dengji", PASSWORD, Role.DEPARTMENT_MANAGER, hall, "登记科", display_name="钱科长")
    users.add("shuiwu", PASSWORD, Role.DEPARTMENT_MANAGER, hall, "税务科", display_name="孙科长")
    users.add("duban", PASSWORD, Role.SUPERVISOR, None, display_name="李督查")


_CSRF = re.compile(r'name="(csrf|nonce)" value="([^"]+)"')


class WebClient:
    """Keeps cookies by hand: httpx, like ``http.cookiejar``, never sends a Secure cookie over plain HTTP."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=30, follow_redirects=False)
        self.cookies: dict[str, str] = {}

    def close(self) -> None:
        self.http.close()

    def _keep(self, response: httpx.Response) -> httpx.Response:
        for header in response.headers.get_list("set-cookie"):
            jar: SimpleCookie = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or morsel.value in ("", '""'):
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response

    def _headers(self) -> dict[str, str]:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}

    def get(self, path: str, follow: bool = True) -> httpx.Response:
        response = self._keep(self.http.get(path, headers=self._headers()))
        while follow and response.status_code in (302, 303):
            response = self._keep(self.http.get(response.headers["location"], headers=self._headers()))
        return response

    def csrf(self, path: str) -> str:
        match = _CSRF.search(self.get(path).text)
        assert match, f"no form token on {path}"
        return match.group(2)

    def post(self, path: str, data: dict[str, str], *, csrf: bool = True, token_from: str = "") -> httpx.Response:
        form = dict(data)
        if csrf:
            form["csrf"] = self.csrf(token_from or path)
        return self._keep(self.http.post(path, data=form, headers=self._headers()))

    def sign_in(self, username: str, password: str = PASSWORD) -> httpx.Response:
        page = self.get("/supervision/login")
        nonce = _CSRF.search(page.text)
        assert nonce
        return self._keep(
            self.http.post(
                "/supervision/login",
                data={"username": username, "password": password, "nonce": nonce.group(2), "next": "/supervision/"},
                headers=self._headers(),
            )
        )


class Counter:
    """A kiosk and the windows' devices of a hall, pushing through the real API."""

    def __init__(self, central: RunningCentral, at: datetime = START, hall: HallBundle | None = None) -> None:
        """``hall``: another hall of the same central store (its devices' names begin with its id)."""
        self.central = central
        self.bundle = hall or central.hall
        self.hall = self.bundle.hall_id
        self.prefix = "" if hall is None else f"{self.hall}-"
        self.kiosk_id = f"{self.prefix}kiosk-1"
        self.kiosk = central.client(central.enroll("kiosk", self.kiosk_id, self.hall))
        self.windows: dict[int, httpx.Client] = {}
        self.open: set[int] = set()
        self.at = at
        self.tickets = 0

    def _window(self, number: int) -> httpx.Client:
        if number not in self.windows:
            device = f"{self.prefix}window-{number}"
            self.windows[number] = self.central.client(self.central.enroll("window", device, self.hall))
        return self.windows[number]

    def _push(self, client: httpx.Client, device: str, steps: list[tuple[EventType, dict[str, Any]]]) -> None:
        events = []
        for kind, payload in steps:
            self.at += timedelta(seconds=30)
            events.append(event(kind, payload, device, self.hall, at=self.at))
        answer = client.post("/sync/push", json=body(events)).json()
        refused = [r for r in answer["results"] if r["status"] != "accepted"]
        assert not refused, refused

    def serve_and_rate(
        self,
        window: int,
        staff: str,
        level: str = "dissatisfied",
        *,
        reasons: tuple[str, ...] = ("服务态度差",),
        real_name: bool = False,
        contact: str = "",
        text: str = "",
        category: str | None = None,
        items: tuple[str, ...] = ("T-001",),
        rated: bool = True,
    ) -> str:
        """Serve a ticket at ``window`` and rate the visit (``rated=False``: the rating pad skipped); the
        visit's id when not rated, else the rating's."""
        category = category or self.bundle.config.window(window).categories[0]
        self.tickets += 1
        ticket_id, visit_id, rating_id = new_id(), new_id(), new_id()
        self._push(
            self.kiosk,
            self.kiosk_id,
            [
                (
                    EventType.TICKET_ISSUED,
                    {
                        "ticket_id": ticket_id,
                        "number": f"{category}{self.tickets:03d}",
                        "category": category,
                        "day": self.at.date(),
                    },
                )
            ],
        )
        steps: list[tuple[EventType, dict[str, Any]]] = []
        if window not in self.open:
            steps.append((EventType.WINDOW_OPENED, {"window": window, "staff": staff}))
            self.open.add(window)
        rating: dict[str, Any] = {
            "rating_id": rating_id,
            "target": "visit",
            "target_id": visit_id,
            "level": level,
            "reasons": list(reasons) if level in ("dissatisfied", "very_dissatisfied") else [],
            "real_name": real_name,
            "contact": contact,
            "text": text,
        }
        steps += [
            (EventType.TICKET_CALLED, {"ticket_id": ticket_id, "window": window, "staff": staff}),
            (
                EventType.SERVICE_STARTED,
                {"ticket_id": ticket_id, "visit_id": visit_id, "window": window, "staff": staff},
            ),
            (
                EventType.SERVICE_FINISHED,
                {
                    "visit_id": visit_id,
                    "window": window,
                    "outcome": "on_the_spot",
                    "case_number": f"CASE-{self.tickets:04d}-{visit_id[-8:]}",
                    "items": list(items),
                },
            ),
        ]
        if rated:
            steps.append((EventType.RATING_SUBMITTED, rating))
        else:
            steps.append((EventType.RATING_SKIPPED, {"visit_id": visit_id, "window": window}))
        self._push(self._window(window), f"{self.prefix}window-{window}", steps)
        return rating_id if rated else visit_id

    def pause(self, window: int, reason: str = "临时离开", minutes: int = 10) -> None:
        self._push(
            self._window(window),
            f"{self.prefix}window-{window}",
            [
                (
                    EventType.WINDOW_PAUSED,
                    {"window": window, "reason": reason, "expected_return": self.at + timedelta(minutes=minutes)},
                )
            ],
        )

    def take_tickets(self, category: str, count: int) -> list[str]:
        """Issue ``count`` tickets of ``category``; their ids, oldest first."""
        steps: list[tuple[EventType, dict[str, Any]]] = []
        ids = []
        for _ in range(count):
            self.tickets += 1
            ids.append(new_id())
            steps.append(
                (
                    EventType.TICKET_ISSUED,
                    {
                        "ticket_id": ids[-1],
                        "number": f"{category}{self.tickets:03d}",
                        "category": category,
                        "day": self.at.date(),
                    },
                )
            )
        self._push(self.kiosk, self.kiosk_id, steps)
        return ids

    def window_event(self, window: int, kind: EventType, payload: dict[str, Any]) -> None:
        """One event of ``window``'s device (opening it first, with ``staff`` in the payload, if it is not open)."""
        if kind == EventType.WINDOW_OPENED:
            self.open.add(window)
        elif kind == EventType.WINDOW_CLOSED:
            self.open.discard(window)
        self._push(self._window(window), f"{self.prefix}window-{window}", [(kind, {"window": window, **payload})])

    def call(self, window: int, staff: str, ticket_id: str) -> None:
        """Call a waiting ticket to ``window`` (opened by ``staff`` if it is not open), and leave it called."""
        if window not in self.open:
            self.window_event(window, EventType.WINDOW_OPENED, {"staff": staff})
        self.window_event(window, EventType.TICKET_CALLED, {"ticket_id": ticket_id, "staff": staff})

    def serve(self, window: int, staff: str, ticket_id: str) -> None:
        """Call, serve and finish a waiting ticket at ``window`` (a consultation; not rated)."""
        visit_id = new_id()
        self.call(window, staff, ticket_id)
        self.window_event(
            window, EventType.SERVICE_STARTED, {"ticket_id": ticket_id, "visit_id": visit_id, "staff": staff}
        )
        self.window_event(window, EventType.SERVICE_FINISHED, {"visit_id": visit_id, "outcome": "consulted"})

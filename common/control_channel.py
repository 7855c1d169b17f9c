"""A local control channel into a running Hall program, for end-to-end tests and hall automation.

With ``--control PORT`` a kiosk, window client or board listens on 127.0.0.1 only and takes one JSON
request per line: ``{"op": "call_next", "args": {"window": 1}}``. Each operation runs the same action a
button runs (``common.kiosk_actions``, ``common.window_actions``) on the program's own device, with the
same checks of the hall's hours (``common.opening_rules``), on its event loop, so the screens, the store
and the sync client see exactly what a person's tap would cause.
The answer is one JSON line: ``{"ok": true, "result": ...}`` or ``{"ok": false, "code": ..., "message": ...}``.
Off unless asked for; it never listens beyond this machine.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime, timedelta
from typing import Any

from pydantic import ValidationError

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import Channel, EventError, EventType, Outcome
from common.kiosk.opening_guard import check_check_in_hours, check_ticket_hours
from common.opening_rules import require_calling_hours
from common.projection.admission import WRITABLE
from common.projection.state import Ticket
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel

log = logging.getLogger("hall.control")

Op = Callable[..., Any]


class ControlChannel:
    def __init__(self, device: Device, status: Callable[[], dict[str, Any]] | None = None) -> None:
        self.device = device
        self._status = status or (dict)
        self._guard = win.SignInGuard()
        self._last_visit: dict[int, str] = {}
        self._server: asyncio.AbstractServer | None = None
        self.ops: dict[str, Op] = {
            "state": self._state,
            "issue_ticket": self._issue_ticket,
            "book_appointment": self._book,
            "check_in": self._check_in,
            "rate_case": lambda case_number, level, reasons=(), text="", contact="": kiosk.rate_case(
                device, case_number, RatingLevel(level), list(reasons), text, contact
            ),
            "request_help": lambda note="", item=None: kiosk.request_help(device, note=note, item=item),
            "submit_feedback": lambda text, item=None, contact="": kiosk.submit_feedback(device, text, item, contact),
            "sign_in": self._sign_in,
            "call_next": self._call_next,
            "recall": self._recall,
            "no_show": lambda window: win.no_show(device, window),
            "requeue": lambda window, number: win.requeue(device, window, number),
            "transfer": lambda window, to_category=None, to_window=None, note="": win.transfer(
                device, window, to_category=to_category, to_window=to_window, note=note
            ),
            "start_service": self._start,
            "finish": self._finish,
            "pause": lambda window, reason, minutes: win.pause(
                device, window, reason, device.now() + timedelta(minutes=minutes)
            ),
            "resume": lambda window: win.resume(device, window),
            "handover": self._handover,
            "close_window": lambda window: win.close_window(device, window),
            "rate_visit": self._rate_visit,
            "skip_rating": lambda window: win.skip_rating(device, window, self._last_visit[window]),
        }

    async def start(self, port: int) -> int:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", port)
        bound: int = self._server.sockets[0].getsockname()[1]
        log.info("control channel on 127.0.0.1:%d", bound)
        return bound

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while line := await reader.readline():
                writer.write((json.dumps(self.handle(line), ensure_ascii=False, default=_plain) + "\n").encode())
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    def handle(self, line: bytes | str) -> dict[str, Any]:
        try:
            request = json.loads(line)
            op = self.ops[request["op"]]
            return {"ok": True, "result": op(**request.get("args", {}))}
        except RuleViolation as v:
            return {"ok": False, "code": v.code, "message": v.message}
        except EventError as e:
            return {"ok": False, "code": "invalid", "message": str(e)}
        except (KeyError, TypeError, ValueError, ValidationError) as e:
            return {"ok": False, "code": "bad_request", "message": f"{type(e).__name__}: {e}"}

    # --- operations that need more than one call ----------------------------------------------------

    def _state(self) -> dict[str, Any]:
        s = self.device.state
        return {
            "device_id": self.device.identity.device_id,
            "pending": self.device.store.pending_count(),
            "cursor": self.device.store.cursor,
            "tickets": len(s.tickets),
            "visits": len(s.visits),
            "ratings": len(s.ratings),
            "refused": len(self.device.store.rejections()),
            "windows": {
                str(n): {"status": w.status, "staff": w.staff, "ticket": w.ticket_id} for n, w in s.windows.items()
            },
            **self._status(),
        }

    def _issue_ticket(self, category: str, green: bool = False) -> kiosk.TicketReceipt:
        if self._may_write(EventType.TICKET_ISSUED):
            check_ticket_hours(self.device)
        return kiosk.issue_ticket(self.device, category, Channel.GREEN if green else Channel.NORMAL)

    def _check_in(self, code: str, green: bool = False) -> kiosk.TicketReceipt:
        if self._may_write(EventType.APPOINTMENT_CHECKED_IN):
            check_check_in_hours(self.device, code)
        return kiosk.check_in(self.device, code, green)

    def _call_next(self, window: int) -> Ticket | None:
        if self._may_write(EventType.TICKET_CALLED):
            require_calling_hours(self.device.bundle.config, window, self.device.now())
        return win.call_next(self.device, window)

    def _recall(self, window: int) -> Ticket:
        if self._may_write(EventType.TICKET_RECALLED):
            require_calling_hours(self.device.bundle.config, window, self.device.now())
        return win.recall(self.device, window)

    def _may_write(self, event_type: EventType) -> bool:
        """Whether this kind of device does this at all: the hall's hours are checked for those that do,
        and another kind (a board asked for a number) is refused as not allowed by the action itself."""
        return event_type in WRITABLE[self.device.identity.kind]

    def _book(self, category: str, start: str, minutes: int = 30, item: str | None = None) -> str:
        slot = datetime.fromisoformat(start)
        return kiosk.book_appointment(self.device, category, slot, slot + timedelta(minutes=minutes), item)

    def _sign_in(self, window: int, staff: str, pin: str) -> str:
        member = self._guard.sign_in(self.device, window, staff, pin)
        w = self.device.state.window(window)
        if w.status == "closed":
            win.open_window(self.device, window, member.number)
        elif w.staff != member.number:
            win.handover(self.device, window, member.number)
        return member.name

    def _handover(self, window: int, staff: str, pin: str) -> str:
        member = self._guard.sign_in(self.device, window, staff, pin)
        win.handover(self.device, window, member.number)
        return member.name

    def _start(self, window: int) -> str:
        visit = win.start_service(self.device, window)
        self._last_visit[window] = visit.id
        return visit.id

    def _finish(
        self,
        window: int,
        outcome: str,
        items: list[str] | None = None,
        case_number: str | None = None,
        promised_days: int | None = None,
        missing: list[str] | None = None,
    ) -> dict[str, Any]:
        promised = None
        if promised_days is not None:
            promised = self.device.bundle.config.calendar.add_working_days(self.device.today(), promised_days)
        visit = win.finish(
            self.device,
            window,
            Outcome(outcome),
            items=items,
            case_number=case_number,
            promised_date=promised,
            missing_materials=missing,
        )
        self._last_visit[window] = visit.id
        return {"visit": visit.id, "case_number": visit.case_number}

    def _rate_visit(
        self, window: int, level: str, reasons: list[str] | None = None, text: str = "", contact: str = ""
    ) -> str:
        return win.rate_visit(self.device, self._last_visit[window], RatingLevel(level), reasons, text, contact)


def _plain(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)

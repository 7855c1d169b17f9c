"""One clerk console's session at one window, Qt-free: who is signed in, and every action of the console
as a method over ``window_actions`` with the rules that tie them together:

- signing in opens the window, resumes the shift of the clerk already on duty, or hands the window over
  (替岗) to the clerk who signs in, without closing it; wrong PINs are limited per staff number and day,
  across restarts, and each is logged as an event;
- calling the next number records the visit before it as not rated when the citizen left the pad, and
  never offers a ticket this window just lost to another one;
- a window calls and recalls only within the hall's hours, and at lunch only with lunch duty
  (``common/opening_rules.py``); everything else (finishing, rating, pausing, handing over, closing) works
  at any time;
- the rating pad takes one rating per visit (一次一评), and records "not rated" after its timeout;
- refusals come back as ``RuleViolation`` with a stable code the console translates.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from enum import StrEnum

from common import window_actions as win
from common.device import Device
from common.events import Event
from common.opening_rules import OpeningAnswer, calling_answer, require_calling_hours
from common.projection.queue import next_ticket, queue_for_window
from common.projection.state import Ticket, Visit, WindowState, WindowStatus
from common.projection.violations import RuleViolation
from common.ratings_scale import RatingLevel
from common.staff import StaffMember
from common.window.finish_form import FinishRecord, check_record
from common.window.lost_calls import LostCall, LostCallWatch, Refused
from common.window.rating_pad import RATING_TIMEOUT, rating_expired, valid_contact
from common.window.window_view import WindowView, awaiting_rating, window_view

log = logging.getLogger("hall.window")

GUARD_META = "signin_failures"
MAX_PAUSE_MINUTES = 240


class SignedIn(StrEnum):
    OPENED = "opened"
    """The window was closed: it opens with this clerk."""
    RESUMED = "resumed"
    """This clerk was already on duty here (the console restarted, or was locked)."""
    HANDED_OVER = "handed_over"
    """Another clerk was on duty: the window is handed over (替岗) without closing it."""


class ClerkSession:
    def __init__(self, device: Device, window: int, *, rating_timeout: timedelta = RATING_TIMEOUT) -> None:
        try:
            self.spec = device.bundle.config.window(window)
        except KeyError:
            raise ValueError(f"the hall has no window {window}") from None
        self.device = device
        self.window = window
        self.rating_timeout = rating_timeout
        self.staff: str | None = None
        """The clerk signed in at this console."""
        self.guard = win.SignInGuard()
        self.watch = LostCallWatch(window)
        self.pad_touched_at: datetime | None = None
        self.notice_visit: str | None = None
        """A visit whose one-time notice the citizen screen shows before the rating."""
        self._load_guard()

    # --- reading ----------------------------------------------------------------------------------------

    @property
    def state(self) -> WindowState:
        return self.device.state.window(self.window)

    @property
    def signed_in(self) -> bool:
        """A clerk is signed in here and is the one on duty at the window."""
        w = self.state
        return self.staff is not None and w.status != WindowStatus.CLOSED and w.staff == self.staff

    def view(self, now: datetime | None = None) -> WindowView:
        return window_view(self.device.state, self.device.bundle, self.window, now or self.device.now())

    def next_ticket(self) -> Ticket | None:
        """Who "call next" would call: the queue's next, passing over tickets this window just lost."""
        state, config, day = self.device.state, self.device.bundle.config, self.device.today()
        first = next_ticket(state, config, self.window, day)
        if first is None or self.watch.callable(first.id, self.device):
            return first
        return next(
            (t for t in queue_for_window(state, config, self.window, day) if self.watch.callable(t.id, self.device)),
            None,
        )

    def pad_visit(self) -> Visit | None:
        """The visit the rating pad is asking about, if any."""
        return awaiting_rating(self.device.state, self.window)

    # --- signing in -------------------------------------------------------------------------------------

    def sign_in(self, staff_number: str, pin: str) -> SignedIn:
        """Check the PIN against the roster this device last synced (it works offline), then open the
        window, resume, or take it over from whoever is on duty."""
        member = self._check_pin(staff_number, pin)
        w = self.state
        if w.status == WindowStatus.CLOSED:
            win.open_window(self.device, self.window, member.number)
            how = SignedIn.OPENED
        elif w.staff == member.number:
            how = SignedIn.RESUMED
        else:
            win.handover(self.device, self.window, member.number)
            how = SignedIn.HANDED_OVER
        self.staff = member.number
        log.info("window %d: %s signed in (%s)", self.window, member.number, how)
        return how

    def hand_over(self, staff_number: str, pin: str) -> None:
        """Another clerk takes the window (替岗): the visit in progress, the pause and the queue stay."""
        member = self._check_pin(staff_number, pin)
        if member.number == self.staff:
            raise RuleViolation("same_staff", f"{member.number} is already on duty here", "staff")
        win.handover(self.device, self.window, member.number)
        log.info("window %d: handed over from %s to %s", self.window, self.staff, member.number)
        self.staff = member.number

    def _check_pin(self, staff_number: str, pin: str) -> StaffMember:
        self._load_guard()
        try:
            return self.guard.sign_in(self.device, self.window, staff_number, pin)
        finally:
            self._save_guard()

    def attempts_left(self, staff_number: str) -> int:
        return max(win.MAX_PIN_ATTEMPTS - self.guard.failures.get(staff_number.strip(), 0), 0)

    def _load_guard(self) -> None:
        raw = self.device.store.get_meta(GUARD_META, "") or ""
        try:
            saved = json.loads(raw) if raw else {}
        except ValueError:
            saved = {}
        failures = saved.get("failures", {}) if saved.get("day") == self.device.today().isoformat() else {}
        self.guard.failures = {str(k): int(v) for k, v in failures.items()}

    def _save_guard(self) -> None:
        saved = {"day": self.device.today().isoformat(), "failures": self.guard.failures}
        self.device.store.set_meta(**{GUARD_META: json.dumps(saved)})

    def close_window(self) -> None:
        """End the shift: the citizen who did not rate is recorded as not rated, the window closes."""
        self.skip_rating()
        win.close_window(self.device, self.window)
        log.info("window %d: closed by %s", self.window, self.staff)
        self.staff = None

    # --- the queue --------------------------------------------------------------------------------------

    def call_next(self) -> Ticket | None:
        self.check_calling_hours()
        ticket = self.next_ticket()
        return None if ticket is None else self.call(ticket.id)

    def call(self, ticket_id: str) -> Ticket:
        self.check_calling_hours()
        ticket = win.call(self.device, self.window, ticket_id)
        self.skip_rating()  # the citizen before has gone: their visit is recorded as not rated
        return ticket

    def recall(self) -> Ticket:
        self.check_calling_hours()
        return win.recall(self.device, self.window)

    def calling_hours(self, now: datetime | None = None) -> OpeningAnswer:
        """Whether this window may call now: within the hall's hours, at lunch only with lunch duty."""
        return calling_answer(self.device.bundle.config, self.window, now or self.device.now())

    def check_calling_hours(self) -> None:
        """Raise ``OutsideHours`` unless this window may call (or recall) now."""
        require_calling_hours(self.device.bundle.config, self.window, self.device.now())

    def no_show(self) -> Ticket:
        return win.no_show(self.device, self.window)

    def requeue(self, number: str) -> Ticket:
        return win.requeue(self.device, self.window, number)

    def transfer(self, *, to_category: str | None = None, to_window: int | None = None, note: str = "") -> Ticket:
        return win.transfer(self.device, self.window, to_category=to_category, to_window=to_window, note=note.strip())

    def start_service(self) -> Visit:
        return win.start_service(self.device, self.window)

    def finish(self, record: FinishRecord, *, show_notice: bool = False) -> Visit:
        check_record(record, self.device.today())
        visit = win.finish(
            self.device,
            self.window,
            record.outcome,
            items=list(record.items),
            package=record.package,
            case_number=record.case_number or None,
            promised_date=record.promised_date,
            missing_materials=list(record.missing_materials),
            note=record.note.strip(),
        )
        self.pad_touched_at = None
        self.notice_visit = visit.id if show_notice and visit.missing_materials else None
        return visit

    def pause(self, reason: str, minutes: int) -> datetime:
        """Put up the pause sign (暂停服务牌); returns the expected return."""
        if not reason.strip():
            raise RuleViolation("reason_needed", "choose why the window pauses", "reason")
        if not 1 <= minutes <= MAX_PAUSE_MINUTES:
            raise RuleViolation("pause_too_long", "a pause is 1 to 240 minutes; longer needs a stand-in", "minutes")
        back = self.device.now() + timedelta(minutes=minutes)
        win.pause(self.device, self.window, reason.strip(), back)
        return back

    def resume(self) -> None:
        win.resume(self.device, self.window)

    def take_help(self, request_id: str) -> None:
        win.take_help(self.device, self.window, request_id)

    def resolve_help(self, request_id: str) -> None:
        win.resolve_help(self.device, self.window, request_id)

    # --- the rating pad ---------------------------------------------------------------------------------

    def rate(
        self, visit_id: str, level: RatingLevel, reasons: Iterable[str] = (), text: str = "", contact: str = ""
    ) -> str:
        """The citizen's rating of ``visit_id``; a second rating of the same visit is refused (一次一评)."""
        visit = self.device.state.visits.get(visit_id)
        if visit is not None and visit.rating_id is None and visit.skipped_rating:
            raise RuleViolation("rating_closed", f"visit {visit.number} was recorded as not rated", "target_id")
        if contact and not valid_contact(contact):
            raise RuleViolation("bad_contact", "a mobile number (11 digits) or a landline with area code", "contact")
        rating_id = win.rate_visit(self.device, visit_id, level, list(reasons), text.strip(), contact)
        self.pad_touched_at = None
        if self.notice_visit == visit_id:
            self.notice_visit = None
        return rating_id

    def touch_pad(self) -> None:
        """The citizen is using the pad: its timeout starts again."""
        self.pad_touched_at = self.device.now()

    def skip_rating(self) -> bool:
        """Record the visit on the pad as not rated; False if no visit was waiting."""
        visit = self.pad_visit()
        if visit is None:
            return False
        win.skip_rating(self.device, self.window, visit.id)
        self.pad_touched_at = None
        self.notice_visit = None
        return True

    def expire_rating(self, now: datetime | None = None) -> bool:
        """After the pad's timeout, the visit is recorded as not rated; True if that happened now."""
        visit = self.pad_visit()
        if visit is None or not rating_expired(
            visit, now or self.device.now(), self.pad_touched_at, self.rating_timeout
        ):
            return False
        return self.skip_rating()

    # --- calls lost to another window ---------------------------------------------------------------------

    def conflicts(self) -> tuple[list[LostCall], list[Refused]]:
        """What the latest pull made invalid among this console's pending events, each told once."""
        return self.watch.from_conflicts(self.device)

    def refusals(self, rejected: Iterable[tuple[Event, str, str]]) -> tuple[list[LostCall], list[Refused]]:
        """What the central store refused, each told once (a conflict told before is not told again)."""
        return self.watch.from_refusals(self.device, rejected)

    def today(self) -> date:
        return self.device.today()

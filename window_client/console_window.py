"""The clerk console: sign in (offline too), then the window's work in one screen — what the window holds,
the actions with their keys, the queue at a glance with help requests and alerts, and the forms for
finishing, transferring, requeueing, pausing and handing over. Every refusal is said in plain words (a call
outside the hall's hours, or at lunch without lunch duty, with when calling resumes); a
call lost to another window is undone with a message and the next ticket offered.

The console holds no rules: it calls its ``ClerkSession`` and shows what comes back. Clicks are handled
one at a time on the UI thread and each action's effect (and the buttons it enables) is in place before
the next click is read; a repeat of the same action within a fraction of a second is dropped
(``RepeatGuard``), so a double click never calls twice."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from common.events import EventError
from common.freshness import Freshness
from common.opening_rules import OutsideHours
from common.printing.labels import Language
from common.printing.one_time_notice import notice_for_visit
from common.printing.print_job import PrintJob, run_print_job
from common.printing.printer import Printer
from common.projection.state import Ticket, WindowStatus
from common.projection.violations import RuleViolation
from common.ui.accessible import make_accessible
from common.ui.device_bridge import DeviceBridge
from common.ui.hours_words import calling_refusal
from common.ui.i18n import Retranslating, current_language, translate
from common.ui.theme import Surface, TextRole, font_family, repolish, set_surface
from common.window.clerk_session import ClerkSession, SignedIn
from common.window.lost_calls import LostCall, Refused
from common.window.queue_glance import queue_glance
from common.window.repeat_guard import RepeatGuard
from common.window.window_view import WindowPhase, WindowView, latest_finished
from kiosk.board.status_line import freshness_text
from window_client.action_bar import ActionBar
from window_client.console_style import console_stylesheet
from window_client.current_panel import CurrentPanel
from window_client.finish_panel import FinishPanel, FinishRequest
from window_client.message_bar import MessageBar, Tone
from window_client.page_stack import PageStack
from window_client.pause_panel import PausePanel
from window_client.queue_panel import QueuePanel
from window_client.refusal_words import refusal_text
from window_client.requeue_panel import RequeuePanel
from window_client.sign_in_panel import SignInPanel
from window_client.transfer_panel import TransferPanel
from window_client.widgets import text_label
from window_client.window_words import window_name, window_type_text

log = logging.getLogger("hall.window")

SIZE = (1600, 960)
QUEUE_REFRESH_MS = 50
LEFT_WIDTH = 560


def called_text(ticket: Ticket) -> str:
    """What the console says after a call; a transferred ticket also says where it comes from and the note
    the clerk there left, so the citizen does not have to explain again."""
    called = translate("Console", "Called {number}.").format(number=ticket.number)
    if ticket.transferred_from is None:
        return called
    if ticket.transfer_note:
        came = translate("Console", "Transferred from window {window}: {note}")
    else:
        came = translate("Console", "Transferred from window {window}.")
    return called + " " + came.format(window=ticket.transferred_from, note=ticket.transfer_note)


class ConsoleWindow(Retranslating, QWidget):
    session_changed = Signal()
    """Something the citizen screen shows changed without an event (a notice to show, a sign-in)."""
    printed = Signal(object)
    """A ``PrintJob`` of a one-time notice."""

    def __init__(
        self,
        session: ClerkSession,
        bridge: DeviceBridge,
        *,
        printer: Printer | None = None,
        guard: RepeatGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.session = session
        self.bridge = bridge
        self.printer = printer
        self.guard = guard or RepeatGuard()
        self._family = font_family(current_language())
        self.setStyleSheet(console_stylesheet(self._family))

        sign_in_page = self._build_sign_in_page()
        work_page = self._build_work_page()

        self.pages = PageStack()
        self.pages.addWidget(sign_in_page)
        self.pages.addWidget(work_page)
        self.sign_in_page, self.work_page = sign_in_page, work_page
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.pages)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.show_queue)

        self._queue_timer = QTimer(self)
        self._queue_timer.setSingleShot(True)
        self._queue_timer.setInterval(QUEUE_REFRESH_MS)
        self._queue_timer.timeout.connect(self.refresh)
        self.view: WindowView | None = None
        self.last_print: PrintJob | None = None
        self.resize(*SIZE)
        self.refresh()

    def _build_sign_in_page(self) -> QWidget:
        self.sign_in = SignInPanel()
        self.sign_in.setFixedWidth(620)
        self.sign_in.submitted.connect(self._on_sign_in)
        self.sign_in_title = text_label("sign_in_window", TextRole.TITLE, align=Qt.AlignmentFlag.AlignCenter)
        sign_in_page = QWidget()
        box = QVBoxLayout(sign_in_page)
        box.addStretch(1)
        box.addWidget(self.sign_in_title)
        box.addSpacing(16)
        box.addWidget(self.sign_in, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return sign_in_page

    def _build_work_page(self) -> QWidget:
        self.band = QWidget()
        self.band.setObjectName("console_band")
        set_surface(self.band, Surface.BAND)
        self.title = text_label("console_title", TextRole.HEADING)
        self.clerk = text_label("console_clerk")
        self.status_chip = text_label("status_chip")
        self.freshness = text_label("console_freshness")
        band = QHBoxLayout(self.band)
        band.setContentsMargins(20, 10, 20, 10)
        band.setSpacing(24)
        band.addWidget(self.title)
        band.addWidget(self.clerk)
        band.addWidget(self.status_chip)
        band.addStretch(1)
        band.addWidget(self.freshness)
        self.messages = MessageBar()
        self.messages.offer_taken.connect(self._on_offer_taken)
        self.current = CurrentPanel()
        self.actions = ActionBar(self)
        self.actions.triggered.connect(self.run_action)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.current)
        left.addWidget(self.actions)
        left.addStretch(1)
        left_holder = QWidget()
        left_holder.setLayout(left)
        left_holder.setFixedWidth(LEFT_WIDTH)

        self._build_tasks()
        body = QHBoxLayout()
        body.setContentsMargins(16, 12, 16, 16)
        body.setSpacing(16)
        body.addWidget(left_holder)
        body.addWidget(self.tasks, 1)
        work_page = QWidget()
        work = QVBoxLayout(work_page)
        work.setContentsMargins(0, 0, 0, 0)
        work.setSpacing(0)
        work.addWidget(self.band)
        work.addWidget(self.messages)
        work.addLayout(body, 1)
        return work_page

    def _build_tasks(self) -> None:
        self.queue = QueuePanel()
        self.queue.help_taken.connect(lambda r: self._help("take_help", lambda: self.session.take_help(r)))
        self.queue.help_resolved.connect(lambda r: self._help("resolve_help", lambda: self.session.resolve_help(r)))
        self.finish_form = FinishPanel()
        self.finish_form.submitted.connect(self._on_finish)
        self.transfer_form = TransferPanel()
        self.transfer_form.submitted.connect(self._on_transfer)
        self.requeue_form = RequeuePanel()
        self.requeue_form.submitted.connect(self._on_requeue)
        self.pause_form = PausePanel()
        self.pause_form.submitted.connect(self._on_pause)
        self.handover_form = SignInPanel(handover=True)
        self.handover_form.submitted.connect(self._on_handover)
        self.tasks = PageStack()
        self.tasks.setObjectName("tasks")
        for panel in (self.queue, self.finish_form, self.transfer_form, self.requeue_form, self.pause_form):
            self.tasks.addWidget(panel)
            if panel is not self.queue:
                panel.cancelled.connect(self.show_queue)  # type: ignore[attr-defined]
        self.tasks.addWidget(self.handover_form)
        self.handover_form.cancelled.connect(self.show_queue)

    # --- showing ------------------------------------------------------------------------------------------

    @property
    def task(self) -> str:
        """Which task the right side shows: queue, finish, transfer, requeue, pause or handover."""
        return self.tasks.currentWidget().objectName().removesuffix("_panel")

    def show_queue(self) -> None:
        self.tasks.setCurrentWidget(self.queue)
        self.refresh()

    def schedule_refresh(self) -> None:
        """Refresh the queue at a glance once the current burst of changes is over (a pull can bring many
        pages at once), and after the citizen screen has painted: what the citizen sees must not wait for it."""
        if not self._queue_timer.isActive():
            self._queue_timer.start()

    def refresh(self, *, queue: bool = True) -> None:
        """What the window holds and which actions are possible, now; the queue panel too unless ``queue`` is
        False (then it follows within ``QUEUE_REFRESH_MS``)."""
        session = self.session
        device = session.device
        now = device.now()
        view = session.view(now)
        self.view = view
        signed_in = session.signed_in
        if not signed_in:
            if self.pages.currentWidget() is not self.sign_in_page:
                self.pages.setCurrentWidget(self.sign_in_page)
                self.sign_in.reset()
            self.retranslate()
            return
        self.pages.setCurrentWidget(self.work_page)
        state = device.state
        last = latest_finished(state, session.window)
        level = None
        if last is not None and last.rating_id is not None and last.rating_id in state.ratings:
            level = state.ratings[last.rating_id].level
        pad_left = None
        visit = session.pad_visit()
        if visit is not None and visit.finished_at is not None:
            since = max(visit.finished_at, session.pad_touched_at) if session.pad_touched_at else visit.finished_at
            pad_left = int((session.rating_timeout - (now - since)).total_seconds())
        self.current.show_view(view, pad_left_s=pad_left, last_visit=last, last_level=level)
        self._enable_actions(view)
        if queue and self.tasks.currentWidget() is self.queue:
            glance = queue_glance(state, device.bundle, session.window, device.today(), now)
            self.queue.show_glance(glance, view, self.bridge.freshness, now)
        if self.tasks.currentWidget() in (self.finish_form, self.transfer_form) and view.ticket is None:
            self.show_queue()  # the ticket is gone (lost to another window, or handled): the form has no subject
            return
        self.retranslate()

    def _enable_actions(self, view: WindowView) -> None:
        calling = view.phase == WindowPhase.CALLING
        serving = view.phase == WindowPhase.SERVING
        paused = view.phase == WindowPhase.PAUSED
        held = view.ticket is not None
        enabled = {
            "call_next": view.phase == WindowPhase.IDLE,
            "recall": calling,
            "start": calling,
            "finish": serving,
            "no_show": calling,
            "transfer": calling or serving,
            "requeue": view.open,
            "pause": paused or (view.phase == WindowPhase.IDLE and not held),
            "handover": view.open,
            "close": view.open and not held,
        }
        self.actions.set_enabled(enabled, paused=paused)

    # --- actions --------------------------------------------------------------------------------------------

    def run_action(self, name: str) -> None:
        """A button or its key. A repeat within the guard's time is the same press, and dropped."""
        if not self.actions.buttons[name].isEnabled() or not self.guard.allow(name):
            return
        handlers: dict[str, Callable[[], None]] = {
            "call_next": self._call_next,
            "recall": lambda: self._do("recall", self._recall),
            "start": lambda: self._do("start", self._start),
            "finish": self._finish_key,
            "no_show": lambda: self._do("no_show", self._no_show),
            "transfer": self._transfer_key,
            "requeue": self._requeue_key,
            "pause": self._pause_key,
            "handover": self._handover_key,
            "close": lambda: self._do("close", self._close),
        }
        handlers[name]()

    def _do(
        self,
        what: str,
        action: Callable[[], Any],
        *,
        on_error: Callable[[str], None] | None = None,
        facts: dict[str, object] | None = None,
    ) -> bool:
        """Run ``action``; a refusal is shown in words (in the form, if one is open), never raised."""
        try:
            action()
        except OutsideHours as v:
            log.info("window %d: %s refused: %s", self.session.window, what, v)
            (on_error or self._refused)(calling_refusal(v.answer, v.at))
            self.refresh()
            return False
        except RuleViolation as v:
            text = refusal_text(v.code, **(self._facts() | (facts or {})))
            log.info("window %d: %s refused: %s", self.session.window, what, v)
            (on_error or self._refused)(text)
            self.refresh()
            return False
        except EventError as e:
            text = refusal_text("invalid", field=e.field or "?")
            (on_error or self._refused)(text)
            self.refresh()
            return False
        self.session_changed.emit()
        self.refresh(queue=False)
        self.schedule_refresh()
        return True

    def _help(self, what: str, action: Callable[[], None]) -> None:
        """A help request taken or resolved: the queue panel, where it was pressed, shows it at once."""
        if self._do(what, action):
            self.refresh()

    def _refused(self, text: str) -> None:
        self.messages.show_message(text, Tone.REFUSED)

    def _done(self, text: str) -> None:
        self.messages.show_message(text, Tone.DONE)

    def _facts(self) -> dict[str, object]:
        view = self.view
        staff = self.session.staff or ""
        return {
            "number": view.ticket if view and view.ticket else "",
            "window": self.session.window,
            "staff": staff,
        }

    def _call_next(self) -> None:
        def call() -> None:
            ticket = self.session.call_next()
            if ticket is None:
                self._done(translate("Console", "Nobody is waiting for this window."))
            else:
                self.messages.clear()
                self._done(called_text(ticket))

        self._do("call_next", call)

    def _on_offer_taken(self, ticket_id: str) -> None:
        def call() -> None:
            ticket = self.session.call(ticket_id)
            self._done(called_text(ticket))

        if self.view is not None and self.view.phase == WindowPhase.IDLE:
            self._do("call", call)

    def _recall(self) -> None:
        ticket = self.session.recall()
        self._done(
            translate("Console", "Called {number} again ({n} calls).").format(number=ticket.number, n=ticket.calls)
        )

    def _start(self) -> None:
        visit = self.session.start_service()
        self._done(translate("Console", "Serving {number}.").format(number=visit.number))

    def _no_show(self) -> None:
        ticket = self.session.no_show()
        self._done(translate("Console", "{number} marked as no-show.").format(number=ticket.number))

    def _close(self) -> None:
        self.session.close_window()
        self.messages.clear()
        self.show_queue()

    # --- forms ------------------------------------------------------------------------------------------

    def _finish_key(self) -> None:
        if self.tasks.currentWidget() is self.finish_form:
            self.finish_form.submit_now()
            return
        visit_id = self.session.state.visit_id
        visit = self.session.device.state.visits.get(visit_id) if visit_id else None
        if visit is None:
            return
        device = self.session.device
        self.finish_form.open_for(
            visit, device.bundle.catalogue, device.bundle.config, device.today(), can_print=self.printer is not None
        )
        self.tasks.setCurrentWidget(self.finish_form)

    def _on_finish(self, request: FinishRequest) -> None:
        done: list[object] = []

        def finish() -> None:
            visit = self.session.finish(request.record, show_notice=request.show_notice)
            done.append(visit)
            self._done(translate("Console", "Finished {number}.").format(number=visit.number))

        if self._do("finish", finish, on_error=self.finish_form.show_error):
            self.show_queue()
            if request.print_notice and done:
                self.print_notice(done[0].id)  # type: ignore[attr-defined]

    def print_notice(self, visit_id: str) -> PrintJob | None:
        """Print the one-time notice of a finished visit; a printer's fault is said, never raised."""
        device = self.session.device
        visit = device.state.visits.get(visit_id)
        if self.printer is None or visit is None or not visit.missing_materials:
            return None
        language = Language.EN if current_language() == "en" else Language.ZH
        document = notice_for_visit(visit, device.bundle.config, device.bundle.catalogue, language)
        job = run_print_job(self.printer, document, clock=device.now)
        self.last_print = job
        if job.ok:
            self._done(
                translate("Console", "Finished {number}; the one-time notice is printed.").format(number=visit.number)
            )
        else:
            self._refused(
                translate("Console", "The notice did not print ({fault}): give it by hand or print it again.").format(
                    fault=job.fault.value if job.fault else ""
                )
            )
        self.printed.emit(job)
        return job

    def _transfer_key(self) -> None:
        if self.tasks.currentWidget() is self.transfer_form:
            self.transfer_form._submit()
            return
        view = self.view
        if view is None or view.ticket is None or view.category is None:
            return
        device = self.session.device
        self.transfer_form.open_for(view.ticket, view.category, self.session.window, device.bundle.config, device.state)
        self.tasks.setCurrentWidget(self.transfer_form)

    def _on_transfer(self, to_category: str | None, to_window: int | None, note: str) -> None:
        def transfer() -> None:
            ticket = self.session.transfer(to_category=to_category, to_window=to_window, note=note)
            where = window_name(to_window) if to_window is not None else to_category
            self._done(
                translate("Console", "{number} transferred to {where}.").format(number=ticket.number, where=where)
            )

        if self._do("transfer", transfer, on_error=self.transfer_form.show_error):
            self.show_queue()

    def _requeue_key(self) -> None:
        if self.tasks.currentWidget() is self.requeue_form:
            self.requeue_form._submit()
            return
        device = self.session.device
        glance = queue_glance(device.state, device.bundle, self.session.window, device.today(), device.now())
        self.requeue_form.open_with(glance.no_shows)
        self.tasks.setCurrentWidget(self.requeue_form)

    def _on_requeue(self, number: str) -> None:
        def requeue() -> None:
            ticket = self.session.requeue(number)
            self._done(translate("Console", "{number} is back in line.").format(number=ticket.number))

        if self._do("requeue", requeue, on_error=self.requeue_form.show_error, facts={"number": number}):
            self.show_queue()

    def _pause_key(self) -> None:
        if self.view is not None and self.view.phase == WindowPhase.PAUSED:
            self._do("resume", lambda: (self.session.resume(), self._done(translate("Console", "Window resumed."))))
            return
        if self.tasks.currentWidget() is self.pause_form:
            self.pause_form._submit()
            return
        config = self.session.device.bundle.config
        self.pause_form.open_with(list(config.queue.pause_reasons), config.queue.pause_limit_minutes)
        self.tasks.setCurrentWidget(self.pause_form)

    def _on_pause(self, reason: str, minutes: int) -> None:
        def pause() -> None:
            back = self.session.pause(reason, minutes)
            local = self.session.device.bundle.config.local(back)
            self._done(
                translate("Console", "Paused: {reason}, back at {time}.").format(reason=reason, time=f"{local:%H:%M}")
            )

        if self._do("pause", pause, on_error=self.pause_form.show_error):
            self.show_queue()

    def _handover_key(self) -> None:
        self.handover_form.reset()
        self.handover_form.set_info(
            translate(
                "Console", "The clerk taking over signs in here. The window stays open; the visit in progress stays."
            )
        )
        self.tasks.setCurrentWidget(self.handover_form)

    def _on_handover(self, staff: str, pin: str) -> None:
        before = self.session.staff or ""
        try:
            self.session.hand_over(staff, pin)
        except RuleViolation as v:
            self.handover_form.show_error(refusal_text(v.code, staff=staff, left=self.session.attempts_left(staff)))
            self.refresh()
            return
        self._done(
            translate("Console", "{new} took over {window} from {old}.").format(
                new=self._name(staff), window=window_name(self.session.window), old=self._name(before)
            )
        )
        self.session_changed.emit()
        self.show_queue()

    # --- signing in ---------------------------------------------------------------------------------------

    def _on_sign_in(self, staff: str, pin: str) -> None:
        try:
            how = self.session.sign_in(staff, pin)
        except RuleViolation as v:
            self.sign_in.show_error(refusal_text(v.code, staff=staff, left=self.session.attempts_left(staff)))
            self.retranslate()
            return
        except EventError as e:
            self.sign_in.show_error(refusal_text("invalid", field=e.field))
            return
        self.sign_in.reset()
        self.messages.clear()
        texts = {
            SignedIn.OPENED: translate("Console", "Signed in: {window} is open."),
            SignedIn.RESUMED: translate("Console", "Signed in again at {window}."),
            SignedIn.HANDED_OVER: translate("Console", "You took over {window} (stand-in)."),
        }
        self._done(texts[how].format(window=window_name(self.session.window)))
        self.session_changed.emit()
        self.show_queue()

    def _name(self, staff: str) -> str:
        member = self.session.device.bundle.roster.get(staff)
        return f"{member.name} ({staff})" if member else staff

    # --- calls lost to another window, and other refusals ------------------------------------------------

    def show_lost(self, lost: list[LostCall], refused: list[Refused]) -> None:
        for call in lost:
            if call.taken_by is not None:
                text = translate(
                    "Console", "{number} was called at {window} first. Your call of {number} has been undone."
                ).format(number=call.number, window=window_name(call.taken_by))
            else:
                text = translate(
                    "Console", "{number} was called at another window first. Your call of {number} has been undone."
                ).format(number=call.number)
            if call.undone_steps:
                text += " " + translate(
                    "Console", "The {n} step(s) you recorded for it were undone too (kept on this device)."
                ).format(n=call.undone_steps)
            log.warning("window %d: call of %s lost to window %s", self.session.window, call.number, call.taken_by)
            self.refresh()
            offer, offer_ticket = "", ""
            following = self.session.next_ticket()
            if following is not None and self.view is not None and self.view.phase == WindowPhase.IDLE:
                offer = translate("Console", "Call {number} (F1)").format(number=following.number)
                offer_ticket = following.id
                text += " " + translate("Console", "Next: {number}.").format(number=following.number)
            elif following is None:
                text += " " + translate("Console", "Nobody else is waiting.")
            self.messages.show_message(text, Tone.LOST, offer=offer, offer_ticket=offer_ticket)
        for refusal in refused:
            self._show_refusal(refusal)

    def _show_refusal(self, refusal: Refused) -> None:
        if refusal.event_type == "staff.signin_failed":
            return
        number = ""
        device = self.session.device
        event = next((e for e in device.replica.pending if str(e.id) == refusal.event_id), None)
        ticket_id = getattr(event.payload, "ticket_id", None) if event is not None else None
        if ticket_id and ticket_id in device.state.tickets:
            number = device.state.tickets[ticket_id].number
        what = refusal_text(refusal.code, number=number, window=self.session.window, staff=self.session.staff or "")
        self._refused(translate("Console", "Not kept by the central store: {what}").format(what=what))

    # --- words --------------------------------------------------------------------------------------------

    def show_freshness(self, _freshness: Freshness | None = None) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        family = font_family(current_language())
        if family != self._family:
            self._family = family
            self.setStyleSheet(console_stylesheet(family))
        session = self.session
        spec = session.spec
        where = f"{window_name(session.window)} · {window_type_text(spec.type)}"
        self.sign_in_title.setText(where)
        self.title.setText(where)
        now = session.device.now()
        freshness = self.bridge.freshness
        self.freshness.setText(freshness_text(freshness, now))
        view = self.view
        info = []
        w = session.state
        if w.status != WindowStatus.CLOSED and w.staff:
            info.append(
                translate("Console", "On duty now: {name}. Another clerk signing in takes the window over.").format(
                    name=self._name(w.staff)
                )
            )
        if not freshness.is_live(now):
            info.append(translate("Console", "Offline: signing in checks the staff list this device last received."))
        self.sign_in.set_info(" ".join(info))
        if view is not None and view.clerk is not None:
            self.clerk.setText(f"{view.clerk.name} · {view.clerk.number}")
        else:
            self.clerk.setText("")
        state = "open"
        if view is not None and view.phase == WindowPhase.PAUSED and view.pause is not None:
            if view.pause.over_limit:
                state = "unattended"
                chip = translate("Console", "Paused {n} min: unattended alert").format(n=view.pause.paused_s // 60)
            else:
                state = "paused"
                chip = translate("Console", "Paused until {time}").format(time=f"{view.pause.expected_return:%H:%M}")
        elif view is not None and view.phase == WindowPhase.CLOSED:
            chip = translate("Console", "Closed")
        elif view is not None and view.lunch_until is not None:
            state = "paused"
            chip = translate("Console", "Lunch break: calling resumes at {time}").format(
                time=f"{view.lunch_until:%H:%M}"
            )
        else:
            chip = translate("Console", "Open")
        self.status_chip.setText(chip)
        if self.status_chip.property("state") != state:
            self.status_chip.setProperty("state", state)
            repolish(self.status_chip)
        make_accessible(self, translate("Console", "Clerk console"), where)

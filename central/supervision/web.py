"""The supervision pages of ``hall-central``: server-rendered (Jinja2), usable from any office browser.

Signed-in pages live under ``/supervision``; the public results page under ``/public`` needs no sign-in.
A session is a signed cookie (HttpOnly, SameSite=Strict, Secure unless turned off); every form carries the
session's CSRF token and every POST is refused without it. The sign-in form, before any session, uses a
signed double-submit token. Supervisors read everything and change nothing.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import secrets
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from jinja2 import Environment, FileSystemLoader, Undefined, select_autoescape
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.staticfiles import StaticFiles

from central.heads import HeadBoard
from central.store import CentralStore
from central.supervision import audit, back_office, cases, charts, metrics, public_language, reports
from central.supervision.assessment import assessment_csv, assessment_pdf, assessment_xlsx
from central.supervision.bundles import Bundles
from central.supervision.live import live_view
from central.supervision.roles import Role
from central.supervision.users import Session, Users
from central.supervision.workflow import (
    ACTIONS,
    NOTE_OPTIONAL,
    STEP_ORDER,
    Action,
    Actor,
    Rates,
    Step,
    WorkflowError,
    may_take,
)
from central.tables import br_case_steps
from common.hall_bundle import HallBundle
from common.privacy import mask_phone
from common.ratings_scale import LEVEL_LABELS_ZH, RatingLevel

HERE = Path(__file__).parent
SESSION_COOKIE = "hall_session"
LOGIN_COOKIE = "hall_signin"
PREFIX = "/supervision"
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)


class PageError(Exception):
    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(message)


class SignInNeeded(Exception):
    def __init__(self, next_url: str) -> None:
        self.next_url = next_url
        super().__init__(next_url)


ITEM = ("visits", "ratings", "cases", "promised")
"""What the assessment's table by item counts (``assessment.ITEM_COLUMNS``)."""


class AssessmentFigures:
    """The two groupings of an assessment (by window, by item), kept for a minute so that the PDF, the CSV and
    the XLSX of the same period are computed once. Kept per hall, period, scope and reader (the rates follow
    the reader's role), and only while the hall's head (every event: ratings, cases, pauses…) and the last
    workflow step are the same and the wall clock is in the same minute (open pauses, missed appointments and
    overdue cases move with it)."""

    SIZE = 32

    def __init__(self) -> None:
        self._kept: dict[tuple[Any, ...], tuple[HallBundle, reports.Report, reports.Report]] = {}
        self._lock = threading.Lock()  # the pages run in the server's thread pool
        self.hits = 0

    def get(
        self, key: tuple[Any, ...], bundle: HallBundle, make: Callable[[], tuple[reports.Report, reports.Report]]
    ) -> tuple[reports.Report, reports.Report]:
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and kept[0] is bundle:
                self.hits += 1
                return kept[1], kept[2]
        by_window, by_item = make()  # outside the lock: two readers may compute the same figures at once
        with self._lock:
            while len(self._kept) >= self.SIZE:
                self._kept.pop(next(iter(self._kept)))
            self._kept[key] = (bundle, by_window, by_item)
        return by_window, by_item

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


@dataclass
class Web:
    """What the pages need, handed in by ``create_app``."""

    users: Users
    bundles: Bundles
    store: CentralStore
    board: HeadBoard
    now: Callable[[], datetime]
    cookie_secure: bool
    session_seconds: int
    heartbeat_seconds: float
    assessments: AssessmentFigures = field(default_factory=AssessmentFigures)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # A figure a period has none of is missing from its row: written as "—" (or 0 for a count).
    env.filters["pct"] = lambda v: metrics.fmt(None if isinstance(v, Undefined) else v, "pct")
    env.filters["num"] = lambda v: metrics.fmt(None if isinstance(v, Undefined) else v, "count")
    env.filters["minutes"] = lambda v: metrics.fmt(None if isinstance(v, Undefined) else v, "minutes")
    env.filters["masked"] = mask_phone
    env.globals["LEVELS"] = [(str(lv), LEVEL_LABELS_ZH[lv]) for lv in RatingLevel]
    env.globals["GROUPS"] = metrics.GROUPS
    env.globals["shown"] = metrics.shown
    env.globals["PREFIX"] = PREFIX
    return env


_ENV = _environment()


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("path", "")
    html = _ENV.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status, headers=_page_headers())


def _page_headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": CSP,
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Cache-Control": "no-store",
    }


def install(app: FastAPI, web: Web) -> None:
    """Add the pages, their static files and their error pages to the app."""
    app.state.web = web
    app.mount(f"{PREFIX}/static", StaticFiles(directory=HERE / "static"), name="supervision-static")
    app.include_router(_router(web), include_in_schema=False)

    @app.exception_handler(PageError)
    async def page_error(request: Request, exc: PageError) -> Response:
        session = _session(request, web)
        me = session.user if session else None
        csrf = session.csrf_token if session else ""
        return render("error.html", exc.status, message=exc.message, me=me, csrf=csrf, hall=None)

    @app.exception_handler(SignInNeeded)
    async def sign_in_needed(_request: Request, exc: SignInNeeded) -> Response:
        return RedirectResponse(f"{PREFIX}/login?next={quote(exc.next_url)}", status_code=303)


# --- sessions and forms ------------------------------------------------------------------------------------


def _session(request: Request, web: Web) -> Session | None:
    cookie = request.cookies.get(SESSION_COOKIE)
    return web.users.session(cookie) if cookie else None


def _ip(request: Request) -> str:
    return request.client.host if request.client else ""


def _signed_in(request: Request, web: Web) -> Session:
    session = _session(request, web)
    if session is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInNeeded(target)
    return session


async def _checked_form(request: Request, web: Web) -> tuple[Session, FormData]:
    """A signed-in POST whose form carries the session's CSRF token; anything else is refused."""
    session = _signed_in(request, web)
    form = await request.form()
    token = form.get("csrf")
    if not isinstance(token, str) or not hmac.compare_digest(token, session.csrf_token):
        raise PageError(403, "表单已失效或来源不明（缺少防伪令牌），请返回页面刷新后重试。")
    return session, form


def _safe_next(value: str) -> str:
    """Only a path of these pages: never another site."""
    if value.startswith(PREFIX) and not value.startswith("//") and "\\" not in value:
        return value
    return f"{PREFIX}/"


def _hall(web: Web, session: Session, hall_id: str) -> HallBundle:
    user = session.user
    if user.role != Role.SUPERVISOR and user.hall_id != hall_id:
        raise PageError(403, "您无权查看该大厅。")
    bundle = web.bundles.get(hall_id)
    if bundle is None:
        raise PageError(404, f"没有大厅 {hall_id}。")
    return bundle


def _windows_of(session: Session, bundle: HallBundle) -> set[int] | None:
    user = session.user
    if user.role != Role.DEPARTMENT_MANAGER:
        return None
    return {w.number for w in bundle.config.windows if w.department == user.department}


def _scope(session: Session, bundle: HallBundle) -> reports.Scope:
    user = session.user
    if user.role == Role.DEPARTMENT_MANAGER:
        return reports.Scope.department(bundle, user.department)
    return reports.Scope()


def _period(start: str | None, end: str | None, today: date) -> reports.Period:
    try:
        s = date.fromisoformat(start) if start else today.replace(day=1)
        e = date.fromisoformat(end) if end else today
        return reports.Period(s, e)
    except ValueError as exc:
        raise PageError(422, f"日期不正确：{exc}（请用 YYYY-MM-DD，结束不早于开始，最长 400 天）") from None


def _halls_of(web: Web, session: Session) -> list[str]:
    user = session.user
    if user.role == Role.SUPERVISOR:
        return list(web.bundles.names())
    return [user.hall_id] if user.hall_id else []


# --- pages -------------------------------------------------------------------------------------------------


def _router(web: Web) -> APIRouter:  # noqa: PLR0915 (one page per handler, all in one place)
    r = APIRouter()

    def page(request: Request, session: Session, name: str, hall: HallBundle | None = None, **ctx: Any) -> Response:
        config = hall.config if hall else None
        now = web.now()

        def local(moment: datetime | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
            if moment is None:
                return "—"
            return (config.local(moment) if config else moment).strftime(pattern)

        return render(
            name,
            me=session.user,
            csrf=session.csrf_token,
            hall=hall,
            hall_names=web.bundles.names(),
            now=now,
            local=local,
            path=request.url.path,
            **ctx,
        )

    @r.get("/", include_in_schema=False)
    def root() -> Response:
        return RedirectResponse(f"{PREFIX}/", status_code=303)

    # --- signing in and out ---

    @r.get(f"{PREFIX}/login")
    def login_form(request: Request, next: str = "") -> Response:
        nonce = secrets.token_urlsafe(24)
        response = render("login.html", me=None, hall=None, nonce=nonce, next=_safe_next(next), error="")
        _set_login_cookie(response, web, nonce)
        return response

    @r.post(f"{PREFIX}/login")
    async def login(request: Request) -> Response:
        form = await request.form()
        nonce = form.get("nonce")
        signed = request.cookies.get(LOGIN_COOKIE, "")
        if not isinstance(nonce, str) or not nonce or web.users.unsign(signed) != nonce:
            raise PageError(403, "登录表单已失效或来源不明（缺少防伪令牌），请重新打开登录页。")
        username = str(form.get("username", "")).strip()
        password = str(form.get("password", ""))
        next_url = _safe_next(str(form.get("next", "")))
        result = await run_in_threadpool(web.users.sign_in, username, password, _ip(request))
        if result.session is None:
            fresh = secrets.token_urlsafe(24)
            response = render(
                "login.html",
                401,
                me=None,
                hall=None,
                nonce=fresh,
                next=next_url,
                error=result.refusal,
                username=username,
            )
            _set_login_cookie(response, web, fresh)
            return response
        done = RedirectResponse(next_url, status_code=303)
        done.set_cookie(
            SESSION_COOKIE,
            web.users.sign(result.session.token),
            max_age=web.session_seconds,
            path="/",
            secure=web.cookie_secure,
            httponly=True,
            samesite="strict",
        )
        done.delete_cookie(LOGIN_COOKIE, path=PREFIX)
        return done

    @r.post(f"{PREFIX}/logout")
    async def logout(request: Request) -> Response:
        session, _ = await _checked_form(request, web)
        await run_in_threadpool(web.users.sign_out, session, _ip(request))
        response = RedirectResponse(f"{PREFIX}/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # --- home: the halls one may see ---

    @r.get(f"{PREFIX}/")
    def home(request: Request) -> Response:
        session = _signed_in(request, web)
        halls = _halls_of(web, session)
        if len(halls) == 1:
            return RedirectResponse(f"{PREFIX}/h/{halls[0]}/", status_code=303)
        now = web.now()
        rows = []
        with web.store.engine.connect() as conn:
            for hall_id in halls:
                bundle = web.bundles.get(hall_id)
                if bundle is None:
                    continue
                today = bundle.config.hall_day(now)
                rows.append((bundle, cases.rates(conn, hall_id, session.user.actor, today)))
        return page(request, session, "home.html", rows=rows)

    # --- live hall view ---

    def _live(session: Session, bundle: HallBundle) -> Any:
        now = web.now()
        windows = _windows_of(session, bundle)
        return web.store.with_state(bundle.hall_id, lambda state, _b, _seq: live_view(state, bundle, now, windows))

    @r.get(PREFIX + "/h/{hall_id}/")
    def overview(request: Request, hall_id: str) -> Response:
        session = _signed_in(request, web)
        bundle = _hall(web, session, hall_id)
        view = _live(session, bundle)
        today = bundle.config.hall_day(web.now())
        with web.store.engine.connect() as conn:
            rates = cases.rates(conn, hall_id, session.user.actor, today)
        return page(request, session, "live.html", bundle, view=view, rates=rates)

    @r.get(PREFIX + "/h/{hall_id}/live")
    def live_fragment(request: Request, hall_id: str) -> Response:
        session = _signed_in(request, web)
        bundle = _hall(web, session, hall_id)
        return page(request, session, "live_fragment.html", bundle, view=_live(session, bundle))

    @r.get(PREFIX + "/h/{hall_id}/live/stream")
    async def live_stream(request: Request, hall_id: str) -> Response:
        """Server-sent events: ``event: head`` whenever the hall's log grows; the page then reloads its fragment."""
        session = _signed_in(request, web)
        _hall(web, session, hall_id)
        watch = web.board.watch(hall_id)

        async def announce() -> AsyncIterator[str]:
            try:
                yield "retry: 2000\nevent: head\ndata: {}\n\n"
                while not watch.closed:
                    try:
                        await asyncio.wait_for(watch.changed.wait(), timeout=web.heartbeat_seconds)
                    except TimeoutError:
                        yield ": ping\n\n"
                        continue
                    watch.changed.clear()
                    if not watch.closed:
                        yield f"event: head\ndata: {json.dumps({'head': watch.head})}\n\n"
            finally:
                web.board.unwatch(hall_id, watch)

        return StreamingResponse(
            announce(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    # --- bad-rating cases ---

    @r.get(PREFIX + "/h/{hall_id}/cases")
    def case_list(request: Request, hall_id: str, state: str = "open") -> Response:
        session = _signed_in(request, web)
        bundle = _hall(web, session, hall_id)
        if state not in ("open", "overdue", "done", "all"):
            state = "open"
        today = bundle.config.hall_day(web.now())
        actor = session.user.actor
        with web.store.engine.connect() as conn:
            rows = cases.list_cases(conn, hall_id, actor, bundle.config, today, state=state)
            rates = cases.rates(conn, hall_id, actor, today)
        return page(request, session, "cases.html", bundle, rows=rows, rates=rates, state=state, today=today)

    def _case_page(
        request: Request, session: Session, bundle: HallBundle, number: int, error: str = "", status: int = 200
    ) -> Response:
        today = bundle.config.hall_day(web.now())
        with web.store.engine.connect() as conn:
            try:
                row = cases.get_case(conn, bundle.hall_id, number, session.user.actor, bundle.config, today)
            except cases.CaseNotFound:
                raise PageError(404, f"没有差评件 CP-{number:05d}，或您无权查看。") from None
            steps = cases.case_steps(conn, bundle.hall_id, number)
        staff = bundle.roster.get(row.staff) if row.staff else None
        actions = ACTIONS[row.step] if may_take(session.user.actor, bundle.hall_id, row.facts) else ()
        response = page(
            request,
            session,
            "case.html",
            bundle,
            case=row,
            steps=steps,
            staff=staff,
            actions=actions,
            note_optional=NOTE_OPTIONAL,
            step_order=[s for s in STEP_ORDER if s != Step.DONE],
            error=error,
            today=today,
            items={i.code: i.name for i in bundle.catalogue.items},
        )
        response.status_code = status
        return response

    @r.get(PREFIX + "/h/{hall_id}/cases/{number}")
    def case_detail(request: Request, hall_id: str, number: int) -> Response:
        session = _signed_in(request, web)
        return _case_page(request, session, _hall(web, session, hall_id), number)

    @r.post(PREFIX + "/h/{hall_id}/cases/{number}")
    async def case_step(request: Request, hall_id: str, number: int) -> Response:
        session, form = await _checked_form(request, web)
        bundle = _hall(web, session, hall_id)
        if session.user.read_only:
            raise PageError(403, "督查人员只能查看，不能办理。")
        try:
            action = Action(str(form.get("action", "")))
            expected = Step(str(form.get("step", "")))
        except ValueError:
            return _case_page(request, session, bundle, number, "请选择要执行的操作。", 422)
        try:
            await run_in_threadpool(
                lambda: cases.take_step(
                    web.store.engine,
                    hall_id,
                    number,
                    session.user,
                    action,
                    str(form.get("note", "")),
                    expected=expected,
                    config=bundle.config,
                    now=web.now(),
                    ip=_ip(request),
                )
            )
        except cases.CaseNotFound:
            raise PageError(404, f"没有差评件 CP-{number:05d}，或您无权查看。") from None
        except WorkflowError as e:
            return _case_page(request, session, bundle, number, e.message, 409)
        return RedirectResponse(f"{PREFIX}/h/{hall_id}/cases/{number}", status_code=303)

    # --- the back office: 承诺件 progressed and finished (case.progressed / case.completed) ---

    def _back_office_page(
        request: Request, session: Session, bundle: HallBundle, error: str = "", status: int = 200, done: str = ""
    ) -> Response:
        user = session.user
        today = bundle.config.hall_day(web.now())
        department = user.department if user.role == Role.DEPARTMENT_MANAGER else None
        rows = back_office.pending_cases(web.store.engine, bundle.hall_id, bundle.catalogue, today, department)
        response = page(
            request,
            session,
            "back_office.html",
            bundle,
            rows=rows,
            may_act=not user.read_only,
            outcomes=[(str(o), o.label_zh) for o in back_office.Outcome],
            error=error,
            done=done,
            today=today,
        )
        response.status_code = status
        return response

    @r.get(PREFIX + "/h/{hall_id}/back-office")
    def back_office_list(request: Request, hall_id: str, done: str = "", case: str = "") -> Response:
        session = _signed_in(request, web)
        bundle = _hall(web, session, hall_id)
        said = {"completed": f"办件 {case} 已办结。", "progressed": f"已记录办件 {case} 的办理进展。"}
        return _back_office_page(request, session, bundle, done=said.get(done, "") if case else "")

    @r.post(PREFIX + "/h/{hall_id}/back-office/{number}")
    async def back_office_act(request: Request, hall_id: str, number: str) -> Response:
        session, form = await _checked_form(request, web)
        bundle = _hall(web, session, hall_id)
        user = session.user
        if user.read_only:
            raise PageError(403, "督查人员只能查看，不能办理。")
        action = str(form.get("action", ""))
        note = str(form.get("note", ""))
        who = audit.Who(user.id, user.username, _ip(request))
        if user.role == Role.DEPARTMENT_MANAGER:
            today = bundle.config.hall_day(web.now())
            mine = back_office.pending_cases(web.store.engine, hall_id, bundle.catalogue, today, user.department)
            if number not in {c.number for c in mine}:
                message = f"办件 {number} 不是本部门待办的办件（或已办结），不能办理。"
                return _back_office_page(request, session, bundle, message, 409)
        try:
            if action == "progress":
                await run_in_threadpool(back_office.progress_case, web.store, hall_id, number, note, who, web.now())
            elif action == "complete":
                outcome = back_office.Outcome(str(form.get("outcome", back_office.Outcome.GRANTED)))
                await run_in_threadpool(
                    back_office.complete_case, web.store, hall_id, number, outcome, note, who, web.now()
                )
            else:
                return _back_office_page(request, session, bundle, "请选择“办理中”或“办结”。", 422)
        except ValueError:
            return _back_office_page(request, session, bundle, "请选择办结结果。", 422)
        except back_office.BackOfficeError as e:
            return _back_office_page(request, session, bundle, _refusal_zh(e, number), 409)
        done = "completed" if action == "complete" else "progressed"
        return RedirectResponse(f"{PREFIX}/h/{hall_id}/back-office?done={done}&case={quote(number)}", status_code=303)

    @r.get(f"{PREFIX}/reminders")
    def reminder_list(request: Request) -> Response:
        session = _signed_in(request, web)
        halls = _halls_of(web, session)
        now = web.now()
        configs = {h: b.config for h in halls if (b := web.bundles.get(h)) is not None}
        today = next(iter(configs.values())).hall_day(now) if configs else now.date()
        with web.store.engine.connect() as conn:
            rows = cases.reminders(conn, session.user.actor, configs.__getitem__, today, list(configs))
        hall = web.bundles.get(halls[0]) if len(halls) == 1 else None
        return page(request, session, "reminders.html", hall, rows=rows, today=today)

    # --- reports and the assessment ---

    def _report(
        session: Session,
        bundle: HallBundle,
        period: reports.Period,
        by: str,
        like: reports.Report | None = None,
        *,
        now: datetime | None = None,
        charts: bool = True,
        reasons_by: bool = True,
        families: tuple[str, ...] = reports.FAMILIES,
    ) -> reports.Report:
        """The report of a period; ``like``: another dimension of a report already made (its totals and rates
        reused); ``charts`` and ``reasons_by`` as in ``reports.report``."""
        now = now or web.now()
        today = bundle.config.hall_day(now)
        scope = _scope(session, bundle)
        with web.store.engine.connect() as conn:
            if like is not None:
                return reports.report(
                    conn,
                    bundle,
                    period,
                    by,
                    now=now,
                    scope=scope,
                    rates=like.rates,
                    totals=like.totals,
                    charts=charts,
                    reasons_by=reasons_by,
                    families=families,
                )
            rates = cases.rates(
                conn,
                bundle.hall_id,
                session.user.actor,
                today,
                start=period.start,
                end=period.end,
            )
            return reports.report(
                conn,
                bundle,
                period,
                by,
                now=now,
                scope=scope,
                rates=rates,
                charts=charts,
                reasons_by=reasons_by,
                families=families,
            )

    def _assessment(
        session: Session, bundle: HallBundle, period: reports.Period, now: datetime
    ) -> tuple[reports.Report, reports.Report]:
        """The assessment's two groupings (no charts, no reasons by row: the files have neither), shared by
        its three formats for as long as nothing they count has changed (``AssessmentFigures``)."""
        user = session.user
        with web.store.engine.connect() as conn:
            last_step = conn.execute(select(func.max(br_case_steps.c.id))).scalar_one()
        key = (
            bundle.hall_id,
            period,
            user.role,
            user.hall_id,
            user.department,
            web.store.head(bundle.hall_id),
            last_step,
            now.replace(second=0, microsecond=0),
        )

        def make() -> tuple[reports.Report, reports.Report]:
            by_window = _report(session, bundle, period, "window", now=now, charts=False, reasons_by=False)
            # Only the families of the files' item columns (visits, ratings, cases, promised dates).
            return by_window, _report(
                session, bundle, period, "item", by_window, now=now, charts=False, reasons_by=False, families=ITEM
            )

        return web.assessments.get(key, bundle, make)

    @r.get(PREFIX + "/h/{hall_id}/reports")
    def report_page(
        request: Request, hall_id: str, start: str | None = None, end: str | None = None, by: str = "window"
    ) -> Response:
        session = _signed_in(request, web)
        bundle = _hall(web, session, hall_id)
        period = _period(start, end, bundle.config.hall_day(web.now()))
        if by not in reports.DIMENSIONS:
            by = "window"
        result = _report(session, bundle, period, by)
        return page(
            request,
            session,
            "reports.html",
            bundle,
            report=result,
            by=by,
            dimensions=reports.DIMENSIONS,
            wait_chart=charts.waits_by_hour(result.waits_by_hour),
            rating_chart=charts.ratings_over_time(result.ratings_by_day),
        )

    @r.get(PREFIX + "/h/{hall_id}/assessment")
    def assessment_page(request: Request, hall_id: str, start: str | None = None, end: str | None = None) -> Response:
        session = _signed_in(request, web)
        bundle = _hall(web, session, hall_id)
        period = _period(start, end, bundle.config.hall_day(web.now()))
        result = _report(session, bundle, period, "window")
        return page(request, session, "assessment.html", bundle, report=result)

    @r.get(PREFIX + "/h/{hall_id}/assessment.{fmt}")
    def assessment_file(
        request: Request, hall_id: str, fmt: str, start: str | None = None, end: str | None = None
    ) -> Response:
        session = _signed_in(request, web)
        bundle = _hall(web, session, hall_id)
        if fmt not in ("pdf", "csv", "xlsx"):
            raise PageError(404, "没有这种格式：可导出 PDF、CSV 或 XLSX。")
        period = _period(start, end, bundle.config.hall_day(web.now()))
        now = web.now()
        by_window, by_item = _assessment(session, bundle, period, now)
        scope_note = session.user.department if session.user.role == Role.DEPARTMENT_MANAGER else ""
        if fmt == "pdf":
            body = assessment_pdf(bundle, by_window, by_item, now, scope_note)
            media = "application/pdf"
        elif fmt == "csv":
            body = assessment_csv(bundle, by_window, by_item, now, scope_note)
            media = "text/csv; charset=utf-8"
        else:
            body = assessment_xlsx(bundle, by_window, by_item, now, scope_note)
            media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        with web.store.engine.begin() as conn:
            audit.record(
                conn,
                audit.Who(session.user.id, session.user.username, _ip(request)),
                "export",
                at=now,
                hall_id=hall_id,
                target=f"assessment.{fmt}",
                detail={"start": period.start.isoformat(), "end": period.end.isoformat()},
            )
        name = f"assessment-{hall_id}-{period.start.isoformat()}-{period.end.isoformat()}.{fmt}"
        return Response(
            body,
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
        )

    # --- the audit trail ---

    @r.get(f"{PREFIX}/audit")
    def audit_page(request: Request, action: str = "", page_no: int = 1) -> Response:
        session = _signed_in(request, web)
        if session.user.role == Role.DEPARTMENT_MANAGER:
            raise PageError(403, "审计记录由大厅管理员和督查人员查看。")
        halls = None if session.user.role == Role.SUPERVISOR else _halls_of(web, session)
        page_no = max(1, page_no)
        with web.store.engine.connect() as conn:
            rows, total = audit.entries(conn, halls, action=action, limit=100, offset=(page_no - 1) * 100)
        hall = web.bundles.get(halls[0]) if halls and len(halls) == 1 else None
        return page(
            request,
            session,
            "audit.html",
            hall,
            rows=rows,
            total=total,
            action=action,
            page_no=page_no,
            actions=audit.ACTION_LABELS_ZH,
        )

    # --- the public results page (clause 6.1.5): no sign-in, no person ---

    @r.get("/public/")
    def public_index(request: Request, lang: str = "") -> Response:
        language = public_language.choose(lang, request.headers.get("accept-language", ""))
        names = web.bundles.names()
        if language.code == "en":
            names = {h: language.hall_name(b) if (b := web.bundles.get(h)) else n for h, n in names.items()}
        return _public_page(language, "public_index.html", 200, hall=None, halls=names)

    @r.get("/public/{hall_id}")
    def public_results(request: Request, hall_id: str, month: str = "", lang: str = "") -> Response:
        language = public_language.choose(lang, request.headers.get("accept-language", ""))
        words = language.words
        bundle = web.bundles.get(hall_id)
        if bundle is None:
            return _public_page(
                language, "public_error.html", 404, hall=None, message=words["unknown_hall"].format(hall_id=hall_id)
            )
        today = bundle.config.hall_day(web.now())
        try:
            first = date.fromisoformat(f"{month}-01") if month else today.replace(day=1)
        except ValueError:
            return _public_page(language, "public_error.html", 422, hall=None, message=words["bad_month"])
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        period = reports.Period(first, min(last, max(today, first)))
        now = web.now()
        with web.store.engine.connect() as conn:
            only = ("ratings",)
            rates = _public_rates(conn, bundle, today, period)
            by_window = reports.report(
                conn, bundle, period, "window", now=now, rates=rates, families=only, charts=False, reasons_by=False
            )
            by_item = reports.report(
                conn,
                bundle,
                period,
                "item",
                now=now,
                rates=rates,
                families=only,
                totals=by_window.totals,
                charts=False,
                reasons_by=False,
            )
        window_labels, item_labels = language.window_labels(bundle), language.item_labels(bundle)
        return _public_page(
            language,
            "public.html",
            200,
            hall=bundle,
            hall_name=language.hall_name(bundle),
            by_window=[
                {**r, "label": window_labels.get(str(r["key"]), r["label"])} for r in by_window.rows if r.get("ratings")
            ],
            by_item=[
                {**r, "label": item_labels.get(str(r["key"]), r["label"])} for r in by_item.rows if r.get("ratings")
            ],
            totals=by_window.totals,
            rates=by_window.rates,
            period_label=language.period(period.start, period.end),
            month=first.strftime("%Y-%m"),
            previous=(first - timedelta(days=1)).strftime("%Y-%m"),
            following=(last + timedelta(days=1)).strftime("%Y-%m") if last < today else "",
            windows={w.number: w for w in bundle.config.windows},
        )

    return r


def _refusal_zh(e: back_office.BackOfficeError, number: str) -> str:
    """The back office's refusal in the pages' words."""
    return {
        "unknown_case": f"本大厅没有办件 {number}。",
        "wrong_hall": f"办件 {number} 不属于本大厅。",
        "case_completed": f"办件 {number} 已办结，不能再办理。",
        "note_missing": "请填写办理情况。",
        "note_too_long": f"办理情况最多 {back_office.NOTE_MAX} 字。",
    }.get(e.code, f"办件 {number} 未能办理：{e.message}")


def _public_page(language: public_language.PublicLanguage, name: str, status: int, **context: Any) -> Response:
    """A page of the public results in ``language``; its words in ``w``. Its language is part of what the
    address means, so caches must keep each language apart."""
    words = language.words
    response = render(
        name,
        status,
        me=None,
        w=words,
        lang=language.code,
        levels=language.levels(),
        html_lang=words["html_lang"],
        brand=words["brand"],
        **context,
    )
    response.headers["Content-Language"] = words["html_lang"]
    response.headers["Vary"] = "Accept-Language"
    return response


def _public_rates(conn: Any, bundle: HallBundle, today: date, period: reports.Period) -> Rates:
    return cases.rates(conn, bundle.hall_id, Actor(Role.SUPERVISOR, None), today, start=period.start, end=period.end)


def _set_login_cookie(response: Response, web: Web, nonce: str) -> None:
    response.set_cookie(
        LOGIN_COOKIE,
        web.users.sign(nonce),
        max_age=3600,
        path=PREFIX,
        secure=web.cookie_secure,
        httponly=True,
        samesite="strict",
    )

"""The central store's HTTP API (``/api/v1``): enrollment, push, pull, stream, leases, catalogue, state.

Every error is ``{"error": {"code", "message", "field"}}`` with a 4xx status; the sync answers carry
``server_time_ms``. The protocol, its errors and its guarantees are in ``docs/sync-protocol.md``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from central import halls
from central.api_models import (
    PULL_LIMIT_MAX,
    EnrollAnswer,
    EnrollRequest,
    ErrorAnswer,
    LeaseAnswer,
    LeaseRequest,
    PullAnswer,
    PushAnswer,
    PushRequest,
    StateAnswer,
)
from central.body_limit import BodyLimit
from central.database import is_sqlite, open_engine
from central.devices import DeviceRecord, DeviceRegistry
from central.errors import Refusal
from central.heads import HeadBoard, PgListener
from central.server_time import Now, now_ms, utc_now
from central.server_timing import ServerTiming
from central.settings import CentralSettings
from central.state_view import state_json
from central.store import CentralStore, PushResult
from central.supervision.bundles import Bundles
from central.supervision.default_ratings import apply_default_ratings
from central.supervision.users import Users
from central.supervision.web import PageError, Web, install
from common.events import PAYLOAD_CLASSES
from common.field_error import field_of
from common.staff import STAFF_NUMBER_PATTERN

log = logging.getLogger("hall.sync")

API = "/api/v1"
STREAM_EVENTS_MAX = 200
"""At most this many new events go in one stream message; a device that is further behind is told the head and pulls."""
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorAnswer} for status in (400, 401, 403, 404, 409, 413, 422)
}
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "body_too_large",
    415: "unsupported_media_type",
}


@dataclass
class Services:
    settings: CentralSettings
    engine: Engine
    store: CentralStore
    registry: DeviceRegistry
    board: HeadBoard
    now: Now
    users: Users


def _services(request: Request) -> Services:
    svc: Services = request.app.state.services
    return svc


async def services(request: Request) -> Services:
    """A coroutine, so that FastAPI does not hand this lookup to a worker thread and back."""
    return _services(request)


_bearer = HTTPBearer(auto_error=False, description="the device token from enrollment")


def current_device(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> DeviceRecord:
    if credentials is None:
        raise Refusal(401, "no_token", "this call needs a device token: Authorization: Bearer <token>", "")
    return _services(request).registry.authenticate(credentials.credentials)


Device = Annotated[DeviceRecord, Depends(current_device)]
Svc = Annotated[Services, Depends(services)]


def create_app(settings: CentralSettings, *, engine: Engine | None = None, now: Now = utc_now) -> FastAPI:
    """The ASGI app. The database must already be migrated (``central.database.migrate``)."""
    own_engine = engine is None
    engine = engine if engine is not None else open_engine(settings.db_url)
    board = HeadBoard()
    if not settings.session_secret:
        log.warning("no session secret configured: supervision sign-ins end when this process stops")
    svc = Services(
        settings=settings,
        engine=engine,
        store=CentralStore(engine, on_head=board.publish, now=now),
        registry=DeviceRegistry(engine, now=now),
        board=board,
        now=now,
        users=Users(
            engine,
            settings.session_secret.encode() or secrets.token_bytes(32),
            now=now,
            max_failures=settings.signin_max_failures,
            lockout=timedelta(minutes=settings.signin_lockout_minutes),
            session_life=timedelta(hours=settings.session_hours),
        ),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        listener = None
        if not is_sqlite(engine) and settings.listen_postgres:
            listener = PgListener(settings.db_url, board)
            await run_in_threadpool(listener.start)
        defaults = None
        if settings.default_ratings_minutes > 0:
            defaults = asyncio.create_task(_default_ratings_every(svc, settings.default_ratings_minutes * 60))
        try:
            yield
        finally:
            if defaults is not None:
                defaults.cancel()
            board.close()
            if listener is not None:
                await run_in_threadpool(listener.stop)
            if own_engine:
                engine.dispose()

    app = FastAPI(
        title="Hall central store",
        version="1",
        description="Sync API of the hall's central store. See docs/sync-protocol.md.",
        lifespan=lifespan,
    )
    app.state.services = svc
    app.add_middleware(BodyLimit, default=settings.body_limit, limits={f"{API}/sync/push": settings.push_body_limit})
    app.add_middleware(ServerTiming)
    _error_handlers(app)
    app.include_router(_sync_router(settings), prefix=API)
    app.include_router(_hall_router(), prefix=API)
    app.add_api_route("/healthz", _health, methods=["GET"], include_in_schema=False)
    install(
        app,
        Web(
            users=svc.users,
            bundles=Bundles(engine),
            store=svc.store,
            board=board,
            now=now,
            cookie_secure=settings.cookie_secure,
            session_seconds=int(settings.session_hours * 3600),
            heartbeat_seconds=settings.heartbeat_seconds,
        ),
    )
    return app


async def _default_ratings_every(svc: Services, seconds: float) -> None:
    """The periodic task of ``serve``: default ratings for every hall, now and then every ``seconds``."""
    while True:
        try:
            for hall_id in await run_in_threadpool(halls.hall_ids, svc.engine):
                await run_in_threadpool(apply_default_ratings, svc.store, hall_id, svc.now())
        except Exception:
            log.exception("default ratings failed; trying again later")
        await asyncio.sleep(seconds)


def _health(svc: Svc) -> Response:
    """For a monitor, a reverse proxy or a load balancer: 200 when this process answers and reaches its
    database, else 503. No token, and nothing in it a stranger could use."""
    try:
        with svc.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as e:
        log.warning("health check: the database cannot be reached: %s", type(e).__name__)
        return _error(503, "database_unavailable", "the central store cannot reach its database")
    return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})


def events_json(rows: list[tuple[int, str]]) -> str:
    """(seq, event JSON) rows as the items of a JSON array, as pull, stream and push answer send them: the
    stored event text goes out as it is, never parsed again."""
    return ",".join(f'{{"seq":{seq},"event":{body}}}' for seq, body in rows)


def _events_after(board: HeadBoard, hall_id: str, after: int | None, head: int) -> list[tuple[int, str]] | None:
    """The hall's events after the device's cursor for a push's answer: when asked, few, and all in the tail."""
    if after is None or not 0 < head - after <= STREAM_EVENTS_MAX:
        return None
    return board.events_between(hall_id, after, head)


def _push_answer(result: PushResult, rows: list[tuple[int, str]] | None) -> str:
    """The push's answer as JSON text; with ``rows`` (seq, event JSON) as its ``events``, not parsed again."""
    answer = json.dumps(
        {
            "results": [
                {
                    "id": v.event_id,
                    "status": v.status,
                    "seq": v.seq,
                    "code": v.code,
                    "message": v.message,
                    "field": v.field,
                }
                for v in result.verdicts
            ],
            "head": result.head,
            "server_time_ms": now_ms(),
        },
        ensure_ascii=False,
    )
    if rows is None:
        return answer
    return f'{answer[:-1]},"events":[{events_json(rows)}]}}'


# --- errors ---------------------------------------------------------------------------------------------


def _error(status: int, code: str, message: str, field: str = "", headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(
        {"error": {"code": code, "message": message, "field": field}}, status_code=status, headers=headers
    )


def validation_field(loc: tuple[Any, ...] | list[Any]) -> str:
    """A pydantic error location as a dotted path, without where it came from or the event type tag."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    return ".".join(p for p in parts if p not in PAYLOAD_CLASSES)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Refusal)
    async def refusal(_request: Request, exc: Refusal) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _error(exc.status, exc.code, exc.message, exc.field, headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if not request.url.path.startswith(API):  # a page: answer with a page
            raise PageError(422, "地址中的参数不正确。")
        errors = list(exc.errors())
        if not errors:
            return _error(422, "invalid", "the request is not valid")
        first = errors[0]
        if first.get("type") == "json_invalid":
            reason = (first.get("ctx") or {}).get("error", "")
            return _error(422, "json_invalid", f"the body is not valid JSON ({reason})".replace(" ()", ""))
        loc = list(first.get("loc", ()))
        named = field_of(dict(first))
        if named:
            loc.append(named)
        message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        kind = first.get("type")
        if kind == "union_tag_invalid":
            message = "unknown event type"
            loc.append("type")
        elif kind == "union_tag_not_found":
            message = "an event needs a type"
            loc.append("type")
        elif kind == "model_attributes_type" and len(loc) <= 1:
            message = "the body must be a JSON object"
        field = validation_field(loc)
        return _error(422, "invalid", f"{field}: {message}" if field else message, field)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> Response:
        code = _HTTP_CODES.get(exc.status_code, "error")
        return _error(exc.status_code, code, str(exc.detail), "", dict(exc.headers) if exc.headers else None)


class _Route(APIRoute):
    """A route that answers an unexpected failure with the JSON error shape (500) and logs it, rather than
    letting it reach the server, which would drop the connection; and a database it cannot reach with 503."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except (Refusal, HTTPException, RequestValidationError):
                raise
            except OperationalError as e:
                # The database is down, unreachable or out of disk: every device will retry, so one line each
                # and no traceback, and an answer that says so.
                log.warning("database unavailable in %s %s: %s", request.method, request.url.path, e.orig)
                return _error(
                    503,
                    "database_unavailable",
                    "the central store cannot reach its database; nothing was changed, retry later",
                    headers={"Retry-After": "5"},
                )
            except Exception:
                log.exception("unexpected error in %s %s", request.method, request.url.path)
                return _error(500, "internal_error", "the central store failed; nothing was changed, retry later")

        return guarded


# --- routes ---------------------------------------------------------------------------------------------


def _sync_router(settings: CentralSettings) -> APIRouter:
    r = APIRouter(responses=ERRORS, route_class=_Route)

    @r.post("/devices/enroll", response_model=EnrollAnswer, tags=["devices"])
    def enroll(body: EnrollRequest, svc: Svc) -> Response:
        """Trade a one-time enrollment code for a device id and token (the only call without a token)."""
        e = svc.registry.enroll(body.code, body.name)
        return JSONResponse(
            {
                "device_id": e.device.device_id,
                "token": e.token,
                "hall_id": e.device.hall_id,
                "kind": str(e.device.kind),
                "slot": e.device.slot,
                "server_time_ms": now_ms(),
            }
        )

    @r.post("/sync/push", response_model=PushAnswer, tags=["sync"])
    def push(body: PushRequest, device: Device, svc: Svc) -> Response:
        """Up to 500 events; each is accepted (with its seq), a duplicate (its seq) or rejected (why). With
        ``after``, the answer also carries the hall's events after it when this process holds them all and
        there are at most 200 (``events``), so that a device behind the head needs no pull."""
        result = svc.store.push(device, list(body.events))
        rows = _events_after(svc.board, device.hall_id, body.after, result.head)
        return Response(_push_answer(result, rows), media_type="application/json")

    @r.get("/sync/pull", response_model=PullAnswer, tags=["sync"])
    def pull(
        device: Device,
        svc: Svc,
        after: Annotated[int, Query(ge=0, le=2**62, description="the last seq the device has")] = 0,
        limit: Annotated[int | None, Query(ge=1, le=PULL_LIMIT_MAX)] = None,
    ) -> Response:
        """The hall's events after ``after``, in seq order, a page at a time."""
        page = svc.store.pull(device.hall_id, after, limit or settings.pull_limit_default)
        items = events_json(page.rows)
        more = "true" if page.more else "false"
        text = f'{{"events":[{items}],"head":{page.head},"more":{more},"server_time_ms":{now_ms()}}}'
        return Response(text, media_type="application/json")

    @r.get(
        "/sync/stream",
        tags=["sync"],
        response_class=StreamingResponse,
        responses={200: {"content": {"text/event-stream": {}}, "description": "server-sent events"}},
    )
    async def stream(device: Device, svc: Svc) -> StreamingResponse:
        """Server-sent events: ``event: head`` on connect; at every new head ``event: events`` with the new
        events themselves (as a pull would return them) when there are few and this process holds them,
        otherwise ``event: head``; ``: ping`` every 15 s."""
        watch = svc.board.watch(device.hall_id)
        try:
            head = await run_in_threadpool(svc.store.head, device.hall_id)
        except BaseException:
            svc.board.unwatch(device.hall_id, watch)
            raise

        async def announce() -> AsyncIterator[str]:
            sent = head
            try:
                yield f"retry: 1000\nevent: head\ndata: {json.dumps({'head': head})}\n\n"
                while not watch.closed:
                    try:
                        await asyncio.wait_for(watch.changed.wait(), timeout=settings.heartbeat_seconds)
                    except TimeoutError:
                        yield ": ping\n\n"
                        continue
                    watch.changed.clear()
                    if watch.head > sent and not watch.closed:
                        upto = watch.head
                        near = upto - sent <= STREAM_EVENTS_MAX
                        rows = svc.board.events_between(device.hall_id, sent, upto) if near else None
                        sent = upto
                        if rows is None:
                            yield f"event: head\ndata: {json.dumps({'head': sent})}\n\n"
                        else:
                            items = events_json(rows)
                            yield f'event: events\ndata: {{"head":{sent},"events":[{items}]}}\n\n'
            finally:
                svc.board.unwatch(device.hall_id, watch)

        return StreamingResponse(
            announce(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        )

    @r.post("/tickets/lease", response_model=LeaseAnswer, tags=["tickets"])
    def lease(body: LeaseRequest, device: Device, svc: Svc) -> Response:
        """A block of three-digit ticket numbers for a category and day (kiosks only); blocks never overlap."""
        first, last = svc.store.lease(device, body.category, body.day, body.size)
        return JSONResponse(
            {
                "category": body.category,
                "day": body.day.isoformat(),
                "first": first,
                "last": last,
                "server_time_ms": now_ms(),
            }
        )

    return r


def _hall_router() -> APIRouter:
    r = APIRouter(responses=ERRORS, route_class=_Route)

    @r.get(
        "/catalogue",
        tags=["hall"],
        responses={200: {"description": "the hall bundle: version, config, roster, catalogue"}, 304: {}},
    )
    def catalogue(request: Request, device: Device, svc: Svc) -> Response:
        """The hall's configuration, roster and catalogue; ``ETag`` is its version (``If-None-Match`` → 304)."""
        with svc.engine.connect() as conn:
            stored = halls.read_hall(conn, device.hall_id)
        if stored is None:
            raise Refusal(404, "unknown_hall", f"no hall {device.hall_id}", "")
        etag = f'"{stored.version}"'
        asked = request.headers.get("if-none-match", "")
        tags = {t.strip().removeprefix("W/").strip('"') for t in asked.split(",")} if asked else set()
        if "*" in tags or stored.version in tags:
            return Response(status_code=304, headers={"ETag": etag})
        return Response(stored.bundle_json, media_type="application/json", headers={"ETag": etag})

    @r.get(
        "/staff/{number}/photo",
        tags=["hall"],
        response_class=Response,
        responses={200: {"content": {"image/png": {}}, "description": "the staff member's work photo"}},
    )
    def staff_photo(number: Annotated[str, Path(pattern=STAFF_NUMBER_PATTERN)], device: Device, svc: Svc) -> Response:
        """The work photo that the window's citizen-facing screen shows (clause 5.3.1)."""
        found = halls.photo(svc.engine, device.hall_id, number)
        if found is None:
            raise Refusal(404, "no_photo", f"no photo for staff member {number}", "number")
        content_type, data = found
        return Response(data, media_type=content_type, headers={"Cache-Control": "max-age=3600"})

    @r.get("/state", response_model=StateAnswer, tags=["hall"])
    def state(
        device: Device,
        svc: Svc,
        day: Annotated[date | None, Query(description="the hall day; default today")] = None,
    ) -> Response:
        """The hall as the fold sees it: windows, waiting lines, recent calls, the day's counts."""
        answer = svc.store.with_state(
            device.hall_id,
            lambda s, b, seq: state_json(s, b, seq, day or b.config.hall_day(svc.now())),
        )
        answer["server_time_ms"] = now_ms()
        return JSONResponse(answer)

    return r

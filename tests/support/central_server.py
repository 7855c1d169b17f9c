"""The real central store for tests: over a real socket (uvicorn in a thread, or ``hall-central serve`` in a
subprocess), or in process through ``httpx.ASGITransport``. Shared by the central store's tests and the
sync client's.

API:

- ``start_central(db_url=None, tmp_path=..., hall=None) -> RunningCentral``: migrates the database (a
  SQLite file in ``tmp_path`` by default), loads ``hall`` (a ``HallBundle``; default
  ``tests.support.halls.small_hall()``; ``load_sample_hall=True`` loads ``assets/sample_hall`` with its
  photos instead) and serves it with uvicorn on a free port of 127.0.0.1 in a background thread.
  ``RunningCentral``:
    - ``.url`` (``http://127.0.0.1:PORT``), ``.api`` (``.url + "/api/v1"``), ``.hall`` (the bundle),
      ``.engine``, ``.store`` (``CentralStore``), ``.registry`` (``DeviceRegistry``), ``.app``;
    - ``.enroll(kind, device_id=None) -> EnrolledDevice`` (``.device_id``, ``.token``, ``.kind``, ``.slot``,
      ``.hall_id``, ``.headers``) without going through a code; ``.enroll_code(kind)`` makes a real code;
    - ``.client(device) -> httpx.Client`` with the device's token, on ``.api``;
    - ``.stop()`` (also a context manager). Always stop it: the fixtures below do.
- ``serve_subprocess(db_url, port=None) -> ServerProcess``: ``hall-central serve`` as a child process on an
  already migrated and loaded database; ``.url``, ``.api``, ``.stop()``, ``.kill()``.
- ``asgi_app(db_url, hall=None) -> InProcessCentral``: the same app without a socket; ``.async_client(device)``
  gives an ``httpx.AsyncClient`` over ``httpx.ASGITransport`` (the sync client's fast tests). The app's
  lifespan does not run there: nothing needs it on SQLite.
- ``postgres_url(name)`` makes a fresh PostgreSQL database and returns its URL; ``drop_postgres(url)`` drops it.
  ``postgres_available()`` tells whether 127.0.0.1:5432 answers.

Fixtures (in ``tests/conftest.py``): ``central`` (SQLite), ``central_pg`` (PostgreSQL, marked ``postgres``),
``pg_url`` (an empty PostgreSQL database for the test).
"""

from __future__ import annotations

import os
import secrets
import socket
import ssl
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine, create_engine, text

from central.app import create_app
from central.database import migrate, open_engine
from central.devices import DeviceRegistry
from central.halls import store_hall
from central.server_time import Now, utc_now
from central.settings import CentralSettings
from central.store import CentralStore
from common.hall_bundle import HallBundle, load_hall
from common.projection.admission import DeviceKind
from tests.support.halls import small_hall

ROOT = Path(__file__).parent.parent.parent
SAMPLE_HALL = ROOT / "assets" / "sample_hall"
PG_ADMIN_URL = os.environ.get("HALL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@dataclass(frozen=True)
class EnrolledDevice:
    device_id: str
    token: str
    kind: DeviceKind
    slot: int
    hall_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def prepare_db(db_url: str, hall: HallBundle | None = None, load_sample_hall: bool = False) -> HallBundle:
    """Migrate the database at ``db_url`` and load a hall into it; returns the hall."""
    engine = open_engine(db_url)
    try:
        migrate(engine)
        if load_sample_hall:
            bundle = load_hall(SAMPLE_HALL)
            store_hall(engine, bundle, SAMPLE_HALL)
        else:
            bundle = hall or small_hall()
            store_hall(engine, bundle, None)
    finally:
        engine.dispose()
    return bundle


class _Admin:
    engine: Engine
    hall: HallBundle
    registry: DeviceRegistry

    def enroll(
        self, kind: DeviceKind | str, device_id: str | None = None, hall_id: str | None = None
    ) -> EnrolledDevice:
        e = self.registry.create(hall_id or self.hall.hall_id, DeviceKind(kind), device_id)
        return EnrolledDevice(e.device.device_id, e.token, e.device.kind, e.device.slot, e.device.hall_id)

    def enroll_code(self, kind: DeviceKind | str, hours: float = 24) -> str:
        from datetime import timedelta

        return self.registry.make_code(self.hall.hall_id, DeviceKind(kind), timedelta(hours=hours))


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every test client: the server speaks plain HTTP, but httpx builds a context (and
    loads the CA bundle, tens of milliseconds) for each client it makes without one."""
    return ssl.create_default_context()


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


class RunningCentral(_Admin):
    def __init__(self, db_url: str, hall: HallBundle, settings: CentralSettings, now: Now = utc_now) -> None:
        self.db_url = db_url
        self.hall = hall
        self.engine = open_engine(db_url)
        self.app: FastAPI = create_app(settings, engine=self.engine, now=now)
        self.store: CentralStore = self.app.state.services.store
        self.registry: DeviceRegistry = self.app.state.services.registry
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=0, log_level="warning", lifespan="on", timeout_graceful_shutdown=2
        )
        self._server = _Server(config)
        self._thread = threading.Thread(target=self._server.run, name="central-server", daemon=True)
        self._thread.start()
        if not self._server.ready.wait(30):
            raise RuntimeError("the central server did not start")
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.api = f"{self.url}/api/v1"
        self._clients: list[httpx.Client] = []

    def client(self, device: EnrolledDevice | None = None, headers: dict[str, str] | None = None) -> httpx.Client:
        """An HTTP client on ``.api`` carrying ``device``'s token (or the given headers); closed by ``stop``."""
        c = httpx.Client(
            base_url=self.api, headers=headers or (device.headers if device else None), timeout=30, verify=_tls()
        )
        self._clients.append(c)
        return c

    def stop(self) -> None:
        for c in self._clients:
            c.close()
        self.app.state.services.board.close()
        self._server.should_exit = True
        self._thread.join(30)
        self.engine.dispose()

    def __enter__(self) -> RunningCentral:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_central(
    db_url: str | None = None,
    tmp_path: Path | None = None,
    hall: HallBundle | None = None,
    *,
    load_sample_hall: bool = False,
    settings: CentralSettings | None = None,
    now: Now = utc_now,
) -> RunningCentral:
    if db_url is None:
        assert tmp_path is not None, "give a database URL or a folder for the SQLite file"
        db_url = f"sqlite:///{tmp_path / 'central.db'}"
    bundle = prepare_db(db_url, hall, load_sample_hall)
    settings = settings or CentralSettings(db_url=db_url)
    if settings.db_url != db_url:
        settings = CentralSettings(**{**settings.__dict__, "db_url": db_url})
    return RunningCentral(db_url, bundle, settings, now)


class InProcessCentral(_Admin):
    """The app without a socket. Use ``async_client`` inside a running event loop."""

    def __init__(self, db_url: str, hall: HallBundle, settings: CentralSettings, now: Now = utc_now) -> None:
        self.hall = hall
        self.engine = open_engine(db_url)
        self.app = create_app(settings, engine=self.engine, now=now)
        self.store = self.app.state.services.store
        self.registry = self.app.state.services.registry

    def async_client(self, device: EnrolledDevice | None = None) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app),
            base_url="http://central.test/api/v1",
            headers=device.headers if device else None,
        )

    def close(self) -> None:
        self.engine.dispose()


def asgi_app(
    db_url: str, hall: HallBundle | None = None, *, settings: CentralSettings | None = None, now: Now = utc_now
) -> InProcessCentral:
    bundle = prepare_db(db_url, hall)
    return InProcessCentral(db_url, bundle, settings or CentralSettings(db_url=db_url), now)


# --- a server in a child process ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class ServerProcess:
    process: subprocess.Popen[str]
    url: str
    log: list[str] = field(default_factory=list)

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(15)
        if self.process.stdout:
            self.process.stdout.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(15)
        if self.process.stdout:
            self.process.stdout.close()


def serve_subprocess(
    db_url: str, port: int | None = None, processes: int = 1, extra: tuple[str, ...] = ()
) -> ServerProcess:
    """``hall-central serve`` on ``db_url`` (with ``--processes`` and ``extra`` options); returns once it
    listens."""
    port = port or free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "central", "serve", "--db", db_url, "--port", str(port), "--log-level", "info"),
            *(("--processes", str(processes)) if processes != 1 else ()),
            *extra,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # its log, and the access log (stdout) when asked for, in one pipe
        text=True,
    )
    server = ServerProcess(process, f"http://127.0.0.1:{port}")
    assert process.stdout is not None
    for line in process.stdout:
        server.log.append(line)
        if "Uvicorn running on" in line:
            # Keep draining its log so the child never blocks on a full pipe.
            threading.Thread(target=_drain, args=(process, server.log), daemon=True).start()
            return server
    raise RuntimeError("hall-central serve exited: " + "".join(server.log))


def _drain(process: subprocess.Popen[str], sink: list[str]) -> None:
    assert process.stdout is not None
    try:
        for line in process.stdout:
            sink.append(line)
    except ValueError:  # closed by stop()
        pass


# --- PostgreSQL ---------------------------------------------------------------------------------------


def postgres_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def postgres_url(prefix: str = "hall_test") -> str:
    """A new, empty database on the test PostgreSQL server."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


def drop_postgres(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()

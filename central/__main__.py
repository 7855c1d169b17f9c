"""Entry point of hall-central: the central store's server and its administration commands."""

from __future__ import annotations

import argparse
import getpass
import logging
import socket
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from central.database import SchemaTooNew, default_db_url, migrate, open_engine
from central.devices import DeviceRegistry
from central.errors import Refusal
from central.halls import hall_ids, store_hall
from central.settings import CentralSettings
from central.store import CentralStore
from central.supervision.roles import Role
from common.hall_bundle import HallFileError, load_hall
from common.pins import hash_pin
from common.projection.admission import DeviceKind

EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hall-central",
        description="The central store: sync server, supervision pages and administration commands.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def db(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=None, help=f"database URL (default: {default_db_url()})")

    serve = sub.add_parser("serve", help="run the server (migrates the database first)")
    db(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8730)
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    serve.add_argument(
        "--access-log",
        action="store_true",
        help="log every request (off by default: 200 devices make millions of lines a day, and a line each cost "
        "a tenth of a push's time)",
    )
    serve.add_argument(
        "--processes",
        type=int,
        default=1,
        metavar="N",
        help="server processes sharing the port (PostgreSQL only; up to the number of cores)",
    )
    serve.add_argument(
        "--secret-file",
        type=Path,
        default=None,
        help="file holding the secret that signs session cookies, made if missing "
        "(default: session-secret beside the default database; $HALL_SESSION_SECRET wins)",
    )
    serve.add_argument(
        "--insecure-cookies",
        action="store_true",
        help="send session cookies over plain HTTP too (only behind no proxy, on a closed network)",
    )
    serve.add_argument(
        "--default-ratings-every",
        type=float,
        default=60.0,
        metavar="MINUTES",
        help="give not-rated visits the hall's default rating this often (0: never)",
    )

    user = sub.add_parser("add-user", help="add a user of the supervision pages; the password is read from stdin")
    user.add_argument("username")
    user.add_argument("--role", required=True, choices=[str(r) for r in Role])
    user.add_argument("--hall", default=None, help="hall id (hall and department managers)")
    user.add_argument("--department", default="", help="department, as written on the hall's windows")
    user.add_argument("--name", default="", help="name shown on the pages")
    db(user)

    defaults = sub.add_parser("apply-default-ratings", help="give not-rated visits the hall's default rating now")
    defaults.add_argument("--hall", default=None, help="hall id (default: every hall)")
    db(defaults)

    _back_office_parsers(sub, db)

    load = sub.add_parser("load-hall", help="validate a hall folder (hall.toml, staff.toml, catalogue.toml), load it")
    load.add_argument("path", type=Path)
    db(load)

    code = sub.add_parser("enroll-code", help="make a one-time enrollment code for a device")
    code.add_argument("--kind", required=True, choices=["kiosk", "window", "board"])
    code.add_argument("--hall", required=True, help="hall id")
    code.add_argument("--expires-hours", type=float, default=24.0)
    db(code)

    revoke = sub.add_parser("revoke", help="refuse a device's token from now on")
    revoke.add_argument("device_id")
    db(revoke)

    export = sub.add_parser("export", help="a hall-day's events as JSON lines, in seq order")
    export.add_argument("--day", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    export.add_argument("--hall", default=None, help="hall id (default: the only hall)")
    db(export)

    sub.add_parser("hash-pin", help="read a PIN and print its argon2 hash, for staff.toml")

    back = sub.add_parser("backup", help="write a consistent copy of the store to a new file (online)")
    back.add_argument("path", type=Path)
    db(back)
    restore = sub.add_parser("restore", help="restore a backup into an empty store, then migrate it")
    restore.add_argument("path", type=Path)
    restore.add_argument("--force", action="store_true", help="overwrite a store that is not empty")
    db(restore)
    return parser


def _back_office_parsers(sub: Any, db: Callable[[argparse.ArgumentParser], None]) -> None:
    complete = sub.add_parser(
        "complete-case", help="finish (办结) a case the back office has done: case.completed, pulled by every device"
    )
    complete.add_argument("case_number")
    complete.add_argument("--hall", required=True, help="hall id")
    complete.add_argument("--outcome", choices=["granted", "refused"], default="granted", help="准予 or 不予办理")
    complete.add_argument("--note", default="", help="what the applicant is told (up to 200 characters)")
    db(complete)

    progress = sub.add_parser("progress-case", help="note what is being done on an open case (办理中)")
    progress.add_argument("case_number")
    progress.add_argument("--hall", required=True, help="hall id")
    progress.add_argument("--note", required=True, help="the progress note (up to 200 characters)")
    db(progress)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    if args.command == "hash-pin":
        return _hash_pin()
    settings = CentralSettings(db_url=args.db or default_db_url())
    if args.command in ("backup", "restore"):
        return _backup_or_restore(args, settings.db_url)
    engine = open_engine(settings.db_url)
    try:
        migrate(engine)
        return _COMMANDS[args.command](args, engine, settings)
    except SchemaTooNew as e:
        print(f"hall-central: {e}", file=sys.stderr)
        return EXIT_USAGE
    except Refusal as e:
        print(f"hall-central: {e.message}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()


def _enroll_code(args: argparse.Namespace, engine: Engine, _settings: CentralSettings) -> int:
    registry = DeviceRegistry(engine)
    print(registry.make_code(args.hall, DeviceKind(args.kind), timedelta(hours=args.expires_hours)))
    return 0


def _revoke(args: argparse.Namespace, engine: Engine, _settings: CentralSettings) -> int:
    if not DeviceRegistry(engine).revoke(args.device_id):
        print(f"hall-central: no device {args.device_id}", file=sys.stderr)
        return 1
    print(f"revoked {args.device_id}")
    return 0


KEEP_ALIVE_S = 65
"""Longer than the devices' own idle limit (5 s) and than a reverse proxy's usual 60 s."""


def _serve(args: argparse.Namespace, engine: Engine, settings: CentralSettings) -> int:
    from central.database import is_sqlite
    from central.server_processes import Supervisor, bind

    if args.processes < 1:
        print("hall-central: --processes must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.processes > 1 and is_sqlite(engine):
        print(
            "hall-central: --processes above 1 needs PostgreSQL: SQLite has one writer, and no way to tell "
            "another process's streams that a hall's head moved",
            file=sys.stderr,
        )
        return EXIT_USAGE
    engine.dispose()
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    secret = _session_secret(args.secret_file)
    if args.processes == 1:
        return _serve_one(args, settings, secret, sockets=None, periodic=True, ready=None)
    try:
        sock = bind(args.host, args.port)
    except OSError as e:
        print(f"hall-central: cannot listen on {args.host}:{args.port}: {e.strerror}", file=sys.stderr)
        return 1

    def serve_one(index: int, shared: socket.socket, ready: Callable[[], None]) -> int:
        # Default ratings are given by the first process only: the others would find nothing left to do.
        return _serve_one(args, settings, secret, sockets=[shared], periodic=index == 0, ready=ready)

    return Supervisor(args.processes, sock, serve_one).run()


def _serve_one(
    args: argparse.Namespace,
    settings: CentralSettings,
    secret: str,
    *,
    sockets: list[socket.socket] | None,
    periodic: bool,
    ready: Callable[[], None] | None,
) -> int:
    """One server process: on its own port, or on a socket it shares with others (``--processes``)."""
    import uvicorn

    from central.app import create_app
    from central.process_tuning import freeze_what_start_up_made, share_the_interpreter_quickly

    app = create_app(
        CentralSettings(
            db_url=settings.db_url,
            host=args.host,
            port=args.port,
            session_secret=secret,
            cookie_secure=not args.insecure_cookies,
            default_ratings_minutes=args.default_ratings_every if periodic else 0,
        )
    )
    board = app.state.services.board

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if self.started and ready is not None:
                ready()

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            # Open streams never end by themselves, and uvicorn waits for every connection before it runs the
            # app's shutdown: end them first, or every stop waits out the grace period and cuts them.
            board.close()
            await super().shutdown(sockets)

    # Idle keep-alive connections are closed by the devices (httpx: after 5 s), never by us first: a server
    # that closes at the same moment a device reuses the connection fails that request mid-flight.
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        timeout_graceful_shutdown=5,
        timeout_keep_alive=KEEP_ALIVE_S,
        access_log=args.access_log,
    )
    server = Server(config)
    share_the_interpreter_quickly()
    freeze_what_start_up_made()
    server.run(sockets=sockets)
    return 0 if server.started else 1


def _session_secret(path: Path | None) -> str:
    """$HALL_SESSION_SECRET, else the secret file (made with a new random secret, readable by us alone)."""
    import os
    import secrets

    from_env = os.environ.get("HALL_SESSION_SECRET", "")
    if from_env:
        return from_env
    path = path or Path(default_db_url().removeprefix("sqlite:///")).with_name("session-secret")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(48))
    return path.read_text(encoding="utf-8").strip()


def _add_user(args: argparse.Namespace, engine: Engine, settings: CentralSettings) -> int:
    from central.supervision.users import UserError, Users

    if sys.stdin.isatty():
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            print("hall-central: the passwords differ", file=sys.stderr)
            return EXIT_USAGE
    else:
        password = sys.stdin.readline().rstrip("\n")
    try:
        user = Users(engine, b"").add(args.username, password, Role(args.role), args.hall, args.department, args.name)
    except UserError as e:
        print(f"hall-central: {e}", file=sys.stderr)
        return EXIT_USAGE
    where = f" of {user.hall_id}" if user.hall_id else ""
    dept = f", {user.department}" if user.department else ""
    print(f"added {user.role} {user.username}{where}{dept}")
    return 0


def _apply_default_ratings(args: argparse.Namespace, engine: Engine, _settings: CentralSettings) -> int:
    from central.server_time import utc_now
    from central.supervision.default_ratings import apply_default_ratings

    known = hall_ids(engine)
    if args.hall is not None and args.hall not in known:
        print(f"hall-central: no hall {args.hall}", file=sys.stderr)
        return EXIT_USAGE
    store = CentralStore(engine)
    for hall in [args.hall] if args.hall else known:
        print(f"{hall}: {apply_default_ratings(store, hall, utc_now())} visits given the default rating")
    return 0


def _back_office(args: argparse.Namespace, engine: Engine, _settings: CentralSettings) -> int:
    """complete-case and progress-case: the same path as the supervision pages' back-office actions."""
    from central.server_time import utc_now
    from central.supervision import audit
    from central.supervision.back_office import BackOfficeError, Outcome, complete_case, progress_case

    if args.hall not in hall_ids(engine):
        print(f"hall-central: no hall {args.hall}", file=sys.stderr)
        return EXIT_USAGE
    store = CentralStore(engine)
    who = audit.Who(None, f"cli:{getpass.getuser()}")
    try:
        if args.command == "complete-case":
            outcome = Outcome(args.outcome)
            verdict = complete_case(store, args.hall, args.case_number, outcome, args.note, who, utc_now())
            print(f"{args.hall}: case {args.case_number} completed ({outcome.label_zh}), seq {verdict.seq}")
        else:
            verdict = progress_case(store, args.hall, args.case_number, args.note, who, utc_now())
            print(f"{args.hall}: case {args.case_number} progressed, seq {verdict.seq}")
    except BackOfficeError as e:
        print(f"hall-central: {e.message}", file=sys.stderr)
        return 1
    return 0


def _load_hall(args: argparse.Namespace, engine: Engine, _settings: CentralSettings) -> int:
    path: Path = args.path
    try:
        bundle = load_hall(path)
    except HallFileError as e:
        print(f"hall-central: cannot load {path}: {e}", file=sys.stderr)
        return EXIT_USAGE
    new = store_hall(engine, bundle, path)
    print(f"{'loaded' if new else 'updated'} hall {bundle.hall_id} ({bundle.config.name}), version {bundle.version}")
    return 0


def _export(args: argparse.Namespace, engine: Engine, _settings: CentralSettings) -> int:
    day: date = args.day
    hall: str | None = args.hall
    if hall is None:
        known = hall_ids(engine)
        if len(known) != 1:
            print(f"hall-central: name the hall with --hall ({', '.join(known) or 'no hall loaded'})", file=sys.stderr)
            return EXIT_USAGE
        hall = known[0]
    out = sys.stdout
    for seq, body in CentralStore(engine).export_day(hall, day):
        out.write(f'{{"seq":{seq},"event":{body}}}\n')
    out.flush()
    return 0


def _backup_or_restore(args: argparse.Namespace, db_url: str) -> int:
    from central.backup import BackupError, backup, restore

    try:
        if args.command == "backup":
            backup(db_url, args.path)
            print(f"backed up to {args.path}")
        else:
            restore(args.path, db_url, force=args.force)
            print(f"restored {args.path}")
    except (BackupError, SchemaTooNew) as e:
        print(f"hall-central: {e}", file=sys.stderr)
        return 1
    return 0


def _hash_pin() -> int:
    pin = getpass.getpass("PIN: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
    try:
        print(hash_pin(pin))
    except ValueError as e:
        print(f"hall-central: {e}", file=sys.stderr)
        return EXIT_USAGE
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace, Engine, CentralSettings], int]] = {
    "serve": _serve,
    "load-hall": _load_hall,
    "enroll-code": _enroll_code,
    "revoke": _revoke,
    "export": _export,
    "add-user": _add_user,
    "apply-default-ratings": _apply_default_ratings,
    "complete-case": _back_office,
    "progress-case": _back_office,
}


if __name__ == "__main__":
    sys.exit(main())

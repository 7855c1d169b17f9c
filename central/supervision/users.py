"""Web users of the supervision pages: argon2 password hashes, a lock-out after repeated failures, and
server-side sessions whose cookie is a random token signed with the central store's secret.

A session row holds the token's sha256 digest (a stolen database yields no usable cookie) and the
session's CSRF token, which every form carries and every POST must send back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Engine, delete, insert, select, update

from central.database import write_transaction
from central.server_time import Now, as_utc, utc_now
from central.supervision import audit
from central.supervision.roles import Role
from central.supervision.workflow import Actor
from central.tables import halls, users, web_sessions

_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("not a password of anyone")
PASSWORD_MIN = 8
USERNAME_PATTERN = r"^[A-Za-z0-9_.-]{2,40}$"


class UserError(ValueError):
    """A user that cannot be added as asked."""


@dataclass(frozen=True)
class WebUser:
    id: int
    username: str
    display_name: str
    role: Role
    hall_id: str | None
    department: str

    @property
    def actor(self) -> Actor:
        return Actor(self.role, self.hall_id, self.department)

    @property
    def read_only(self) -> bool:
        return self.role == Role.SUPERVISOR


@dataclass(frozen=True)
class Session:
    user: WebUser
    csrf_token: str
    token: str


@dataclass(frozen=True)
class SignIn:
    session: Session | None
    refusal: str = ""
    """Words for the person when ``session`` is None."""


def _user(row: object) -> WebUser:
    r = row
    return WebUser(
        r.id,  # type: ignore[attr-defined]
        r.username,  # type: ignore[attr-defined]
        r.display_name,  # type: ignore[attr-defined]
        Role(r.role),  # type: ignore[attr-defined]
        r.hall_id,  # type: ignore[attr-defined]
        r.department,  # type: ignore[attr-defined]
    )


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Users:
    def __init__(
        self,
        engine: Engine,
        secret: bytes,
        *,
        now: Now = utc_now,
        max_failures: int = 5,
        lockout: timedelta = timedelta(minutes=15),
        session_life: timedelta = timedelta(hours=8),
    ) -> None:
        self.engine = engine
        self._secret = secret
        self.now = now
        self.max_failures = max_failures
        self.lockout = lockout
        self.session_life = session_life

    # --- users ------------------------------------------------------------------------------------------

    def add(
        self,
        username: str,
        password: str,
        role: Role,
        hall_id: str | None,
        department: str = "",
        display_name: str = "",
        *,
        by: audit.Who = audit.SYSTEM,
    ) -> WebUser:
        if not re.match(USERNAME_PATTERN, username):
            raise UserError("a user name is 2 to 40 letters, digits, '_', '.' or '-'")
        if len(password) < PASSWORD_MIN:
            raise UserError(f"a password has at least {PASSWORD_MIN} characters")
        if role == Role.SUPERVISOR:
            if department:
                raise UserError("a supervisor reads every hall: give no --department")
            hall_id = None
        elif not hall_id:
            raise UserError(f"a {role} belongs to a hall: give --hall")
        if role == Role.DEPARTMENT_MANAGER and not department.strip():
            raise UserError("a department manager needs --department (as written on the hall's windows)")
        if role == Role.HALL_MANAGER and department:
            raise UserError("a hall manager sees the whole hall: give no --department")
        now = self.now()
        with write_transaction(self.engine) as conn:
            if hall_id is not None and conn.execute(select(halls.c.id).where(halls.c.id == hall_id)).first() is None:
                raise UserError(f"no hall {hall_id} (load it first with hall-central load-hall)")
            if conn.execute(select(users.c.id).where(users.c.username == username)).first() is not None:
                raise UserError(f"user {username} already exists")
            user_id = conn.execute(
                insert(users).values(
                    username=username,
                    display_name=(display_name or username)[:60],
                    role=str(role),
                    hall_id=hall_id,
                    department=department.strip(),
                    password_hash=_HASHER.hash(password),
                    failed_attempts=0,
                    locked_until=None,
                    created_at=now,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            audit.record(
                conn,
                by,
                "user_added",
                at=now,
                hall_id=hall_id,
                target=username,
                detail={"role": str(role), "department": department},
            )
        return WebUser(int(user_id), username, display_name or username, role, hall_id, department.strip())

    def get(self, user_id: int) -> WebUser | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(users).where(users.c.id == user_id, users.c.disabled_at.is_(None))).first()
        return None if row is None else _user(row)

    # --- signing in ---------------------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, ip: str = "") -> SignIn:
        """Check the password; after ``max_failures`` in a row the account is locked for ``lockout``."""
        now = self.now()
        with write_transaction(self.engine) as conn:
            row = conn.execute(
                select(users).where(users.c.username == username, users.c.disabled_at.is_(None)).with_for_update()
            ).first()
            who = audit.Who(None if row is None else row.id, username[:40], ip)
            if row is None:
                _verify(_DUMMY_HASH, password)  # the same time as for a real user: names are not revealed
                audit.record(conn, who, "signin_failed", at=now, detail={"reason": "unknown_user"})
                return SignIn(None, "用户名或密码不正确")
            if row.locked_until is not None and as_utc(row.locked_until) > now:
                audit.record(conn, who, "signin_failed", at=now, hall_id=row.hall_id, detail={"reason": "locked"})
                minutes = max(1, math.ceil((as_utc(row.locked_until) - now).total_seconds() / 60))
                return SignIn(None, f"连续多次登录失败，账户已锁定，请 {minutes} 分钟后再试")
            if not _verify(row.password_hash, password):
                failures = row.failed_attempts + 1
                locked = failures >= self.max_failures
                conn.execute(
                    update(users)
                    .where(users.c.id == row.id)
                    .values(
                        failed_attempts=0 if locked else failures,
                        locked_until=now + self.lockout if locked else row.locked_until,
                    )
                )
                audit.record(conn, who, "signin_failed", at=now, hall_id=row.hall_id, detail={"reason": "bad_password"})
                if locked:
                    audit.record(conn, who, "signin_locked", at=now, hall_id=row.hall_id, detail={"failures": failures})
                    minutes = int(self.lockout.total_seconds() // 60)
                    return SignIn(None, f"连续 {failures} 次登录失败，账户已锁定 {minutes} 分钟")
                return SignIn(None, "用户名或密码不正确")
            conn.execute(update(users).where(users.c.id == row.id).values(failed_attempts=0, locked_until=None))
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            conn.execute(
                insert(web_sessions).values(
                    token_hash=_digest(token),
                    user_id=row.id,
                    csrf_token=csrf,
                    created_at=now,
                    expires_at=now + self.session_life,
                )
            )
            conn.execute(delete(web_sessions).where(web_sessions.c.expires_at < now))
            audit.record(conn, who, "signin", at=now, hall_id=row.hall_id)
        return SignIn(Session(_user(row), csrf, token))

    def session(self, cookie: str) -> Session | None:
        """The session a cookie names, if its signature holds and it has not expired."""
        token = self.unsign(cookie)
        if token is None:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(
                select(web_sessions.c.csrf_token, web_sessions.c.expires_at, users)
                .join(users, users.c.id == web_sessions.c.user_id)
                .where(web_sessions.c.token_hash == _digest(token), users.c.disabled_at.is_(None))
            ).first()
        if row is None or as_utc(row.expires_at) <= self.now():
            return None
        return Session(_user(row), row.csrf_token, token)

    def sign_out(self, session: Session, ip: str = "") -> None:
        with write_transaction(self.engine) as conn:
            conn.execute(delete(web_sessions).where(web_sessions.c.token_hash == _digest(session.token)))
            user = session.user
            audit.record(conn, audit.Who(user.id, user.username, ip), "signout", at=self.now(), hall_id=user.hall_id)

    # --- signed values ------------------------------------------------------------------------------------

    def sign(self, value: str) -> str:
        mac = hmac.new(self._secret, value.encode(), hashlib.sha256).digest()
        return f"{value}.{base64.urlsafe_b64encode(mac).decode().rstrip('=')}"

    def unsign(self, signed: str) -> str | None:
        value = signed.rpartition(".")[0]
        if not value or not hmac.compare_digest(self.sign(value), signed):
            return None
        return value


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False

"""Devices and their credentials: one-time enrollment codes, bearer tokens (both kept only as sha256
digests), slots, and revocation.

A device's ``slot`` is the smallest number (1–99) that no other device of its hall ever had, revoked
ones included: it names the device's fallback ticket range (``common.ticket_numbers``), and a revoked
kiosk may have issued numbers from its range today.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from central.database import write_transaction
from central.errors import Refusal
from central.server_time import Now, as_utc, utc_now
from central.tables import devices, enroll_codes, halls
from common.events import DEVICE_ID_PATTERN
from common.projection.admission import DeviceKind
from common.ticket_numbers import MAX_SLOT

ENROLLABLE = (DeviceKind.KIOSK, DeviceKind.WINDOW, DeviceKind.BOARD)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: typed by hand on a kiosk
_CODE_LENGTH = 12


@dataclass(frozen=True)
class DeviceRecord:
    device_id: str
    hall_id: str
    kind: DeviceKind
    slot: int
    name: str = ""


@dataclass(frozen=True)
class Enrollment:
    device: DeviceRecord
    token: str


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


class DeviceRegistry:
    def __init__(self, engine: Engine, now: Now = utc_now) -> None:
        self.engine = engine
        self.now = now

    def make_code(self, hall_id: str, kind: DeviceKind, expires: timedelta = timedelta(hours=24)) -> str:
        """A one-time enrollment code for a device of ``kind`` in ``hall_id``, like ``K7QF-3M9X-PA2D``."""
        if kind not in ENROLLABLE:
            raise Refusal(422, "bad_kind", f"devices are kiosk, window or board, not {kind}", "kind")
        raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
        created = self.now()
        with write_transaction(self.engine) as conn:
            _hall_exists(conn, hall_id)
            conn.execute(
                insert(enroll_codes).values(
                    code_hash=digest(raw),
                    hall_id=hall_id,
                    kind=str(kind),
                    created_at=created,
                    expires_at=created + expires,
                )
            )
        return format_code(raw)

    def enroll(self, code: str, name: str = "") -> Enrollment:
        """Trade a code for a device id and token; a code works once, before it expires."""
        now = self.now()
        with write_transaction(self.engine) as conn:
            row = conn.execute(
                select(enroll_codes).where(enroll_codes.c.code_hash == digest(normalize_code(code))).with_for_update()
            ).first()
            if row is None:
                raise Refusal(
                    403, "code_unknown", "this enrollment code is not known: check it, or ask for a new one", "code"
                )
            if row.used_at is not None:
                raise Refusal(403, "code_used", "this enrollment code has already been used; ask for a new one", "code")
            if as_utc(row.expires_at) <= now:
                raise Refusal(403, "code_expired", "this enrollment code has expired; ask for a new one", "code")
            enrollment = self._add(conn, row.hall_id, DeviceKind(row.kind), None, name)
            conn.execute(
                update(enroll_codes)
                .where(enroll_codes.c.code_hash == row.code_hash)
                .values(used_at=now, device_id=enrollment.device.device_id)
            )
        return enrollment

    def create(self, hall_id: str, kind: DeviceKind, device_id: str | None = None, name: str = "") -> Enrollment:
        """Enroll a device directly (administration, tests, benchmarks), optionally with a chosen id."""
        with write_transaction(self.engine) as conn:
            _hall_exists(conn, hall_id)
            return self._add(conn, hall_id, kind, device_id, name)

    def _add(self, conn: Connection, hall_id: str, kind: DeviceKind, device_id: str | None, name: str) -> Enrollment:
        # The hall's row is the lock that serializes slot choice between server processes.
        conn.execute(select(halls.c.id).where(halls.c.id == hall_id).with_for_update())
        used = set(conn.execute(select(devices.c.slot).where(devices.c.hall_id == hall_id)).scalars())
        slot = next((s for s in range(1, MAX_SLOT + 1) if s not in used), None)
        if slot is None:
            raise Refusal(409, "no_free_slot", f"hall {hall_id} already has {MAX_SLOT} devices", "")
        if device_id is None:
            device_id = f"{kind}-{secrets.token_hex(3)}"
            while conn.execute(select(devices.c.id).where(devices.c.id == device_id)).first():
                device_id = f"{kind}-{secrets.token_hex(3)}"
        else:
            if not re.match(DEVICE_ID_PATTERN, device_id):
                raise Refusal(422, "bad_device_id", f"a device id matches {DEVICE_ID_PATTERN}", "device_id")
            if conn.execute(select(devices.c.id).where(devices.c.id == device_id)).first():
                raise Refusal(409, "device_exists", f"device {device_id} already exists", "device_id")
        token = secrets.token_urlsafe(32)
        conn.execute(
            insert(devices).values(
                id=device_id,
                hall_id=hall_id,
                kind=str(kind),
                slot=slot,
                token_hash=digest(token),
                name=name,
                enrolled_at=self.now(),
            )
        )
        return Enrollment(DeviceRecord(device_id, hall_id, kind, slot, name), token)

    def revoke(self, device_id: str) -> bool:
        """Refuse the device's token from now on; False if no such device."""
        with write_transaction(self.engine) as conn:
            done = conn.execute(
                update(devices)
                .where(devices.c.id == device_id, devices.c.revoked_at.is_(None))
                .values(revoked_at=self.now())
            )
            if done.rowcount:
                return True
            return conn.execute(select(devices.c.id).where(devices.c.id == device_id)).first() is not None

    def authenticate(self, token: str) -> DeviceRecord:
        with self.engine.connect() as conn:
            row = conn.execute(_BY_TOKEN, {"token_hash": digest(token)}).first()
        if row is None:
            raise Refusal(401, "bad_token", "this device token is not known: enroll the device again", "")
        if row.revoked_at is not None:
            raise Refusal(401, "token_revoked", "this device has been revoked: enroll it again", "")
        return DeviceRecord(row.id, row.hall_id, DeviceKind(row.kind), row.slot, row.name)


_BY_TOKEN = select(devices).where(devices.c.token_hash == bindparam("token_hash"))
"""Built once: every request of every device authenticates, and building the query cost more than running it."""


def _hall_exists(conn: Connection, hall_id: str) -> None:
    if conn.execute(select(halls.c.id).where(halls.c.id == hall_id)).first() is None:
        raise Refusal(404, "unknown_hall", f"no hall {hall_id}: load it first with hall-central load-hall", "hall_id")

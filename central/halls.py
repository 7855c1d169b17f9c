"""Halls in the central store: the validated bundle (configuration, roster, catalogue) and staff photos.

Loading a new version of a hall replaces its bundle; devices see the new ``version`` on their next
catalogue request (its ETag), and the admission rules use it from the next push on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select, update

from central.database import write_transaction
from central.server_time import Now, utc_now
from central.tables import halls, photos
from common.hall_bundle import HallBundle


@dataclass(frozen=True)
class StoredHall:
    id: str
    version: str
    bundle_json: str
    head: int


def store_hall(engine: Engine, bundle: HallBundle, photos_dir: Path | None, now: Now = utc_now) -> bool:
    """Store (or replace) a hall and its staff photos; True if the hall is new."""
    text = json.dumps(bundle.to_json_dict(), ensure_ascii=False, sort_keys=True)
    with write_transaction(engine) as conn:
        exists = conn.execute(select(halls.c.id).where(halls.c.id == bundle.hall_id).with_for_update()).first()
        values = {"name": bundle.config.name, "version": bundle.version, "bundle": text, "loaded_at": now()}
        if exists:
            conn.execute(update(halls).where(halls.c.id == bundle.hall_id).values(**values))
        else:
            conn.execute(insert(halls).values(id=bundle.hall_id, head=0, projected=0, **values))
        if photos_dir is not None:
            conn.execute(delete(photos).where(photos.c.hall_id == bundle.hall_id))
            rows = [
                {
                    "hall_id": bundle.hall_id,
                    "staff": s.number,
                    "content_type": _content_type(s.photo),
                    "data": (photos_dir / s.photo).read_bytes(),
                }
                for s in bundle.roster.staff
            ]
            if rows:
                conn.execute(insert(photos), rows)
    return not exists


def _content_type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}.get(suffix, "image/png")


def read_hall(conn: Connection, hall_id: str) -> StoredHall | None:
    row = conn.execute(
        select(halls.c.id, halls.c.version, halls.c.bundle, halls.c.head).where(halls.c.id == hall_id)
    ).first()
    return None if row is None else StoredHall(row.id, row.version, row.bundle, row.head)


def hall_ids(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(halls.c.id).order_by(halls.c.id)).scalars())


def photo(engine: Engine, hall_id: str, staff: str) -> tuple[str, bytes] | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(photos.c.content_type, photos.c.data).where(photos.c.hall_id == hall_id, photos.c.staff == staff)
        ).first()
    return None if row is None else (row.content_type, bytes(row.data))

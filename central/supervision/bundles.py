"""Each hall's bundle (configuration, roster, catalogue) for the pages, parsed once per version."""

from __future__ import annotations

import json
import threading

from sqlalchemy import Engine, select

from central.tables import halls
from common.hall_bundle import HallBundle


class Bundles:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._cache: dict[str, HallBundle] = {}

    def names(self) -> dict[str, str]:
        """Every hall's id and name, in id order."""
        with self.engine.connect() as conn:
            return {r.id: r.name for r in conn.execute(select(halls.c.id, halls.c.name).order_by(halls.c.id))}

    def get(self, hall_id: str) -> HallBundle | None:
        with self.engine.connect() as conn:
            version = conn.execute(select(halls.c.version).where(halls.c.id == hall_id)).scalar_one_or_none()
            if version is None:
                return None
            with self._lock:
                cached = self._cache.get(hall_id)
            if cached is not None and cached.version == version:
                return cached
            text = conn.execute(select(halls.c.bundle).where(halls.c.id == hall_id)).scalar_one()
        bundle = HallBundle.from_json_dict(json.loads(text))
        with self._lock:
            self._cache[hall_id] = bundle
        return bundle

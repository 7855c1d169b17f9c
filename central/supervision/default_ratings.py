"""Default ratings: a visit nobody rated (the rating pad skipped, or never answered) gets the hall's default
rating (``config.rating.default``: level, after how many days) once that period has passed.

The central store records them as ``rating.defaulted`` events of its own (``record_central``), so every
device folds them like any other rating and the reports count them as defaulted. A visit ended by a
transfer is not rated: the citizen's visit went on at another window.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from central.database import write_transaction
from central.store import CentralStore
from central.supervision import audit
from central.tables import halls, rm_visits
from common.events import EventType, Payload, RatingDefaulted
from common.hall_bundle import HallBundle

log = logging.getLogger("hall.supervision")
BATCH = 500


def default_rating_id(visit_id: str) -> str:
    """The same id for the same visit, so two servers (or two runs) never default a visit twice."""
    return "dflt-" + hashlib.sha256(visit_id.encode()).hexdigest()[:32]


def apply_default_ratings(store: CentralStore, hall_id: str, now: datetime, who: audit.Who = audit.SYSTEM) -> int:
    """Give every visit of ``hall_id`` not rated within the hall's period its default rating; how many."""
    with store.engine.connect() as conn:
        text = conn.execute(select(halls.c.bundle).where(halls.c.id == hall_id)).scalar_one()
    policy = HallBundle.from_json_dict(json.loads(text)).config.rating.default
    cutoff = (now - timedelta(days=policy.after_days)).astimezone(UTC)
    done = 0
    refused: set[str] = set()
    while True:
        with store.engine.connect() as conn:
            visit_ids = [
                v
                for v in conn.execute(
                    select(rm_visits.c.id)
                    .where(
                        rm_visits.c.hall_id == hall_id,
                        rm_visits.c.rating_id.is_(None),
                        rm_visits.c.finished_at.is_not(None),
                        rm_visits.c.finished_at <= cutoff,
                        rm_visits.c.transferred.is_(False),
                    )
                    .order_by(rm_visits.c.finished_at)
                    .limit(BATCH + len(refused))
                ).scalars()
                if v not in refused
            ][:BATCH]
        if not visit_ids:
            break
        items: list[tuple[EventType, Payload | dict[str, object]]] = [
            (
                EventType.RATING_DEFAULTED,
                RatingDefaulted(
                    rating_id=default_rating_id(v), visit_id=v, level=policy.level, after_days=policy.after_days
                ),
            )
            for v in visit_ids
        ]
        verdicts = store.record_central_many(hall_id, items)
        accepted = sum(1 for v in verdicts if v.status == "accepted")
        for visit_id, verdict in zip(visit_ids, verdicts, strict=True):
            if verdict.status != "accepted":
                log.warning("default rating of visit %s refused: %s %s", visit_id, verdict.code, verdict.message)
                refused.add(visit_id)
        done += accepted
        if len(visit_ids) < BATCH:
            break
    if done:
        with write_transaction(store.engine) as conn:
            audit.record(
                conn,
                who,
                "default_ratings",
                at=now,
                hall_id=hall_id,
                target=f"{done} visits",
                detail={"level": str(policy.level), "after_days": policy.after_days, "count": done},
            )
        log.info("hall %s: %d visits given the default rating %s", hall_id, done, policy.level)
    return done

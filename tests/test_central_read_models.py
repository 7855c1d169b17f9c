"""The read models kept event by event equal the ones rebuilt from the whole fold: the incremental
bookkeeping (which records an event touched) misses nothing over a busy day."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from bench.busy_day import busy_day
from central import read_models
from central.database import open_engine, write_transaction
from central.devices import DeviceRegistry
from central.store import CentralStore
from central.tables import READ_MODELS, rm_appointments, rm_tickets, rm_visits
from common.events import Event, EventType
from common.projection.admission import DeviceKind
from tests.support.central_server import prepare_db
from tests.support.event_factory import event, ticket


def _tables(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in READ_MODELS}


def test_incremental_read_models_match_a_rebuild_after_a_busy_day(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    bundle = prepare_db(url, load_sample_hall=True)
    engine = open_engine(url)
    store = CentralStore(engine)
    registry = DeviceRegistry(engine)
    day = busy_day(300, bundle=bundle)
    devices = {
        d: registry.create(bundle.hall_id, DeviceKind.KIOSK if d.startswith("kiosk") else DeviceKind.WINDOW, d).device
        for d in sorted({e.device_id for e in day})
    }
    # Slices of 100 events of the day, each pushed device by device, kiosks first (windows act only on
    # tickets already issued), so pushes are of a realistic size and touch records many times over.
    runs: list[list[Event]] = []
    for i in range(0, len(day), 100):
        by_device: dict[str, list[Event]] = defaultdict(list)
        for e in day[i : i + 100]:
            by_device[e.device_id].append(e)
        runs += [by_device[d] for d in sorted(by_device, key=lambda d: (not d.startswith("kiosk"), d))]
    verdicts: dict[str, int] = defaultdict(int)
    for run in runs:
        for v in store.push(devices[run[0].device_id], run).verdicts:
            verdicts[v.status] += 1
    assert verdicts == {"accepted": len(day)}
    incremental = _tables(engine)
    # The busy day books no appointments; tests/test_supervision_reports.py covers them.
    assert all(incremental[t.name] for t in READ_MODELS if t is not rm_appointments)

    state = store.with_state(bundle.hall_id, lambda state, _bundle, _seq: state.clone())
    with write_transaction(engine) as conn:
        read_models.rebuild(conn, bundle.hall_id, state, bundle.config)
    assert _tables(engine) == incremental
    engine.dispose()


def test_a_transfer_ends_the_visit_its_window_held_in_the_read_models(tmp_path: Path) -> None:
    """The transfer names only the ticket and the window; the visit it ends is found through the window."""
    url = f"sqlite:///{tmp_path / 'c.db'}"
    bundle = prepare_db(url)
    engine = open_engine(url)
    store = CentralStore(engine)
    registry = DeviceRegistry(engine)
    kiosk = registry.create(bundle.hall_id, DeviceKind.KIOSK, "kiosk-1").device
    window = registry.create(bundle.hall_id, DeviceKind.WINDOW, "window-1").device
    t = ticket("kiosk-1", 1)
    tid = t.payload.ticket_id  # type: ignore[union-attr]
    store.push(kiosk, [t])
    steps = [
        (EventType.WINDOW_OPENED, {"window": 1, "staff": "S001"}),
        (EventType.TICKET_CALLED, {"ticket_id": tid, "window": 1, "staff": "S001"}),
        (EventType.SERVICE_STARTED, {"ticket_id": tid, "visit_id": "visit-0001", "window": 1, "staff": "S001"}),
    ]
    store.push(window, [event(ty, p, "window-1") for ty, p in steps])
    transfer = event(EventType.TICKET_TRANSFERRED, {"ticket_id": tid, "window": 1, "to_category": "B"}, "window-1")
    assert store.push(window, [transfer]).verdicts[0].status == "accepted"
    with engine.connect() as conn:
        visit = conn.execute(select(rm_visits)).one()
        assert visit.transferred and visit.finished_at is not None
        moved = conn.execute(select(rm_tickets)).one()
        assert (moved.status, moved.category, moved.transfers, moved.window) == ("waiting", "B", 1, None)
    engine.dispose()

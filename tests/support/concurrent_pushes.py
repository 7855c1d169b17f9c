"""Several kiosks pushing at once, through one or more server URLs: the sequence must come out gap-free."""

from __future__ import annotations

import threading

import httpx
from sqlalchemy import select

from central.tables import events
from tests.support.central_server import EnrolledDevice, RunningCentral
from tests.support.event_factory import body, ticket


def concurrent_pushes(apis: list[str], central: RunningCentral, threads: int = 4, batches: int = 10) -> None:
    """``threads`` kiosks push ``batches`` batches of ten tickets each at the same moment (device ``i``
    through ``apis[i % len(apis)]``); every ticket is accepted and the hall's seqs are 1..N without a gap."""
    devices = [central.enroll("kiosk", f"kiosk-{i}") for i in range(1, threads + 1)]
    errors: list[BaseException] = []
    start = threading.Barrier(threads)

    def work(i: int, device: EnrolledDevice) -> None:
        try:
            with httpx.Client(base_url=apis[i % len(apis)], headers=device.headers, timeout=60) as client:
                start.wait()
                for b in range(batches):
                    batch = [ticket(device.device_id, i * 10000 + b * 10 + n) for n in range(10)]
                    answer = client.post("/sync/push", json=body(batch))
                    assert answer.status_code == 200, answer.text
                    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}
        except BaseException as e:
            errors.append(e)

    pool = [threading.Thread(target=work, args=(i, d)) for i, d in enumerate(devices)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert not errors, errors
    with central.engine.connect() as conn:
        seqs = list(conn.execute(select(events.c.seq).order_by(events.c.seq)).scalars())
    assert seqs == list(range(1, threads * batches * 10 + 1))
    assert central.store.head(central.hall.hall_id) == len(seqs)

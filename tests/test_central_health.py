"""``GET /healthz``: what a monitor or a load balancer asks the central store, without a token."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from central.app import create_app
from central.database import open_engine
from central.settings import CentralSettings
from tests.support.central_server import RunningCentral


def test_a_running_central_store_says_it_is_healthy_to_anyone(any_central: RunningCentral) -> None:
    answer = httpx.get(f"{any_central.url}/healthz")
    assert answer.status_code == 200 and answer.json() == {"status": "ok"}
    assert answer.headers["cache-control"] == "no-store"
    assert "/healthz" not in httpx.get(f"{any_central.url}/openapi.json").json()["paths"]  # not the devices' API


def test_a_central_store_that_cannot_reach_its_database_says_so(tmp_path: Path) -> None:
    """To a monitor, and to a device (503, which it retries later, as when offline), in the JSON error shape."""
    db = tmp_path / "central.db"
    url = f"sqlite:///{db}"
    engine = open_engine(url)
    engine.dispose()
    db.unlink(missing_ok=True)
    db.mkdir()  # where the database file should be, a folder: no connection opens
    app = create_app(CentralSettings(db_url=url, session_secret="s"), engine=engine)

    async def ask() -> tuple[httpx.Response, httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://central.test") as client:
            health = await client.get("/healthz")
            pushed = await client.post(
                "/api/v1/sync/push", json={"events": []}, headers={"Authorization": "Bearer some-token"}
            )
            return health, pushed

    health, pushed = asyncio.run(ask())
    engine.dispose()
    assert health.status_code == 503
    assert health.json()["error"]["code"] == "database_unavailable"
    assert pushed.status_code == 503 and pushed.headers["retry-after"] == "5"
    assert pushed.json()["error"]["code"] == "database_unavailable"

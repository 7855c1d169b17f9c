"""The central store's PostgreSQL pool: a connection left idle is tested before use, one in steady use is not.

The database "restarts" here by ending the server process behind each pooled connection
(``pg_terminate_backend``), which is what a restart does to a client's connections.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

from central import database
from central.database import open_engine
from tests.support.central_server import PG_ADMIN_URL


def _end_every_backend_of(url: str) -> int:
    name = url.rsplit("/", 1)[1]
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        ended = conn.execute(
            text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = :name"),
            {"name": name},
        ).scalar_one()
    admin.dispose()
    return int(ended)


def _ask(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT 41 + 1")).scalar_one())


def test_a_connection_idle_past_the_limit_is_tested_and_replaced(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = open_engine(pg_url)
    assert _ask(engine) == 42
    assert _end_every_backend_of(pg_url) == 1
    monkeypatch.setattr(database, "PING_AFTER_IDLE_S", 0.0)  # every pooled connection counts as idle
    assert _ask(engine) == 42, "the dead connection was found before use and a new one opened"
    engine.dispose()


def test_a_connection_in_steady_use_is_not_tested_and_the_pool_recovers_after_one_failure(pg_url: str) -> None:
    """The cost of skipping the test: a database restart under load fails one request, not every one after."""
    engine = open_engine(pg_url)
    assert database.PING_AFTER_IDLE_S >= 5
    assert _ask(engine) == 42
    assert _end_every_backend_of(pg_url) == 1
    with pytest.raises(OperationalError):
        _ask(engine)
    assert _ask(engine) == 42
    engine.dispose()

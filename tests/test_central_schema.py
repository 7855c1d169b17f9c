"""Schemathesis against the central store's own OpenAPI document: whatever a client sends, valid or not,
the answer is never a server error, and every error has the JSON shape. Bounded and deterministic (a few
hundred examples in all), so the suite stays fast.

Schemathesis's strategies are used with plain hypothesis (``as_strategy``) rather than its pytest
plugin, whose lazy loader does not run on this pytest; the requests go to the real server over a socket.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode

from tests.support.central_server import EnrolledDevice, RunningCentral, start_central


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningCentral, EnrolledDevice]]:
    server = start_central(tmp_path=tmp_path_factory.mktemp("schema"))
    yield server, server.enroll("kiosk")
    server.stop()


def _operations(server: RunningCentral) -> list[schemathesis.APIOperation]:  # type: ignore[name-defined]
    schema = schemathesis.openapi.from_dict(server.app.openapi())
    return [result.ok() for result in schema.get_all_operations()]


def _fuzz(
    operation: schemathesis.APIOperation, mode: GenerationMode, server: RunningCentral, device: EnrolledDevice
) -> None:  # type: ignore[name-defined]
    path = operation.path

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=20, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        if path != "/api/v1/devices/enroll":
            case.headers = {**(case.headers or {}), **device.headers}
        response = case.call(base_url=server.url, timeout=30)
        case.validate_response(response, checks=[not_a_server_error])
        if response.status_code >= 400:
            error = response.json()["error"]
            assert set(error) == {"code", "message", "field"}, error

    check()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_gets_a_server_error(fuzzed: tuple[RunningCentral, EnrolledDevice], mode: GenerationMode) -> None:
    server, device = fuzzed
    operations = _operations(server)
    assert len(operations) == 8
    for operation in operations:
        if operation.path != "/api/v1/sync/stream":  # an endless response: tested in test_central_sync
            _fuzz(operation, mode, server, device)


def test_the_openapi_document_is_served(tmp_path: Path) -> None:
    with start_central(tmp_path=tmp_path) as server:
        document = server.client().get(f"{server.url}/openapi.json").json()
    paths = document["paths"]
    for path in (
        "/api/v1/devices/enroll",
        "/api/v1/sync/push",
        "/api/v1/sync/pull",
        "/api/v1/sync/stream",
        "/api/v1/tickets/lease",
        "/api/v1/catalogue",
        "/api/v1/state",
        "/api/v1/staff/{number}/photo",
    ):
        assert path in paths, path

"""The control channel runs the same actions as the buttons, on the program's own device, and answers
refusals in the same words; it listens on 127.0.0.1 only."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

from common.control_channel import ControlChannel
from common.device import Device
from common.projection.admission import DeviceKind
from tests.support.halls import STAFF_PINS
from tests.support.relay import Relay


def _ask(channel: ControlChannel, op: str, **args: object) -> dict:  # type: ignore[type-arg]
    return channel.handle(json.dumps({"op": op, "args": args}))


def test_a_visit_driven_through_the_channel(device_factory: Callable[..., Device], bundle) -> None:  # type: ignore[no-untyped-def]
    relay = Relay(bundle)
    k = ControlChannel(device_factory(DeviceKind.KIOSK, "kiosk-1", lease=10))
    w = ControlChannel(device_factory(DeviceKind.WINDOW, "window-1"))
    ticket = _ask(k, "issue_ticket", category="A")
    assert ticket["ok"] and ticket["result"].number == "A001"
    relay.sync(k.device)
    relay.sync(w.device)
    assert _ask(w, "sign_in", window=1, staff="S001", pin="0000") == {
        "ok": False,
        "code": "wrong_pin",
        "message": "staff number or PIN is wrong (4 attempts left)",
    }
    assert _ask(w, "sign_in", window=1, staff="S001", pin=STAFF_PINS["S001"])["ok"]
    assert _ask(w, "call_next", window=1)["result"].number == "A001"
    assert _ask(w, "start_service", window=1)["ok"]
    done = _ask(w, "finish", window=1, outcome="promised", items=["T-001"], promised_days=3)
    assert done["ok"] and done["result"]["case_number"]
    assert _ask(w, "rate_visit", window=1, level="dissatisfied", reasons=["办事效率低"])["ok"]
    again = _ask(w, "rate_visit", window=1, level="satisfied")
    assert again["code"] == "already_rated"
    state = _ask(w, "state")["result"]
    assert state["ratings"] == 1 and state["pending"] > 0 and state["windows"]["1"]["staff"] == "S001"
    assert _ask(w, "no_such_op")["code"] == "bad_request"
    assert _ask(k, "issue_ticket", category="Z")["code"] == "unknown_category"


def test_the_channel_answers_over_a_local_socket(device_factory: Callable[..., Device]) -> None:
    channel = ControlChannel(device_factory(DeviceKind.KIOSK, "kiosk-1", lease=10))

    async def scenario() -> None:
        port = await channel.start(0)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b'{"op": "issue_ticket", "args": {"category": "B"}}\n{"op": "state"}\n')
        first = json.loads(await reader.readline())
        second = json.loads(await reader.readline())
        writer.close()
        await writer.wait_closed()
        await channel.stop()
        assert first["ok"] and first["result"]["number"] == "B001"
        assert second["result"]["tickets"] == 1
        assert channel._server is not None and channel._server.sockets == ()

    asyncio.run(scenario())


def test_the_channel_keeps_the_halls_hours_as_the_buttons_do(
    device_factory: Callable[..., Device], bundle, wall
) -> None:  # type: ignore[no-untyped-def]
    """Hall automation and the day test drive the devices through the channel: they meet the same hours."""
    from datetime import UTC, datetime

    relay = Relay(bundle)
    k = ControlChannel(device_factory(DeviceKind.KIOSK, "kiosk-1", lease=10))
    w = ControlChannel(device_factory(DeviceKind.WINDOW, "window-1"))
    assert _ask(k, "issue_ticket", category="A")["ok"]  # 09:30
    relay.sync(k.device)
    relay.sync(w.device)
    assert _ask(w, "sign_in", window=1, staff="S001", pin=STAFF_PINS["S001"])["ok"]
    wall.moment = datetime(2026, 11, 30, 4, 30, tzinfo=UTC)  # 12:30 in Nanjing: lunch
    refused = _ask(w, "call_next", window=1)
    assert refused["code"] == "lunch_break" and "13:30" in refused["message"]
    assert _ask(k, "issue_ticket", category="A")["ok"], "numbers are issued at lunch"
    wall.moment = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)  # 17:30: closed
    refused = _ask(k, "issue_ticket", category="B")
    assert refused["code"] == "outside_hours" and "2026-12-01 09:00" in refused["message"]
    assert _ask(w, "call_next", window=1)["code"] == "outside_hours"
    assert k.device.state.tickets and len(k.device.state.tickets) == 2

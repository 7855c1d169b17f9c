"""The central store's head board keeps each hall's newest events for the streams, and only hands out a
run of them it holds without a gap: anything less would let a device skip an event it never pulled. What
other server processes append reaches it too: read by the listener, or folded by this process's next push."""

from __future__ import annotations

import asyncio
from pathlib import Path

from central.database import open_engine
from central.devices import DeviceRecord
from central.heads import HeadBoard
from central.store import CentralStore
from common.projection.admission import DeviceKind
from tests.support.central_server import prepare_db
from tests.support.event_factory import ticket


def rows(first: int, last: int) -> list[tuple[int, str]]:
    return [(seq, f'{{"n":{seq}}}') for seq in range(first, last + 1)]


def test_the_events_a_push_appended_are_handed_to_the_streams() -> None:
    board = HeadBoard()
    board.publish("h", 3, rows(1, 3))
    board.publish("h", 5, rows(4, 5))
    assert board.events_between("h", 0, 5) == rows(1, 5)
    assert board.events_between("h", 3, 5) == rows(4, 5)


def test_nothing_is_handed_out_for_another_hall_or_an_empty_range() -> None:
    board = HeadBoard()
    board.publish("h", 2, rows(1, 2))
    assert board.events_between("other", 0, 2) is None
    assert board.events_between("h", 2, 2) is None


def test_a_head_moved_by_another_process_leaves_a_gap_so_the_streams_send_the_head_only() -> None:
    """On PostgreSQL another server process may append events this one never saw; its devices must pull."""
    board = HeadBoard()
    board.publish("h", 3, rows(1, 3))
    board.publish("h", 5)  # NOTIFY from another process: events 4 and 5 are not here
    assert board.events_between("h", 3, 5) is None
    board.publish("h", 7, rows(6, 7))
    assert board.events_between("h", 5, 7) == rows(6, 7)
    assert board.events_between("h", 3, 7) is None


def test_an_announcement_of_a_head_already_held_keeps_the_tail() -> None:
    """This process's own NOTIFY comes back through its listener after the push published its events."""
    board = HeadBoard()
    board.publish("h", 3, rows(1, 3))
    board.publish("h", 3)
    board.publish("h", 2)
    assert board.events_between("h", 0, 3) == rows(1, 3)


def test_a_device_further_behind_than_the_tail_is_not_handed_a_partial_run() -> None:
    board = HeadBoard(tail_events=4)
    board.publish("h", 6, rows(1, 6))
    assert board.events_between("h", 2, 6) == rows(3, 6)
    assert board.events_between("h", 1, 6) is None


def test_appended_events_that_do_not_end_at_the_head_are_not_kept() -> None:
    board = HeadBoard()
    board.publish("h", 2, rows(1, 2))
    board.publish("h", 9, rows(3, 4))
    assert board.events_between("h", 2, 9) is None
    assert board.events_between("h", 0, 2) is None


def test_events_another_process_appended_are_read_only_for_a_hall_with_open_streams() -> None:
    board = HeadBoard(tail_events=8)
    board.publish("h", 3, rows(1, 3))
    assert board.wanted_after("h", 4, 5) is None  # nobody streams this hall here: the devices will pull


async def _open_streams_ask_for_what_the_tail_lacks() -> None:
    board = HeadBoard(tail_events=8)
    board.watch("h")
    assert board.wanted_after("h", 1, 2) == 0  # no tail yet: from the append's first event
    board.publish("h", 3, rows(1, 3))
    assert board.wanted_after("h", 4, 5) == 3
    assert board.wanted_after("h", 6, 7) == 3  # a notification missed: the gap is read too
    assert board.wanted_after("h", 3, 3) is None  # held already
    assert board.wanted_after("h", 40, 41) == 39  # too far past the tail to fill: the append alone
    assert board.wanted_after("h", 40, 60) == 52  # and never more than the tail keeps
    board.publish("h", 7, rows(4, 7))
    assert board.events_between("h", 0, 7) == rows(1, 7)


def test_open_streams_ask_for_what_the_tail_lacks() -> None:
    asyncio.run(_open_streams_ask_for_what_the_tail_lacks())


def test_a_late_announcement_does_not_cut_a_tail_that_goes_further() -> None:
    """The listener read events 4–5 while this process's own push appended 6 and 7."""
    board = HeadBoard()
    board.publish("h", 3, rows(1, 3))
    board.publish("h", 7, rows(4, 7))
    board.publish("h", 5, rows(4, 5))
    assert board.events_between("h", 0, 7) == rows(1, 7)


def test_a_push_hands_its_streams_the_events_another_process_appended_before_it(tmp_path: Path) -> None:
    """Two stores on one database stand for two server processes: the second's push first folds what the
    first appended, and publishes those events with its own, so its streams need no pull for them."""
    url = f"sqlite:///{tmp_path / 'central.db'}"
    hall = prepare_db(url).hall_id
    heard: list[tuple[str, int, list[int]]] = []
    engines = [open_engine(url), open_engine(url)]
    try:
        one = CentralStore(engines[0])
        two = CentralStore(engines[1], on_head=lambda h, head, rows: heard.append((h, head, [s for s, _ in rows])))
        kiosk = DeviceRecord("kiosk-1", hall, DeviceKind.KIOSK, 1)
        two.push(kiosk, [ticket("kiosk-1", 1)])
        one.push(kiosk, [ticket("kiosk-1", n) for n in (2, 3)])
        mine = ticket("kiosk-1", 4)
        two.push(kiosk, [mine])
        assert heard == [(hall, 1, [1]), (hall, 4, [2, 3, 4])]
        two.push(kiosk, [mine])  # a duplicate appends nothing and has nothing new to tell
        assert len(heard) == 2
    finally:
        for engine in engines:
            engine.dispose()

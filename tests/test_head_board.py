"""The central store's head board keeps each hall's newest events for the streams, and only hands out a
run of them it holds without a gap: anything less would let a device skip an event it never pulled."""

from __future__ import annotations

from central.heads import HeadBoard


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

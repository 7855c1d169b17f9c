"""Telling streams that a hall's head moved: in process, and between server processes on PostgreSQL.

A push (in a worker thread) calls ``HeadBoard.publish`` with the events it appended; every open stream of
that hall is woken on its event loop. The board keeps each hall's most recent events (its tail) so that a
stream can send a device the events themselves, and the device needs no pull to follow the hall. On
PostgreSQL the push also sends ``NOTIFY hall_head`` in its transaction, and each process's ``PgListener``
thread turns the notifications of the others into ``publish`` calls: when this process has streams open for
that hall, the listener first reads the new events from the database (one query for every stream of the
hall, instead of one pull by each of their devices) so that the streams can carry them too.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from collections import deque
from collections.abc import Sequence
from contextlib import suppress

import psycopg
from sqlalchemy.engine import make_url

log = logging.getLogger("hall.sync")

CHANNEL = "hall_head"

TAIL_EVENTS = 512
"""How many of a hall's newest events the board keeps for the streams."""


class HeadWatch:
    """One stream's view: the newest head it has not sent yet, and an event to wait on."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.head = -1
        self.changed = asyncio.Event()
        self.closed = False

    def _set(self, head: int) -> None:
        if head > self.head:
            self.head = head
            self.changed.set()

    def _close(self) -> None:
        self.closed = True
        self.changed.set()


class HeadBoard:
    def __init__(self, tail_events: int = TAIL_EVENTS) -> None:
        self._lock = threading.Lock()
        self._watches: dict[str, set[HeadWatch]] = {}
        self._tails: dict[str, deque[tuple[int, str]]] = {}
        self._tail_events = tail_events
        self._closed = False

    def watch(self, hall_id: str) -> HeadWatch:
        w = HeadWatch(asyncio.get_running_loop())
        with self._lock:
            if self._closed:
                w.closed = True
            self._watches.setdefault(hall_id, set()).add(w)
        return w

    def unwatch(self, hall_id: str, w: HeadWatch) -> None:
        with self._lock:
            self._watches.get(hall_id, set()).discard(w)

    def publish(self, hall_id: str, head: int, appended: Sequence[tuple[int, str]] = ()) -> None:
        """Thread-safe: keep ``appended`` (the events that took the log to ``head``, as (seq, JSON) in seq
        order) in the hall's tail, and wake every stream of the hall. Without them (another process's
        append), the tail is dropped when it no longer reaches the head: streams then announce the head only."""
        with self._lock:
            self._keep(hall_id, head, appended)
            targets = list(self._watches.get(hall_id, ()))
        for w in targets:
            try:
                w.loop.call_soon_threadsafe(w._set, head)
            except RuntimeError:  # its loop has closed: the stream is gone
                self.unwatch(hall_id, w)

    def _keep(self, hall_id: str, head: int, appended: Sequence[tuple[int, str]]) -> None:
        tail = self._tails.get(hall_id)
        seqs = [seq for seq, _body in appended]
        whole = bool(seqs) and seqs[-1] == head and seqs == list(range(seqs[0], head + 1))
        if not whole:
            if tail and head > tail[-1][0]:
                tail.clear()  # events appended elsewhere: the tail has a gap
            return
        if tail and tail[-1][0] >= head:
            return  # a slower announcement of events the tail already goes past (another process's, read late)
        if tail is None or (tail and tail[-1][0] != seqs[0] - 1):
            tail = self._tails[hall_id] = deque(maxlen=self._tail_events)
        tail.extend(appended)

    def wanted_after(self, hall_id: str, first: int, head: int) -> int | None:
        """For a head another process moved to ``head`` (appending from ``first``): the seq after which
        events should be read for the streams, or None when no stream of the hall is open here or the tail
        holds them already. Reading from the tail's end fills any gap a missed notification left."""
        with self._lock:
            if not self._watches.get(hall_id):
                return None
            tail = self._tails.get(hall_id)
            end = tail[-1][0] if tail else None
        if end is not None and end >= head:
            return None
        if end is not None and head - end <= self._tail_events:
            return end
        return max(first - 1, head - self._tail_events, 0)

    def events_between(self, hall_id: str, after: int, upto: int) -> list[tuple[int, str]] | None:
        """The hall's events with ``after < seq <= upto`` from the tail, or None when it does not hold them all."""
        with self._lock:
            tail = self._tails.get(hall_id)
            if not tail or upto <= after or tail[0][0] > after + 1 or tail[-1][0] < upto:
                return None
            return [(seq, body) for seq, body in tail if after < seq <= upto]

    def close(self) -> None:
        """End every stream (server shutdown)."""
        with self._lock:
            self._closed = True
            targets = [w for ws in self._watches.values() for w in ws]
        for w in targets:
            with suppress(RuntimeError):  # its loop has closed already
                w.loop.call_soon_threadsafe(w._close)


PROCESS = uuid.uuid4().hex
"""This server process, named in its notifications: its own listener skips them, as its pushes publish
their events to its streams themselves (a notification arriving first would wake the streams before the
events are in the tail, and every device would pull)."""


def notification(hall_id: str, first: int, head: int) -> dict[str, str]:
    """The parameters of ``pg_notify`` that tell the other server processes of a hall's new head (and the
    first seq of the append that moved it): sent inside a push's transaction on PostgreSQL, delivered to
    every listener when it commits."""
    return {"channel": CHANNEL, "payload": f"{hall_id} {head} {PROCESS} {first}"}


_NEW_EVENTS = "SELECT seq, body FROM events WHERE hall_id = %s AND seq > %s AND seq <= %s ORDER BY seq"


class PgListener:
    """A thread that LISTENs on PostgreSQL and publishes what other processes announce, with their events
    when this process has streams of the hall open."""

    def __init__(self, url: str, board: HeadBoard) -> None:
        parsed = make_url(url).set(drivername="postgresql")
        self._dsn = parsed.render_as_string(hide_password=False)
        self._board = board
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hall-pg-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(10)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._ready.set()
                    while not self._stop.is_set():
                        # Taken out of the generator first: it holds the connection, and a delivery reads
                        # events on it. What arrives meanwhile waits in psycopg's backlog for the next round.
                        notes = list(conn.notifies(timeout=0.5, stop_after=1))
                        self._deliver(conn, [note.payload for note in notes])
            except psycopg.Error:
                log.warning("lost the PostgreSQL notification channel; listening again", exc_info=True)
                self._stop.wait(1)
            except Exception:  # never let the thread end: this process's streams would stop hearing the others
                log.exception("the PostgreSQL listener failed; listening again")
                self._stop.wait(1)
            finally:
                self._ready.set()

    def _deliver(self, conn: psycopg.Connection, payloads: list[str]) -> None:
        moved: dict[str, tuple[int, int]] = {}  # hall → (first, head), several notifications merged
        for payload in payloads:
            hall_id, head, sender, first = [*payload.split(" "), "", "", ""][:4]
            if not head.isdigit() or sender == PROCESS:
                continue
            start = int(first) if first.isdigit() else int(head)
            was = moved.get(hall_id)
            moved[hall_id] = (min(start, was[0]), max(int(head), was[1])) if was else (start, int(head))
        for hall_id, (start, upto) in moved.items():
            after = self._board.wanted_after(hall_id, start, upto)
            appended: list[tuple[int, str]] = []
            if after is not None:
                appended = [(int(seq), str(body)) for seq, body in conn.execute(_NEW_EVENTS, (hall_id, after, upto))]
            self._board.publish(hall_id, upto, appended)

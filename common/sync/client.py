"""The sync loop of one device: push the outbox, pull to the head, keep ticket leases topped up, refresh
the catalogue; then sleep until the stream, a local change or a timer wakes it. While the central
store is unreachable it backs off with jitter and the device keeps working on its own.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from common import wall_clock
from common.device import Change, Device
from common.events import Event
from common.hall_bundle import HallBundle
from common.projection.admission import DeviceKind
from common.sync.backoff import Backoff
from common.sync.central_api import CentralApi, CentralError, PushAnswer, Unreachable, Verdict
from common.sync.status import Connection, Refusal, SyncStatus

log = logging.getLogger("hall.sync")

PUSH_BATCH = 500
PULL_PAGE = 1000
IDLE_POLL_S = 30.0
CATALOGUE_EVERY_S = 60.0
CLOCK_TOLERANCE_MS = 500
MAX_CLOCK_ROUND_TRIP_MS = 1000
STREAMED_MAX = 5000
"""Events carried by the stream kept for the loop at most; beyond that it pulls."""
TOMORROW_FROM_HOUR = 17
"""From this local hour a kiosk also leases tomorrow's first block, so it opens with numbers even offline."""


class SyncClient:
    def __init__(
        self,
        device: Device,
        api: CentralApi,
        status: SyncStatus | None = None,
        *,
        idle_poll_s: float = IDLE_POLL_S,
        backoff: Backoff | None = None,
        wall: Callable[[], datetime] | None = None,
    ) -> None:
        self.device = device
        self.api = api
        api.wall_ms = device.raw_wall_ms
        self.status = status or SyncStatus()
        self.idle_poll_s = idle_poll_s
        self.backoff = backoff or Backoff()
        self._wall = wall or wall_clock.utc_now
        self._wake = asyncio.Event()
        self._announced: int | None = None
        """The newest head the stream announced; None when the stream cannot be trusted to have told us
        (not connected, or the loop woke on its timer), and a pull is needed to know."""
        self._streamed: list[tuple[int, Event]] = []
        """Events the stream carried since the loop last looked, in seq order; applied instead of a pull when
        they follow the cursor without a gap."""
        self._stopping = False
        self._tasks: list[asyncio.Task[None]] = []
        self._catalogue_checked = 0.0
        self._unsubscribe = device.subscribe(self._on_change)
        self.status.update(pending=device.store.pending_count(), head=device.store.cursor)

    # --- running --------------------------------------------------------------------------------

    def start(self) -> None:
        """Run the loop and the stream listener as tasks of the running event loop."""
        self._tasks = [asyncio.ensure_future(self.run()), asyncio.ensure_future(self.listen())]

    async def stop(self) -> None:
        self._stopping = True
        self._unsubscribe()
        self._wake.set()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            try:
                await task
            except asyncio.CancelledError:
                pass
            except BaseException as e:
                # (qasync may run the cancellation of an in-flight connect without a running loop, and anyio
                # then reports it as an exception group: the outbox is on disk and is sent next time).
                log.debug("sync task ended with %r while stopping", e)
        self._tasks = []

    @property
    def hears_the_stream(self) -> bool:
        """The stream is connected and has told this client the head since the loop last looked for itself."""
        return self._announced is not None

    def wake(self) -> None:
        self._wake.set()

    def _on_change(self, change: Change) -> None:
        if change.local:
            self.status.update(pending=self.device.store.pending_count())
            self.wake()

    async def run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                await self.sync_once()
            except Unreachable as e:
                await self._offline(str(e))
                continue
            except CentralError as e:
                log.warning("central store refused the sync: %s", e)
                await self._offline(f"{e.code}: {e.message}")
                continue
            except Exception as e:
                # A fault of ours or of the disk (full, locked): a kiosk left alone for months must not stop
                # syncing for good. Log it whole, show it, wait as when offline, and try again.
                log.exception("sync round failed")
                await self._offline(f"{type(e).__name__}: {e}")
                continue
            self.backoff.reset()
            try:
                await asyncio.wait_for(self._wake.wait(), self.idle_poll_s)
            except TimeoutError:
                self._announced = None  # woken by the timer: look for ourselves

    async def _offline(self, reason: str) -> None:
        value = self.status.value
        since = value.offline_since if value.connection == Connection.OFFLINE and value.offline_since else self._wall()
        self.status.update(
            connection=Connection.OFFLINE,
            offline_since=since,
            last_error=reason,
            pending=self.device.store.pending_count(),
        )
        delay = self.backoff.next_delay()
        log.info("central store unreachable (%s); retrying in %.1f s", reason, delay)
        # A local change does not cut the wait short: retrying on every tap would hammer a dead network.
        await asyncio.sleep(delay)

    async def listen(self) -> None:
        """Follow the stream of new heads (and the events it carries); one newer than ours wakes the loop."""
        backoff = Backoff(base=1.0, cap=30.0)
        while not self._stopping:
            try:
                async for note in self.api.announcements():
                    backoff.reset()
                    if note.events:
                        self._streamed.extend(note.events)
                        del self._streamed[:-STREAMED_MAX]
                    self._announced = max(note.head, self._announced or 0)
                    if note.head > self.device.store.cursor:
                        self.wake()
            except (Unreachable, CentralError) as e:
                log.debug("stream closed: %s", e)
            self._announced = None
            self._streamed.clear()
            if not self._stopping:
                # A lost stream is the first sign of a lost network or a stopped central store: look now rather
                # than at the next poll, so the screens say "offline" within moments.
                self.wake()
                await asyncio.sleep(backoff.next_delay())

    # --- one round ------------------------------------------------------------------------------

    async def sync_once(self) -> None:
        """Push everything pending, pull to the head, top up leases, refresh the catalogue."""
        self.status.update(connection=Connection.SYNCING)
        if self._announced is None or self._announced > self.device.store.cursor:
            self._apply_streamed()
        if self._announced is None or self._announced > self.device.store.cursor:
            await self._pull_to_head()
        for _ in range(1000):  # bounded: each round sends a batch and pulls what it produced
            batch = self.device.store.pending(limit=PUSH_BATCH)
            if not batch:
                break
            answer = await self.api.push(batch, after=self.device.store.cursor)
            self._correct_clock()
            refusals = [(v.id, v.code, v.message) for v in answer.results if v.status == "rejected"]
            if refusals:
                types = {str(e.id): str(e.type) for e in batch}
                self.device.apply_rejected(refusals)
                self.status.refused([Refusal(i, types.get(i, ""), c, m) for i, c, m in refusals])
            if not self._confirm_from_answer(batch, answer):
                self._apply_streamed()
                self._fold_following(answer.events)  # the hall's events after our cursor, ours among them
                if self.device.store.cursor < answer.head:
                    await self._pull_to_head()
            self._acknowledge_stragglers(answer.results)
        if self.device.identity.kind == DeviceKind.KIOSK:
            await self._top_up_leases()
        await self._refresh_catalogue()
        self.status.update(
            connection=Connection.ONLINE,
            offline_since=None,
            last_error="",
            last_synced_at=self._wall(),
            pending=self.device.store.pending_count(),
            head=self.device.store.cursor,
        )

    def _confirm_from_answer(self, batch: list[Event], answer: PushAnswer) -> bool:
        """When the central store put our batch right after our cursor, with nothing from anyone else in
        between, its answer already says everything a pull would bring back: confirm without a pull."""
        cursor = self.device.store.cursor
        accepted = [(v.seq, e) for v, e in zip(answer.results, batch, strict=False) if v.status == "accepted"]
        if len(answer.results) != len(batch) or any(v.status == "duplicate" for v in answer.results):
            return False
        if [seq for seq, _e in accepted] != list(range(cursor + 1, answer.head + 1)):
            return False
        if accepted:
            self.device.apply_confirmed([(seq, e) for seq, e in accepted if seq is not None], cursor=answer.head)
        return True

    def _apply_streamed(self) -> None:
        """Fold the events the stream carried."""
        rows = list(self._streamed)
        self._streamed.clear()
        self._fold_following(rows)

    def _fold_following(self, rows: list[tuple[int, Event]]) -> None:
        """Fold ``rows`` when those past the cursor take it on without a gap (else a pull will)."""
        cursor = self.device.store.cursor
        rows = [(seq, e) for seq, e in rows if seq > cursor]
        if rows and [seq for seq, _e in rows] == list(range(cursor + 1, cursor + 1 + len(rows))):
            self.device.apply_confirmed(rows, cursor=rows[-1][0])

    async def _pull_to_head(self) -> None:
        while True:
            answer = await self.api.pull(self.device.store.cursor, PULL_PAGE)
            self._correct_clock()
            if answer.events:
                self.device.apply_confirmed(answer.events, cursor=answer.events[-1][0])
            if not answer.more:
                return

    def _acknowledge_stragglers(self, verdicts: list[Verdict]) -> None:
        """Events the server already had (accepted or duplicate) at or below our cursor, yet still pending
        here (a crash between a push and its pull): mark them confirmed so they are not sent forever."""
        cursor = self.device.store.cursor
        seqs = {
            v.id: v.seq
            for v in verdicts
            if v.status in ("accepted", "duplicate") and v.seq is not None and v.seq <= cursor
        }
        if not seqs:
            return
        done = [(seqs[str(e.id)], e) for e in self.device.store.pending_among(list(seqs))]
        if done:
            self.device.acknowledge(done)

    def _correct_clock(self) -> None:
        """Follow the central store's clock when a quick round trip shows ours is clearly off: a slow answer
        says little about the time (its midpoint is uncertain by half the round trip)."""
        sample = self.api.last_clock
        if sample is None or sample.round_trip_ms > MAX_CLOCK_ROUND_TRIP_MS:
            return
        drift = sample.offset_ms - self.device.clock.offset_ms
        if abs(drift) > CLOCK_TOLERANCE_MS + sample.round_trip_ms / 2:
            log.warning("device clock is %d ms off the central store; correcting", -sample.offset_ms)
            self.device.set_clock_offset(sample.offset_ms)

    async def _top_up_leases(self) -> None:
        config = self.device.bundle.config
        block = config.queue.lease_block_size
        today = self.device.today()
        days = [today]
        if self.device.now().astimezone(config.zone).hour >= TOMORROW_FROM_HOUR:
            days.append(today + timedelta(days=1))
        left = self.device.store.numbers_left_on(days)
        for category in config.categories:
            for day in days:
                if left.get((category.letter, day), 0) >= max(5, block // 4):
                    continue
                try:
                    lease = await self.api.lease(category.letter, day)
                except CentralError as e:
                    if e.code == "numbers_exhausted":
                        continue  # the fallback range takes over
                    raise
                self.device.store.add_lease(lease.category, lease.day, lease.first, lease.last)

    async def _refresh_catalogue(self) -> None:
        now = time.monotonic()
        if self._catalogue_checked and now - self._catalogue_checked < CATALOGUE_EVERY_S:
            return
        data = await self.api.catalogue(self.device.bundle.version)
        self._catalogue_checked = now
        if data is not None:
            bundle = HallBundle.from_json_dict(data)
            if bundle.version != self.device.bundle.version:
                log.info("hall configuration %s → %s", self.device.bundle.version, bundle.version)
                self.device.set_bundle(bundle)

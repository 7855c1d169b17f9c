"""The window client put together: one ``ClerkSession`` for the console and the citizen screen, both kept
in step with the device (through the bridge) and with the clock (a tick a second for the countdown and the
rating pad's timeout). Calls lost to another window are found here — in a pull's conflicts or in the central
store's refusals — and told on the console. Staff photos are fetched into the cache while online."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from common.device import Change
from common.events import Event, EventError
from common.printing.printer import Printer
from common.projection.violations import RuleViolation
from common.sync.central_api import CentralApi
from common.sync.status import Connection, SyncState, SyncStatus
from common.ui.device_bridge import DeviceBridge
from common.ui.speech import Speaker
from common.window.clerk_session import ClerkSession
from common.window.photo_cache import PhotoCache, RefreshResult
from common.window.rating_pad import RATING_TIMEOUT
from common.window.repeat_guard import RepeatGuard
from window_client.citizen_screen import CitizenScreen
from window_client.console_window import ConsoleWindow
from window_client.rating_pad import RatingChoice
from window_client.refusal_words import refusal_text

log = logging.getLogger("hall.window")

TICK_MS = 1000


class WindowClient(QObject):
    photos_refreshed = Signal(object)
    """A ``RefreshResult`` after the staff photos were fetched."""

    def __init__(
        self,
        bridge: DeviceBridge,
        window: int,
        *,
        speaker: Speaker | None = None,
        printer: Printer | None = None,
        photos: PhotoCache | None = None,
        rating_timeout: timedelta = RATING_TIMEOUT,
        guard: RepeatGuard | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.device = bridge.device
        self.session = ClerkSession(self.device, window, rating_timeout=rating_timeout)
        self.photos = photos
        self.console = ConsoleWindow(self.session, bridge, printer=printer, guard=guard)
        self.citizen = CitizenScreen(speaker)
        self.api: CentralApi | None = None
        self._photo_task: asyncio.Task[None] | None = None
        self._photos_fetched = False

        bridge.state_changed.connect(self._on_state_changed)
        bridge.events_rejected.connect(self._on_events_rejected)
        bridge.config_changed.connect(self._on_config_changed)
        bridge.freshness_changed.connect(self.console.show_freshness)
        self.console.session_changed.connect(self.refresh_citizen)
        self.citizen.rating_submitted.connect(self._on_rating)
        self.citizen.pad_touched.connect(self.session.touch_pad)
        self.citizen.notice_read.connect(self._on_notice_read)

        self._clock = QTimer(self)
        self._clock.setInterval(TICK_MS)
        self._clock.timeout.connect(self.tick)
        self._clock.start()
        self.refresh_citizen()

    # --- keeping in step --------------------------------------------------------------------------------

    def refresh_citizen(self) -> None:
        view = self.session.view()
        photo = self.photos.path(view.clerk.number) if self.photos is not None and view.clerk is not None else None
        bundle = self.device.bundle
        self.citizen.show_view(
            view,
            photo=photo,
            notice_visit=self.session.notice_visit,
            catalogue=bundle.catalogue,
            reasons=tuple(bundle.config.rating.bad_reasons),
        )

    def _on_state_changed(self, change: Change) -> None:
        self.refresh_citizen()  # first: what the citizen sees is what must not lag
        if change.confirmed:
            lost, refused = self.session.conflicts()
            if lost or refused:
                self.console.show_lost(lost, refused)
        if change.local:
            self.console.refresh(queue=False)  # the actions a clerk may press next, at once
        self.console.schedule_refresh()

    def _on_events_rejected(self, rejected: tuple[tuple[Event, str, str], ...]) -> None:
        lost, refused = self.session.refusals(rejected)
        if lost or refused:
            self.console.show_lost(lost, refused)
        self.refresh_citizen()

    def _on_config_changed(self) -> None:
        self.refresh_citizen()
        self.console.refresh()
        self.fetch_photos()

    def tick(self) -> None:
        """Once a second: the pad's timeout, the countdown, the alerts."""
        try:
            if self.session.expire_rating():
                log.info("window %d: the citizen left without rating", self.session.window)
        except RuleViolation as v:  # the visit changed under us (a pull): nothing to record
            log.info("window %d: not rated could not be recorded: %s", self.session.window, v)
        self.citizen.tick(self.session.view())
        self.console.refresh()

    # --- the citizen --------------------------------------------------------------------------------------

    def _on_rating(self, visit_id: str, choice: RatingChoice) -> None:
        try:
            self.session.rate(visit_id, choice.level, choice.reasons, choice.text, choice.contact)
        except RuleViolation as v:
            log.info("window %d: rating refused: %s", self.session.window, v)
            self.citizen.pad.show_error(refusal_text(v.code))
            return
        except EventError as e:
            self.citizen.pad.show_error(refusal_text("invalid", field=e.field))
            return
        log.info("window %d: visit rated %s", self.session.window, choice.level)

    def _on_notice_read(self, visit_id: str) -> None:
        if self.session.notice_visit == visit_id:
            self.session.notice_visit = None
        self.refresh_citizen()

    # --- photos ---------------------------------------------------------------------------------------------

    def follow_sync(self, status: SyncStatus, api: CentralApi) -> None:
        """Fetch the staff photos once the central store is first reached, and after each new roster."""
        self.api = api
        status.subscribe(self._on_sync_state)
        self._on_sync_state(status.value)

    def _on_sync_state(self, state: SyncState) -> None:
        if state.connection == Connection.ONLINE and not self._photos_fetched:
            self.fetch_photos()

    def fetch_photos(self) -> asyncio.Task[None] | None:
        if self.api is None or self.photos is None or (self._photo_task is not None and not self._photo_task.done()):
            return None
        self._photos_fetched = True
        numbers = [s.number for s in self.device.bundle.roster.staff]
        self._photo_task = asyncio.ensure_future(self._fetch(self.api, self.photos, numbers))
        return self._photo_task

    async def _fetch(self, api: CentralApi, photos: PhotoCache, numbers: list[str]) -> None:
        result: RefreshResult = await photos.refresh(api, numbers)
        if result.unreachable:
            self._photos_fetched = False  # try again when next online
        log.info("photos: %d fetched, %d without a photo", len(result.fetched), len(result.missing))
        self.refresh_citizen()
        self.photos_refreshed.emit(result)

    # --- closing ----------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._clock.stop()
        if self._photo_task is not None and not self._photo_task.done():
            self._photo_task.cancel()

    @property
    def photo_folder(self) -> Path | None:
        return self.photos.folder if self.photos is not None else None

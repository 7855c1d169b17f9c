"""A window client (console and citizen screen) on a test device, driven the way a clerk and a citizen drive
it: keys on the console, touches on the citizen screen. The repeat guard runs on a hand-moved clock, so a
test says when two presses are "at once" and when they are a clerk's normal pace."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from sqlalchemy import text

from common.device import Device
from common.events import Event, EventType, parse_event
from common.printing.printer import Printer
from common.speech.engines import RecordingEngine, SilentEngine
from common.ui.device_bridge import DeviceBridge
from common.ui.speech import Speaker
from common.window.photo_cache import PhotoCache, photo_folder
from common.window.rating_pad import RATING_TIMEOUT
from common.window.repeat_guard import RepeatGuard
from window_client.window_client import WindowClient

KEYS = {f"F{n}": getattr(Qt.Key, f"Key_F{n}") for n in range(1, 13)}


@dataclass
class GuardClock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class WindowRig:
    client: WindowClient
    bridge: DeviceBridge
    speaker: Speaker
    engine: RecordingEngine
    clock: GuardClock
    photos: PhotoCache
    printer: Printer | None
    made: list[QWidget] = field(default_factory=list)

    @property
    def device(self) -> Device:
        return self.bridge.device

    @property
    def console(self):  # type: ignore[no-untyped-def]
        return self.client.console

    @property
    def citizen(self):  # type: ignore[no-untyped-def]
        return self.client.citizen

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.client.session

    def later(self, seconds: float = 1.0) -> None:
        """The clerk's next press comes this much later (by the repeat guard's clock)."""
        self.clock.now += seconds

    def key(self, name: str, *, at_once: bool = False) -> None:
        """Press a function key on the console, a moment after the last press unless ``at_once``."""
        if not at_once:
            self.later()
        self.console.activateWindow()
        QApplication.processEvents()
        focus = QApplication.focusWidget()
        target = focus if focus is not None and focus.window() is self.console else self.console
        QTest.keyClick(target, KEYS[name])

    def click(self, button: QAbstractButton, *, at_once: bool = False) -> None:
        if not at_once:
            self.later()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def sign_in(self, staff: str, pin: str) -> None:
        panel = self.console.sign_in
        panel.staff.setText(staff)
        panel.pin.setText(pin)
        QTest.keyClick(panel.pin, Qt.Key.Key_Return)

    def events(self, event_type: EventType, status: str | None = None) -> list[Event]:
        """The events this device made of a type (any status, or only ``status``), in the order made."""
        query = "SELECT body FROM events WHERE local = 1 AND type = :t" + (" AND status = :s" if status else "")
        with self.device.store.engine.connect() as conn:
            rows = conn.execute(text(query + " ORDER BY rowid"), {"t": str(event_type), "s": status}).all()
        return [parse_event(r[0]) for r in rows]

    def close(self) -> None:
        """Stop everything and delete the Qt objects now: a widget left to Python's garbage collector may be
        destroyed in the middle of a later test's event processing."""
        if not shiboken6.isValid(self.client):
            return
        self.client.shutdown()
        self.speaker.close()
        self.bridge.close()
        for obj in (self.client.console, self.client.citizen, *self.made, self.client, self.speaker, self.bridge):
            if shiboken6.isValid(obj):
                if isinstance(obj, QWidget):
                    obj.close()
                obj.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def make_rig(
    device: Device,
    window: int,
    tmp_path: Path,
    *,
    printer: Printer | None = None,
    rating_timeout: timedelta = RATING_TIMEOUT,
    show: bool = True,
) -> WindowRig:
    engine = RecordingEngine()
    speaker = Speaker(engine, fallback=SilentEngine(seconds_per_char=0))
    speaker.start()
    bridge = DeviceBridge(device)
    clock = GuardClock()
    photos = PhotoCache(photo_folder(tmp_path / f"{device.identity.device_id}.db"))
    client = WindowClient(
        bridge,
        window,
        speaker=speaker,
        printer=printer,
        photos=photos,
        rating_timeout=rating_timeout,
        guard=RepeatGuard(clock=clock),
    )
    rig = WindowRig(client, bridge, speaker, engine, clock, photos, printer)
    if show:
        client.citizen.show()
        client.console.show()
        client.console.activateWindow()
        QApplication.processEvents()
    return rig

"""Turns new calls in the board's state into announcements: each call once, oldest first, none stale
(``common.board.call_tracker``), queued on the speaker, which plays them one at a time."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from common.board.call_announcement import call_utterance
from common.board.call_tracker import CallTracker
from common.device import Change
from common.projection.state import Call
from common.ui.device_bridge import DeviceBridge
from common.ui.speech import Speaker

log = logging.getLogger("hall.board")


class CallAnnouncer(QObject):
    call_queued = Signal(object)
    """A ``Call`` was queued for announcement."""

    def __init__(
        self, bridge: DeviceBridge, speaker: Speaker, chime: Path | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._speaker = speaker
        self._chime = chime
        self.tracker = CallTracker(heard=bridge.state.recent_calls)
        self.calls: dict[str, Call] = {}
        """Calls queued, by the key of their utterance (the call's event id)."""
        bridge.state_changed.connect(self._on_state_changed)

    def _on_state_changed(self, _change: Change) -> None:
        device = self._bridge.device
        skipped_before = len(self.tracker.skipped)
        for call in self.tracker.take_new(device.state.recent_calls, device.now()):
            utterance = call_utterance(call, device.bundle.config, self._chime)
            self.calls[utterance.key] = call
            self._speaker.say(utterance)
            log.info(
                "board: announcing %s to window %s%s", call.number, call.window, " (recall)" if call.recall else ""
            )
            self.call_queued.emit(call)
        for call in self.tracker.skipped[skipped_before:]:
            log.info("board: %s to window %s is too old to announce; shown only", call.number, call.window)
        while len(self.calls) > 100:
            del self.calls[next(iter(self.calls))]

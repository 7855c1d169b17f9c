"""The hall board's one screen, landscape (1920x1080) or portrait (1080x1920): hall name and clock, the
latest call large, recent calls, every window's state, the waiting lines, the caption of what is being
said, the notices, and how current it all is.

It only reads: the device's state (through the bridge) and the speaker's reports. The rules live in
``common.board``; this file arranges widgets and keeps them in step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

from common.asset_paths import CHIME
from common.board.board_view import BoardView, board_view
from common.device import Change
from common.freshness import Freshness
from common.projection.state import Call
from common.speech.utterance import Utterance
from common.ui.accessible import make_accessible
from common.ui.captions import CaptionBar
from common.ui.device_bridge import DeviceBridge
from common.ui.i18n import Retranslating, current_language, translate
from common.ui.speech import Speaker
from common.ui.theme import font_family
from kiosk.board.board_style import CAPTION_PX, GAP, MARGIN, stylesheet
from kiosk.board.call_announcer import CallAnnouncer
from kiosk.board.date_clock import DateClock
from kiosk.board.header_bar import HeaderBar
from kiosk.board.latest_call_panel import LatestCallPanel
from kiosk.board.notice_ticker import NoticeTicker
from kiosk.board.recent_calls_panel import RecentCallsPanel
from kiosk.board.status_line import StatusLine
from kiosk.board.waiting_table import WaitingTable
from kiosk.board.window_grid import WindowGrid

LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)
TICK_MS = 1000
REFRESH_EVERY_TICKS = 10
"""The clock moves every second; windows' and waits' time-dependent parts every ten."""
BODY_MARGIN = 16
"""Around and between the panels: narrower than inside them, so the latest call's number has the room."""


def _empty(layout: QLayout) -> None:
    """Take every item out of ``layout`` and its sub-layouts, keeping the widgets."""
    while layout.count():
        item = layout.takeAt(0)
        if item is not None and item.layout() is not None:
            _empty(item.layout())


def _row() -> tuple[QWidget, QHBoxLayout]:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(GAP)
    return row, layout


class BoardWindow(Retranslating, QWidget):
    def __init__(
        self,
        bridge: DeviceBridge,
        speaker: Speaker,
        *,
        portrait: bool = False,
        chime: Path | None = CHIME,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._family = font_family(current_language())
        self.setStyleSheet(stylesheet(self._family))
        self.bridge = bridge
        self.speaker = speaker

        self.header = HeaderBar()
        self.date_clock = DateClock()
        self.latest_call = LatestCallPanel()
        self.recent_calls = RecentCallsPanel()
        self.window_grid = WindowGrid()
        self.waiting = WaitingTable()
        self.captions = CaptionBar(text_px=CAPTION_PX)
        self.captions.setObjectName("captions")
        self.ticker = NoticeTicker()
        self.status = StatusLine()
        self._body = QWidget()
        self._footer = QWidget()
        self._footer.setObjectName("header")  # the footer band looks like the header
        self._footer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._footer_layout = QHBoxLayout(self._footer)
        self._footer_layout.setContentsMargins(MARGIN, 6, MARGIN, 6)
        self._footer_layout.setSpacing(GAP)
        self._status_row, self._status_row_layout = _row()
        """Portrait: how current the board is and the clock, on a row under the hall's name, so the notices
        have the footer's whole width."""
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        root.addWidget(self._body, 1)
        root.addWidget(self.captions)
        root.addWidget(self._footer)

        self.announcer = CallAnnouncer(bridge, speaker, chime, self)
        self.captions.follow(speaker)
        speaker.utterance_started.connect(self._on_utterance_started)
        speaker.utterance_finished.connect(self._on_utterance_finished)
        bridge.state_changed.connect(self._on_state_changed)
        bridge.config_changed.connect(self.refresh)
        bridge.freshness_changed.connect(self._on_freshness_changed)

        self._announcing: Call | None = None
        self._ticks = 0
        self._clock = QTimer(self)
        self._clock.setInterval(TICK_MS)
        self._clock.timeout.connect(self._on_tick)
        self._clock.start()
        self.portrait = portrait
        self.view: BoardView | None = None
        self.set_portrait(portrait)
        self.refresh()

    # --- layout ---------------------------------------------------------------------------------------

    def set_portrait(self, portrait: bool) -> None:
        self.portrait = portrait
        old = self._body.layout()
        if old is not None:
            _empty(old)
            QWidget().setLayout(old)  # an emptied layout goes to a throwaway widget; our panels stay ours
        windows = len(self.bridge.device.bundle.config.windows)
        self.header.remove(self._status_row)
        _empty(self._status_row_layout)
        _empty(self._footer_layout)
        if portrait:
            layout = QVBoxLayout(self._body)
            top = QHBoxLayout()
            top.setSpacing(BODY_MARGIN)
            top.addWidget(self.latest_call, 3)
            top.addWidget(self.recent_calls, 2)
            layout.addLayout(top, 1)
            layout.addWidget(self.window_grid)
            layout.addWidget(self.waiting)
            self.recent_calls.set_shape(columns=1, rows=4)
            self.window_grid.set_columns(3 if windows <= 15 else 4)
            self._status_row_layout.addWidget(self.status, 0)
            self._status_row_layout.addStretch(1)
            self._status_row_layout.addWidget(self.date_clock, 0)
            self.header.add_below(self._status_row)
            self._status_row.show()
            self._footer_layout.addWidget(self.ticker, 1)
            self.captions.set_lines(2)
        else:
            layout = QHBoxLayout(self._body)
            left = QVBoxLayout()
            left.setSpacing(BODY_MARGIN)
            left.addWidget(self.latest_call, 1)
            left.addWidget(self.recent_calls)
            layout.addLayout(left, 550)
            layout.addWidget(self.window_grid, 630)
            layout.addWidget(self.waiting, 676)
            self.recent_calls.set_shape(columns=1, rows=2)
            self.window_grid.set_columns(2 if windows <= 12 else 3)
            self._footer_layout.addWidget(self.ticker, 1)
            self._footer_layout.addWidget(self.status, 0)
            self._footer_layout.addWidget(self.date_clock, 0)
            self._status_row.hide()
            self.captions.set_lines(1)
        layout.setContentsMargins(BODY_MARGIN, BODY_MARGIN, BODY_MARGIN, BODY_MARGIN)
        layout.setSpacing(BODY_MARGIN)
        self.resize(*(PORTRAIT if portrait else LANDSCAPE))
        self.refresh()

    # --- what it shows --------------------------------------------------------------------------------

    def refresh(self) -> None:
        device = self.bridge.device
        config = device.bundle.config
        now = device.now()
        view = board_view(device.state, config, now, recent=self.recent_calls.capacity + 1)
        self.view = view
        self.header.show_hall(view.hall_name, view.hall_name_en)
        self.date_clock.show_time(view.now)
        shown = self._announcing or (view.calls[0] if view.calls else None)
        self.latest_call.show_call(shown, speaking=self._announcing is not None)
        others = tuple(c for c in view.calls if shown is None or c.ticket_id != shown.ticket_id)
        self.recent_calls.show_calls(others)
        self.window_grid.show_windows(view.windows)
        self.waiting.show_categories(view.categories)
        self.ticker.set_notices(view.notices)
        self.status.show_status(self.bridge.freshness, now)
        self.retranslate()

    def retranslate(self) -> None:
        family = font_family(current_language())
        if family != self._family:
            self._family = family
            self.setStyleSheet(stylesheet(family))
        call = self.latest_call.call
        speech = self.latest_call.accessibleName() if call else translate("BoardWindow", "No number called yet")
        make_accessible(
            self,
            translate("BoardWindow", "Call board"),
            translate(
                "BoardWindow", "Numbers called, each window's state and the waiting lines; calls are also spoken."
            ),
            speech=speech,
        )
        self.captions.set_idle_text(translate("BoardWindow", "Every call spoken is shown here as text."))

    def shown(self) -> dict[str, object]:
        """What a person in the hall reads on the board now, as plain values (the control channel's
        ``state`` reports it, so tests and automation can see the real program's screen)."""
        return {
            "latest": {
                "number": self.latest_call.number.text(),
                "tag": self.latest_call.tag.text(),
                "window": self.latest_call.window.text(),
            },
            "recent": self.recent_calls.shown_numbers(),
            "windows": {
                str(n): {"phase": tile.property("phase"), "state": tile.state.text()}
                for n, tile in self.window_grid.tiles.items()
            },
            "waiting": [shown.text() for _name, shown in self.waiting.rows if not shown.isHidden()],
            "freshness": self.status.freshness.text(),
            "caption": self.captions.caption,
        }

    # --- slots ----------------------------------------------------------------------------------------

    def _on_state_changed(self, _change: Change) -> None:
        self.refresh()

    def _on_freshness_changed(self, status: Freshness) -> None:
        self.status.show_status(status, self.bridge.device.now())

    def _on_utterance_started(self, utterance: Utterance) -> None:
        call = self.announcer.calls.get(utterance.key)
        if call is not None:
            self._announcing = call
            self.refresh()

    def _on_utterance_finished(self, utterance: Utterance, _completed: bool) -> None:
        if self._announcing is not None and utterance.key == self._announcing.event_id:
            self._announcing = None
            self.refresh()

    def _on_tick(self) -> None:
        self._ticks += 1
        if self._ticks % REFRESH_EVERY_TICKS == 0:
            self.refresh()
            return
        device = self.bridge.device
        now = device.now()
        self.date_clock.show_time(device.bundle.config.local(now))
        self.status.show_status(self.bridge.freshness, now)

    def shutdown(self) -> None:
        """Stop the clock and the ticker; the app closes the speaker, the bridge and the device."""
        self._clock.stop()
        self.ticker.set_running(False)

"""What the window holds now, for the clerk: the number called or served, its category and channel, how
many times it was called, how long the visit has run — and how the citizen's rating of the last visit
stands on the pad (waiting, given, or recorded as not rated)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QVBoxLayout, QWidget

from common.projection.state import Visit
from common.ratings_scale import RatingLevel
from common.ui.i18n import Retranslating, current_language, translate
from common.ui.theme import Surface, TextRole, set_surface
from common.window.window_view import PadPhase, WindowPhase, WindowView
from window_client.rating_pad import level_text
from window_client.widgets import text_label
from window_client.window_words import channel_text


class CurrentPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("current_panel")
        set_surface(self, Surface.CARD)
        self.state = text_label("held_state", TextRole.HEADING)
        self.number = text_label("held_number", TextRole.DISPLAY)
        self.detail = text_label("held_detail", wrap=True)
        self.pad = text_label("pad_state", wrap=True, muted=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(4)
        for w in (self.state, self.number, self.detail, self.pad):
            layout.addWidget(w)
        self.view: WindowView | None = None
        self.pad_left_s: int | None = None
        self.last_visit: Visit | None = None
        self.last_level: RatingLevel | None = None
        self.retranslate()

    def show_view(
        self, view: WindowView, *, pad_left_s: int | None, last_visit: Visit | None, last_level: RatingLevel | None
    ) -> None:
        self.view, self.pad_left_s, self.last_visit, self.last_level = view, pad_left_s, last_visit, last_level
        self.retranslate()

    def retranslate(self) -> None:
        view = self.view
        if view is None:
            return
        if view.ticket is None:
            self.state.setText(
                translate("CurrentPanel", "Paused")
                if view.phase == WindowPhase.PAUSED
                else translate("CurrentPanel", "Nobody called")
            )
            self.number.setText("—")
            self.detail.setText(
                translate("CurrentPanel", "Press F8 to resume.")
                if view.phase == WindowPhase.PAUSED
                else translate("CurrentPanel", "Press F1 to call the next number.")
            )
        else:
            serving = view.phase == WindowPhase.SERVING
            self.state.setText(
                translate("CurrentPanel", "Serving") if serving else translate("CurrentPanel", "Calling")
            )
            self.number.setText(view.ticket)
            name = view.category_name_en if current_language() == "en" and view.category_name_en else view.category_name
            parts = [f"{view.category} {name}".strip()]
            if channel_text(view.channel):
                parts.append(channel_text(view.channel))
            if not serving:
                parts.append(translate("CurrentPanel", "calls: {n}").format(n=view.calls))
            if view.called_at is not None:
                minutes = _minutes(view.now, view.called_at)
                parts.append(translate("CurrentPanel", "{n} min since the call").format(n=minutes))
            self.detail.setText(" · ".join(parts))
        self.pad.setText(self._pad_text(view))
        self.pad.setVisible(bool(self.pad.text()))

    def _pad_text(self, view: WindowView) -> str:
        if view.pad == PadPhase.RATE and view.rating_visit is not None:
            left = self.pad_left_s if self.pad_left_s is not None else 0
            return translate("CurrentPanel", "Rating of {number}: the citizen is rating ({n} s left)").format(
                number=view.rating_visit.number, n=max(left, 0)
            )
        visit, level = self.last_visit, self.last_level
        if visit is None:
            return ""
        if level is not None:
            return translate("CurrentPanel", "Rating of {number}: {level}").format(
                number=visit.number, level=level_text(level)
            )
        if visit.skipped_rating:
            return translate("CurrentPanel", "Rating of {number}: not rated (recorded)").format(number=visit.number)
        return ""


def _minutes(now: datetime, then: datetime) -> int:
    return max(int((now - then).total_seconds() // 60), 0)

"""The queue at a glance: waiting per category this window serves and the estimated wait, the next
tickets it would call, the kiosks' help requests (item and step) with "take" and "resolved", and the
alerts — windows left unattended (不得空岗), a peak, this window's own pause running long, being offline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from common.freshness import Freshness
from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, current_language, translate
from common.ui.theme import Surface, set_surface
from common.window.queue_glance import HelpLine, QueueGlance
from common.window.window_view import WindowView
from window_client.widgets import clear_layout, push_button, text_label
from window_client.window_words import channel_text, help_kind_text, window_name


def _section(name: str) -> QWidget:
    label = text_label(name)
    label.setProperty("section", "true")
    return label


class QueuePanel(Retranslating, QWidget):
    help_taken = Signal(str)
    help_resolved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue_panel")
        set_surface(self, Surface.CARD)
        self.alerts_title = _section("alerts_title")
        self.alerts = QWidget()
        self.alerts.setObjectName("alerts")
        self._alerts = QVBoxLayout(self.alerts)
        self._alerts.setContentsMargins(0, 0, 0, 0)
        self.waiting_title = _section("waiting_title")
        self._categories = QGridLayout()
        self._categories.setHorizontalSpacing(18)
        self._categories.setVerticalSpacing(4)
        self.next_title = _section("next_title")
        self._next = QVBoxLayout()
        self._next.setSpacing(2)
        self.help_title = _section("help_title")
        self._help = QVBoxLayout()
        self._help.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self.alerts_title)
        layout.addWidget(self.alerts)
        layout.addWidget(self.waiting_title)
        layout.addLayout(self._categories)
        layout.addWidget(self.next_title)
        layout.addLayout(self._next)
        layout.addWidget(self.help_title)
        layout.addLayout(self._help)
        layout.addStretch(1)
        self.glance: QueueGlance | None = None
        self.view: WindowView | None = None
        self.freshness = Freshness()
        self.now: datetime | None = None
        self._live = False
        self.alert_texts: list[str] = []
        self.help_rows: dict[str, tuple[QWidget, ...]] = {}

    def show_glance(self, glance: QueueGlance, view: WindowView, freshness: Freshness, now: datetime) -> None:
        live = freshness.is_live(now)
        unchanged = (glance, view.pause, live) == (self.glance, self.view.pause if self.view else None, self._live)
        self.glance, self.view, self.freshness, self.now, self._live = glance, view, freshness, now, live
        if not unchanged or not live:
            self.retranslate()

    def retranslate(self) -> None:
        self.alerts_title.setText(translate("QueuePanel", "Alerts"))
        self.waiting_title.setText(translate("QueuePanel", "Waiting for this window"))
        self.next_title.setText(translate("QueuePanel", "Next numbers"))
        self.help_title.setText(translate("QueuePanel", "Help requests from the kiosks"))
        glance, view = self.glance, self.view
        if glance is None or view is None:
            return
        self._show_alerts(glance, view)
        clear_layout(self._categories)
        for row, c in enumerate(glance.categories):
            name = c.name_en if current_language() == "en" and c.name_en else c.name
            cells = [
                f"{c.letter} {name}",
                translate("QueuePanel", "{n} waiting").format(n=c.waiting),
                translate("QueuePanel", "about {n} min").format(n=c.wait_minutes) if c.waiting else "",
                translate("QueuePanel", "longest {n} min").format(n=c.longest_minutes) if c.waiting else "",
            ]
            for col, text in enumerate(cells):
                label = text_label(f"category_{c.letter}_{col}")
                label.setText(text)
                self._categories.addWidget(label, row, col)
        clear_layout(self._next)
        if not glance.next:
            self._next.addWidget(self._line("next_none", translate("QueuePanel", "Nobody is waiting.")))
        for t in glance.next:
            marks = [m for m in (channel_text(t.channel),) if m]
            if t.sent_here:
                marks.append(translate("QueuePanel", "sent to this window"))
            if t.requeued:
                marks.append(translate("QueuePanel", "back after no-show"))
            text = translate("QueuePanel", "{number} · waiting {n} min").format(number=t.number, n=t.waited_minutes)
            self._next.addWidget(self._line(f"next_{t.number}", " · ".join([text, *marks])))
        if glance.waiting > len(glance.next):
            more = translate("QueuePanel", "… {n} more").format(n=glance.waiting - len(glance.next))
            self._next.addWidget(self._line("next_more", more))
        clear_layout(self._help)
        self.help_rows = {}
        if not glance.help:
            self._help.addWidget(self._line("help_none", translate("QueuePanel", "No open requests.")))
        for line in glance.help:
            self._help.addWidget(self._help_row(line))

    def _show_alerts(self, glance: QueueGlance, view: WindowView) -> None:
        texts: list[tuple[str, bool]] = []
        for alert in glance.unattended:
            texts.append(
                (
                    translate("QueuePanel", "{window} unattended: paused {n} min ({reason})").format(
                        window=window_name(alert.window), n=int(alert.minutes), reason=alert.reason
                    ),
                    True,
                )
            )
        if view.pause is not None and view.pause.overdue:
            texts.append((translate("QueuePanel", "Your pause has run past its expected end."), True))
        if glance.peak:
            texts.append((translate("QueuePanel", "Peak: many people waiting. Open more windows if you can."), True))
        if self.now is not None and not self.freshness.is_live(self.now):
            minutes = self.freshness.age_minutes(self.now)
            if minutes is None:
                texts.append((translate("QueuePanel", "Not connected to the central store yet."), False))
            else:
                texts.append(
                    (translate("QueuePanel", "Offline: the queue is as of {n} min ago.").format(n=minutes), False)
                )
        if not texts:
            texts.append((translate("QueuePanel", "None."), False))
        self.alert_texts = [t for t, _ in texts]
        clear_layout(self._alerts)
        for i, (text, loud) in enumerate(texts):
            label = self._line(f"alert_{i}", text)
            label.setProperty("alert", "true" if loud else "false")
            self._alerts.addWidget(label)

    def _line(self, name: str, text: str) -> QWidget:
        label = text_label(name, wrap=True)
        label.setText(text)
        return label

    def _help_row(self, line: HelpLine) -> QWidget:
        row = QWidget()
        row.setObjectName(f"help_{line.request_id}")
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        what = [help_kind_text(line.kind)]
        if line.item_name:
            what.append(line.item_name)
        if line.step:
            what.append(translate("QueuePanel", "step: {step}").format(step=line.step))
        if line.note:
            what.append(line.note)
        what.append(translate("QueuePanel", "{device}, {n} min ago").format(device=line.device_id, n=line.minutes))
        label = self._line(f"help_text_{line.request_id}", " · ".join(what))
        box.addWidget(label, 1)
        if line.taken_here:
            button = push_button(f"help_resolve_{line.request_id}")
            button.setText(translate("QueuePanel", "Resolved"))
            button.clicked.connect(lambda _=False, r=line.request_id: self.help_resolved.emit(r))
            make_accessible(button, button.text(), translate("QueuePanel", "Mark this help request resolved"))
        else:
            button = push_button(f"help_take_{line.request_id}", secondary=True)
            button.setText(translate("QueuePanel", "Take"))
            button.clicked.connect(lambda _=False, r=line.request_id: self.help_taken.emit(r))
            make_accessible(button, button.text(), translate("QueuePanel", "This window takes the help request"))
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.help_rows[line.request_id] = (label, button)
        return row

"""Content taller than the screen (a service guide, a list of items), with large "up" and "down" buttons
beside it: elderly users find buttons easier than flicking, and a screen reader can reach them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate
from kiosk.widgets.parts import button


class ScrollPage(Retranslating, QWidget):
    def __init__(self, content: QWidget, name: str = "scroll") -> None:
        super().__init__()
        self.setObjectName(name)
        self.area = QScrollArea()
        self.area.setObjectName(f"{name}_area")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setWidget(content)
        content.setAutoFillBackground(False)
        self.area.viewport().setAutoFillBackground(False)
        self.up: QPushButton = button(f"{name}_up", secondary=True, first_tap_acts=True)
        self.down: QPushButton = button(f"{name}_down", secondary=True, first_tap_acts=True)
        self.up.clicked.connect(lambda: self._page(-1))
        self.down.clicked.connect(lambda: self._page(1))
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.up)
        side.addStretch(1)
        side.addWidget(self.down)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.area, 1)
        layout.addLayout(side)
        bar = self.area.verticalScrollBar()
        bar.rangeChanged.connect(self._update_buttons)
        bar.valueChanged.connect(self._update_buttons)
        self.retranslate()

    def _page(self, direction: int) -> None:
        bar = self.area.verticalScrollBar()
        bar.setValue(bar.value() + direction * max(bar.pageStep() - 80, 80))

    def to_top(self) -> None:
        self.area.verticalScrollBar().setValue(0)

    def _update_buttons(self) -> None:
        bar = self.area.verticalScrollBar()
        self.up.setEnabled(bar.value() > bar.minimum())
        self.down.setEnabled(bar.value() < bar.maximum())

    def retranslate(self) -> None:
        self.up.setText(translate("ScrollPage", "▲ Up"))
        self.down.setText(translate("ScrollPage", "▼ Down"))
        make_accessible(self.up, translate("ScrollPage", "Scroll up"), translate("ScrollPage", "Shows the part above."))
        make_accessible(
            self.down, translate("ScrollPage", "Scroll down"), translate("ScrollPage", "Shows the part below.")
        )

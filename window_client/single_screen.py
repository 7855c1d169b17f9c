"""Both windows of the window client side by side in one (``--single-screen``): for the demo, or a desk
with one monitor and no rating tablet. The clerk's console on the left, the citizen screen on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate

SIZE = (2560, 1080)


class SingleScreen(Retranslating, QWidget):
    def __init__(self, console: QWidget, citizen: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("single_screen")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(console)
        self.splitter.addWidget(citizen)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([SIZE[0] * 5 // 11, SIZE[0] * 6 // 11])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.resize(*SIZE)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SingleScreen", "Window client"))
        make_accessible(self, self.windowTitle(), translate("SingleScreen", "Clerk console and citizen screen"))

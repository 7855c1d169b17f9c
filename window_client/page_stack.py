"""A stack of pages that takes the size of the page shown, not of its largest page: a screen laid out for
1920x1080 in elder mode must not grow because a page it is not showing (the keypad) would need more."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._on_current_changed)

    def addWidget(self, widget: QWidget) -> int:
        index = super().addWidget(widget)
        self._on_current_changed(self.currentIndex())
        return index

    def _on_current_changed(self, index: int) -> None:
        for i in range(self.count()):
            page = self.widget(i)
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.updateGeometry()

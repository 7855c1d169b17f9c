"""The clerk's actions as buttons, each with its function key shown on it, in the order of a visit:
call, recall, start, finish, no-show, transfer, requeue, pause/resume, hand over, close. The keys work
anywhere in the console (a window shortcut); a held-down key repeats nothing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from common.ui.accessible import make_accessible
from common.ui.i18n import Retranslating, translate


@dataclass(frozen=True, slots=True)
class Action:
    name: str
    key: str


ACTIONS = (
    Action("call_next", "F1"),
    Action("recall", "F2"),
    Action("start", "F3"),
    Action("finish", "F4"),
    Action("no_show", "F5"),
    Action("transfer", "F6"),
    Action("requeue", "F7"),
    Action("pause", "F8"),
    Action("handover", "F9"),
    Action("close", "F10"),
)
KEYS = {a.name: a.key for a in ACTIONS}


def action_text(name: str, paused: bool = False) -> tuple[str, str]:
    """The button's words and what it does."""
    texts = {
        "call_next": (
            translate("ActionBar", "Call next"),
            translate("ActionBar", "Call the next number to this window"),
        ),
        "recall": (translate("ActionBar", "Recall"), translate("ActionBar", "Call the same number again")),
        "start": (translate("ActionBar", "Start service"), translate("ActionBar", "The citizen has arrived")),
        "finish": (translate("ActionBar", "Finish"), translate("ActionBar", "Record the outcome and end the visit")),
        "no_show": (translate("ActionBar", "No-show"), translate("ActionBar", "The citizen did not come")),
        "transfer": (translate("ActionBar", "Transfer"), translate("ActionBar", "Send to another category or window")),
        "requeue": (translate("ActionBar", "Requeue"), translate("ActionBar", "Put a returning no-show back in line")),
        "pause": (
            (translate("ActionBar", "Resume"), translate("ActionBar", "Take down the pause sign"))
            if paused
            else (translate("ActionBar", "Pause"), translate("ActionBar", "Put up the pause sign"))
        ),
        "handover": (translate("ActionBar", "Hand over"), translate("ActionBar", "Another clerk takes this window")),
        "close": (translate("ActionBar", "Close window"), translate("ActionBar", "End the shift and sign out")),
    }
    return texts[name]


class ActionBar(Retranslating, QWidget):
    triggered = Signal(str)

    def __init__(self, shortcut_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_bar")
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: dict[str, QShortcut] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for i, action in enumerate(ACTIONS):
            button = QPushButton()
            button.setObjectName(f"action_{action.name}")
            button.setProperty("kind", "action")
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, n=action.name: self.triggered.emit(n))
            self.buttons[action.name] = button
            grid.addWidget(button, i // 2, i % 2)
            shortcut = QShortcut(QKeySequence(action.key), shortcut_parent)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(lambda n=action.name: self._on_key(n))
            self.shortcuts[action.name] = shortcut
        self.paused = False
        self.retranslate()

    def _on_key(self, name: str) -> None:
        if self.buttons[name].isEnabled():
            self.triggered.emit(name)

    def set_enabled(self, enabled: dict[str, bool], *, paused: bool) -> None:
        for name, button in self.buttons.items():
            button.setEnabled(enabled.get(name, False))
        if paused != self.paused:
            self.paused = paused
            self.retranslate()

    def retranslate(self) -> None:
        for action in ACTIONS:
            words, description = action_text(action.name, self.paused)
            button = self.buttons[action.name]
            button.setText(f"{action.key}  {words}")
            make_accessible(button, words, f"{description} ({action.key})")

"""The Qt binding keeps Python's reference counts right. PySide6 6.12.0 returned None from every Qt method
that returns nothing without taking a reference to it; on Python 3.11, where None is not immortal, the
board died with "Fatal Python error: none_dealloc" after a few minutes of repainting. pyproject.toml
bounds the version below 6.12; this test says whether a candidate release may lift the bound."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

CALLS = 200


def test_qt_calls_that_return_nothing_do_not_drop_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    font = QFont()
    label.setText("预热")
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText(str(i))
        label.setVisible(False)
        font.setPixelSize(20)
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 2, f"{lost} references to None lost in {CALLS * 3} Qt calls"

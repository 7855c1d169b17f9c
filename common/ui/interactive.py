"""Which widgets a person operates (presses, types into, slides): the controls the accessibility audit
holds to target sizes and names, and the ones tap-to-hear reads before they act. Its own module, so a
screen drawn before anything else is loaded does not load the audit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
)

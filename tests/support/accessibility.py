"""``assert_accessible``: the shared accessibility audit as a test assertion with a readable failure."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from common.readability import DisplayMode
from common.ui.accessibility_audit import audit, format_findings


def assert_accessible(widget: QWidget, mode: DisplayMode) -> None:
    """Fail, listing every finding, unless ``widget`` (shown and laid out) meets the rules of ``mode``."""
    findings = audit(widget, mode)
    if findings:
        pytest.fail(
            f"{len(findings)} accessibility finding(s) on {type(widget).__name__} in {mode.value} mode:\n"
            + format_findings(findings),
            pytrace=False,
        )

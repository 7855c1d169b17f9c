"""Screenshots of screens for people to look at: a widget rendered offscreen at a given size and saved
as PNG in ``$HALL_SCREENSHOTS`` (default ``screenshots/`` at the repository root, git-ignored)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from common.asset_paths import SCREENSHOTS


def screenshot_dir() -> Path:
    folder = Path(os.environ.get("HALL_SCREENSHOTS") or SCREENSHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


SETTLE_ROUNDS = 4
"""Nested layouts settle one level per round of posted events; four covers the screens' depth."""


def settle(widget: QWidget, size: tuple[int, int] | None = None) -> None:
    """Let pending layout and paint work finish (at ``size``, if given), so what is grabbed is what a
    person would see after the event loop had run a moment."""
    for _ in range(SETTLE_ROUNDS):
        if size is not None and (widget.width(), widget.height()) != size:
            widget.resize(*size)
        if widget.layout() is not None:
            widget.layout().activate()
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def save_screenshot(widget: QWidget, name: str, size: tuple[int, int] | None = None) -> Path:
    """Render ``widget`` (at ``size`` if given) and save it as ``<name>.png``; return the path."""
    if not widget.isVisible():
        widget.show()
    settle(widget, size)
    path = screenshot_dir() / f"{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path

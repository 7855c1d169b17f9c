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


def settle(widget: QWidget) -> None:
    """Let pending layout and paint work finish, so what is grabbed is what a person would see."""
    if widget.layout() is not None:
        widget.layout().activate()
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def save_screenshot(widget: QWidget, name: str, size: tuple[int, int] | None = None) -> Path:
    """Render ``widget`` (at ``size`` if given) and save it as ``<name>.png``; return the path."""
    if size is not None:
        widget.resize(*size)
    if not widget.isVisible():
        widget.show()
    settle(widget)
    path = screenshot_dir() / f"{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path

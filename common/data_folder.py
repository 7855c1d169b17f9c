"""Where Hall keeps a device's data when its settings do not say: its own light module, so a program can
find its store before it loads the settings' validation."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """Where Hall keeps its data: ``$XDG_DATA_HOME/hall``, else ``~/.local/share/hall``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "hall"


def default_store() -> Path:
    """The device's store when its settings name none."""
    return data_dir() / "device.db"

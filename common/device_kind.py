"""What a device is: a kiosk, a window client, a board, or the central store itself. Its own module so a
program can name its kind (settings, arguments) before it loads the hall's rules."""

from __future__ import annotations

from enum import StrEnum


class DeviceKind(StrEnum):
    KIOSK = "kiosk"
    WINDOW = "window"
    BOARD = "board"
    CENTRAL = "central"
    """The central store itself, for the events it makes (default ratings)."""

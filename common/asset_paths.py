"""Where Hall's files live next to the code: assets (sample hall, sounds) and the Qt Linguist translations."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
SAMPLE_HALL = ASSETS / "sample_hall"
CHIME = ASSETS / "sounds" / "chime.wav"
"""The two-note chime before each call on the board (``scripts/make_chime.py``)."""
I18N = ROOT / "i18n"
SCREENSHOTS = ROOT / "screenshots"
"""The default folder for screenshots written by tests (git-ignored); ``HALL_SCREENSHOTS`` overrides it."""

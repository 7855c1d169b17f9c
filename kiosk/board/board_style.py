"""The board's look: a dark navy screen with white text and gold call numbers, read from 10 m away.

All text is at least elder-mode size (32 px) and at least 7:1 against its background; the latest call's
number is drawn with every character at least 160 px tall (``CALL_DIGITS_LEAST_PX``), readable from 10 m.
A window's state is told by its words first and its colour second (gold: calling, amber: paused, grey:
closed, teal: a new clerk), so it reads without colour vision too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from common.ui.theme import FONT_FAMILY, TextRole, set_role

SCREEN = "#061A3A"
PANEL = "#0C2A5B"
HEADER = "#0A2F66"
TEXT = "#FFFFFF"
MUTED = "#C8D4E8"
GOLD = "#FFD75E"
CALLING_BG = GOLD
CALLING_TEXT = "#0A1F44"
PAUSED_BG = "#4A3608"
PAUSED_TEXT = "#FFE2A3"
CLOSED_BG = "#1A2A44"
CLOSED_TEXT = "#BCC6D6"
HANDOVER_BG = "#0B4744"
HANDOVER_TEXT = "#D8FFF6"
ATTENTION_BG = "#FFC857"
ATTENTION_TEXT = "#1F1400"

BODY_PX = 36
SMALL_PX = 32
HEADING_PX = 48
CLOCK_PX = 56
CALL_NUMBER_PX = 260
"""The largest font size of the latest call's number; it shrinks from here to fit its panel."""
CALL_DIGITS_LEAST_PX = 160
"""How tall the latest call's number is drawn, at least: the ink of its shortest character, not the font
size (Noto Sans CJK's capitals and digits are about 0.73 of it, so this takes a font of about 220 px)."""
CALL_WINDOW_PX = 56
RECENT_NUMBER_PX = 44
TILE_NUMBER_PX = 40
CAPTION_PX = 44
NOTICE_LEAST_CHARACTERS = 26
"""The notice line shows at least this many characters at once, so a phrase reads whole as it passes."""

MARGIN = 24
GAP = 20
RADIUS = 16


def stylesheet(family: str = FONT_FAMILY) -> str:
    return f"""
* {{ font-family: "{family}"; font-size: {BODY_PX}px; color: {TEXT}; background: transparent; }}
#board {{ background-color: {SCREEN}; }}
#header {{ background-color: {HEADER}; }}
[panel="true"] {{ background-color: {PANEL}; border-radius: {RADIUS}px; }}
[role="heading"] {{ font-size: {HEADING_PX}px; font-weight: bold; }}
[muted="true"] {{ color: {MUTED}; }}
[small="true"] {{ font-size: {SMALL_PX}px; }}
#clock {{ font-size: {CLOCK_PX}px; font-weight: bold; }}
#call_tag {{ color: {GOLD}; font-weight: bold; }}
#tile_name {{ font-size: {TILE_NUMBER_PX}px; font-weight: bold; }}
#call_number {{ color: {GOLD}; font-weight: bold; }}
#call_window {{ font-size: {CALL_WINDOW_PX}px; font-weight: bold; }}
#recent_number {{ color: {GOLD}; font-size: {RECENT_NUMBER_PX}px; font-weight: bold; }}
[phase] {{ border-radius: {RADIUS - 4}px; background-color: {PANEL}; border: 2px solid #1F4A8A; }}
[phase="calling"] {{ background-color: {CALLING_BG}; border-color: {CALLING_BG}; }}
[phase="calling"] QLabel {{ color: {CALLING_TEXT}; }}
[phase="paused"] {{ background-color: {PAUSED_BG}; border-color: {PAUSED_BG}; }}
[phase="paused"] QLabel {{ color: {PAUSED_TEXT}; }}
[phase="closed"] {{ background-color: {CLOSED_BG}; border-color: {CLOSED_BG}; }}
[phase="closed"] QLabel {{ color: {CLOSED_TEXT}; }}
[phase="handover"] {{ background-color: {HANDOVER_BG}; border-color: {HANDOVER_BG}; }}
[phase="handover"] QLabel {{ color: {HANDOVER_TEXT}; }}
#status[attention="true"] {{ background-color: {ATTENTION_BG}; border-radius: 8px; }}
#status[attention="true"] QLabel {{ color: {ATTENTION_TEXT}; }}
"""


def board_label(
    name: str = "",
    *,
    heading: bool = False,
    muted: bool = False,
    small: bool = False,
    wrap: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
) -> QLabel:
    """A label styled for the board: ``name`` is its object name (for the style sheet and for tests)."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    set_role(label, TextRole.HEADING if heading else TextRole.BODY)
    if muted:
        label.setProperty("muted", "true")
    if small:
        label.setProperty("small", "true")
    label.setWordWrap(wrap)
    label.setAlignment(align)
    return label


def mark_panel(widget: QWidget) -> None:
    """Paint ``widget`` as one of the board's rounded panels."""
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    widget.setProperty("panel", "true")

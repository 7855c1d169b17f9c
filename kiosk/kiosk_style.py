"""The kiosk's look on top of the shared theme (``common.ui.theme``): the blue bands at top and bottom,
tiles (large buttons with a title and a line of detail), choice buttons that stay lit when chosen, the
on-screen keyboard, the ticket's very large number. Elder mode is the same rules with the elder theme's
sizes, so every screen changes with one ``apply_theme`` call."""

from __future__ import annotations

from common.readability import DisplayMode
from common.ui.theme import LIGHT, Theme, font_family, theme_for

TICKET_NUMBER_PX = {DisplayMode.NORMAL: 150, DisplayMode.ELDER: 190}
CODE_PX = {DisplayMode.NORMAL: 48, DisplayMode.ELDER: 64}
"""An appointment code or a case number being typed: large, spaced, easy to check."""
CANDIDATE_PX = {DisplayMode.NORMAL: 36, DisplayMode.ELDER: 44}
"""A pinyin candidate on the on-screen keyboard: hanzi large enough to tell 己 from 已 at arm's length."""
ON_PRIMARY_MUTED = "#DCE6F5"
"""Detail text on a blue tile: 8.7:1 on the primary blue."""
CHOSEN_BORDER = "#E89B00"
ELDER_TOGGLE = "#FFC857"
ELDER_TOGGLE_TEXT = "#1F1400"
"""The elder-mode toggle stands out on the blue band: warm, dark text at 13:1."""
RING_FOCUS = 'QPushButton[focus_ring="true"]:focus, QToolButton[focus_ring="true"]:focus'
"""A button shows the focus ring only when a person moved the focus to it (``kiosk.focus_ring``)."""
SCREEN_SIZE = (1920, 1080)
"""The kiosk's screen: a 1080p touch screen, landscape."""


def kiosk_stylesheet(theme: Theme, language: str) -> str:
    p = theme.palette
    pad = theme.spacing
    mode = theme.mode
    family = font_family(language)
    return (
        theme.stylesheet()
        .replace('"Noto Sans CJK SC"', f'"{family}"')
        .replace("QPushButton:focus, QToolButton:focus", RING_FOCUS)
        + f"""
#kiosk {{ background-color: {p.screen}; }}
QLabel#hall_name, QPushButton[tile] QLabel[role="body"][detail="false"] {{ font-weight: bold; }}
QPushButton, QToolButton {{ padding: 0px {pad}px; border: 5px solid {p.primary}; }}
QPushButton[kind="secondary"], QToolButton[kind="secondary"] {{ border: 5px solid {p.primary}; }}
{RING_FOCUS} {{ border: 5px solid {p.focus}; }}
QPushButton:disabled {{ border: 5px dashed {p.border}; }}
QLineEdit {{ border: 4px solid {p.text_muted}; }}
QLineEdit:focus {{ border: 4px solid {p.primary}; }}
QPushButton[tile="primary"], QPushButton[tile="secondary"] {{ padding: {pad // 2}px {pad}px; text-align: left; }}
QPushButton[tile="primary"] QLabel {{ color: {p.text_on_primary}; background: transparent; }}
QPushButton[tile="primary"] QLabel[detail="true"] {{ color: {ON_PRIMARY_MUTED}; }}
QPushButton[tile="secondary"] QLabel {{ color: {p.primary}; background: transparent; }}
QPushButton[tile="secondary"] QLabel[detail="true"] {{ color: {p.text_muted}; }}
QPushButton[tile="chosen"] {{ background-color: {p.primary}; border: 5px solid {CHOSEN_BORDER}; }}
QPushButton[tile="chosen"] QLabel {{ color: {p.text_on_primary}; background: transparent; }}
QPushButton[tile="off"] {{ background-color: {p.screen}; border: 3px dashed {p.border}; }}
QPushButton[tile="off"] QLabel {{ color: {p.text_muted}; background: transparent; }}
QPushButton:checked {{
    background-color: {p.primary}; color: {p.text_on_primary}; border: 5px solid {CHOSEN_BORDER};
}}
QPushButton#elder_toggle {{
    background-color: {ELDER_TOGGLE}; color: {ELDER_TOGGLE_TEXT}; border-color: {ELDER_TOGGLE};
}}
QPushButton#elder_toggle[focus_ring="true"]:focus {{ border: 5px solid #FFFFFF; }}
QPushButton[key="true"] {{ padding: 0px; font-weight: bold; border-width: 3px; }}
QPushButton[key="true"][kind="secondary"] {{ background-color: {p.card}; }}
QPushButton[key="true"][kind="secondary"]:checked {{
    background-color: {p.primary}; color: {p.text_on_primary}; border: 3px solid {CHOSEN_BORDER};
}}
QPushButton[candidate="true"] {{ font-size: {CANDIDATE_PX[mode]}px; font-weight: normal; }}
QPushButton#candidates_previous, QPushButton#candidates_next {{ font-size: {CANDIDATE_PX[mode]}px; }}
QLabel[composition="true"] {{ font-weight: bold; }}
QLineEdit[code="true"] {{ font-size: {CODE_PX[mode]}px; font-weight: bold; letter-spacing: 4px; }}
QLabel#ticket_number {{ font-size: {TICKET_NUMBER_PX[mode]}px; font-weight: bold; color: {p.accent}; }}
QLabel#code_shown {{ font-size: {CODE_PX[mode]}px; font-weight: bold; color: {p.accent}; }}
QLabel[badge="true"] {{
    background-color: {p.attention}; color: {p.text_on_attention}; border-radius: {theme.radius // 2}px;
    padding: 2px {pad // 2}px; font-weight: bold;
}}
QFrame[rule="true"] {{ background-color: {p.border}; max-height: 2px; min-height: 2px; }}
"""
    )


def kiosk_theme(mode: DisplayMode) -> Theme:
    return theme_for(mode)


__all__ = ["LIGHT", "SCREEN_SIZE", "kiosk_stylesheet", "kiosk_theme"]

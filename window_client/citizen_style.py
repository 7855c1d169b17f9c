"""The citizen-facing screen's look, in normal and elder (长辈) mode: the shared theme (its sizes and
colours meet ``common.readability``) plus this screen's own large figures: the number called, the pause
sign's countdown, the rating pad's faces. Every colour pair here is at least 7:1, so elder mode needs no
other colours."""

from __future__ import annotations

from dataclasses import dataclass

from common.readability import DisplayMode
from common.ui.theme import ELDER, FONT_FAMILY, LIGHT, NORMAL, Theme

PAUSE_BG = "#FFF1D6"
PAUSE_TEXT = "#4A2F00"
PAUSE_EDGE = "#B86E00"
ALERT_TEXT = "#7A1010"
SELECTED_BG = "#E3ECFA"
HANDOVER_BG = "#DDF4EE"
HANDOVER_TEXT = "#0B3D33"
PHOTO_EDGE = "#8A96A8"


@dataclass(frozen=True, slots=True)
class CitizenSizes:
    number_px: int
    """The number called or served."""
    countdown_px: int
    face_px: int
    photo: tuple[int, int]
    compact_photo: tuple[int, int]
    card_width: int
    """The identity card's width beside the stage; narrower while the citizen rates."""
    compact_card_width: int
    margin: int
    gap: int


SIZES = {
    DisplayMode.NORMAL: CitizenSizes(
        number_px=160,
        countdown_px=112,
        face_px=112,
        photo=(240, 320),
        compact_photo=(120, 160),
        card_width=340,
        compact_card_width=250,
        margin=28,
        gap=18,
    ),
    DisplayMode.ELDER: CitizenSizes(
        number_px=220,
        countdown_px=140,
        face_px=132,
        photo=(270, 360),
        compact_photo=(150, 200),
        card_width=400,
        compact_card_width=300,
        margin=32,
        gap=22,
    ),
}


def theme_of(mode: DisplayMode) -> Theme:
    return ELDER if mode == DisplayMode.ELDER else NORMAL


def citizen_stylesheet(mode: DisplayMode, family: str = FONT_FAMILY) -> str:
    theme, sizes, p = theme_of(mode), SIZES[mode], LIGHT
    base = theme.stylesheet().replace(f'font-family: "{FONT_FAMILY}"', f'font-family: "{family}"')
    return (
        base
        + f"""
#citizen_screen {{ background-color: {p.screen}; }}
#call_number {{ font-size: {sizes.number_px}px; font-weight: bold; color: {p.accent}; }}
#countdown {{ font-size: {sizes.countdown_px}px; font-weight: bold; color: {PAUSE_TEXT}; }}
#pause_sign, #lunch_sign {{
    background-color: {PAUSE_BG}; border: 4px solid {PAUSE_EDGE}; border-radius: {theme.radius}px;
}}
#pause_sign QLabel, #lunch_sign QLabel {{ color: {PAUSE_TEXT}; }}
#pause_sign QLabel#pause_overdue {{ color: {ALERT_TEXT}; }}
#handover_banner {{ background-color: {HANDOVER_BG}; border-radius: {theme.radius}px; }}
#handover_banner QLabel {{ color: {HANDOVER_TEXT}; }}
#photo {{ background-color: {p.card}; border: 2px solid {PHOTO_EDGE}; }}
QToolButton[pad="level"] {{
    background-color: {p.card}; color: {p.text}; border: 3px solid {p.border};
    padding: {theme.spacing // 2}px;
}}
QToolButton[pad="level"]:focus {{ border: 5px solid {p.focus}; }}
QPushButton[pad="choice"] {{
    background-color: {p.card}; color: {p.text}; border: 3px solid {p.border}; padding: 4px 10px;
}}
QPushButton[pad="key"] {{ padding: 4px 10px; }}
#elder_toggle {{ padding: 4px 16px; }}
#handover_text {{ font-weight: bold; }}
#reason_scroll, #reason_holder {{ background-color: {p.screen}; }}
QPushButton[pad="choice"]:checked {{
    background-color: {SELECTED_BG}; color: {p.primary}; border: 5px solid {p.primary};
}}
QPushButton[pad="choice"]:focus {{ border: 5px solid {p.focus}; }}
QPushButton[pad="choice"]:checked:focus {{ border: 5px solid {p.focus}; }}
#contact_display {{ background-color: {p.card}; border: 3px solid {p.border}; border-radius: {theme.radius // 2}px; }}
#pad_message {{ color: {ALERT_TEXT}; }}
QLineEdit {{ placeholder-text-color: {p.text_muted}; }}
"""
    )

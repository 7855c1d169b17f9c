"""Design tokens and the style sheet built from them, for normal and elder (长辈) mode on a 1080p screen.

A calm government-service look: deep blue and white, dark text, one warm accent for attention. Sizes are
pixel sizes (never points), so a 1080p kiosk shows what the readability rules in ``common.readability``
count. Widgets say *what* a piece of text is (``set_role``) and *where* it sits (``set_surface``); the
style sheet decides how that looks, so elder mode is one ``apply_theme`` call, not a change in every widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from common.readability import DisplayMode, ReadabilityRules, rules_for

FONT_FAMILY = "Noto Sans CJK SC"
"""Installed by ``fonts-noto-cjk``; its line spacing (1.45) meets the 1.3 rule, DejaVu's (1.15) would not."""
FONT_FAMILIES = {"zh_TW": "Noto Sans CJK TC"}
"""Traditional Chinese readers expect the Taiwan glyph forms; the TC cut has them (same metrics)."""


def font_family(language: str) -> str:
    return FONT_FAMILIES.get(language, FONT_FAMILY)


class TextRole(StrEnum):
    """What a piece of text is; the audit holds headings to the heading size and everything else to body."""

    BODY = "body"
    HEADING = "heading"
    TITLE = "title"
    DISPLAY = "display"
    """Very large figures: a ticket number, the board's latest call."""
    CAPTION = "caption"
    """The caption bar (字幕): body-sized at least, usually larger."""


HEADING_ROLES = frozenset({TextRole.HEADING, TextRole.TITLE, TextRole.DISPLAY})


class Surface(StrEnum):
    """Where a widget sits; each surface has a background and the text colours that read on it."""

    SCREEN = "screen"
    CARD = "card"
    BAND = "band"
    """The deep blue header and footer bands."""
    ATTENTION = "attention"
    """Warm, for what needs a look: a paused window, an offline notice."""


@dataclass(frozen=True, slots=True)
class Palette:
    screen: str
    card: str
    band: str
    attention: str
    text: str
    text_muted: str
    text_on_band: str
    text_on_attention: str
    primary: str
    """Buttons and links."""
    text_on_primary: str
    accent: str
    """Emphasis on light surfaces (a number called)."""
    focus: str
    """The focus ring: thick and warm, visible on blue and on white."""
    border: str


LIGHT = Palette(
    screen="#F2F5FA",
    card="#FFFFFF",
    band="#0B3A7E",
    attention="#FFF1D6",
    text="#161B24",
    text_muted="#39434F",
    text_on_band="#FFFFFF",
    text_on_attention="#4A2F00",
    primary="#0B3A7E",
    text_on_primary="#FFFFFF",
    accent="#A31818",
    focus="#E89B00",
    border="#8A96A8",
)


@dataclass(frozen=True, slots=True)
class TypeScale:
    body: int
    heading: int
    title: int
    display: int
    caption: int

    def size(self, role: TextRole) -> int:
        return int(getattr(self, role.value))


NORMAL_TYPE = TypeScale(body=20, heading=30, title=36, display=64, caption=26)
ELDER_TYPE = TypeScale(body=32, heading=48, title=58, display=104, caption=42)


@dataclass(frozen=True, slots=True)
class Theme:
    mode: DisplayMode
    palette: Palette
    type: TypeScale
    spacing: int
    radius: int

    @property
    def rules(self) -> ReadabilityRules:
        return rules_for(self.mode)

    @property
    def target_px(self) -> int:
        return self.rules.target_px

    def font(self, role: TextRole = TextRole.BODY, *, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPixelSize(self.type.size(role))
        font.setBold(bold or role in HEADING_ROLES)
        return font

    def stylesheet(self) -> str:
        p, t = self.palette, self.type
        pad = self.spacing
        return f"""
* {{ font-family: "{FONT_FAMILY}"; font-size: {t.body}px; color: {p.text}; }}
[surface="screen"] {{ background-color: {p.screen}; }}
[surface="card"] {{ background-color: {p.card}; border-radius: {self.radius}px; }}
[surface="band"] {{ background-color: {p.band}; }}
[surface="band"] * {{ color: {p.text_on_band}; }}
[surface="attention"] {{ background-color: {p.attention}; border-radius: {self.radius}px; }}
[surface="attention"] * {{ color: {p.text_on_attention}; }}
[role="heading"] {{ font-size: {t.heading}px; font-weight: bold; }}
[role="title"] {{ font-size: {t.title}px; font-weight: bold; }}
[role="display"] {{ font-size: {t.display}px; font-weight: bold; }}
[role="caption"] {{ font-size: {t.caption}px; }}
[muted="true"] {{ color: {p.text_muted}; }}
[accent="true"] {{ color: {p.accent}; }}
QPushButton, QToolButton {{
    min-width: {self.target_px}px; min-height: {self.target_px}px;
    padding: {pad // 2}px {pad}px; border-radius: {self.radius}px;
    background-color: {p.primary}; color: {p.text_on_primary}; border: 3px solid {p.primary};
}}
QPushButton[kind="secondary"], QToolButton[kind="secondary"] {{
    background-color: {p.card}; color: {p.primary}; border: 3px solid {p.primary};
}}
QPushButton:focus, QToolButton:focus {{ border: 5px solid {p.focus}; }}
QPushButton:disabled {{ background-color: {p.card}; color: {p.text_muted}; border: 3px dashed {p.border}; }}
QLineEdit {{
    min-height: {self.target_px}px; padding: 0 {pad // 2}px; background-color: {p.card};
    border: 3px solid {p.border}; border-radius: {self.radius // 2}px;
}}
QLineEdit:focus {{ border: 4px solid {p.focus}; }}
"""


NORMAL = Theme(DisplayMode.NORMAL, LIGHT, NORMAL_TYPE, spacing=16, radius=10)
ELDER = Theme(DisplayMode.ELDER, LIGHT, ELDER_TYPE, spacing=24, radius=14)


def theme_for(mode: DisplayMode) -> Theme:
    return ELDER if mode == DisplayMode.ELDER else NORMAL


def set_role(widget: QWidget, role: TextRole) -> None:
    widget.setProperty("role", role.value)
    repolish(widget)


def role_of(widget: QWidget) -> TextRole:
    value = widget.property("role")
    try:
        return TextRole(value) if value else TextRole.BODY
    except ValueError:
        return TextRole.BODY


def set_surface(widget: QWidget, surface: Surface) -> None:
    """Paint ``widget`` as ``surface``; a plain ``QWidget`` needs ``WA_StyledBackground`` for that."""
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    widget.setProperty("surface", surface.value)
    repolish(widget)


def set_flag(widget: QWidget, name: str, on: bool = True) -> None:
    """A style flag such as ``muted`` or ``accent``."""
    widget.setProperty(name, "true" if on else "false")
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def apply_theme(target: QApplication | QWidget, theme: Theme, extra: str = "") -> None:
    """Style ``target`` (the app, or one window) with ``theme``; ``extra`` adds an app's own rules."""
    target.setStyleSheet(theme.stylesheet() + extra)

"""What a citizen-facing screen must meet to be readable, in normal and elder (长辈) mode.

Clause 5.3.4.10 (适老化) in numbers for a 1080p screen, from issue 4: elder mode has body text of at least
32 px and headings of at least 48 px (1.6 times normal), line spacing of at least 1.3, text contrast of at
least 7:1 (4.5:1 in normal mode) and touch targets of at least 96 x 96 px (60 x 60 px in normal mode).
The theme is built to these rules and the accessibility audit checks screens against them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DisplayMode(StrEnum):
    NORMAL = "normal"
    ELDER = "elder"  # 长辈模式


ELDER_SCALE = 1.6
"""How much larger elder-mode text is than normal text."""


@dataclass(frozen=True, slots=True)
class ReadabilityRules:
    body_px: int
    """The smallest text allowed anywhere on the screen."""
    heading_px: int
    """The smallest heading."""
    line_spacing: float
    """Baseline-to-baseline distance as a multiple of the font's pixel size."""
    contrast: float
    """The least text-to-background contrast ratio (WCAG 2 definition)."""
    target_px: int
    """The least width and height of anything a finger must hit."""


RULES = {
    DisplayMode.NORMAL: ReadabilityRules(body_px=20, heading_px=30, line_spacing=1.3, contrast=4.5, target_px=60),
    DisplayMode.ELDER: ReadabilityRules(body_px=32, heading_px=48, line_spacing=1.3, contrast=7.0, target_px=96),
}


def rules_for(mode: DisplayMode) -> ReadabilityRules:
    return RULES[mode]


RGB = tuple[int, int, int]


def parse_hex(color: str) -> RGB:
    """``#1a2b3c`` (or ``1a2b3c``) to ``(26, 43, 60)``."""
    text = color.strip().removeprefix("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    r, g, b = rgb
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2 contrast ratio, from 1 (same colour) to 21 (black on white); the order does not matter."""
    a, b = relative_luminance(first), relative_luminance(second)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)

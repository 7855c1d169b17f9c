"""The clerk console's look: the shared theme in normal mode (it is read at arm's length, by mouse and
keyboard) with the console's own parts — message tones, the status chip, the number held."""

from __future__ import annotations

from common.ui.theme import FONT_FAMILY, LIGHT, NORMAL

DONE_BG = "#E4F3E8"
DONE_TEXT = "#0E4A22"
REFUSED_BG = "#FDE7E7"
REFUSED_TEXT = "#7A1010"
LOST_BG = "#FFF1D6"
LOST_TEXT = "#4A2F00"
ALERT_BG = "#7A1010"
ALERT_TEXT = "#FFFFFF"
PAUSED_BG = "#FFC857"
PAUSED_TEXT = "#1F1400"


def console_stylesheet(family: str = FONT_FAMILY) -> str:
    p, t = LIGHT, NORMAL.type
    base = NORMAL.stylesheet().replace(f'font-family: "{FONT_FAMILY}"', f'font-family: "{family}"')
    return (
        base
        + f"""
#console {{ background-color: {p.screen}; }}
#message_bar[tone="done"] {{ background-color: {DONE_BG}; }}
#message_bar[tone="done"] QLabel {{ color: {DONE_TEXT}; }}
#message_bar[tone="refused"] {{ background-color: {REFUSED_BG}; }}
#message_bar[tone="refused"] QLabel {{ color: {REFUSED_TEXT}; }}
#message_bar[tone="lost"] {{ background-color: {LOST_BG}; border-bottom: 4px solid #B86E00; }}
#message_bar[tone="lost"] QLabel {{ color: {LOST_TEXT}; font-weight: bold; }}
#status_chip {{ border-radius: 8px; padding: 4px 12px; background-color: {p.card}; color: {p.primary}; }}
#status_chip[state="paused"] {{ background-color: {PAUSED_BG}; color: {PAUSED_TEXT}; }}
#status_chip[state="unattended"] {{ background-color: {ALERT_BG}; color: {ALERT_TEXT}; }}
#held_number {{ font-size: 72px; font-weight: bold; color: {p.accent}; }}
#alerts QLabel[alert="true"] {{ color: {REFUSED_TEXT}; font-weight: bold; }}
QListWidget {{ background-color: {p.card}; border: 2px solid {p.border}; border-radius: 6px; font-size: {t.body}px; }}
QListWidget::item {{ padding: 6px; }}
QListWidget::item:selected {{ background-color: #E3ECFA; color: {p.text}; }}
QDateEdit, QSpinBox, QComboBox {{
    min-height: 44px; padding: 0 8px; background-color: {p.card}; border: 2px solid {p.border}; border-radius: 6px;
}}
QLineEdit {{ min-height: 44px; border-width: 2px; placeholder-text-color: {p.text_muted}; }}
QPushButton {{ min-height: 44px; min-width: 44px; padding: 4px 14px; }}
QPushButton[kind="action"] {{ min-height: 52px; text-align: left; }}
QPushButton:checked {{ background-color: {p.card}; color: {p.primary}; border: 4px solid {p.focus}; }}
QCheckBox {{ spacing: 10px; }}
QCheckBox::indicator {{ width: 24px; height: 24px; }}
[section="true"] {{ font-size: {t.heading - 6}px; font-weight: bold; color: {p.primary}; }}
"""
    )

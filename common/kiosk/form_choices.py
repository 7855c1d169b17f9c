"""The fixed choices of the kiosk's short forms. A citizen taps choices instead of typing Chinese on a
touch screen; what is recorded is the hall's own wording (Chinese), whatever language the screen is in,
so the staff who answer read one language."""

from __future__ import annotations

from dataclasses import dataclass

from common.events import HelpKind


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    recorded: str
    """What goes into the event, for the staff."""


FEEDBACK_TOPICS = (
    Choice("materials_unclear", "材料要求说不清楚"),
    Choice("many_trips", "跑了多次仍未办成"),
    Choice("passed_around", "窗口或部门之间推来推去"),
    Choice("refused_no_reason", "不予受理又不说明理由"),
    Choice("system_down", "系统故障办不了"),
    Choice("too_slow", "超过承诺时限仍未办结"),
    Choice("other", "其他问题"),
)
"""办不成事反映: what went wrong, as people put it."""

HELP_KINDS = (HelpKind.ASSIST, HelpKind.ACCESSIBILITY, HelpKind.SELF_SERVICE_STUCK)
"""帮办代办 first: the kinds of help a citizen can ask for at the kiosk."""


def feedback_text(codes: list[str]) -> str:
    """The recorded text of the chosen topics, in the order the form lists them."""
    chosen = [c.recorded for c in FEEDBACK_TOPICS if c.code in codes]
    if not chosen:
        raise ValueError("choose at least one topic")
    return "；".join(chosen)

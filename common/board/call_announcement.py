"""What the board says and captions for a call: the hall's template (``请A001号到3号窗口办理``) after the
chime, spoken ``repeat`` times in the hall's language, then once in the second language if the hall has
one; the caption shows both texts as written.

Ticket numbers are spoken digit by digit, as halls call them ("A 0 1 2", 零幺二, not "A twelve"); espeak-ng
would otherwise read ``A012`` as "A zero twelve" and ``A120`` as "A 一百二十".
"""

from __future__ import annotations

from pathlib import Path

from common.hall_config import HallConfig
from common.projection.state import Call
from common.speech.spoken_number import spoken_number
from common.speech.utterance import Part, Policy, Sound, Speech, Utterance

CAPTION_JOINER = "  /  "
"""Between the two languages of a caption: one line where it fits, wrapped where it does not."""


def _languages(config: HallConfig) -> tuple[str, str]:
    main = config.languages[0] if config.languages else "zh_CN"
    second = next((lang for lang in config.languages[1:] if lang != main), "en")
    return main, second


def _fill(template: str, call: Call, config: HallConfig, number: str) -> str:
    letter = call.number[:1]
    try:
        name = config.category(letter).name
    except KeyError:
        name = ""
    return template.format(number=number, window=call.window, category=letter, name=name)


def call_captions(call: Call, config: HallConfig) -> tuple[str, ...]:
    """The call as text, in the hall's language and then the second one (if any)."""
    texts = [_fill(config.announcement.template, call, config, call.number)]
    if config.announcement.second_template:
        texts.append(_fill(config.announcement.second_template, call, config, call.number))
    return tuple(texts)


def call_utterance(call: Call, config: HallConfig, chime: Path | None) -> Utterance:
    """The announcement of ``call``: chime, the call ``repeat`` times, the second language once."""
    main, second = _languages(config)
    rule = config.announcement
    parts: list[Part] = [Sound(chime)] if chime is not None else []
    spoken = Speech(_fill(rule.template, call, config, spoken_number(call.number, main)), main)
    parts += [spoken] * rule.repeat
    if rule.second_template:
        parts.append(Speech(_fill(rule.second_template, call, config, spoken_number(call.number, second)), second))
    return Utterance(
        caption=CAPTION_JOINER.join(call_captions(call, config)),
        parts=tuple(parts),
        policy=Policy.ANNOUNCEMENT,
        key=call.event_id,
    )

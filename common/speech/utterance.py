"""What is to be heard, and shown as a caption while it is heard."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

_ids = itertools.count(1)
_issued_lock = threading.Lock()
_last_issued = 0


def _next_id() -> int:
    global _last_issued  # noqa: PLW0603 - one counter for the process, as the ids are
    with _issued_lock:
        _last_issued = next(_ids)
        return _last_issued


def last_issued_id() -> int:
    """The id of the newest utterance made so far: every utterance made after this call has a larger one."""
    with _issued_lock:
        return _last_issued


@dataclass(frozen=True, slots=True)
class Speech:
    text: str
    language: str
    """A UI language code: ``zh_CN``, ``zh_TW`` or ``en``; the engine picks the voice."""


@dataclass(frozen=True, slots=True)
class Sound:
    """A recorded sound, such as the chime before a call."""

    path: Path


Part = Speech | Sound


class Policy(StrEnum):
    READ_ALOUD = "read_aloud"
    """A screen or control read aloud: a newer read-aloud replaces it, ``stop`` cuts it short."""
    ANNOUNCEMENT = "announcement"
    """A call on the board: queued, played whole, never cut off by the next one."""


@dataclass(frozen=True, slots=True)
class Utterance:
    """One unit of speech and caption: its parts play one after another while ``caption`` is shown."""

    caption: str
    parts: tuple[Part, ...]
    policy: Policy = Policy.READ_ALOUD
    key: str = ""
    """What the app knows it by (the call's event id), to match reports to what it asked for."""
    id: int = field(default_factory=_next_id)

    @classmethod
    def read_aloud(cls, text: str, language: str, key: str = "") -> Utterance:
        return cls(caption=text, parts=(Speech(text, language),), policy=Policy.READ_ALOUD, key=key)

    @property
    def spoken(self) -> tuple[Speech, ...]:
        return tuple(p for p in self.parts if isinstance(p, Speech))

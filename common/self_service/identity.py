"""Who the citizen is: an identity provider behind an interface (an ID-card reader, the provincial
unified login's code, a face check in a real hall). The sample hall ships a demo provider, marked as one
wherever it shows. An identity lives in memory for one flow only: the ID number is never stored in clear
(a keyed hash and a masked form are what leave the flow)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from common.privacy import hash_id_number, mask_id_number, mask_name


class IdentityError(Exception):
    """The citizen could not be identified: ``kind`` is ``no_card``, ``refused`` or ``unavailable``."""

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        super().__init__(message)


@dataclass(frozen=True, slots=True, repr=False)
class CitizenIdentity:
    name: str
    id_number: str
    source: str
    """The provider that vouched for it (for the log, never the number)."""
    demo: bool = False

    def __repr__(self) -> str:  # never the number in a log line or a traceback
        return f"CitizenIdentity({self.masked_name}, {self.masked_id}, {self.source})"

    @property
    def masked_name(self) -> str:
        return mask_name(self.name)

    @property
    def masked_id(self) -> str:
        return mask_id_number(self.id_number)

    def key(self, salt: bytes) -> str:
        """A keyed hash: the same person is recognised, the number is never kept."""
        return hash_id_number(self.id_number, salt)


class IdentityProvider(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def demo(self) -> bool:
        """True for a provider that identifies nobody real (shown as 演示 / demo)."""
        ...

    def identify(self) -> CitizenIdentity:
        """Read the card / code / face now; raise ``IdentityError`` if nobody could be identified."""
        ...


DEMO_CITIZEN = CitizenIdentity(name="张建国", id_number="11010519491231002X", source="demo", demo=True)
"""A made-up person with a made-up (well-formed) ID number: the demo provider's only citizen."""


class DemoIdentityProvider:
    """Identifies the demo citizen on every call. Not an identity check: for the sample hall and tests."""

    name = "demo"
    demo = True

    def __init__(self, citizen: CitizenIdentity = DEMO_CITIZEN) -> None:
        self.citizen = citizen
        self.calls = 0

    def identify(self) -> CitizenIdentity:
        self.calls += 1
        return self.citizen

"""Staff work photos kept next to the window client's store, so the citizen screen shows the clerk's
photo (clause 5.3.1) when the network is down. Fetched from the central store while online; a photo
that cannot be fetched again keeps the copy already here."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from common.staff import STAFF_NUMBER_PATTERN
from common.sync.central_api import CentralApi, CentralError, Unreachable

log = logging.getLogger("hall.photos")

SUFFIXES = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}
MAX_BYTES = 2_000_000
_STAFF_NUMBER = re.compile(STAFF_NUMBER_PATTERN)


def photo_folder(store: Path) -> Path:
    """Where a device's photos live: beside its store (``window.db`` → ``window.photos/``)."""
    return store.with_name(store.stem + ".photos")


def _suffix(data: bytes) -> str | None:
    for magic, suffix in SUFFIXES.items():
        if data.startswith(magic):
            return suffix
    return None


@dataclass
class RefreshResult:
    fetched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    """The central store has no photo for these staff numbers (404 ``no_photo``)."""
    unreachable: bool = False
    """The refresh stopped because the central store could not be reached; try again later."""


class PhotoCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, staff_number: str) -> Path | None:
        """The photo kept for ``staff_number``, or None if none was ever fetched."""
        if not _valid(staff_number):
            return None
        for suffix in SUFFIXES.values():
            candidate = self.folder / f"{staff_number}{suffix}"
            if candidate.exists():
                return candidate
        return None

    def store(self, staff_number: str, data: bytes) -> Path:
        """Keep ``data`` as the photo of ``staff_number``, replacing the old copy in one step."""
        if not _valid(staff_number):
            raise ValueError(f"not a staff number: {staff_number!r}")
        suffix = _suffix(data)
        if suffix is None or len(data) > MAX_BYTES:
            raise ValueError(f"the photo of {staff_number} is not a PNG or JPEG image of at most 2 MB")
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{staff_number}{suffix}"
        temporary = target.with_suffix(suffix + ".part")
        with temporary.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        temporary.replace(target)
        for other in SUFFIXES.values():
            if other != suffix:
                (self.folder / f"{staff_number}{other}").unlink(missing_ok=True)
        return target

    async def refresh(self, api: CentralApi, numbers: Iterable[str]) -> RefreshResult:
        """Fetch each staff member's photo; stop at the first sign the central store is unreachable.
        Raises nothing for a network failure (``Unreachable``): the result says so."""
        result = RefreshResult()
        for number in dict.fromkeys(numbers):
            if not _valid(number):
                continue
            try:
                data = await api.photo(number)
            except Unreachable as e:
                log.info("photos: central store unreachable (%s); keeping the photos here", e)
                result.unreachable = True
                return result
            except CentralError as e:
                if e.code == "no_photo" or e.status == 404:
                    result.missing.append(number)
                    continue
                log.warning("photos: %s refused: %s", number, e)
                continue
            try:
                self.store(number, data)
            except ValueError as e:
                log.warning("photos: %s", e)
                continue
            result.fetched.append(number)
        return result


def _valid(number: str) -> bool:
    return _STAFF_NUMBER.fullmatch(number) is not None

"""Paper materials that no e-certificate replaces are scanned: a scanner behind an interface. The demo
reads a file the citizen (or a test) picks, as a stand-in for the kiosk's document camera."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

MAX_SCAN_BYTES = 20 * 1024 * 1024


class ScanError(Exception):
    """Nothing was scanned: cancelled, unreadable, too large."""


@dataclass(frozen=True, slots=True)
class Scan:
    material: str
    file_name: str
    size: int
    sha256: str
    """The scan is identified by its digest in the case record; the image goes to the back office."""


class Scanner(Protocol):
    @property
    def demo(self) -> bool: ...

    def scan(self, material: str) -> Scan:
        """Scan one material now; ``ScanError`` if nothing was scanned."""
        ...


class FilePickerScanner:
    """The demo scanner: ``pick`` returns a file (a dialog in the kiosk, a path in tests) or None."""

    demo = True

    def __init__(self, pick: Callable[[str], Path | None]) -> None:
        self.pick = pick

    def scan(self, material: str) -> Scan:
        path = self.pick(material)
        if path is None:
            raise ScanError("no file was chosen")
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ScanError(f"the file cannot be read ({e.strerror})") from None
        if not data:
            raise ScanError("the file is empty")
        if len(data) > MAX_SCAN_BYTES:
            raise ScanError("the file is larger than 20 MB")
        return Scan(material, path.name, len(data), hashlib.sha256(data).hexdigest())

"""Which Qt Linguist catalogue holds which strings: one per part of the product, so that work on the kiosk
and on the window client never edits the same translation file. Qt-free, for the update script and tests."""

from __future__ import annotations

from pathlib import Path

from common.asset_paths import ROOT

CATALOGUES: dict[str, tuple[str, ...]] = {
    "hall": ("common/ui", "kiosk/board"),
    "kiosk": ("kiosk",),
    "window": ("window_client",),
}
"""Each catalogue and the folders its strings come from; a folder claimed by another catalogue is left out
of a wider one (the kiosk's catalogue does not hold the board's strings)."""


def catalogue_sources(name: str, root: Path = ROOT) -> list[Path]:
    """The Python files whose ``translate(...)`` strings belong to catalogue ``name``."""
    claimed = [f for other, folders in CATALOGUES.items() if other != name for f in folders]
    files = []
    for folder in CATALOGUES[name]:
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            narrower = [c for c in claimed if rel.startswith(c + "/") and len(c) > len(folder)]
            if not narrower:
                files.append(path)
    return sorted(files)


def has_strings(name: str, root: Path = ROOT) -> bool:
    """Whether any file of the catalogue shows a translatable string (a new part starts with none)."""
    return any("translate(" in p.read_text(encoding="utf-8") for p in catalogue_sources(name, root))

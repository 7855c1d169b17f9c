"""A hall as one validated unit: configuration, staff roster and catalogue, loaded from a folder.

``load_hall`` is the one function that the demo, the central store's ``load-hall`` command and the
tests use. A malformed hall is refused with the file, the field and the reason.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from common.catalogue import Catalogue
from common.field_error import field_of
from common.hall_config import HallConfig
from common.staff import Roster

HALL_FILE = "hall.toml"
STAFF_FILE = "staff.toml"
CATALOGUE_FILE = "catalogue.toml"

M = TypeVar("M", bound=BaseModel)


class HallFileError(ValueError):
    """A hall file that cannot be used: which file, which field, and why."""

    def __init__(self, file: str, field: str, reason: str, subject: str = "") -> None:
        self.file = file
        self.field = field
        self.reason = reason
        self.subject = subject
        """What the field belongs to, by name (``item BDC-009, form field 'lost_date'``), where known."""
        where = f"{file}: {field}" if field else file
        super().__init__(f"{where}: {subject}: {reason}" if subject else f"{where}: {reason}")


@dataclass(frozen=True)
class HallBundle:
    config: HallConfig
    roster: Roster
    catalogue: Catalogue
    version: str
    """A digest of everything above: devices compare it to know when to refresh."""

    @property
    def hall_id(self) -> str:
        return self.config.id

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "config": self.config.model_dump(mode="json"),
            "roster": self.roster.model_dump(mode="json"),
            "catalogue": self.catalogue.model_dump(mode="json"),
        }

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> HallBundle:
        """Rebuild a bundle sent by the central store (or cached on a device), checking it again."""
        config = _validate(HallConfig, data.get("config"), "config")
        roster = _validate(Roster, data.get("roster"), "roster")
        catalogue = _validate(Catalogue, data.get("catalogue"), "catalogue")
        _cross_check(config, roster, catalogue, photos_dir=None)
        version = data.get("version")
        return cls(
            config,
            roster,
            catalogue,
            version if isinstance(version, str) and version else _digest(config, roster, catalogue),
        )


def load_hall(folder: Path | str) -> HallBundle:
    """Read and validate ``hall.toml``, ``staff.toml`` and ``catalogue.toml`` in ``folder``."""
    root = Path(folder)
    if not root.is_dir():
        raise HallFileError(str(root), "", "is not a folder holding a hall")
    config = _validate(HallConfig, _read_toml(root / HALL_FILE), HALL_FILE)
    roster = _validate(Roster, _read_toml(root / STAFF_FILE), STAFF_FILE)
    catalogue = _validate(Catalogue, _read_toml(root / CATALOGUE_FILE), CATALOGUE_FILE)
    _cross_check(config, roster, catalogue, photos_dir=root)
    return HallBundle(config, roster, catalogue, _digest(config, roster, catalogue, root))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise HallFileError(path.name, "", "is missing") from None
    except tomllib.TOMLDecodeError as e:
        raise HallFileError(path.name, "", f"is not valid TOML ({e})") from None


def _validate(model: type[M], data: object, file: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        loc = [str(p) for p in first["loc"]]
        named = field_of(dict(first))
        if named:
            loc.append(named)
        field = ".".join(loc)
        reason = first["msg"].removeprefix("Value error, ")
        raise HallFileError(file, field, reason, _subject(data, loc)) from None


def _subject(data: object, loc: list[str]) -> str:
    """Name the item (or package) and the form field a location points into, from the raw data: an
    author reads ``item BDC-009, form field 'lost_date'`` better than ``items.8.form.fields.2``."""
    names: list[str] = []
    node = data
    for i, part in enumerate(loc):
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
            parent = loc[i - 1] if i else ""
            if isinstance(node, dict):
                if parent in ("items", "packages") and isinstance(node.get("code"), str):
                    names.append(f"{parent[:-1]} {node['code']}")
                elif parent == "fields" and isinstance(node.get("name"), str):
                    names.append(f"form field {node['name']!r}")
        else:
            break
    return ", ".join(names)


def _cross_check(config: HallConfig, roster: Roster, catalogue: Catalogue, photos_dir: Path | None) -> None:
    letters = {c.letter for c in config.categories}
    for i, item in enumerate(catalogue.items):
        if item.category not in letters:
            raise HallFileError(
                CATALOGUE_FILE, f"items.{i}.category", f"item {item.code} names unknown category {item.category!r}"
            )
    for i, pkg in enumerate(catalogue.packages):
        if pkg.category not in letters:
            raise HallFileError(
                CATALOGUE_FILE, f"packages.{i}.category", f"package {pkg.code} names unknown category {pkg.category!r}"
            )
    numbers: set[str] = set()
    for i, s in enumerate(roster.staff):
        if s.number in numbers:
            raise HallFileError(STAFF_FILE, f"staff.{i}.number", f"staff number {s.number} appears twice")
        numbers.add(s.number)
        for skill in s.skills:
            if skill not in letters:
                raise HallFileError(STAFF_FILE, f"staff.{i}.skills", f"unknown category {skill!r}")
        if photos_dir is not None:
            photo = photos_dir / s.photo
            if not photo.is_file():
                raise HallFileError(STAFF_FILE, f"staff.{i}.photo", f"no photo file {s.photo!r} beside {STAFF_FILE}")


def _digest(config: HallConfig, roster: Roster, catalogue: Catalogue, photos_dir: Path | None = None) -> str:
    h = hashlib.sha256()
    for part in (config, roster, catalogue):
        h.update(json.dumps(part.model_dump(mode="json"), sort_keys=True, ensure_ascii=False).encode())
    if photos_dir is not None:
        for s in roster.staff:
            h.update((photos_dir / s.photo).read_bytes())
    return h.hexdigest()[:16]

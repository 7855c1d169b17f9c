"""Refresh the demo PIN hashes in ``assets/sample_hall/staff.toml``.

The sample hall's demo PIN rule: a clerk's PIN is the last 4 digits of the staff number (工号),
left-padded with zeros. This script rewrites every ``pin_hash = "..."`` line with a fresh argon2
hash of that PIN and leaves the rest of the file (comments, order) untouched.

    .venv/bin/python scripts/make_sample_staff.py [path/to/staff.toml]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common.pins import hash_pin  # noqa: E402

DEFAULT = ROOT / "assets" / "sample_hall" / "staff.toml"
_NUMBER = re.compile(r'^\s*number\s*=\s*"([^"]+)"')
_PIN_HASH = re.compile(r'^(\s*pin_hash\s*=\s*)"[^"]*"(.*)$')


def demo_pin(number: str) -> str:
    """The sample hall's PIN for a staff number: its last 4 digits, zero-padded."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return digits[-4:].rjust(4, "0")


def rehash(text: str) -> tuple[str, int]:
    lines = text.splitlines(keepends=True)
    current: str | None = None
    count = 0
    for i, line in enumerate(lines):
        if m := _NUMBER.match(line):
            current = m.group(1)
        elif (m := _PIN_HASH.match(line.rstrip("\n"))) and current is not None:
            lines[i] = f'{m.group(1)}"{hash_pin(demo_pin(current))}"{m.group(2)}\n'
            current = None
            count += 1
    return "".join(lines), count


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    text, count = rehash(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {count} PIN hashes written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

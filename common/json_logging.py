"""Logs as JSON lines, rotated by size, so an unattended kiosk's months of logs stay small and readable
by tools (and by the end-to-end tests, which read the programs' logs)."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "area": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value if isinstance(value, str | int | float | bool | None) else str(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


CHATTY = ("httpx", "httpcore")
"""Libraries that log every request at INFO: a device syncing all day would fill its logs with them."""


def quiet_chatty_libraries() -> None:
    """Keep only warnings and errors from the libraries in ``CHATTY``."""
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.WARNING)


def setup_logging(
    program: str, log_dir: Path | None, level: int = logging.INFO, max_bytes: int = 5_000_000, backups: int = 10
) -> None:
    """JSON lines to ``log_dir/program.log`` (rotated) and to stderr; plain stderr when no folder is given."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(JsonFormatter())
    root.addHandler(console)
    quiet_chatty_libraries()
    if log_dir is not None:
        from logging.handlers import RotatingFileHandler

        log_dir.mkdir(parents=True, exist_ok=True)
        rotating = RotatingFileHandler(
            log_dir / f"{program}.log", maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
        rotating.setFormatter(JsonFormatter())
        root.addHandler(rotating)

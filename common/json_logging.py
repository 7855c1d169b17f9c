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


class EarlyRecords(logging.Handler):
    """What was logged before the log folder was known (a program reads its settings first, and a damaged
    file found meanwhile is worth a line in the log a technician reads later): kept in memory, then written
    to the log file once there is one. At most ``limit`` records, the first ones."""

    def __init__(self, limit: int = 500) -> None:
        super().__init__()
        self.limit = limit
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.limit:
            self.records.append(record)


_early = EarlyRecords()


def setup_logging(
    program: str, log_dir: Path | None, level: int = logging.INFO, max_bytes: int = 5_000_000, backups: int = 10
) -> None:
    """JSON lines to ``log_dir/program.log`` (rotated) and to stderr; plain stderr when no folder is given,
    keeping the records in memory until a later call names the folder (``EarlyRecords``)."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if isinstance(handler, logging.FileHandler):
            handler.close()  # a log file opened by an earlier call
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(JsonFormatter())
    root.addHandler(console)
    quiet_chatty_libraries()
    if log_dir is None:
        root.addHandler(_early)
        return
    from logging.handlers import RotatingFileHandler

    log_dir.mkdir(parents=True, exist_ok=True)
    rotating = RotatingFileHandler(
        log_dir / f"{program}.log", maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )
    rotating.setFormatter(JsonFormatter())
    for record in _early.records:
        rotating.handle(record)
    _early.records.clear()
    root.addHandler(rotating)

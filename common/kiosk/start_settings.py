"""What a kiosk needs of its settings to draw its first frame, kept in its home snapshot as the validated
settings gave them, with the settings file's fingerprint (path, size, modification time).

A start whose settings file is the one fingerprinted draws home with these before it loads the settings'
validation (pydantic), and validates them right after the first frame; any other start reads and validates
its settings first, as always. The staff exit PIN's hash is not kept here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from common.data_folder import default_store

if TYPE_CHECKING:
    from common.settings import DeviceSettings


@dataclass(frozen=True, slots=True)
class StartSettings:
    fingerprint: tuple[str, int, int] | None
    """The settings file's resolved path, size and modification time (ns); None when started without one."""
    language: str
    elder_default: bool
    read_aloud: bool
    speech_rate: int
    idle_reset_s: int
    fullscreen: bool
    log_dir: str
    """Where the JSON logs go (used only with a settings file, as at any start)."""


def settings_fingerprint(path: Path | None) -> tuple[str, int, int] | None:
    """None without a settings file; raises OSError if it cannot be read."""
    if path is None:
        return None
    st = path.stat()
    return (str(path.resolve()), st.st_size, st.st_mtime_ns)


def start_settings(settings: DeviceSettings, path: Path | None) -> StartSettings:
    """The part of validated ``settings`` (read from ``path``, or the defaults) that draws the first frame."""
    return StartSettings(
        fingerprint=settings_fingerprint(path),
        language=settings.language,
        elder_default=settings.elder.default,
        read_aloud=settings.elder.read_aloud,
        speech_rate=settings.elder.speech_rate,
        idle_reset_s=settings.display.idle_reset_s,
        fullscreen=settings.display.fullscreen,
        log_dir=str(settings.log_dir),
    )


def store_named_in(path: Path) -> Path | None:
    """The store a settings file names (or the default one), read without validating the rest; None if
    the file cannot be read (the full read then says why)."""
    import tomllib

    try:
        with path.open("rb") as f:
            store = tomllib.load(f).get("store")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    if store is None:
        return default_store()
    return Path(store) if isinstance(store, str) else None

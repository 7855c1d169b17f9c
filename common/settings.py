"""A device's settings: one TOML file per device, validated at start with clear messages.

    # /etc/hall/kiosk.toml
    kind = "kiosk"
    central_url = "https://hall.example.gov.cn"
    store = "/var/lib/hall/kiosk.db"
    language = "zh_CN"
    [elder]
    default = false
    [printer]
    kind = "escpos-network"
    host = "192.168.1.50"

Every setting has a default and a one-line description; unknown settings are errors, not ignored.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from common.data_folder import data_dir, default_store
from common.device_kind import DeviceKind
from common.field_error import field_of


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ElderSettings(_Section):
    default: bool = Field(False, description="start in elder mode (长辈模式)")
    speech_rate: int = Field(150, ge=80, le=260, description="read-aloud speed, words per minute")
    read_aloud: bool = Field(True, description="read each screen aloud when it opens")


class PrinterSettings(_Section):
    kind: Literal["none", "pdf", "qt", "escpos-network", "escpos-usb", "escpos-file"] = Field(
        "none", description="which printer back end"
    )
    name: str = Field("", description="a system printer's name, for kind = qt")
    host: str = Field("", description="network printer address, for escpos-network")
    port: int = Field(9100, ge=1, le=65535, description="network printer port")
    usb_vendor: int = Field(0, ge=0, le=0xFFFF, description="USB vendor id, for escpos-usb")
    usb_product: int = Field(0, ge=0, le=0xFFFF, description="USB product id, for escpos-usb")
    path: str = Field("", description="output file, for escpos-file and pdf")
    mode: Literal["text", "bitmap"] = Field("text", description="ESC/POS: GB18030 text, or the ticket as a bitmap")


class DisplaySettings(_Section):
    fullscreen: bool = Field(True, description="take the whole screen (kiosk and board)")
    portrait: bool = Field(False, description="the board's screen stands upright (1080×1920)")
    citizen_screen: int = Field(1, ge=0, le=8, description="window client: which monitor faces the citizen")
    idle_reset_s: int = Field(90, ge=30, le=900, description="kiosk: seconds of inactivity before the warning")


PROVIDER_PATTERN = (
    r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*:[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$"
)
"""``package.module:factory``: where a self-service provider comes from."""

DEMO_IDENTITY = "common.self_service.identity:DemoIdentityProvider"
DEMO_CERTIFICATES = "common.self_service.certificates:DemoCertificateProvider"
DEMO_SCANNER = "kiosk.context:demo_scanner"


class SelfServiceSettings(_Section):
    """The kiosk's self-service edges, each an importable ``"package.module:factory"`` called with its
    options as keyword arguments. The defaults are the DEMO providers (a made-up citizen, made-up
    e-certificates, a file dialog as the scanner): a real hall names its own."""

    identity: str = Field(DEMO_IDENTITY, description="who the citizen is: ID-card reader, unified login")
    certificates: str = Field(DEMO_CERTIFICATES, description="the e-certificate (电子证照) service")
    scanner: str = Field(DEMO_SCANNER, description="the document camera / scanner")
    identity_options: dict[str, Any] = Field(default_factory=dict, description="keyword arguments of identity")
    certificates_options: dict[str, Any] = Field(default_factory=dict, description="keyword arguments of certificates")
    scanner_options: dict[str, Any] = Field(default_factory=dict, description="keyword arguments of scanner")

    @field_validator("identity", "certificates", "scanner")
    @classmethod
    def _importable_name(cls, value: str) -> str:
        if not re.fullmatch(PROVIDER_PATTERN, value):
            raise ValueError(f'must be "package.module:factory", not {value!r}')
        return value


class DeviceSettings(_Section):
    kind: DeviceKind = Field(description="kiosk, window or board")
    central_url: str = Field("http://127.0.0.1:8730", description="the central store's address")
    store: Path = Field(default_factory=default_store, description="the device's SQLite store")
    window: int | None = Field(None, ge=1, le=999, description="window client: the window number at this desk")
    language: Literal["zh_CN", "zh_TW", "en"] = Field("zh_CN", description="the screens' starting language")
    exit_pin_hash: str = Field("", description="kiosk: argon2 hash of the staff exit PIN")
    log_dir: Path = Field(default_factory=lambda: data_dir() / "logs", description="JSON-lines logs, rotated")
    elder: ElderSettings = ElderSettings()
    printer: PrinterSettings = PrinterSettings()
    display: DisplaySettings = DisplaySettings()
    self_service: SelfServiceSettings = SelfServiceSettings()

    @field_validator("central_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")


class SettingsError(ValueError):
    def __init__(self, file: str, field: str, reason: str) -> None:
        self.file, self.field, self.reason = file, field, reason
        super().__init__(f"{file}: {field}: {reason}" if field else f"{file}: {reason}")


def load_settings(path: Path | str, **overrides: Any) -> DeviceSettings:
    """Read a device's TOML settings; command-line ``overrides`` win. Bad settings raise ``SettingsError``."""
    file = Path(path)
    try:
        with file.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise SettingsError(str(file), "", "no such settings file") from None
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(str(file), "", f"not valid TOML ({e})") from None
    return settings_from(data | {k: v for k, v in overrides.items() if v is not None}, str(file))


def settings_from(data: dict[str, Any], source: str = "settings") -> DeviceSettings:
    try:
        return DeviceSettings.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        loc = [str(p) for p in first["loc"]]
        named = field_of(dict(first))
        if named:
            loc.append(named)
        raise SettingsError(source, ".".join(loc), first["msg"].removeprefix("Value error, ")) from None

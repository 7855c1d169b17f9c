"""Which printer a device prints on, read from the device's settings (a ``[printer]`` table).

    kind = "network"          # qt | network | usb | file
    host = "192.168.1.50"     # network: the printer's address; port 9100 unless said
    mode = "text"             # text: GB18030 text and the printer's own QR; bitmap: the slip as an image

Every field has a default and a one-line description; a value that cannot work (a network printer
without a host, a USB id that is not a number) is refused at start with the field and the reason."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from common.field_error import FieldError, field_of

NOTO_CJK = Path("/usr/share/fonts/opentype/noto")


class PrinterKind(StrEnum):
    QT = "qt"  # the system's printers (CUPS) through Qt, or PDF files
    NETWORK = "network"  # ESC/POS over TCP (port 9100)
    USB = "usb"  # ESC/POS over USB (pyusb, libusb)
    FILE = "file"  # ESC/POS written to a device file (/dev/usb/lp0) or any file


class EscposMode(StrEnum):
    TEXT = "text"
    """Chinese as GB18030 in the printer's Chinese mode, the QR by the printer's own command: fast and
    sharp, needs a printer with a Chinese font (sold in China, set to GB18030 or GBK)."""
    BITMAP = "bitmap"
    """The whole slip drawn here and sent as a raster image: any ESC/POS printer, any character."""


class CutMode(StrEnum):
    FULL = "full"
    PARTIAL = "partial"


class PrinterSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    kind: PrinterKind = Field(default=PrinterKind.QT, description="qt, network, usb or file")
    qt_printer: str = Field(default="", description="qt: the system printer's name; empty for the default printer")
    pdf_folder: Path | None = Field(default=None, description="qt: write each job as a PDF here instead of printing")
    host: str = Field(default="", description="network: the printer's IP address or host name")
    port: int = Field(default=9100, ge=1, le=65535, description="network: the printer's raw TCP port")
    usb_vendor: int | None = Field(default=None, ge=0, le=0xFFFF, description="usb: vendor id, e.g. 0x0416")
    usb_product: int | None = Field(default=None, ge=0, le=0xFFFF, description="usb: product id, e.g. 0x5011")
    usb_in_endpoint: int = Field(default=0x82, ge=0, le=0xFF, description="usb: endpoint the printer answers on")
    usb_out_endpoint: int = Field(default=0x01, ge=0, le=0xFF, description="usb: endpoint jobs are written to")
    file_path: Path | None = Field(default=None, description="file: the device file (/dev/usb/lp0) or a file")
    mode: EscposMode = Field(default=EscposMode.TEXT, description="ESC/POS: text (GB18030) or bitmap")
    profile: str = Field(
        default="TM-T20II", description="ESC/POS: python-escpos printer profile (paper width, fonts, cutter)"
    )
    timeout_seconds: float = Field(default=5.0, gt=0, le=120, description="ESC/POS: connect and write timeout")
    status_timeout_seconds: float = Field(
        default=1.0, gt=0, le=30, description="ESC/POS: how long to wait for a paper-status answer"
    )
    check_status: bool = Field(default=True, description="ESC/POS: ask for paper and cover before each job")
    cut: CutMode = Field(default=CutMode.PARTIAL, description="ESC/POS: the cut after each slip")
    font_regular: Path = Field(default=NOTO_CJK / "NotoSansCJK-Regular.ttc", description="bitmap: the CJK font")
    font_bold: Path = Field(default=NOTO_CJK / "NotoSansCJK-Bold.ttc", description="bitmap: its bold face")

    @field_validator("usb_vendor", "usb_product", "usb_in_endpoint", "usb_out_endpoint", mode="before")
    @classmethod
    def _hex_or_decimal(cls, value: object) -> object:
        """USB ids are written in hex (``0x0416``, as ``lsusb`` shows them) or as numbers."""
        if isinstance(value, str):
            text = value.strip().lower()
            if not text:
                return None
            try:
                return int(text, 16) if text.startswith("0x") else int(text, 10)
            except ValueError:
                raise ValueError(f"write a USB id as hex (0x0416) or a number, not {value!r}") from None
        return value

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, name: str) -> str:
        known = escpos_profiles()
        if name not in known:
            sample = ", ".join(n for n in known if n.startswith(("TM-", "RP", "P8")))
            raise ValueError(f"unknown ESC/POS profile {name!r}; python-escpos knows e.g. {sample}")
        return name

    @model_validator(mode="after")
    def _kind_needs(self) -> Self:
        if self.kind is PrinterKind.NETWORK and not self.host:
            raise FieldError("host", "a network printer needs host: its IP address or name")
        if self.kind is PrinterKind.USB and (self.usb_vendor is None or self.usb_product is None):
            field = "usb_vendor" if self.usb_vendor is None else "usb_product"
            raise FieldError(field, "a USB printer needs usb_vendor and usb_product (see lsusb, e.g. 0416:5011)")
        if self.kind is PrinterKind.FILE and self.file_path is None:
            raise FieldError("file_path", "a file printer needs file_path, e.g. /dev/usb/lp0")
        if self.kind is not PrinterKind.QT and self.mode is EscposMode.BITMAP:
            for field in ("font_regular", "font_bold"):
                path: Path = getattr(self, field)
                if not path.is_file():
                    raise FieldError(field, f"font file {path} not found (install fonts-noto-cjk)")
        return self

    @property
    def is_escpos(self) -> bool:
        return self.kind is not PrinterKind.QT


class PrinterSettingsError(ValueError):
    """Settings that cannot work, with the field and the reason (``printer.host: …``)."""


def load_printer_settings(data: dict[str, object], where: str = "printer") -> PrinterSettings:
    """Validate a ``[printer]`` table; every problem is named by its field in one message."""
    try:
        return PrinterSettings.model_validate(data)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            loc = ".".join(str(p) for p in err["loc"])
            named = field_of(dict(err))
            field = ".".join(p for p in (where, loc, named) if p)
            reason = err["msg"].removeprefix("Value error, ")
            problems.append(f"{field}: {reason}")
        raise PrinterSettingsError("; ".join(problems)) from None


def escpos_profiles() -> list[str]:
    """The printer profiles python-escpos ships (paper width, fonts, cutter, QR support)."""
    from escpos.capabilities import CAPABILITIES  # imported late: python-escpos sets up logging on import

    return sorted(CAPABILITIES["profiles"])

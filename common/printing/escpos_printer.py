"""Receipt printers that speak ESC/POS, through python-escpos: network (TCP 9100), USB or a device file.

Two modes (``PrinterSettings.mode``):

- **text**: Chinese is sent as GB18030 bytes after ``FS &`` (select Chinese character mode). ESC/POS
  has no Unicode text; printers sold in China keep a GB18030 (or GBK) font and read two-byte codes in
  this mode. We send ``FS &`` explicitly because ``ESC @`` returns the printer to its power-on mode,
  which some are set to leave off. GB18030 rather than GBK: it is the national standard, it encodes
  every character, and for the GBK range the bytes are the same. The QR code is the printer's own
  (``GS ( k``): sharp at any size and a few bytes to send. Bold and sizes are ESC/POS commands.
- **bitmap**: the whole slip is drawn here (``raster.py``) and sent as one raster image (``GS v 0``):
  slower, but any ESC/POS printer prints it, with any character the font has.

Each job opens the connection, asks for paper and cover (``DLE EOT``) where the device can answer,
sends the whole job in one write and closes, so a printer switched off and on again between two
tickets is no trouble. Library errors become ``PrinterError`` kinds."""

from __future__ import annotations

import errno
import logging
import socket
from dataclasses import dataclass
from functools import cache
from typing import Any

from common.printing.document import (
    LIST_COLUMN,
    Align,
    Document,
    Field,
    ListItem,
    QrCode,
    Role,
    Separator,
    SeparatorStyle,
    Text,
)
from common.printing.printer import PrinterError, PrinterFault, PrinterStatus
from common.printing.raster import QUIET_ZONE, Fonts, render
from common.printing.settings import CutMode, EscposMode, PrinterKind, PrinterSettings
from common.printing.text_wrap import balanced, is_wide, wrap

log = logging.getLogger("hall.print")

FS_CHINESE_MODE = b"\x1c\x26"  # FS &: select Chinese (Kanji) character mode
ESC_BOLD_ON = b"\x1b\x45\x01"
ESC_BOLD_OFF = b"\x1b\x45\x00"
DLE_EOT_OFFLINE = b"\x10\x04\x02"  # offline cause: bit 2 cover open, bit 5 paper end, bit 6 error
DLE_EOT_PAPER = b"\x10\x04\x04"  # roll sensor: bits 2-3 near end, bits 5-6 paper end
DEFAULT_WIDTH_DOTS = 576  # 72 mm printable on an 80 mm roll at 203 dpi
CHINESE_DOTS = 24  # a Chinese character in the printer's 24 x 24 font
ASCII_DOTS = {False: 12, True: 9}  # font A, font B


@dataclass(frozen=True, slots=True)
class _Style:
    bold: bool = False
    width: int = 1
    height: int = 1
    small: bool = False

    def dots(self, text: str) -> int:
        return sum(CHINESE_DOTS if is_wide(ch) else ASCII_DOTS[self.small] for ch in text) * self.width


STYLES: dict[Role, _Style] = {
    Role.TITLE: _Style(bold=True, height=2),
    Role.HEADING: _Style(bold=True, width=2, height=2),
    Role.SECTION: _Style(bold=True, height=2),
    Role.BIG_NUMBER: _Style(bold=True, width=5, height=5),
    Role.BODY: _Style(),
    Role.STRONG: _Style(bold=True),
    Role.SMALL: _Style(small=True),
}


class EscposPrinter:
    def __init__(self, settings: PrinterSettings) -> None:
        if not settings.is_escpos:
            raise ValueError(f"printer kind {settings.kind} is not an ESC/POS printer")
        self.settings = settings

    @property
    def name(self) -> str:
        s = self.settings
        match s.kind:
            case PrinterKind.NETWORK:
                where = f"{s.host}:{s.port}"
            case PrinterKind.USB:
                where = f"{s.usb_vendor or 0:04x}:{s.usb_product or 0:04x}"
            case _:
                where = str(s.file_path)
        return f"escpos {s.kind} {where} ({s.mode})"

    # --- the interface -----------------------------------------------------------------------------

    def print_document(self, document: Document) -> None:
        try:
            data = self.render(document)
        except Exception as e:
            raise PrinterError(PrinterFault.FAILED, f"could not make the job: {type(e).__name__}: {e}") from e
        device = self._open()
        try:
            if self.settings.check_status:
                status = self._status_of(device)
                if status.fault is not None:
                    raise PrinterError(status.fault, status.message)
            try:
                device._raw(data)
            except OSError as e:
                raise PrinterError(PrinterFault.UNREACHABLE, f"{self.name}: lost while printing: {e}") from e
            except Exception as e:
                raise PrinterError(PrinterFault.FAILED, f"{self.name}: {type(e).__name__}: {e}") from e
        finally:
            _close(device)

    def status(self) -> PrinterStatus:
        if not self._answers():
            return PrinterStatus(known=False, message="a file device cannot report paper or cover")
        try:
            device = self._open()
        except PrinterError as e:
            return PrinterStatus(fault=e.kind, message=e.message)
        try:
            return self._status_of(device)
        except PrinterError as e:
            return PrinterStatus(fault=e.kind, message=e.message)
        finally:
            _close(device)

    # --- the job's bytes ---------------------------------------------------------------------------

    def render(self, document: Document) -> bytes:
        """The exact bytes a job sends: start, the document, feed and cut."""
        from escpos.printer import Dummy

        job = Dummy(profile=self.settings.profile)
        job.hw("INIT")
        width = self.width_dots(job)
        if self.settings.mode is EscposMode.BITMAP:
            fonts = Fonts(self.settings.font_regular, self.settings.font_bold)
            job.image(render(document, width, fonts), impl="bitImageRaster")
        else:
            _TextJob(job, width, document).document(document)
        job.cut(mode="FULL" if self.settings.cut is CutMode.FULL else "PART")
        return bytes(job.output)

    @staticmethod
    def width_dots(job: Any) -> int:
        pixels = job.profile.profile_data.get("media", {}).get("width", {}).get("pixels")
        return pixels if isinstance(pixels, int) else DEFAULT_WIDTH_DOTS

    # --- the device --------------------------------------------------------------------------------

    def _answers(self) -> bool:
        """A plain or device file cannot be read back; network and USB printers answer ``DLE EOT``."""
        return self.settings.kind is not PrinterKind.FILE

    def _open(self) -> Any:
        from escpos import printer

        s = self.settings
        try:
            match s.kind:
                case PrinterKind.NETWORK:
                    device = _network_class()(host=s.host, port=s.port, timeout=s.timeout_seconds, profile=s.profile)
                case PrinterKind.USB:
                    device = printer.Usb(
                        idVendor=s.usb_vendor,
                        idProduct=s.usb_product,
                        timeout=int(s.timeout_seconds * 1000),
                        in_ep=s.usb_in_endpoint,
                        out_ep=s.usb_out_endpoint,
                        profile=s.profile,
                    )
                case _:
                    device = printer.File(devfile=str(s.file_path), profile=s.profile)
            device.open()
        except Exception as e:  # DeviceNotFoundError, no USB library, refused, no route: not reachable
            detail = str(e).replace("\n", " ").strip() or type(e).__name__
            raise PrinterError(PrinterFault.UNREACHABLE, f"{self.name}: {detail}") from e
        return device

    def _status_of(self, device: Any) -> PrinterStatus:
        if not self._answers():
            return PrinterStatus(known=False)
        offline = self._ask(device, DLE_EOT_OFFLINE)
        paper = self._ask(device, DLE_EOT_PAPER) if offline is not None else None
        if offline is None:
            return PrinterStatus(known=False, message="the printer does not answer status queries")
        if offline & 0x04:
            return PrinterStatus(fault=PrinterFault.COVER_OPEN, message=f"{self.name}: the cover is open")
        if offline & 0x20 or (paper is not None and paper & 0x60 == 0x60):
            return PrinterStatus(fault=PrinterFault.OUT_OF_PAPER, message=f"{self.name}: out of paper")
        if offline & 0x40:
            return PrinterStatus(
                fault=PrinterFault.FAILED, message=f"{self.name}: the printer reports an error (cutter jam, head heat)"
            )
        return PrinterStatus(paper_low=paper is not None and paper & 0x0C == 0x0C)

    def _ask(self, device: Any, command: bytes) -> int | None:
        """One status byte, or None when the printer does not answer in time (then status is unknown,
        and the job goes ahead: an old printer must still print)."""
        try:
            device._raw(command)
            answer = self._read(device)
        except TimeoutError:
            return None
        except OSError as e:
            if e.errno == errno.ETIMEDOUT or type(e).__name__ == "USBTimeoutError":
                return None
            raise PrinterError(PrinterFault.UNREACHABLE, f"{self.name}: lost while asking for status: {e}") from e
        if not answer:
            return None
        byte = int(answer[-1])
        return byte if byte & 0x93 == 0x12 else None  # bits 1 and 4 are always set, 0 and 7 never

    def _read(self, device: Any) -> bytes:
        timeout = self.settings.status_timeout_seconds
        if self.settings.kind is PrinterKind.NETWORK:
            sock = device.device
            before = sock.gettimeout()
            sock.settimeout(timeout)
            try:
                return bytes(sock.recv(16))
            finally:
                sock.settimeout(before)
        return bytes(device.device.read(self.settings.usb_in_endpoint, 16, int(timeout * 1000)))


@cache
def _network_class() -> Any:
    """python-escpos's ``Network`` whose ``open`` closes the socket when the connection fails (3.1
    leaves it open, and every refused attempt leaks a socket)."""
    from escpos.exceptions import DeviceNotFoundError
    from escpos.printer import Network

    class ClosingNetwork(Network):  # type: ignore[misc]
        def open(self, raise_not_found: bool = True) -> None:
            if self._device:
                self.close()
            try:
                self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
            except OSError as e:
                raise DeviceNotFoundError(f"could not connect to {self.host}:{self.port}: {e}") from e

    return ClosingNetwork


def _close(device: Any) -> None:
    try:
        device.close()
    except Exception:  # closing a connection that already broke
        log.debug("closing the printer connection failed", exc_info=True)


class _TextJob:
    """A document as ESC/POS text: wrapped to the roll's width in dots, Chinese in GB18030."""

    def __init__(self, job: Any, width: int, document: Document) -> None:
        self.job = job
        self.width = width
        self.colon = document.colon
        self.field_column = round(document.field_column(STYLES[Role.BODY].dots, width))
        self.started = False
        self.job._raw(FS_CHINESE_MODE)
        self._style = _Style()
        self._apply(_Style(), Align.LEFT)

    def document(self, document: Document) -> None:
        outside_gbk = sorted({ch for ch in document.plain_text() if not _in_gbk(ch)})
        if outside_gbk:
            log.warning(
                "characters outside GBK may print blank on some printers (mode = bitmap prints them): %s",
                "".join(outside_gbk),
            )
        for block in document.blocks:
            match block:
                case Text():
                    self.text(block)
                case Field():
                    self.field(block)
                case ListItem():
                    self.list_item(block)
                case QrCode():
                    self.qr(block)
                case Separator(style=style):
                    self.separator(style)
            self.started = True
        if document.footer:
            self.separator(SeparatorStyle.SPACE)
            self.text(Text(document.footer, Role.SMALL, Align.CENTER))

    def _apply(self, style: _Style, align: Align) -> None:
        self.job.set(
            align=align.value,
            bold=style.bold,
            font="b" if style.small else "a",
            custom_size=True,
            width=style.width,
            height=style.height,
        )
        self._style = style

    def _line(self, text: str) -> None:
        self.job._raw(encode(text) + b"\n")

    def text(self, block: Text) -> None:
        style = STYLES[block.role]
        if block.role is Role.SECTION and self.started:
            self.job._raw(b"\n")  # a section starts with some air above it
        self._apply(style, block.align)
        column = STYLES[Role.BODY].dots(LIST_COLUMN)  # font B's spaces are narrower: count in dots
        indent = " " * round(column * block.indent / style.dots(" "))
        width = self.width - style.dots(indent)
        lines = (balanced if block.align is Align.CENTER else wrap)(block.text, width, style.dots)
        for line in lines:
            self._line(indent + line)

    def field(self, block: Field) -> None:
        """Bold label, then the value; its further lines hang under the value."""
        style = STYLES[Role.BODY]
        self._apply(style, Align.LEFT)
        label = f"{block.label}{self.colon}"
        if style.dots(label) > self.field_column:  # a long label: its value goes under it
            self.job._raw(ESC_BOLD_ON + encode(label) + ESC_BOLD_OFF + b"\n")
            for line in wrap(block.value, self.width, style.dots):
                self._line(line)
            return
        pad = " " * (self.field_column // style.dots(" "))
        label += " " * ((self.field_column - style.dots(label)) // style.dots(" "))
        for i, line in enumerate(wrap(block.value, self.width - self.field_column, style.dots)):
            if i == 0:
                self.job._raw(ESC_BOLD_ON + encode(label) + ESC_BOLD_OFF + encode(line) + b"\n")
            else:
                self._line(pad + line)

    def list_item(self, block: ListItem) -> None:
        style = STYLES[block.role]
        self._apply(style, Align.LEFT)
        marker = f"{block.marker} ".ljust(len(LIST_COLUMN))
        pad = " " * (style.dots(marker) // style.dots(" "))
        for i, line in enumerate(wrap(block.text, self.width - style.dots(marker), style.dots)):
            self._line((marker if i == 0 else pad) + line)

    def qr(self, block: QrCode) -> None:
        """The printer's own QR code (``GS ( k``), centred, error correction M as segno's."""
        from escpos.constants import QR_ECLEVEL_M

        module = max(1, min(8, self.width // (block.size + 2 * QUIET_ZONE)))
        self._apply(_Style(), Align.CENTER)
        self.job.qr(block.payload, ec=QR_ECLEVEL_M, size=module, native=True)
        self.job._raw(b"\n")
        self._apply(_Style(), Align.LEFT)

    def separator(self, style: SeparatorStyle) -> None:
        self._apply(_Style(), Align.LEFT)
        if style is SeparatorStyle.LINE:
            self._line("-" * (self.width // ASCII_DOTS[False]))
        else:
            self.job._raw(b"\n")


def encode(text: str) -> bytes:
    """GB18030 bytes for the printer's Chinese mode; control characters become spaces."""
    clean = "".join(" " if ch < " " else ch for ch in text)
    return clean.encode("gb18030", errors="replace")


def _in_gbk(ch: str) -> bool:
    try:
        ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True

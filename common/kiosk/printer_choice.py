"""From a device's ``[printer]`` settings (``common.settings``) to the printing package's settings: which
back end prints the kiosk's tickets, or none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from common.printing.settings import EscposMode, PrinterKind
from common.printing.settings import PrinterSettings as BackEnd
from common.settings import PrinterSettings


def back_end_settings(settings: PrinterSettings, pdf_folder: Path | None = None) -> BackEnd | None:
    """``pdf_folder`` (``--printer-pdf-folder``) wins over the settings; ``kind = "none"`` means no printer."""
    if pdf_folder is not None:
        return BackEnd(kind=PrinterKind.QT, pdf_folder=pdf_folder)
    mode = EscposMode(settings.mode)
    builders: dict[str, Callable[[], BackEnd | None]] = {
        "none": lambda: None,
        "pdf": lambda: BackEnd(kind=PrinterKind.QT, pdf_folder=Path(settings.path) if settings.path else None),
        "qt": lambda: BackEnd(kind=PrinterKind.QT, qt_printer=settings.name),
        "escpos-network": lambda: BackEnd(kind=PrinterKind.NETWORK, host=settings.host, port=settings.port, mode=mode),
        "escpos-usb": lambda: BackEnd(
            kind=PrinterKind.USB, usb_vendor=settings.usb_vendor, usb_product=settings.usb_product, mode=mode
        ),
        "escpos-file": lambda: BackEnd(kind=PrinterKind.FILE, file_path=Path(settings.path), mode=mode),
    }
    return builders[settings.kind]()

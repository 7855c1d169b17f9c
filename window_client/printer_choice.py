"""Which printer the window client prints one-time notices on: PDF files in a folder (``--print-folder``,
the demo and the tests), or the device settings' ``[printer]`` table; none means notices are shown on the
citizen screen and handed over by the clerk."""

from __future__ import annotations

from pathlib import Path

from common.data_folder import data_dir
from common.printing.printer import Printer
from common.printing.settings import EscposMode, PrinterKind, PrinterSettings
from common.settings import DeviceSettings
from common.settings import PrinterSettings as DevicePrinter


def _pdf_folder(folder: Path) -> Printer:
    from kiosk.printing.qt_printer import QtPrinter

    folder.mkdir(parents=True, exist_ok=True)
    return QtPrinter(pdf_folder=folder)


def _escpos(p: DevicePrinter) -> Printer:
    from kiosk.printing import make_printer

    mode = EscposMode(p.mode)
    if p.kind == "escpos-network":
        return make_printer(PrinterSettings(kind=PrinterKind.NETWORK, host=p.host, port=p.port, mode=mode))
    if p.kind == "escpos-usb":
        return make_printer(
            PrinterSettings(kind=PrinterKind.USB, usb_vendor=p.usb_vendor, usb_product=p.usb_product, mode=mode)
        )
    return make_printer(PrinterSettings(kind=PrinterKind.FILE, file_path=Path(p.path), mode=mode))


def printer_from(settings: DeviceSettings | None, print_folder: Path | None = None) -> Printer | None:
    if print_folder is not None:
        return _pdf_folder(print_folder)
    p = settings.printer if settings is not None else None
    if p is None or p.kind == "none":
        return None
    if p.kind == "pdf":
        return _pdf_folder(Path(p.path) if p.path else data_dir() / "notices")
    if p.kind == "qt":
        from kiosk.printing.qt_printer import QtPrinter

        return QtPrinter(printer_name=p.name)
    return _escpos(p)

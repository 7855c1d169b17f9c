"""Printing at the kiosk (and the window client): the Qt back end, and the one place that turns a
device's ``PrinterSettings`` into a ``Printer``."""

from __future__ import annotations

from common.printing.printer import Printer
from common.printing.settings import PrinterKind, PrinterSettings


def make_printer(settings: PrinterSettings) -> Printer:
    """A Qt printer (system printer or PDF folder) or an ESC/POS printer, as the settings say."""
    if settings.kind is PrinterKind.QT:
        from kiosk.printing.qt_printer import QtPrinter

        return QtPrinter(printer_name=settings.qt_printer, pdf_folder=settings.pdf_folder)
    from common.printing.escpos_printer import EscposPrinter

    return EscposPrinter(settings)

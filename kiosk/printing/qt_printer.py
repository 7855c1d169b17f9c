"""The Qt back end: a system printer (CUPS) by name, or PDF files in a folder (the demo, the tests).

Tickets go on an 80 mm page as long as the slip; guides and notices on A4. Qt paints on the GUI
thread: call ``run_print_job`` from there (a PDF takes a few tens of milliseconds)."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from common.ids import new_id
from common.printing.document import Document, Paper, Role
from common.printing.printer import PrinterError, PrinterFault, PrinterStatus
from kiosk.printing.pdf_text import repair_text_layer, shared_glyph_map
from kiosk.printing.qt_render import MARGIN_MM, RECEIPT_WIDTH_MM, Layout, ensure_font, make_font

log = logging.getLogger("hall.print")

_FILE_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


class QtPrinter:
    def __init__(self, *, printer_name: str = "", pdf_folder: Path | None = None) -> None:
        """``pdf_folder`` writes each job as ``<job id>-<kind>-<reference>.pdf``; otherwise the job goes
        to ``printer_name``, or to the system's default printer when that is empty."""
        self.printer_name = printer_name
        self.pdf_folder = pdf_folder
        self.last_output: Path | None = None
        """The PDF the last job wrote."""

    @property
    def name(self) -> str:
        if self.pdf_folder is not None:
            return f"pdf {self.pdf_folder}"
        return f"qt {self.printer_name or '(default printer)'}"

    def print_document(self, document: Document) -> None:
        ensure_font()
        printer, output = self._printer(document)
        printer.setDocName(document.title)
        printer.setCreator("Hall")
        _set_page(printer, document.paper, 297.0)
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        if document.paper is Paper.RECEIPT:
            layout = Layout(document, printer, area.width())
            height_mm = layout.height / layout.mm + 2 * MARGIN_MM[Paper.RECEIPT]
            _set_page(printer, Paper.RECEIPT, height_mm)
            pages = layout.pages(layout.height + 1)
            footer = 0.0
        else:
            layout, pages = _fit(document, printer, area.width(), area.height())
            footer = layout.footer_height()
        page_height = printer.pageRect(QPrinter.Unit.DevicePixel).height()
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError(PrinterFault.FAILED, f"{self.name}: the printer did not start the job")
        try:
            for number, rows in enumerate(pages, start=1):
                if number > 1:
                    printer.newPage()
                layout.paint_page(painter, rows)
                if footer:
                    layout.paint_footer(painter, page_height, number, len(pages))
        finally:
            painter.end()
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise PrinterError(PrinterFault.FAILED, f"{self.name}: the print system refused the job")
        if output is not None:
            fonts = [make_font(document.paper, Role.BODY, bold) for bold in (False, True)]
            repair_text_layer(output, shared_glyph_map(fonts))
            self.last_output = output
        log.debug("%s: %d page(s) of %s", self.name, len(pages), document.title)

    def status(self) -> PrinterStatus:
        if self.pdf_folder is not None:
            if self.pdf_folder.is_dir() and os.access(self.pdf_folder, os.W_OK):
                return PrinterStatus()
            return PrinterStatus(fault=PrinterFault.UNREACHABLE, message=f"cannot write PDFs to {self.pdf_folder}")
        info = self._info()
        if info is None:
            return PrinterStatus(fault=PrinterFault.UNREACHABLE, message=f"{self.name}: no such printer")
        if info.state() == QPrinter.PrinterState.Error:
            return PrinterStatus(fault=PrinterFault.FAILED, message=f"{self.name}: the print system reports an error")
        return PrinterStatus(known=False, message="the print system does not report paper or cover")

    def _info(self) -> QPrinterInfo | None:
        info = QPrinterInfo.printerInfo(self.printer_name) if self.printer_name else QPrinterInfo.defaultPrinter()
        return None if info.isNull() else info

    def _printer(self, document: Document) -> tuple[QPrinter, Path | None]:
        if self.pdf_folder is not None:
            if not (self.pdf_folder.is_dir() and os.access(self.pdf_folder, os.W_OK)):
                raise PrinterError(PrinterFault.UNREACHABLE, f"cannot write PDFs to {self.pdf_folder}")
            reference = _FILE_NAME_UNSAFE.sub("_", document.reference)[:40]
            output = self.pdf_folder / f"{new_id()}-{document.kind.value}-{reference}.pdf"
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(output))
            return printer, output
        info = self._info()
        if info is None:
            raise PrinterError(PrinterFault.UNREACHABLE, f"{self.name}: no such printer")
        return QPrinter(info, QPrinter.PrinterMode.HighResolution), None


SHRINK_TO_SAVE_A_PAGE = (0.95, 0.9)
"""Text sizes tried when a guide or notice spills a few lines onto one more sheet."""


def _fit(document: Document, printer: QPrinter, width: float, height: float) -> tuple[Layout, list[Any]]:
    layout = Layout(document, printer, width)
    pages = layout.pages(height - layout.footer_height())
    for scale in SHRINK_TO_SAVE_A_PAGE if len(pages) > 1 else ():
        smaller = Layout(document, printer, width, scale)
        fewer = smaller.pages(height - smaller.footer_height())
        if len(fewer) < len(pages):
            return smaller, fewer
    return layout, pages


def _set_page(printer: QPrinter, paper: Paper, receipt_height_mm: float) -> None:
    if paper is Paper.RECEIPT:
        size = QPageSize(
            QSizeF(RECEIPT_WIDTH_MM, receipt_height_mm),
            QPageSize.Unit.Millimeter,
            "Receipt 80 mm",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
    margin = MARGIN_MM[paper]
    margins = QMarginsF(margin, margin, margin, margin)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    if not printer.setPageLayout(layout):
        raise PrinterError(PrinterFault.FAILED, f"the printer does not take a {size.name()} page")

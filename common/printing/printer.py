"""One interface for every printer: print a document or raise ``PrinterError`` with what went wrong.

A fault never loses a ticket: the ticket is on disk before it is printed, the screen keeps its number,
and ``print_job.run_print_job`` turns the fault into a record the kiosk logs and reports to staff."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable

from common.printing.document import Document


class PrinterFault(StrEnum):
    OUT_OF_PAPER = "out_of_paper"
    UNREACHABLE = "unreachable"
    """Not connected, switched off, a closed port, a USB device not found, no such printer."""
    COVER_OPEN = "cover_open"
    FAILED = "failed"
    """Anything else: the printer reported an error, or the job could not be made."""


class PrinterError(Exception):
    """``kind`` says what staff must do (add paper, close the cover, check the cable); ``message``
    is the detail for the log."""

    def __init__(self, kind: PrinterFault | str, message: str) -> None:
        self.kind = PrinterFault(kind)
        self.message = message
        super().__init__(f"{self.kind}: {message}")


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    fault: PrinterFault | None = None
    paper_low: bool = False
    """The paper roll is near its end: print on, and tell staff."""
    known: bool = True
    """False when the back end cannot ask the printer (a file device, a PDF, most system printers)."""
    message: str = ""

    @property
    def ready(self) -> bool:
        return self.fault is None


@runtime_checkable
class Printer(Protocol):
    @property
    def name(self) -> str:
        """Which printer, for the job log (``escpos network 10.0.0.8:9100``, ``pdf /var/hall/print``)."""
        ...

    def print_document(self, document: Document) -> None:
        """Print the whole document or raise ``PrinterError``; never anything else."""
        ...

    def status(self) -> PrinterStatus:
        """Ask the printer how it is, where the back end can; a printer that cannot be reached is
        ``PrinterStatus(fault=UNREACHABLE)``, not an exception."""
        ...

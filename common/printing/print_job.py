"""A print job's record: what was printed, on which printer, when, and whether it came out.

``run_print_job`` never raises for a printer's fault: the caller keeps the ticket on screen, shows the
fault, logs the record (``to_log_dict``) and tells staff. Network printers may take seconds to time
out, so the kiosk runs jobs with ``run_print_job_in_thread``, off the UI's event loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from common import wall_clock
from common.ids import new_id
from common.printing.document import Document, DocumentKind
from common.printing.printer import Printer, PrinterError, PrinterFault, PrinterStatus

log = logging.getLogger("hall.print")


@dataclass(frozen=True, slots=True)
class PrintJob:
    id: str
    kind: DocumentKind
    title: str
    reference: str
    """The ticket number, item code or visit id the document belongs to."""
    printer: str
    started_at: datetime
    finished_at: datetime
    fault: PrinterFault | None = None
    message: str = ""
    paper_low: bool = False
    """Printed, but the roll is near its end: staff should change it soon."""

    @property
    def ok(self) -> bool:
        return self.fault is None

    @property
    def needs_staff(self) -> bool:
        return self.fault is not None or self.paper_low

    def to_log_dict(self) -> dict[str, str | bool | None]:
        return {
            "job": self.id,
            "kind": self.kind.value,
            "title": self.title,
            "reference": self.reference,
            "printer": self.printer,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat(),
            "ok": self.ok,
            "fault": self.fault.value if self.fault else None,
            "message": self.message,
            "paper_low": self.paper_low,
        }


def _utc_now() -> datetime:
    return wall_clock.utc_now()


def run_print_job(printer: Printer, document: Document, clock: Callable[[], datetime] = _utc_now) -> PrintJob:
    """Print and record. After a good print the printer is asked once more: paper that ran out during
    the job is reported as ``out_of_paper`` (the slip may be cut short), a low roll as ``paper_low``."""
    started = clock()
    fault: PrinterFault | None = None
    message = ""
    paper_low = False
    try:
        printer.print_document(document)
    except PrinterError as e:
        fault, message = e.kind, e.message
    except Exception as e:  # a back end's bug must not take the kiosk's ticket screen down with it
        log.exception("printer %s failed unexpectedly", printer.name)
        fault, message = PrinterFault.FAILED, f"{type(e).__name__}: {e}"
    else:
        after = _status_after(printer)
        if after is not None and after.fault is PrinterFault.OUT_OF_PAPER:
            fault, message = after.fault, "paper ran out during the job; the slip may be incomplete"
        elif after is not None:
            paper_low = after.paper_low
    job = PrintJob(
        id=new_id(),
        kind=document.kind,
        title=document.title,
        reference=document.reference,
        printer=printer.name,
        started_at=started,
        finished_at=clock(),
        fault=fault,
        message=message,
        paper_low=paper_low,
    )
    if job.ok:
        log.info("printed %s", job.to_log_dict())
    else:
        log.warning("print failed %s", job.to_log_dict())
    return job


async def run_print_job_in_thread(
    printer: Printer, document: Document, clock: Callable[[], datetime] = _utc_now
) -> PrintJob:
    """``run_print_job`` in a worker thread, for ESC/POS back ends. Qt's printer paints with Qt and
    stays on the GUI thread: call ``run_print_job`` there."""
    return await asyncio.to_thread(run_print_job, printer, document, clock)


def _status_after(printer: Printer) -> PrinterStatus | None:
    try:
        status = printer.status()
    except Exception:  # the job printed; a status that cannot be read changes nothing
        log.exception("printer %s: status after printing could not be read", printer.name)
        return None
    return status if status.known else None

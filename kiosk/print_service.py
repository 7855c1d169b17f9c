"""Printing at the kiosk: one job at a time, after the screen already shows what is printed, never losing
a ticket to a printer. Every job is logged (``run_print_job``); a fault or a low roll is reported to staff
once (``PrintFaultReporter``), and the screen that asked is told through ``job_finished``.

The Qt back end paints on the GUI thread, so its jobs run there from the event loop; ESC/POS jobs may wait
seconds for a network printer, so they run on a worker thread whose result comes back through a queue and
an argument-free signal (the pattern of ``common.ui.speech``)."""

from __future__ import annotations

import logging
import queue
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from common.device import Device
from common.kiosk.print_faults import PrintFaultReporter
from common.printing.document import Document
from common.printing.print_job import PrintJob, run_print_job
from common.printing.printer import Printer
from common.projection.violations import RuleViolation

log = logging.getLogger("hall.print")


class PrintService(QObject):
    job_started = Signal(object)
    """A ``Document`` went to the printer."""
    job_finished = Signal(object)
    """A ``PrintJob``: printed, or the fault."""
    _result_waiting = Signal()

    def __init__(self, printer: Printer | None, device: Device, *, threaded: bool = False) -> None:
        super().__init__()
        self.printer = printer
        self.threaded = threaded
        self.reporter = PrintFaultReporter(device)
        self.jobs: list[PrintJob] = []
        """Every job this run (the newest last), for tests and the staff's look at the log."""
        self._results: queue.SimpleQueue[PrintJob] = queue.SimpleQueue()
        self._result_waiting.connect(self._on_result_waiting, Qt.ConnectionType.QueuedConnection)
        self._waiting: list[Document] = []
        self._busy = False

    @property
    def available(self) -> bool:
        return self.printer is not None

    @property
    def busy(self) -> bool:
        return self._busy or bool(self._waiting)

    def submit(self, document: Document) -> bool:
        """Queue ``document``; False (nothing queued) when this kiosk has no printer."""
        if self.printer is None:
            return False
        self._waiting.append(document)
        if not self._busy:
            QTimer.singleShot(0, self._next)
        return True

    def _next(self) -> None:
        if self._busy or not self._waiting or self.printer is None:
            return
        document = self._waiting.pop(0)
        self._busy = True
        self.job_started.emit(document)
        printer = self.printer
        if self.threaded:
            threading.Thread(target=self._run_in_thread, args=(printer, document), name="print", daemon=True).start()
        else:
            self._finish(run_print_job(printer, document))

    def _run_in_thread(self, printer: Printer, document: Document) -> None:
        self._results.put(run_print_job(printer, document))
        self._result_waiting.emit()

    def _on_result_waiting(self) -> None:
        while True:
            try:
                job = self._results.get_nowait()
            except queue.Empty:
                return
            self._finish(job)

    def _finish(self, job: PrintJob) -> None:
        self._busy = False
        self.jobs.append(job)
        try:
            self.reporter.after(job)
        except RuleViolation:  # the help request could not be recorded: the log still has the job
            log.exception("could not report the printer fault to staff")
        self.job_finished.emit(job)
        if self._waiting:
            QTimer.singleShot(0, self._next)

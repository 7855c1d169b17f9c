"""A printer fault at the kiosk is reported to staff once, as a help request the window clients see
("the kiosk's printer is out of paper; A012 got no slip"), and again only after the printer has worked
in between, so a printer that stays empty does not flood the clerks with one request per citizen."""

from __future__ import annotations

import logging

from common import kiosk_actions
from common.device import Device
from common.events import HelpKind
from common.printing.print_job import PrintJob
from common.printing.printer import PrinterFault

log = logging.getLogger("hall.print")

PRINT_STEP = "print"
"""The help request's ``step``: what the kiosk was doing."""

FAULT_WORDS = {
    PrinterFault.OUT_OF_PAPER: "打印机缺纸",
    PrinterFault.UNREACHABLE: "打印机未连接",
    PrinterFault.COVER_OPEN: "打印机盖未关",
    PrinterFault.FAILED: "打印机故障",
}


def fault_note(job: PrintJob) -> str:
    """What the clerks read: the fault, and which ticket or document came out without paper."""
    words = FAULT_WORDS[job.fault] if job.fault else "打印纸即将用完"
    what = f"{job.reference} 未能打印" if job.fault else f"{job.reference} 已打印"
    return f"自助机{words}，{what}（{job.kind.value}）"[:200]


class PrintFaultReporter:
    """Remembers whether the current fault was already reported; ``report`` returns the request's id."""

    def __init__(self, device: Device) -> None:
        self.device = device
        self._open: PrinterFault | str | None = None

    def after(self, job: PrintJob) -> str | None:
        """Call after every job: reports a new fault (or a low roll) once; a good print ends the episode."""
        if not job.needs_staff:
            self._open = None
            return None
        kind: PrinterFault | str = job.fault if job.fault is not None else "paper_low"
        if kind == self._open:
            log.info("printer fault %s already reported to staff", kind)
            return None
        request_id = kiosk_actions.request_help(
            self.device, HelpKind.SELF_SERVICE_STUCK, step=PRINT_STEP, note=fault_note(job)
        )
        self._open = kind
        extra = {f"print_{k}": v for k, v in job.to_log_dict().items()}
        log.warning("printer fault reported to staff", extra={"help_request": request_id, **extra})
        return request_id

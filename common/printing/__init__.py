"""Printed documents (queue ticket, service guide, one-time notice), the printer interface, the job
record, and the ESC/POS back end. Qt-free: the Qt back end lives in ``kiosk/printing``."""

from common.printing.document import (
    Align,
    Block,
    Document,
    DocumentKind,
    Field,
    ListItem,
    Paper,
    QrCode,
    Role,
    Separator,
    SeparatorStyle,
    Text,
)
from common.printing.labels import Language
from common.printing.one_time_notice import notice_for_visit, one_time_notice_document
from common.printing.print_job import PrintJob, run_print_job, run_print_job_in_thread
from common.printing.printer import Printer, PrinterError, PrinterFault, PrinterStatus
from common.printing.service_guide import service_guide_document
from common.printing.settings import (
    EscposMode,
    PrinterKind,
    PrinterSettings,
    PrinterSettingsError,
    load_printer_settings,
)
from common.printing.ticket import ticket_document

__all__ = [
    "Align",
    "Block",
    "Document",
    "DocumentKind",
    "EscposMode",
    "Field",
    "Language",
    "ListItem",
    "Paper",
    "PrintJob",
    "Printer",
    "PrinterError",
    "PrinterFault",
    "PrinterKind",
    "PrinterSettings",
    "PrinterSettingsError",
    "PrinterStatus",
    "QrCode",
    "Role",
    "Separator",
    "SeparatorStyle",
    "Text",
    "load_printer_settings",
    "notice_for_visit",
    "one_time_notice_document",
    "run_print_job",
    "run_print_job_in_thread",
    "service_guide_document",
    "ticket_document",
]

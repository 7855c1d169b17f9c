"""The kiosk's window around a device, as the program builds it, for pytest-qt: speech recorded, printing to
PDF files (or a printer the test supplies), not locked down unless asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from common.device import Device
from common.kiosk.home_figures import HomeFigures
from common.printing.document import Document
from common.printing.printer import Printer, PrinterError, PrinterFault, PrinterStatus
from common.speech.engines import RecordingEngine, SilentEngine
from common.ui.device_bridge import DeviceBridge
from common.ui.i18n import Languages
from common.ui.speech import Speaker
from kiosk.context import KioskContext, KioskOptions
from kiosk.kiosk_window import KioskWindow
from kiosk.print_service import PrintService
from kiosk.printing.qt_printer import QtPrinter
from kiosk.screens.all_screens import SCREENS
from kiosk.screens.kiosk_screen import KioskScreen


class FaultyPrinter:
    """A printer with a fault the test sets (``fault = None`` prints fine, into a PDF folder)."""

    def __init__(self, pdf_folder: Path, fault: PrinterFault | None = PrinterFault.OUT_OF_PAPER) -> None:
        self.fault = fault
        self.inner = QtPrinter(pdf_folder=pdf_folder)
        self.documents: list[Document] = []

    @property
    def name(self) -> str:
        return "faulty test printer"

    def print_document(self, document: Document) -> None:
        self.documents.append(document)
        if self.fault is not None:
            raise PrinterError(self.fault, f"test fault {self.fault}")
        self.inner.print_document(document)

    def status(self) -> PrinterStatus:
        return PrinterStatus(fault=self.fault, known=True)


@dataclass
class KioskRig:
    window: KioskWindow
    ctx: KioskContext
    engine: RecordingEngine
    speaker: Speaker
    bridge: DeviceBridge
    printing: PrintService
    pdf: Path

    @property
    def device(self) -> Device:
        return self.bridge.device

    def screen(self, route: str) -> KioskScreen:
        return self.window.screen(route)

    def spoken(self) -> list[str]:
        return self.engine.spoken_texts

    def pdf_files(self) -> list[Path]:
        return sorted(self.pdf.glob("*.pdf"))

    def close(self) -> None:
        self.window.shutdown()
        self.speaker.close()
        self.bridge.close()


def make_kiosk(
    device: Device,
    languages: Languages,
    folder: Path,
    *,
    printer: Printer | str | None = "pdf",
    options: KioskOptions | None = None,
    engine: RecordingEngine | None = None,
) -> KioskRig:
    pdf = folder / "print"
    pdf.mkdir(parents=True, exist_ok=True)
    chosen: Printer | None = QtPrinter(pdf_folder=pdf) if printer == "pdf" else printer  # type: ignore[assignment]
    engine = engine or RecordingEngine()
    speaker = Speaker(engine, fallback=SilentEngine(seconds_per_char=0))
    speaker.start()
    bridge = DeviceBridge(device)
    printing = PrintService(chosen, device)
    ctx = KioskContext(bridge, speaker, printing, languages, options or KioskOptions(locked=False))
    window = KioskWindow(ctx, SCREENS)
    window.finish_building()
    return KioskRig(window, ctx, engine, speaker, bridge, printing, pdf)


def visible_text(widget: QWidget) -> str:
    """Everything a person can read on ``widget`` now, one string."""
    from tests.support.translation import shown_strings

    return "\n".join(shown_strings(widget))


@dataclass
class SnapshotKiosk:
    """The kiosk as a start from its home snapshot builds it: home drawn from the figures, no device yet;
    ``attach`` then hands it the device as the program does after the first frame."""

    window: KioskWindow
    ctx: KioskContext
    engine: RecordingEngine
    speaker: Speaker
    bridge: DeviceBridge | None = None

    def attach(self, device: Device, folder: Path) -> None:
        pdf = folder / "print"
        pdf.mkdir(parents=True, exist_ok=True)
        self.bridge = DeviceBridge(device)
        self.window.add_screens(SCREENS)
        self.ctx.attach_core(self.bridge, PrintService(QtPrinter(pdf_folder=pdf), device))

    def close(self) -> None:
        self.window.shutdown()
        self.speaker.close()
        if self.bridge is not None:
            self.bridge.close()


def make_kiosk_from_snapshot(
    figures: HomeFigures, languages: Languages, wall: Callable[[], datetime], *, options: KioskOptions | None = None
) -> SnapshotKiosk:
    from kiosk.screens.home import HomeScreen

    engine = RecordingEngine()
    speaker = Speaker(engine, fallback=SilentEngine(seconds_per_char=0))
    speaker.start()
    ctx = KioskContext(
        None, speaker, None, languages, options or KioskOptions(locked=False), snapshot=figures, wall=wall
    )
    return SnapshotKiosk(KioskWindow(ctx, (HomeScreen,)), ctx, engine, speaker)

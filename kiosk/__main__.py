"""Entry point of hall-kiosk: the self-service kiosk, full screen and locked down, with elder mode,
read-aloud, captions and printing."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from common.ui.device_runtime import add_device_arguments
from common.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from common.printing.printer import Printer
    from common.self_service.provider_loading import ProviderParts
    from common.settings import DeviceSettings
    from common.ui.app import HallApp
    from kiosk.context import KioskOptions
    from kiosk.kiosk_window import KioskWindow

log = logging.getLogger("hall.kiosk")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hall-kiosk",
        description="The self-service kiosk: queue numbers, appointments, service guides, case progress and ratings.",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="the screens' language (default: the settings', or zh_CN)")
    parser.add_argument("--elder", action="store_true", help="start in elder mode (large text, read aloud)")
    parser.add_argument("--windowed", action="store_true", help="a normal window, not locked down (for trying it out)")
    parser.add_argument("--printer-pdf-folder", type=Path, help="print every ticket and guide as a PDF in this folder")
    parser.add_argument(
        "--speech-folder", type=Path, help="keep what is read aloud as WAV files in this folder instead of playing it"
    )
    parser.add_argument("--quit-after-first-frame", action="store_true", help=argparse.SUPPRESS)
    add_device_arguments(parser)
    return parser


def _printer(settings: DeviceSettings, pdf_folder: Path | None) -> tuple[Printer | None, bool]:
    """The kiosk's printer from its settings (or a PDF folder), and whether its jobs run on a thread."""
    from common.kiosk.printer_choice import back_end_settings
    from kiosk.printing import make_printer

    chosen = back_end_settings(settings.printer, pdf_folder)
    if chosen is None:
        return None, False
    if chosen.pdf_folder is not None:
        chosen.pdf_folder.mkdir(parents=True, exist_ok=True)
    return make_printer(chosen), chosen.is_escpos


def _options(args: argparse.Namespace, settings: DeviceSettings, language: str) -> KioskOptions:
    from kiosk.context import KioskOptions

    return KioskOptions(
        language=language,
        elder_default=args.elder or settings.elder.default,
        read_aloud=settings.elder.read_aloud,
        speech_rate=settings.elder.speech_rate,
        idle_reset_s=settings.display.idle_reset_s,
        exit_pin_hash=settings.exit_pin_hash,
        locked=not args.windowed and args.tile is None and settings.display.fullscreen,
    )


def _first_frame(ready: str, started: float, window: KioskWindow, hall: HallApp, *, quit_now: bool) -> None:
    """The kiosk can be touched: say so (with the time it took), then build the other screens."""
    from PySide6.QtCore import QTimer

    now = time.monotonic()
    shown = {
        "first_frame_s": round(now - started, 3),
        "first_frame_monotonic": now,
        "full_screen": window.isFullScreen(),
    }
    log.info(ready, extra=shown)
    if quit_now:
        hall.quit()
        return
    window.finish_building(later=True)
    QTimer.singleShot(0, window.warm_up)


def _settings_and_providers(args: argparse.Namespace) -> tuple[DeviceSettings, ProviderParts] | None:
    """The settings and the self-service providers they name; None (said on stderr) if either is wrong."""
    from common.projection.admission import DeviceKind
    from common.self_service.provider_loading import load_providers
    from common.settings import DeviceSettings, SettingsError, load_settings

    try:
        settings = load_settings(args.settings) if args.settings else DeviceSettings(kind=DeviceKind.KIOSK)
        return settings, load_providers(settings.self_service, str(args.settings or "settings"))
    except SettingsError as e:
        print(f"hall-kiosk: settings: {e}", file=sys.stderr)
        return None


def _log_providers(settings: DeviceSettings) -> None:
    from common.settings import DEMO_CERTIFICATES, DEMO_IDENTITY, DEMO_SCANNER

    chosen = settings.self_service
    log.info(
        "kiosk: self-service providers: identity %s, certificates %s, scanner %s",
        chosen.identity,
        chosen.certificates,
        chosen.scanner,
    )
    if chosen.identity == DEMO_IDENTITY or chosen.certificates == DEMO_CERTIFICATES or chosen.scanner == DEMO_SCANNER:
        log.warning("kiosk: self-service uses DEMO providers: set [self_service] in the settings for a real hall")


def main(argv: list[str] | None = None) -> int:
    started = time.monotonic()
    args = _parser().parse_args(argv)

    from common.json_logging import setup_logging
    from common.projection.admission import DeviceKind

    loaded = _settings_and_providers(args)
    if loaded is None:
        return 2
    settings, providers = loaded
    setup_logging("hall-kiosk", settings.log_dir if args.settings else None)
    _log_providers(settings)

    from common.speech.audio_output import FolderOutput, PlayerOutput
    from common.speech.engines import SilentEngine
    from common.speech.espeak_engine import EspeakEngine
    from common.ui.app import HallApp
    from common.ui.device_bridge import DeviceBridge
    from common.ui.device_runtime import open_device, start_sync
    from common.ui.speech import Speaker
    from common.ui.window_placement import show_in_tile
    from kiosk.context import KioskContext, device_salt
    from kiosk.kiosk_window import KioskWindow
    from kiosk.print_service import PrintService
    from kiosk.screens.all_screens import SCREENS

    language = args.lang or settings.language
    hall = HallApp("hall-kiosk", language=language)
    device = open_device(args, DeviceKind.KIOSK, hall)
    if device is None:
        return 2
    printer, threaded = _printer(settings, args.printer_pdf_folder)
    output = FolderOutput(args.speech_folder) if args.speech_folder else PlayerOutput()
    speaker = Speaker(EspeakEngine(output), rate=settings.elder.speech_rate, fallback=SilentEngine())
    speaker.engine_unavailable.connect(lambda reason: log.warning("kiosk: speech unavailable: %s", reason))
    bridge = DeviceBridge(device)
    printing = PrintService(printer, device, threaded=threaded)
    options = _options(args, settings, language)
    ctx = KioskContext(
        bridge, speaker, printing, hall.languages, options, providers=providers.with_salt(device_salt(device))
    )
    window = KioskWindow(ctx, SCREENS)
    ctx.exit_requested.connect(hall.quit)
    start_sync(hall, device, bridge, offline=args.offline, control_port=args.control)
    speaker.start()
    hall.on_quit(bridge.close)
    hall.on_quit(speaker.close)
    hall.on_quit(window.shutdown)

    ready = f"kiosk: ready, device {device.identity.device_id}, hall {device.identity.hall_id}, printer " + (
        printer.name if printer else "none"
    )
    window.first_painted.connect(
        lambda: _first_frame(ready, started, window, hall, quit_now=args.quit_after_first_frame)
    )
    if options.locked:
        window.showFullScreen()
    elif args.tile is not None:
        show_in_tile(window, args.tile)
    else:
        window.show()
    return hall.run()


if __name__ == "__main__":
    sys.exit(main())

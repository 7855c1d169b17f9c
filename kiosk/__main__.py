"""Entry point of hall-kiosk: the self-service kiosk, full screen and locked down, with elder mode,
read-aloud, captions and printing.

A kiosk that ran before starts from its home snapshot (``common/kiosk/home_snapshot.py``): home is drawn
with PySide6 and light modules only, and the settings' validation, the store, the sync client and the other
screens are loaded right after that first frame; a tap meanwhile is kept and acted on then. Without a
usable snapshot (the first start, a damaged file, changed settings) it starts the old way: everything
first, then the first frame."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from common.ui.device_arguments import add_device_arguments
from common.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from common.device import Device
    from common.kiosk.home_snapshot import HomeSnapshot
    from common.kiosk.start_settings import StartSettings
    from common.printing.printer import Printer
    from common.self_service.provider_loading import ProviderParts
    from common.settings import DeviceSettings
    from common.ui.app import HallApp
    from common.ui.device_bridge import DeviceBridge
    from common.ui.speech import Speaker
    from kiosk.context import KioskContext, KioskOptions
    from kiosk.kiosk_window import KioskWindow
    from kiosk.print_service import PrintService

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


def _options(args: argparse.Namespace, start: StartSettings, exit_pin_hash: str) -> KioskOptions:
    from kiosk.context import KioskOptions

    return KioskOptions(
        language=args.lang or start.language,
        elder_default=args.elder or start.elder_default,
        read_aloud=start.read_aloud,
        speech_rate=start.speech_rate,
        idle_reset_s=start.idle_reset_s,
        exit_pin_hash=exit_pin_hash,
        locked=not args.windowed and args.tile is None and start.fullscreen,
    )


def _settings_and_providers(args: argparse.Namespace) -> tuple[DeviceSettings, ProviderParts] | None:
    """The settings and the self-service providers they name; None (said on stderr) if either is wrong."""
    from common.device_kind import DeviceKind
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


def _store_path(args: argparse.Namespace) -> Path | None:
    """The store the settings (or ``--store``) name, found without validating the settings."""
    from common.kiosk.start_settings import store_named_in

    if args.store is not None:
        return Path(args.store)
    return store_named_in(args.settings) if args.settings is not None else None


def _home_snapshot(args: argparse.Namespace) -> HomeSnapshot | None:
    """The snapshot the kiosk kept at its last run, if its store is there to be opened after it and its
    settings file is the one the snapshot was taken with."""
    from common.kiosk.home_snapshot import read_home_snapshot, snapshot_path
    from common.kiosk.start_settings import settings_fingerprint

    store = _store_path(args)
    if store is None or not store.exists():
        return None
    snapshot = read_home_snapshot(snapshot_path(store))
    try:
        fingerprint = settings_fingerprint(args.settings)
    except OSError:
        return None
    return snapshot if snapshot is not None and snapshot.start.fingerprint == fingerprint else None


@dataclass
class _Core:
    """What the kiosk needs of its device, opened as it always was: the store, its bridge, the printer."""

    device: Device
    bridge: DeviceBridge
    printing: PrintService
    printer: Printer | None

    def describe(self) -> str:
        identity = self.device.identity
        printer = self.printer.name if self.printer else "none"
        return f"device {identity.device_id}, hall {identity.hall_id}, printer {printer}"


def _open_core(args: argparse.Namespace, settings: DeviceSettings, hall: HallApp) -> _Core | None:
    """Open (or enroll) the store and make the printer; None if the store cannot be used (said on stderr)."""
    from common.device_kind import DeviceKind
    from common.ui.device_bridge import DeviceBridge
    from common.ui.device_runtime import open_device
    from kiosk.print_service import PrintService

    device = open_device(args, DeviceKind.KIOSK, hall)
    if device is None:
        return None
    printer, threaded = _printer(settings, args.printer_pdf_folder)
    bridge = DeviceBridge(device)
    return _Core(device, bridge, PrintService(printer, device, threaded=threaded), printer)


@dataclass
class _Run:
    """One run of the program: its arguments, when it started, the app, speech, and the kiosk once made."""

    args: argparse.Namespace
    started: float
    hall: HallApp
    speaker: Speaker
    options: KioskOptions
    ctx: KioskContext | None = None
    window: KioskWindow | None = None

    def show(self) -> None:
        from common.ui.window_placement import show_in_tile

        assert self.ctx is not None and self.window is not None
        self.ctx.exit_requested.connect(self.hall.quit)
        self.hall.on_quit(self.speaker.close)
        self.hall.on_quit(self.window.shutdown)
        if self.options.locked:
            self.window.showFullScreen()
        elif self.args.tile is not None:
            show_in_tile(self.window, self.args.tile)
        else:
            self.window.show()

    def ready(self, message: str) -> None:
        """The first interactive frame is painted: say so, with the time it took."""
        now = time.monotonic()
        shown = {"first_frame_s": round(now - self.started, 3), "first_frame_monotonic": now}
        full_screen = self.window.isFullScreen() if self.window is not None else False
        log.info(message, extra={**shown, "full_screen": full_screen})

    def live(self, core: _Core, settings: DeviceSettings) -> None:
        """The core is loaded: say so, keep the home snapshot from now on, then (unless only the start is
        measured) build the other screens."""
        from PySide6.QtCore import QTimer

        from common.kiosk.home_snapshot import snapshot_path
        from common.kiosk.start_settings import start_settings
        from kiosk.home_snapshot_keeper import HomeSnapshotKeeper

        assert self.ctx is not None and self.window is not None
        now = time.monotonic()
        log.info(
            f"kiosk: core loaded, {core.describe()}",
            extra={"core_s": round(now - self.started, 3), "core_monotonic": now},
        )
        store = _store_path(self.args)
        if store is not None:
            start = start_settings(settings, self.args.settings)
            keeper = HomeSnapshotKeeper(self.ctx, start, snapshot_path(store), self.hall.qt)
            keeper.write()
            self.hall.on_quit(keeper.stop)
        if self.args.quit_after_first_frame:
            self.hall.quit()
            return
        self.window.finish_building(later=True)
        QTimer.singleShot(0, self.window.warm_up)


def _run(args: argparse.Namespace, started: float, start: StartSettings, exit_pin_hash: str, *, defer: bool) -> _Run:
    """The app, its languages and speech: what the first frame needs besides the kiosk's own widgets."""
    from common.speech.audio_output import FolderOutput, PlayerOutput
    from common.speech.engines import SilentEngine
    from common.speech.espeak_engine import EspeakEngine
    from common.ui.app import HallApp
    from common.ui.speech import Speaker

    options = _options(args, start, exit_pin_hash)
    hall = HallApp("hall-kiosk", language=options.language, defer_event_loop=defer)
    output = FolderOutput(args.speech_folder) if args.speech_folder else PlayerOutput()
    speaker = Speaker(EspeakEngine(output), rate=start.speech_rate, fallback=SilentEngine())
    speaker.engine_unavailable.connect(lambda reason: log.warning("kiosk: speech unavailable: %s", reason))
    return _Run(args, started, hall, speaker, options)


def main(argv: list[str] | None = None) -> int:
    started = time.monotonic()
    args = _parser().parse_args(argv)

    from common.json_logging import setup_logging

    setup_logging("hall-kiosk", None)  # to stderr until the settings name the log folder
    snapshot = _home_snapshot(args)
    if snapshot is not None:
        return _start_from_snapshot(args, started, snapshot)
    return _start_with_the_core_first(args, started)


def _start_with_the_core_first(args: argparse.Namespace, started: float) -> int:
    """The old way, for a first start (or no usable snapshot): settings, store and every screen, then the
    first frame."""
    from common.json_logging import setup_logging
    from common.kiosk.start_settings import start_settings
    from common.ui.device_runtime import start_sync
    from kiosk.context import KioskContext, device_salt
    from kiosk.kiosk_window import KioskWindow
    from kiosk.screens.all_screens import SCREENS

    loaded = _settings_and_providers(args)
    if loaded is None:
        return 2
    settings, providers = loaded
    setup_logging("hall-kiosk", settings.log_dir if args.settings else None)
    _log_providers(settings)
    run = _run(args, started, start_settings(settings, args.settings), settings.exit_pin_hash, defer=False)
    core = _open_core(args, settings, run.hall)
    if core is None:
        return 2
    salted = providers.with_salt(device_salt(core.device))
    run.ctx = KioskContext(core.bridge, run.speaker, core.printing, run.hall.languages, run.options, providers=salted)
    run.window = KioskWindow(run.ctx, SCREENS)
    start_sync(run.hall, core.device, core.bridge, offline=args.offline, control_port=args.control)
    run.speaker.start()
    run.hall.on_quit(core.bridge.close)
    run.window.first_painted.connect(lambda: (run.ready(f"kiosk: ready, {core.describe()}"), run.live(core, settings)))
    run.show()
    return run.hall.run()


def _start_from_snapshot(args: argparse.Namespace, started: float, snapshot: HomeSnapshot) -> int:
    """Home from the snapshot first, with PySide6 and light modules only; the settings' validation, the
    store, asyncio, the sync client and the other screens right after that frame."""
    from common.json_logging import setup_logging
    from kiosk.context import KioskContext
    from kiosk.kiosk_window import KioskWindow
    from kiosk.screens.home import HomeScreen

    setup_logging("hall-kiosk", Path(snapshot.start.log_dir) if args.settings else None)
    run = _run(args, started, snapshot.start, "", defer=True)
    run.ctx = KioskContext(None, run.speaker, None, run.hall.languages, run.options, snapshot=snapshot.figures)
    run.window = KioskWindow(run.ctx, (HomeScreen,))
    painted: list[bool] = []
    run.window.first_painted.connect(lambda: painted.append(True))
    run.show()
    run.hall.paint_first_frame(lambda: bool(painted))
    run.ready(f"kiosk: ready, home drawn from its snapshot, store {_store_path(args)}")
    run.speaker.start()  # its thread loads the speech engine: after the first frame, not competing with it
    run.hall.loop.create_task(_attach_core(run, snapshot))
    return run.hall.run()


async def _attach_core(run: _Run, snapshot: HomeSnapshot) -> None:
    """After the first frame: validate the settings and open the store exactly as a start without a
    snapshot does, then hand the device to the screens (a tap kept meanwhile is acted on now) and sync."""
    from common.kiosk.start_settings import start_settings
    from common.ui.device_runtime import start_sync_in_loop
    from kiosk.context import device_salt
    from kiosk.screens.all_screens import SCREENS

    assert run.ctx is not None and run.window is not None
    args = run.args
    loaded = _settings_and_providers(args)
    if loaded is None:
        run.hall.quit(2)
        return
    settings, providers = loaded
    _log_providers(settings)
    core = _open_core(args, settings, run.hall)
    if core is None:
        run.hall.quit(2)
        return
    start = start_settings(settings, args.settings)
    run.window.add_screens(SCREENS)
    options = _options(args, start, settings.exit_pin_hash)
    run.ctx.attach_core(core.bridge, core.printing, providers.with_salt(device_salt(core.device)), options=options)
    if start != snapshot.start:  # the settings file was replaced within its own timestamp: its settings win
        log.warning("kiosk: the settings differ from the home snapshot's; starting over with them")
        run.window.start_over()
    await start_sync_in_loop(run.hall, core.device, core.bridge, offline=args.offline, control_port=args.control)
    run.hall.on_quit(core.bridge.close)
    run.live(core, settings)


if __name__ == "__main__":
    sys.exit(main())

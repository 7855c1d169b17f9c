"""Entry point of hall-window: the clerk console and the citizen-facing screen of one window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from common.ui.device_runtime import add_device_arguments
from common.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from common.settings import DeviceSettings
    from common.ui.app import HallApp
    from common.ui.speech import Speaker
    from window_client.window_client import WindowClient

log = logging.getLogger("hall.window")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hall-window",
        description="The window client: clerk console and citizen-facing screen with the rating pad.",
    )
    parser.add_argument("--window", type=int, help="the window number at this desk (default: the settings' window)")
    parser.add_argument("--lang", choices=LANGUAGES, help="screen language (default: the settings', else zh_CN)")
    parser.add_argument(
        "--single-screen",
        action="store_true",
        help="show the console and the citizen screen side by side in one window",
    )
    parser.add_argument("--windowed", action="store_true", help="normal windows instead of full screen")
    parser.add_argument("--elder", action="store_true", help="start the citizen screen in elder mode")
    parser.add_argument("--print-folder", type=Path, help="write one-time notices as PDF files here")
    parser.add_argument(
        "--speech-folder", type=Path, help="keep what is read aloud as WAV files here instead of playing"
    )
    parser.add_argument("--log-dir", type=Path, help="write JSON-lines logs here as well as to stderr")
    parser.add_argument(
        "--rating-timeout",
        type=int,
        default=60,
        metavar="SECONDS",
        help="how long the rating pad waits before the visit is recorded as not rated (default 60)",
    )
    add_device_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)

    from common.json_logging import setup_logging
    from common.settings import SettingsError, load_settings

    settings: DeviceSettings | None = None
    if args.settings is not None:
        try:
            settings = load_settings(args.settings, store=args.store, window=args.window)
        except SettingsError as e:
            print(f"hall-window: settings: {e}", file=sys.stderr)
            return 2
    setup_logging("hall-window", args.log_dir or (settings.log_dir if settings else None))
    window = args.window or (settings.window if settings else None)
    if window is None:
        print(
            "hall-window: which window is this desk? give --window N (or window = N in the settings)", file=sys.stderr
        )
        return 2
    if not 1 <= args.rating_timeout <= 600:
        print("hall-window: --rating-timeout is 1 to 600 seconds", file=sys.stderr)
        return 2
    return _run(args, settings, window)


def _run(args: argparse.Namespace, settings: DeviceSettings | None, window: int) -> int:
    from datetime import timedelta

    from PySide6.QtCore import QTimer

    from common.projection.admission import DeviceKind
    from common.readability import DisplayMode
    from common.ui.app import HallApp
    from common.ui.device_bridge import DeviceBridge
    from common.ui.device_runtime import open_device, start_sync
    from common.ui.i18n import DEFAULT_LANGUAGE
    from common.window.photo_cache import PhotoCache, photo_folder
    from window_client.printer_choice import printer_from
    from window_client.window_client import WindowClient

    hall = HallApp("hall-window", language=args.lang or (settings.language if settings else DEFAULT_LANGUAGE))
    device = open_device(args, DeviceKind.WINDOW, hall)
    if device is None:
        return 2
    try:
        device.bundle.config.window(window)
    except KeyError:
        numbers = ", ".join(str(w.number) for w in device.bundle.config.windows)
        print(f"hall-window: the hall has no window {window} (it has {numbers})", file=sys.stderr)
        return 2
    speaker = _speaker(args, settings)
    bridge = DeviceBridge(device)
    client = WindowClient(
        bridge,
        window,
        speaker=speaker,
        printer=printer_from(settings, args.print_folder),
        photos=PhotoCache(photo_folder(device.store.path)),
        rating_timeout=timedelta(seconds=args.rating_timeout),
    )
    sync = start_sync(hall, device, bridge, offline=args.offline, control_port=args.control)
    if sync is not None:
        client.follow_sync(sync.status, sync.api)
    speaker.start()
    if args.elder or (settings is not None and settings.elder.default):
        client.citizen.set_mode(DisplayMode.ELDER)
    hall.on_quit(bridge.close)
    hall.on_quit(speaker.close)
    hall.on_quit(client.shutdown)
    _show(args, client, settings, hall)
    ready = f"window: ready, device {device.identity.device_id}, hall {device.identity.hall_id}, window {window}"
    QTimer.singleShot(0, lambda: log.info(ready + (", single screen" if args.single_screen else "")))
    return hall.run()


def _speaker(args: argparse.Namespace, settings: DeviceSettings | None) -> Speaker:
    from common.speech.audio_output import FolderOutput, PlayerOutput
    from common.speech.espeak_engine import EspeakEngine
    from common.ui.speech import Speaker

    output = FolderOutput(args.speech_folder) if args.speech_folder else PlayerOutput()
    speaker = Speaker(EspeakEngine(output))
    if settings is not None:
        speaker.set_rate(settings.elder.speech_rate)
    speaker.engine_unavailable.connect(lambda reason: log.warning("window: speech unavailable: %s", reason))
    return speaker


def _show(args: argparse.Namespace, client: WindowClient, settings: DeviceSettings | None, hall: HallApp) -> None:
    """The console on the main screen and the citizen screen on the monitor facing the citizen, or both in one."""
    from PySide6.QtGui import QGuiApplication

    from common.ui.window_placement import show_in_tile
    from window_client.single_screen import SingleScreen

    if args.single_screen:
        both = SingleScreen(client.console, client.citizen)
        hall.on_quit(both.close)
        if args.tile is not None:
            show_in_tile(both, args.tile)
        elif args.windowed:
            both.show()
        else:
            both.showMaximized()
        return
    screens = QGuiApplication.screens()
    wanted = settings.display.citizen_screen if settings else 1
    facing = screens[wanted] if wanted < len(screens) else screens[-1]
    client.citizen.setScreen(facing)
    client.citizen.move(facing.geometry().topLeft())
    for w in (client.console, client.citizen):
        hall.on_quit(w.close)
    if args.tile is not None:
        show_in_tile(client.console, args.tile)
        client.citizen.show()
    elif args.windowed:
        client.console.show()
        client.citizen.show()
    else:
        client.console.showMaximized()
        client.citizen.showFullScreen()


if __name__ == "__main__":
    sys.exit(main())

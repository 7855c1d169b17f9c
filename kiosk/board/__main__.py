"""Entry point of hall-board: the hall's big screen, with calls shown, spoken and captioned."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from common.ui.device_runtime import add_device_arguments
from common.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger("hall.board")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hall-board", description="The hall board: called numbers on the big screen, spoken and captioned."
    )
    parser.add_argument("--portrait", action="store_true", help="lay out for a 1080x1920 portrait screen")
    parser.add_argument("--lang", choices=LANGUAGES, help="screen language (default: the settings', else zh_CN)")
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    parser.add_argument(
        "--speech-folder",
        type=Path,
        help="keep each announcement as numbered WAV files in this folder instead of playing it",
    )
    add_device_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from common.json_logging import setup_logging
    from common.settings import SettingsError, load_settings

    try:
        settings = load_settings(args.settings) if args.settings else None
    except SettingsError as e:
        print(f"hall-board: settings: {e}", file=sys.stderr)
        return 2
    setup_logging("hall-board", settings.log_dir if settings else None)
    language = args.lang or (settings.language if settings else DEFAULT_LANGUAGE)
    portrait = args.portrait or (settings is not None and settings.display.portrait)
    windowed = args.windowed or (settings is not None and not settings.display.fullscreen)

    from PySide6.QtCore import QTimer

    from common.projection.admission import DeviceKind
    from common.speech.audio_output import FolderOutput, PlayerOutput
    from common.speech.espeak_engine import EspeakEngine
    from common.ui.app import HallApp
    from common.ui.device_bridge import DeviceBridge
    from common.ui.device_runtime import open_device, start_sync
    from common.ui.speech import Speaker
    from common.ui.window_placement import show_in_tile
    from kiosk.board.board_window import BoardWindow

    hall = HallApp("hall-board", language=language)
    device = open_device(args, DeviceKind.BOARD, hall)
    if device is None:
        return 2
    output = FolderOutput(args.speech_folder) if args.speech_folder else PlayerOutput()
    speaker = Speaker(EspeakEngine(output))
    bridge = DeviceBridge(device)
    board = BoardWindow(bridge, speaker, portrait=portrait)
    start_sync(hall, device, bridge, offline=args.offline, control_port=args.control, screen=board.shown)
    speaker.engine_unavailable.connect(lambda reason: log.warning("board: speech unavailable: %s", reason))
    speaker.start()
    hall.on_quit(bridge.close)
    hall.on_quit(speaker.close)
    hall.on_quit(board.shutdown)
    if args.tile is not None:
        show_in_tile(board, args.tile)
    elif windowed:
        board.show()
    else:
        board.showFullScreen()
    shape = "portrait" if portrait else "landscape"
    ready = f"board: ready, device {device.identity.device_id}, hall {device.identity.hall_id}, {shape}, {language}"
    QTimer.singleShot(0, lambda: log.info(ready))  # once the event loop runs, SIGTERM is handled
    return hall.run()


if __name__ == "__main__":
    sys.exit(main())

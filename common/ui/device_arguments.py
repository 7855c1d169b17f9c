"""The command-line arguments every Hall device program takes (store, settings, enrollment, sync, control,
tile). Its own light module, so a program can read its arguments before it loads the core."""

from __future__ import annotations

import argparse
from pathlib import Path

from common.ui.window_placement import tile_number


def add_device_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--settings", type=Path, help="the device's TOML settings file")
    parser.add_argument("--store", type=Path, help="the device's store (SQLite file); overrides the settings")
    parser.add_argument("--central", help="the central store's URL, for enrolling (e.g. http://127.0.0.1:8730)")
    parser.add_argument("--enroll", metavar="CODE", help="enroll with this one-time code if the store is new")
    parser.add_argument("--offline", action="store_true", help="do not sync (for trying the screens alone)")
    parser.add_argument(
        "--control", type=int, metavar="PORT", help="take actions from a local control channel (tests, automation)"
    )
    parser.add_argument(
        "--tile", type=tile_number, metavar="N", help="a normal window in tile N (0-3) of a 2x2 grid (the demo)"
    )

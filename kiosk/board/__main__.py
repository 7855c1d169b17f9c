"""Entry point of hall-board: The hall board."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="hall-board", description="The hall board: called numbers on the big screen, spoken and captioned."
    )
    parser.parse_args(argv)
    print("hall-board: not built yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())

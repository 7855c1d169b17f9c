"""Entry point of hall-window: The window client."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="hall-window",
        description="The window client: clerk console and citizen-facing screen with the rating pad.",
    )
    parser.parse_args(argv)
    print("hall-window: not built yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Entry point of hall-demo: The whole hall on one machine."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="hall-demo",
        description="The whole hall on one machine: central store, kiosk, two window clients and the board.",
    )
    parser.parse_args(argv)
    print("hall-demo: not built yet")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())

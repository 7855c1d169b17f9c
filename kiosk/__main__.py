"""Entry point of hall-kiosk: The self-service kiosk."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="hall-kiosk",
        description="The self-service kiosk: queue numbers, service guides, appointments, case ratings.",
    )
    parser.parse_args(argv)
    print("hall-kiosk: not built yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())

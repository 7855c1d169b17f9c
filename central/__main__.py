"""Entry point of hall-central: The central store."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="hall-central",
        description="The central store: sync server, supervision pages and administration commands.",
    )
    parser.parse_args(argv)
    print("hall-central: not built yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())

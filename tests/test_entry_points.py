"""Every program the package installs starts and exits cleanly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
PROGRAMS = ["hall-kiosk", "hall-window", "hall-board", "hall-central", "hall-demo"]


@pytest.mark.parametrize("program", PROGRAMS)
def test_the_program_is_installed_and_answers_help(program: str) -> None:
    exe = BIN / program
    if not exe.exists():
        exe = Path(shutil.which(program) or program)
    result = subprocess.run([str(exe), "--help"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()

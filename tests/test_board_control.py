"""The board's control channel: the real program answers what it knows (it writes nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.central_server import RunningCentral
from tests.support.hall_programs import Program, ProgramError


@pytest.mark.slow
def test_the_real_board_reports_its_state_and_refuses_writes(tmp_path: Path, central: RunningCentral) -> None:
    board = Program.launch(
        "board",
        "hall-board",
        tmp_path,
        tmp_path / "board.db",
        code=central.enroll_code("board"),
        central=central.url,
        extra=["--windowed", "--speech-folder", str(tmp_path / "spoken")],
    )
    try:
        state = board.ask("state")
        assert state["device_id"].startswith("board-") and state["tickets"] == 0
        with pytest.raises(ProgramError, match="not_allowed"):
            board.ask("issue_ticket", category="A")
    finally:
        assert board.stop() == 0
    assert board.tracebacks() == []

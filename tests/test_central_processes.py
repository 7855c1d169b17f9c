"""``hall-central serve --processes N``: several server processes on one port, on PostgreSQL only; one that
dies is replaced, a stop ends them all, and none outlives its parent."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import httpx
import pytest

from tests.support.central_server import ROOT, RunningCentral, ServerProcess, free_port, serve_subprocess
from tests.support.concurrent_pushes import concurrent_pushes

WAIT_S = 30


def children(pid: int) -> set[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except FileNotFoundError:
        return set()
    return {int(p) for p in text.split()}


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


def wait_for(condition: str, check: object, server: ServerProcess) -> None:
    deadline = time.monotonic() + WAIT_S
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"{condition}, never happened:\n" + "".join(server.log)
        time.sleep(0.05)


def serve_refused(db_url: str, *options: str) -> subprocess.CompletedProcess[str]:
    """``hall-central serve`` with options it must refuse: it returns at once, with its status and message."""
    return subprocess.run(
        [sys.executable, "-m", "central", "serve", "--db", db_url, *options],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_more_than_one_process_on_sqlite_is_refused(tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "central.db"
    done = serve_refused(f"sqlite:///{db}", "--port", str(port), "--processes", "2")
    assert done.returncode == 2
    assert "--processes above 1 needs PostgreSQL" in done.stderr
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/openapi.json")


def test_zero_processes_is_a_usage_error(tmp_path: Path) -> None:
    done = serve_refused(f"sqlite:///{tmp_path / 'c.db'}", "--processes", "0")
    assert done.returncode == 2 and "--processes must be at least 1" in done.stderr


@pytest.mark.postgres
@pytest.mark.slow
def test_processes_share_one_port_keep_one_sequence_and_replace_one_that_dies(central_pg: RunningCentral) -> None:
    server = serve_subprocess(central_pg.db_url, processes=2)
    try:
        first = children(server.process.pid)
        assert len(first) == 2, "".join(server.log)
        concurrent_pushes([server.api], central_pg, threads=6, batches=5)

        # A server process that dies is started again; the port keeps answering meanwhile.
        killed = min(first)
        os.kill(killed, signal.SIGKILL)
        wait_for("a new server process", lambda: len(children(server.process.pid) - first) == 1, server)
        assert killed not in children(server.process.pid)
        assert "starting it again" in "".join(server.log)
        device = central_pg.enroll("board")
        with httpx.Client(base_url=server.api, headers=device.headers) as board:
            for _ in range(8):  # several connections: whichever process takes each, it answers
                board.headers["Connection"] = "close"
                assert board.get("/sync/pull").json()["head"] == 6 * 5 * 10

        # A stop ends every process and the parent says it stopped cleanly.
        now = children(server.process.pid)
        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(30) == 0
        assert not any(alive(pid) for pid in now)
    finally:
        server.stop()


@pytest.mark.postgres
@pytest.mark.slow
def test_no_server_process_outlives_a_killed_parent(central_pg: RunningCentral) -> None:
    """A parent killed outright (SIGKILL, an out-of-memory kill) takes its children with it, so the port is
    free for the server that systemd starts next."""
    server = serve_subprocess(central_pg.db_url, processes=2)
    kids = children(server.process.pid)
    try:
        assert len(kids) == 2
        server.process.kill()
        server.process.wait(15)
        wait_for("every server process gone", lambda: not any(alive(pid) for pid in kids), server)
    finally:
        for pid in kids:  # when they did outlive it: end them, or the pipe they hold keeps the test waiting
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        server.stop()
    again = serve_subprocess(central_pg.db_url, port=int(server.url.rsplit(":", 1)[1]), processes=2)
    try:
        assert httpx.get(f"{again.url}/openapi.json").status_code == 200
    finally:
        again.stop()


@pytest.mark.postgres
def test_a_port_already_taken_is_said_plainly(pg_url: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = serve_refused(pg_url, "--port", str(port), "--processes", "2")
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in done.stderr

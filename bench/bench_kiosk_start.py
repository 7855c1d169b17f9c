"""Cold start of hall-kiosk to its first interactive frame, as a ratio to a bare PySide6 window started the
same way (a new Python process, the same Qt platform, the clock read when the first frame is painted).

    python -m bench.bench_kiosk_start [--runs 10] [--platform offscreen]

The kiosk runs with the sample hall's store (45 items), offline, in a window, speech to a folder; "first
interactive frame" is the first paint of the kiosk's window showing its home screen, which takes a tap from
then on (the program logs it as ``first_frame_monotonic``). A kiosk that ran before draws that home screen
from the snapshot it keeps beside its store and loads its core (settings' validation, store, sync client,
the other screens) right after; a tap meanwhile is kept and acted on then. The warm-up run is such a
previous run (it writes the snapshot), as on a kiosk that was booted before. The time until the core is
loaded (``core_monotonic``) is reported too. Both sides are started alternately, so machine noise hits both.
Hall's own modules are compiled to bytecode first, as installing the package does (an editable install in
an environment with ``PYTHONDONTWRITEBYTECODE`` would otherwise compile them again at every start, which no
installed kiosk does). Target (issue 4): ratio <= 2.5.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stats import machine

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
class W(QWidget):
    done = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.done:
            self.done = True
            print(time.monotonic(), flush=True)
            QTimer.singleShot(0, app.quit)
w = W(); w.resize(1920, 1080); w.show()
app.exec()
"""


def _env(platform: str, folder: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": platform, "XDG_CACHE_HOME": str(folder / "cache")}


def bare(platform: str, folder: Path) -> float:
    start = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", BARE], capture_output=True, text=True, env=_env(platform, folder), check=True
    )
    return float(out.stdout.split()[-1]) - start


def kiosk(platform: str, folder: Path, store: Path) -> tuple[float, float]:
    """Seconds from the start to the first interactive frame, and to the core loaded."""
    program = Path(sys.executable).with_name("hall-kiosk")
    command = [
        str(program), "--store", str(store), "--offline", "--windowed", "--quit-after-first-frame",
        "--speech-folder", str(folder / "speech"),
    ]  # fmt: skip
    start = time.monotonic()
    out = subprocess.run(command, capture_output=True, text=True, env=_env(platform, folder), check=True)
    ready = core = None
    for line in out.stderr.splitlines():
        if "kiosk: ready" in line:
            ready = float(json.loads(line)["first_frame_monotonic"]) - start
        if "kiosk: core loaded" in line:
            core = float(json.loads(line)["core_monotonic"]) - start
    if ready is None or core is None:
        raise RuntimeError("the kiosk never said it was ready:\n" + out.stderr)
    return ready, core


def make_store(folder: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from common.device import Device, Identity
    from common.hall_bundle import load_hall
    from common.projection.admission import DeviceKind

    bundle = load_hall(Path(__file__).parent.parent / "assets" / "sample_hall")
    store = folder / "kiosk.db"
    Device.create(store, Identity("kiosk-1", bundle.hall_id, DeviceKind.KIOSK), bundle).close()
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--platform", default="offscreen", help="Qt platform for both (offscreen, or xcb under Xvfb)")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    for package in ("common", "kiosk"):
        compileall.compile_dir(root / package, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = make_store(folder)
        bare(args.platform, folder)  # warm the disk cache for both, as a kiosk that was booted before
        kiosk(args.platform, folder, store)
        bares, kiosks, cores = [], [], []
        for _ in range(args.runs):
            bares.append(bare(args.platform, folder))
            ready, core = kiosk(args.platform, folder, store)
            kiosks.append(ready)
            cores.append(core)
    b, k = statistics.median(bares), statistics.median(kiosks)
    print(
        f"cold start to first frame on {machine()}, {args.platform}, {args.runs} runs each: "
        f"bare PySide6 window median {b * 1000:.0f} ms (min {min(bares) * 1000:.0f}), "
        f"hall-kiosk median {k * 1000:.0f} ms (min {min(kiosks) * 1000:.0f}); ratio {k / b:.2f}; "
        f"hall-kiosk core loaded median {statistics.median(cores) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()

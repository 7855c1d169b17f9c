"""Writes assets/sounds/chime.wav: the soft two-note "ding-dong" the board plays before each call.

Generated rather than recorded so it has no licence question: two bell-like tones (E5 then C5, each with
two quiet overtones and an exponential decay), 22,050 Hz mono 16-bit like espeak-ng's speech, peak at half
scale so it never clips. Run it again to regenerate the same bytes.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
NOTES = ((659.25, 0.0), (523.25, 0.55))  # (frequency in Hz, start in seconds)
LENGTH = 1.6
OVERTONES = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12))
DECAY = 3.2  # per second
PEAK = 0.5
FADE_IN = 0.006


def samples() -> list[float]:
    out = []
    for i in range(int(RATE * LENGTH)):
        t = i / RATE
        value = 0.0
        for freq, start in NOTES:
            dt = t - start
            if dt < 0:
                continue
            envelope = math.exp(-DECAY * dt) * min(1.0, dt / FADE_IN)
            value += envelope * sum(a * math.sin(2 * math.pi * freq * k * dt) for k, a in OVERTONES)
        out.append(value)
    # Fade the last 50 ms to silence so the chime ends cleanly.
    tail = int(RATE * 0.05)
    for j in range(tail):
        out[-tail + j] *= 1 - j / tail
    return out


def main() -> None:
    raw = samples()
    scale = PEAK * 32767 / max(abs(v) for v in raw)
    path = Path(__file__).resolve().parent.parent / "assets" / "sounds" / "chime.wav"
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", round(v * scale)) for v in raw))
    print(f"wrote {path} ({len(raw) / RATE:.2f} s)")


if __name__ == "__main__":
    main()

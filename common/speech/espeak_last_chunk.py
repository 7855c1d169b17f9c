"""A mend for pyttsx3's espeak driver, which could drop the end of a saved utterance.

espeak-ng hands synthesized audio to a callback, a chunk at a time, with the events of that chunk. The
driver (pyttsx3 2.9x, ``drivers/espeak.py``, ``_onSynth``) writes the WAV file when it meets the "message
terminated" event, and only then appends the chunk's audio to its buffer: when the last audio and that event
come in the same call, the file is written without them. espeak-ng delivers them together more often when
the machine is busy, so an announcement could lose its last words at random (seen as a worker's WAV of 2.8 s
where the same text gives 3.8 s).

``append_audio_first`` registers a callback that adds the chunk's audio to the driver's buffer before the
driver looks at the events, then lets the driver do the rest with no audio left to add.
"""

from __future__ import annotations

import ctypes
from typing import Any


def append_audio_first(driver: Any) -> None:
    """Re-register ``driver``'s synthesis callback so that each chunk's audio is buffered before its events."""
    from pyttsx3.drivers import _espeak

    original = driver._onSynth

    def on_synth(wav: Any, numsamples: int, events: Any) -> int:
        if numsamples > 0 and driver._speaking:
            driver._data_buffer += ctypes.string_at(wav, numsamples * ctypes.sizeof(ctypes.c_short))
        result: int = original(wav, 0, events)
        return result

    _espeak.SetSynthCallback(on_synth)  # keeps its own reference to the callback while registered

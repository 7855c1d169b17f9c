"""The one place a Hall Qt app is made: QApplication with high-DPI, the Noto CJK font, the language,
and a qasync event loop so ``common/sync`` coroutines run on the Qt loop; then a clean shutdown.

    hall = HallApp("hall-board", language="zh_CN")
    window = BoardWindow(...); window.show()
    hall.on_quit(speaker.close)          # sync or async clean-up, run in reverse order
    sys.exit(hall.run())

``quit()`` (also on SIGINT/SIGTERM) lets the clean-ups finish before the loop stops; ``QApplication.quit``
called directly still runs them, after Qt has stopped.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path

import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from common.ui.i18n import DEFAULT_LANGUAGE, Languages, compile_translations
from common.ui.theme import FONT_FAMILY, NORMAL_TYPE

log = logging.getLogger("hall.ui")

NOTO_FILES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
)
SIGNAL_POLL_MS = 250
"""Python runs signal handlers only when it gets control; a timer hands it control this often."""

CleanUp = Callable[[], Awaitable[None] | None]


def ensure_fonts() -> bool:
    """Make sure Noto Sans CJK SC is known to Qt (fontconfig usually has it); False if Chinese will fall back."""
    if FONT_FAMILY in QFontDatabase.families():
        return True
    for path in NOTO_FILES:
        if path.exists():
            QFontDatabase.addApplicationFont(str(path))
    found = FONT_FAMILY in QFontDatabase.families()
    if not found:
        log.error("ui: font %s is missing; install fonts-noto-cjk or Chinese text will look wrong", FONT_FAMILY)
    return found


class HallApp:
    def __init__(
        self,
        program: str,
        argv: list[str] | None = None,
        *,
        language: str = DEFAULT_LANGUAGE,
        qm_dir: Path | None = None,
    ) -> None:
        existing = QApplication.instance()
        if existing is None:
            # Pixel sizes are the design unit: on a scaled screen, scale by the exact factor, never rounded.
            QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
            self.qt = QApplication(argv if argv is not None else [program])
        else:
            assert isinstance(existing, QApplication)
            self.qt = existing
        self.qt.setApplicationName(program)
        self.qt.setOrganizationName("Hall")
        self.qt.setQuitOnLastWindowClosed(False)
        ensure_fonts()
        font = QFont(FONT_FAMILY)
        font.setPixelSize(NORMAL_TYPE.body)
        self.qt.setFont(font)
        self.languages = Languages(qm_dir or compile_translations(), self.qt)
        self.languages.switch_to(language)
        self.loop = qasync.QEventLoop(self.qt)
        asyncio.set_event_loop(self.loop)
        self._clean_ups: list[CleanUp] = []
        self._quit = asyncio.Event()
        self._signal_timer = QTimer(self.qt)
        self._signal_timer.setInterval(SIGNAL_POLL_MS)
        self._signal_timer.timeout.connect(lambda: None)

    def on_quit(self, clean_up: CleanUp) -> None:
        """Run ``clean_up`` (a function or a coroutine function) when the app quits; last added runs first."""
        self._clean_ups.append(clean_up)

    def quit(self) -> None:
        self.loop.call_soon_threadsafe(self._quit.set)

    def run(self) -> int:
        """Run until ``quit()``; then the clean-ups; return the exit status."""
        previous = {sig: signal.signal(sig, lambda *_: self.quit()) for sig in (signal.SIGINT, signal.SIGTERM)}
        self._signal_timer.start()
        try:
            with self.loop:
                try:
                    self.loop.run_until_complete(self._until_quit())
                except RuntimeError:
                    # QApplication.quit() was called directly: Qt stopped before our clean-ups ran.
                    log.info("ui: Qt quit directly; cleaning up")
                    self.loop.run_until_complete(self._clean_up())
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            asyncio.set_event_loop(None)
        return 0

    async def _until_quit(self) -> None:
        await self._quit.wait()
        await self._clean_up()

    async def _clean_up(self) -> None:
        self._signal_timer.stop()
        while self._clean_ups:
            clean_up = self._clean_ups.pop()
            try:
                result = clean_up()
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("ui: a clean-up step failed")

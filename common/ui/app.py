"""The one place a Hall Qt app is made: QApplication with high-DPI, the Noto CJK font, the language,
and a qasync event loop so ``common/sync`` coroutines run on the Qt loop; then a clean shutdown.

    hall = HallApp("hall-board", language="zh_CN")
    window = BoardWindow(...); window.show()
    hall.on_quit(speaker.close)          # sync or async clean-up, run in reverse order
    sys.exit(hall.run())

``quit()`` (also on SIGINT/SIGTERM) lets the clean-ups finish before the loop stops; ``QApplication.quit``
called directly still runs them, after Qt has stopped.

With ``defer_event_loop``, asyncio and qasync are loaded at the first use of ``loop`` (or ``run``), so a
program can paint its first frame (``paint_first_frame``) before it pays for them.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from common.ui.i18n import DEFAULT_LANGUAGE, Languages, compile_translations
from common.ui.theme import FONT_FAMILY, NORMAL_TYPE

if TYPE_CHECKING:
    import asyncio

    import qasync

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
        defer_event_loop: bool = False,
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
        self._loop: qasync.QEventLoop | None = None
        self._quit: asyncio.Event | None = None
        self._clean_ups: list[CleanUp] = []
        self._status = 0
        self._stop_asked = False
        self._handlers_before: dict[signal.Signals, Any] = {}
        if not defer_event_loop:
            _ = self.loop
        self._signal_timer = QTimer(self.qt)
        self._signal_timer.setInterval(SIGNAL_POLL_MS)
        self._signal_timer.timeout.connect(lambda: None)

    @property
    def loop(self) -> qasync.QEventLoop:
        """The asyncio loop on Qt's (qasync), made at its first use."""
        if self._loop is None:
            import asyncio

            import qasync

            self._loop = qasync.QEventLoop(self.qt)
            asyncio.set_event_loop(self._loop)
            self._quit = asyncio.Event()
        return self._loop

    def paint_first_frame(self, painted: Callable[[], bool]) -> None:
        """Let Qt alone run (show, lay out, paint, and take input) until ``painted()``, before the asyncio
        loop is loaded; ``run`` then goes on with it. A SIGINT or SIGTERM from now on is kept, and ``run``
        quits cleanly at once, rather than the signal killing the app before its loop runs."""
        self._handlers_before = {
            sig: signal.signal(sig, self._stop_before_run) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        self._signal_timer.start()
        while not painted():
            self.qt.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def _stop_before_run(self, *_: object) -> None:
        self._stop_asked = True

    def on_quit(self, clean_up: CleanUp) -> None:
        """Run ``clean_up`` (a function or a coroutine function) when the app quits; last added runs first."""
        self._clean_ups.append(clean_up)

    def quit(self, status: int = 0) -> None:
        """Stop after the clean-ups; ``run`` returns ``status`` (the first non-zero one asked for)."""
        self._status = self._status or status
        loop = self.loop
        assert self._quit is not None
        loop.call_soon_threadsafe(self._quit.set)

    def run(self) -> int:
        """Run until ``quit()``; then the clean-ups; return the exit status."""
        import asyncio

        loop = self.loop
        previous = {sig: signal.signal(sig, lambda *_: self.quit()) for sig in (signal.SIGINT, signal.SIGTERM)}
        previous |= self._handlers_before  # what was there before the first frame's own handlers
        if self._stop_asked:  # a signal came while the first frame was painted or the loop was being made
            self.quit()
        self._signal_timer.start()
        try:
            with loop:
                try:
                    loop.run_until_complete(self._until_quit())
                except RuntimeError:
                    # QApplication.quit() was called directly: Qt stopped before our clean-ups ran.
                    log.info("ui: Qt quit directly; cleaning up")
                    loop.run_until_complete(self._clean_up())
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            asyncio.set_event_loop(None)
        return self._status

    async def _until_quit(self) -> None:
        assert self._quit is not None
        await self._quit.wait()
        await self._clean_up()

    async def _clean_up(self) -> None:
        import inspect

        self._signal_timer.stop()
        while self._clean_ups:
            clean_up = self._clean_ups.pop()
            try:
                result = clean_up()
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("ui: a clean-up step failed")

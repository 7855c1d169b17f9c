"""Languages: Simplified Chinese by default, English, and Traditional Chinese, switchable at runtime.

Source strings in the code are **English**, wrapped in ``QCoreApplication.translate("Context", ...)``
(the context is the widget class), so ``pyside6-lupdate`` finds them. Numbers go in with ``.format``
("{n} min"), not Qt plural forms: pyside6-lupdate does not read those from Python, and Chinese has none.
Every language, English included, has a Qt Linguist source per part (``i18n/<catalogue>_<lang>.ts``, see
``common/translation_catalogues.py``), compiled to ``.qm`` by ``scripts/setup`` or, when missing or older
than its source, at start.

Switching language installs another translator; Qt then sends ``LanguageChange`` to every widget, and
widgets built on ``Retranslating`` set their texts again in ``retranslate()``.

To add strings: ``scripts/update_translations`` (runs ``pyside6-lupdate`` over the Qt sources), then fill
the new entries in each ``.ts`` (Qt Linguist, or by hand); ``tests/test_translations.py`` fails while
any entry is unfinished.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from common.asset_paths import I18N
from common.translation_catalogues import CATALOGUES

log = logging.getLogger("hall.ui")

LANGUAGES = ("zh_CN", "zh_TW", "en")
DEFAULT_LANGUAGE = "zh_CN"
NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
"""Each language named in itself, as a language switch shows it."""
CATALOGUE = "hall"
"""The shared catalogue: ``common/ui`` and the board."""

translate = QCoreApplication.translate
"""``translate("Context", "English source", None, n)``: a short name ``pyside6-lupdate`` still recognizes
(it would take ``tr(...)`` for ``QObject.tr``)."""


def lrelease_command() -> list[str]:
    """``pyside6-lrelease`` from the venv (or PATH), or the ``lrelease`` binary PySide6 ships."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    import PySide6

    return [str(Path(PySide6.__file__).with_name("lrelease"))]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hall" / "i18n"


def compile_translations(source: Path = I18N, target: Path | None = None) -> Path:
    """Compile each ``<catalogue>_<lang>.ts`` in ``source`` whose ``.qm`` is missing or older; return the
    ``.qm`` folder.

    The ``.qm`` files go next to the sources, or to the user's cache when that folder is read-only."""
    if target is None:
        target = source if os.access(source, os.W_OK) else _cache_dir()
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted(p for name in CATALOGUES for p in source.glob(f"{name}_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        result = subprocess.run(  # noqa: S603 - PySide6's own tool on our own files
            [*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or not qm.exists():
            log.error("i18n: lrelease failed on %s: %s", ts.name, result.stderr.strip())
    return target


def current_language() -> str:
    """The language screens are in now (set by ``Languages.switch_to``): ``zh_CN``, ``zh_TW`` or ``en``."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript
        return "zh_TW" if traditional else "zh_CN"
    return "en" if locale.language() == QLocale.Language.English else DEFAULT_LANGUAGE


def is_chinese(language: str) -> bool:
    return language.startswith("zh")


class Languages(QObject):
    """The app's current language; ``switch_to`` re-translates every open screen."""

    language_changed = Signal(str)

    def __init__(self, qm_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qm_dir = qm_dir
        self._installed: list[QTranslator] = []
        self._loaded: dict[str, list[QTranslator]] = {}
        self._current = ""

    def _load(self, language: str) -> list[QTranslator]:
        loaded = []
        for name in CATALOGUES:
            ours = QTranslator(self)
            if ours.load(f"{name}_{language}", str(self._qm_dir)):
                loaded.append(ours)
            elif name == CATALOGUE:
                log.error("i18n: no compiled translation %s_%s.qm in %s", name, language, self._qm_dir)
        qt_own = QTranslator(self)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            loaded.append(qt_own)
        return loaded

    @property
    def current(self) -> str:
        return self._current

    def available(self) -> list[str]:
        return [lang for lang in LANGUAGES if (self._qm_dir / f"{CATALOGUE}_{lang}.qm").exists()]

    def uninstall(self) -> None:
        """Remove this object's translators from the app (screens fall back to the English sources)."""
        app = QCoreApplication.instance()
        if app is not None:
            for old in self._installed:
                app.removeTranslator(old)
        self._installed = []
        self._current = ""

    def switch_to(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
        if language == self._current:
            return
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        for old in self._installed:
            app.removeTranslator(old)
        # Each language's translators are loaded once and kept: a kiosk switches language for every citizen
        # who asks, and loading them anew each time kept every old set alive (a quarter MiB per switch).
        if language not in self._loaded:
            self._loaded[language] = self._load(language)
        self._installed = list(self._loaded[language])
        QLocale.setDefault(QLocale(language))
        self._current = language
        for translator in self._installed:
            app.installTranslator(translator)
        if not self._installed:
            # Nothing installed means no LanguageChange from Qt: post it ourselves so screens still update.
            QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
        # Qt posts LanguageChange to the app, which posts it on to every window: deliver both rounds now,
        # so every open screen is in the new language when this returns.
        for _ in range(2):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(language)


class Retranslating:
    """Mixin for widgets that set their texts in ``retranslate()``, called again on every language change.

    Put it first: ``class TicketScreen(Retranslating, QWidget)``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

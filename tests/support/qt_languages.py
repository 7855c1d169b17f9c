"""The translations compiled once per test session into a temporary folder, so tests never depend on
``.qm`` files lying in the checkout."""

from __future__ import annotations

from pathlib import Path

from common.asset_paths import I18N
from common.ui.i18n import compile_translations


def compiled_translations(folder: Path) -> Path:
    qm = compile_translations(I18N, folder)
    missing = [ts.name for ts in I18N.glob("hall_*.ts") if not (qm / ts.with_suffix(".qm").name).exists()]
    assert not missing, f"lrelease did not compile {missing}"
    return qm

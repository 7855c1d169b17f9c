"""Every string the Qt code shows is in the Linguist sources, translated in every language, and
compiles; switching to an unknown language is refused."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from common.asset_paths import I18N
from common.translation_catalogues import CATALOGUES, catalogue_sources, has_strings
from common.ui.i18n import LANGUAGES, Languages, compile_translations

TS_FILES = sorted(p for name in CATALOGUES for p in I18N.glob(f"{name}_*.ts"))


@pytest.mark.parametrize("name", [n for n in CATALOGUES if has_strings(n)])
def test_there_is_a_source_for_each_language(name: str) -> None:
    assert sorted(p.stem.removeprefix(f"{name}_") for p in I18N.glob(f"{name}_*.ts")) == sorted(LANGUAGES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_translated(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    assert (root.get("language") or "").startswith(ts.stem.split("_", 1)[1])  # lupdate writes en as en_US
    unfinished = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                unfinished.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert unfinished == []


@pytest.mark.slow
@pytest.mark.parametrize("name", [n for n in CATALOGUES if has_strings(n)])
def test_the_sources_hold_every_string_in_the_code(tmp_path: Path, name: str) -> None:
    """Run pyside6-lupdate on copies: nothing new may appear (run scripts/update_translations if it does)."""
    copies = []
    for ts in sorted(I18N.glob(f"{name}_*.ts")):
        shutil.copy(ts, tmp_path / ts.name)
        copies.append(str(tmp_path / ts.name))
    sources = [str(p) for p in catalogue_sources(name)]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", *copies],
        capture_output=True,
        text=True,
        check=True,
    )
    found = [line for line in result.stdout.splitlines() if "source text(s)" in line]
    assert len(found) == len(copies), result.stdout
    assert all("(0 new " in line for line in found), result.stdout


def test_the_sources_compile_and_only_what_changed_is_compiled_again(tmp_path: Path) -> None:
    out = compile_translations(I18N, tmp_path)
    compiled = sorted(p.name for p in out.glob("*.qm"))
    assert compiled == sorted(ts.with_suffix(".qm").name for ts in TS_FILES)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.qm")}
    compile_translations(I18N, tmp_path)
    assert stamps == {p.name: p.stat().st_mtime_ns for p in out.glob("*.qm")}


def test_an_unknown_language_is_refused(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    languages = Languages(compile_translations(I18N, tmp_path))
    assert languages.available() == list(LANGUAGES)
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        languages.switch_to("fr")

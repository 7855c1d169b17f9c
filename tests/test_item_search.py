"""Citizens find items by what they can type: Chinese, pinyin initials, full pinyin, codes, keywords."""

from __future__ import annotations

from pathlib import Path

import pytest

from common.hall_bundle import load_hall
from common.item_search import ItemIndex


@pytest.fixture(scope="module")
def index() -> ItemIndex:
    return ItemIndex(load_hall(Path(__file__).parent.parent / "assets" / "sample_hall").catalogue)


def test_pinyin_initials_find_the_item(index: ItemIndex) -> None:
    """An elderly citizen typing "bdc" on a Latin keyboard means 不动产."""
    hits = index.search("bdc")
    assert hits and all("不动产" in h.name for h in hits[:3])


def test_full_pinyin_and_chinese_find_the_same_item(index: ItemIndex) -> None:
    by_chinese = {h.code for h in index.search("抵押")}
    by_pinyin = {h.code for h in index.search("diya")}
    assert by_chinese
    assert by_chinese <= by_pinyin


def test_names_that_start_with_the_query_come_first(index: ItemIndex) -> None:
    hits = index.search("不动产")
    assert hits[0].name.startswith("不动产")


def test_packages_are_found_too(index: ItemIndex) -> None:
    """一件事 packages are what many citizens come for."""
    assert any(h.is_package for h in index.search("一件事"))


def test_an_empty_or_unknown_query_finds_nothing(index: ItemIndex) -> None:
    assert index.search("   ") == []
    assert index.search("zzzzqqq") == []

"""Pinyin input's core (``common.pinyin_input``): letters in, ranked hanzi out, without Qt."""

from __future__ import annotations

import pytest

from common.pinyin_input import HALL_WORDS, PinyinIndex, letters_only, plain, shared_index


@pytest.fixture(scope="module")
def index() -> PinyinIndex:
    return shared_index()


def texts(index: PinyinIndex, typed: str, n: int = 10) -> list[str]:
    return [c.text for c in index.candidates(typed)[:n]]


def test_the_index_is_built_once_and_knows_every_syllable() -> None:
    """How long it takes to build is measured by ``bench/bench_pinyin_index.py``, not here."""
    built = PinyinIndex()
    assert built.build_seconds > 0
    assert shared_index() is shared_index()
    assert len(built.syllables) > 400  # every Mandarin syllable, tone-less
    assert built.syllables == shared_index().syllables


def test_a_syllable_offers_its_common_characters_first(index: PinyinIndex) -> None:
    assert "张" in texts(index, "zhang", 5)
    assert texts(index, "de", 1) == ["的"]
    assert texts(index, "shi", 1) == ["是"]
    assert texts(index, "wo", 1) == ["我"]
    assert "陈" in texts(index, "chen", 5)
    every = [c.text for c in index.candidates("zhang")]
    common = every.index("张")
    assert all(every.index(rare) > common for rare in ("鄣", "嫜") if rare in every)


def test_tones_and_u_umlaut_are_typed_as_plain_letters(index: PinyinIndex) -> None:
    assert "绿" in texts(index, "lv")
    assert "女" in texts(index, "nv", 1)
    assert "略" in texts(index, "lve") and "略" in texts(index, "lue")  # both spellings people use
    assert plain("lǜ") == "lv" and plain("zhāng") == "zhang"
    assert letters_only("Lü 1-") == "lv"


def test_a_heteronym_is_found_by_each_reading(index: PinyinIndex) -> None:
    assert "重" in texts(index, "zhong", 10) and "重" in [c.text for c in index.candidates("chong")]
    assert "行" in [c.text for c in index.candidates("hang")] and "行" in texts(index, "xing", 10)


def test_several_syllables_offer_a_word_before_characters(index: PinyinIndex) -> None:
    assert "身份证" in HALL_WORDS
    first = index.candidates("shenfenzheng")[0]
    assert (first.text, first.consumed) == ("身份证", len("shenfenzheng"))
    assert texts(index, "zhongshanlu", 1) == ["中山路"]
    assert texts(index, "gulouqu", 1) == ["鼓楼区"]
    # after the words, the first syllable's characters; choosing one leaves the rest to type on
    zhangsan = index.candidates("zhangsan")
    zhang = next(c for c in zhangsan if c.text == "张")
    assert zhang.consumed == len("zhang")
    assert index.segments("zhangsan") == ["zhang", "san"]
    assert index.segments("fangan") == ["fang", "an"] and index.segments("xian") == ["xian"]


def test_pypinyin_phrases_are_offered_too(index: PinyinIndex) -> None:
    words = [c.text for c in index.candidates("yinhang") if len(c.text) > 1]
    assert "银行" in words


def test_initials_find_the_halls_words(index: PinyinIndex) -> None:
    assert texts(index, "sfz", 1) == ["身份证"]
    assert texts(index, "bdc", 1) == ["不动产"]
    assert "中" in texts(index, "zh", 5)  # a syllable still being typed


@pytest.mark.parametrize("typed", ["xqz", "qqq", "vvv", "", "123", "-"])
def test_letters_that_are_not_pinyin_give_nothing(index: PinyinIndex, typed: str) -> None:
    assert index.candidates(typed) == []


def test_a_long_composition_is_cut_not_refused(index: PinyinIndex) -> None:
    assert index.candidates("zhang" * 30)[0].consumed <= 40

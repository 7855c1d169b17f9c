"""The public results page's language: the citizen's choice, else the browser's, else Chinese; names from
the hall's files in English where they have one."""

from __future__ import annotations

from datetime import date

from central.supervision.public_language import WORDS, choose
from common.hall_bundle import load_hall
from tests.support.central_server import SAMPLE_HALL


def test_the_page_switch_wins_over_the_browser() -> None:
    assert choose("zh", "en-US,en;q=0.9").code == "zh"
    assert choose("en", "zh-CN").code == "en"


def test_the_browser_s_order_of_preference_decides_otherwise() -> None:
    assert choose("", "en-US,en;q=0.9").code == "en"
    assert choose("", "zh-CN,zh;q=0.9,en;q=0.8").code == "zh"
    assert choose("", "fr-FR, en;q=0.5, zh;q=0.4").code == "en"
    assert choose("", "en;q=0.3, zh-TW;q=0.7").code == "zh"
    assert choose("", "en;q=0, fr").code == "zh"  # q=0 means "not this one"


def test_nothing_usable_means_chinese() -> None:
    for header in ("", "fr, de", "en;q=oops", ";;,", "*"):
        assert choose("xx", header).code == "zh", header


def test_every_word_is_there_in_both_languages() -> None:
    assert WORDS["zh"].keys() == WORDS["en"].keys()
    assert all(WORDS["en"][key] for key in WORDS["en"])


def test_names_come_from_the_hall_s_files_in_english_where_it_has_them() -> None:
    bundle = load_hall(SAMPLE_HALL)
    english, chinese = choose("en", ""), choose("zh", "")
    item = bundle.catalogue.items[0]
    assert english.item_labels(bundle)[item.code] == f"{item.name_en} ({item.code})"
    assert chinese.item_labels(bundle)[item.code] == f"{item.name}（{item.code}）"
    assert english.hall_name(bundle) == (bundle.config.name_en or bundle.config.name)
    assert chinese.hall_name(bundle) == bundle.config.name
    window = bundle.config.windows[0].number
    assert english.window_labels(bundle)[str(window)] == f"Window {window}"
    assert [label for _key, label in english.levels()] == [
        "Very satisfied",
        "Satisfied",
        "Basically satisfied",
        "Dissatisfied",
        "Very dissatisfied",
    ]
    assert english.period(date(2026, 11, 1), date(2026, 11, 30)) == "2026-11-01 to 2026-11-30"
    assert chinese.period(date(2026, 11, 1), date(2026, 11, 30)) == "2026-11-01 至 2026-11-30"
    assert english.period(date(2026, 11, 1), date(2026, 11, 1)) == "2026-11-01"

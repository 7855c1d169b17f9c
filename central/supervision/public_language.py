"""The public results page in the citizen's language: Chinese, or English.

The page is for citizens (clause 6.1.5), so it follows their browser (``Accept-Language``) unless they chose
with the page's own switch (``?lang=en`` or ``?lang=zh``), and says its language in ``<html lang>`` so that a
screen reader reads it with the right voice. The signed-in supervision pages stay in Chinese: they are for
the hall's own managers.

Names come from the hall's files: the English name of the hall and of each item where it has one
(``name_en``), the Chinese name otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from common.hall_bundle import HallBundle
from common.ratings_scale import LEVEL_LABELS_ZH, RatingLevel

LANGUAGES = ("zh", "en")

LEVEL_LABELS_EN = {
    RatingLevel.VERY_SATISFIED: "Very satisfied",
    RatingLevel.SATISFIED: "Satisfied",
    RatingLevel.BASICALLY_SATISFIED: "Basically satisfied",
    RatingLevel.DISSATISFIED: "Dissatisfied",
    RatingLevel.VERY_DISSATISFIED: "Very dissatisfied",
}

WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "html_lang": "zh-CN",
        "title": "服务评价结果公开",
        "brand": "政务服务大厅 · 服务评价结果公开",
        "intro": "依据“一次一评、一事一评”收集的群众评价，按窗口和事项公开（第 6.1.5 条）。统计期间 {period}。",
        "previous": "← 上月",
        "next": "下月 →",
        "ratings": "评价总数",
        "satisfaction": "满意率",
        "bad": "差评",
        "rectification": "有效差评整改率",
        "reply": "实名差评回复率",
        "by_window": "按窗口",
        "by_item": "按事项",
        "window": "窗口",
        "item": "事项",
        "count": "评价数",
        "none_yet": "本月暂无评价。",
        "formula": "满意率 =（非常满意 + 满意 + 基本满意）÷ 评价数；超过规定期限未评价的，按规定计为默认评价。",
        "no_halls": "暂无。",
        "switch": "English",
        "switch_lang": "en",
        "switch_tag": "en",
        "error_title": "无法完成",
        "unknown_hall": "没有大厅 {hall_id}。",
        "bad_month": "月份请写成 YYYY-MM。",
        "back": "返回公开结果",
        "period_to": "{start} 至 {end}",
    },
    "en": {
        "html_lang": "en",
        "title": "Service ratings, made public",
        "brand": "Government service hall · Service ratings",
        "intro": (
            "Ratings given by citizens after each visit and each matter, published by window and by item "
            "(clause 6.1.5). Period: {period}."
        ),
        "previous": "← Previous month",
        "next": "Next month →",
        "ratings": "Ratings",
        "satisfaction": "Satisfaction",
        "bad": "Bad ratings",
        "rectification": "Valid bad ratings put right",
        "reply": "Named bad ratings answered",
        "by_window": "By window",
        "by_item": "By item",
        "window": "Window",
        "item": "Item",
        "count": "Ratings",
        "none_yet": "No ratings this month yet.",
        "formula": (
            "Satisfaction = (very satisfied + satisfied + basically satisfied) ÷ ratings. A visit not rated "
            "within the set period counts as the hall's default rating."
        ),
        "no_halls": "None yet.",
        "switch": "中文",
        "switch_lang": "zh",
        "switch_tag": "zh-CN",
        "error_title": "This page cannot be shown",
        "unknown_hall": "There is no hall {hall_id}.",
        "bad_month": "Write the month as YYYY-MM.",
        "back": "Back to the published ratings",
        "period_to": "{start} to {end}",
    },
}


@dataclass(frozen=True)
class PublicLanguage:
    code: str

    @property
    def words(self) -> dict[str, str]:
        return WORDS[self.code]

    def levels(self) -> list[tuple[str, str]]:
        labels = LEVEL_LABELS_EN if self.code == "en" else LEVEL_LABELS_ZH
        return [(str(level), labels[level]) for level in RatingLevel]

    def hall_name(self, bundle: HallBundle) -> str:
        return (bundle.config.name_en or bundle.config.name) if self.code == "en" else bundle.config.name

    def window_labels(self, bundle: HallBundle) -> dict[str, str]:
        if self.code == "en":
            return {str(w.number): f"Window {w.number}" for w in bundle.config.windows}
        return {str(w.number): f"{w.number}号窗口" for w in bundle.config.windows}

    def item_labels(self, bundle: HallBundle) -> dict[str, str]:
        if self.code == "en":
            return {i.code: f"{i.name_en or i.name} ({i.code})" for i in bundle.catalogue.items}
        return {i.code: f"{i.name}（{i.code}）" for i in bundle.catalogue.items}

    def period(self, start: date, end: date) -> str:
        if start == end:
            return start.isoformat()
        return self.words["period_to"].format(start=start.isoformat(), end=end.isoformat())


def choose(asked: str, accept_language: str) -> PublicLanguage:
    """``?lang=`` when it names a language we have; else the first of ours in ``Accept-Language`` by the
    browser's order of preference; else Chinese."""
    if asked in LANGUAGES:
        return PublicLanguage(asked)
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return PublicLanguage(min(ranked)[2] if ranked else "zh")

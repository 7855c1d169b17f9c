"""The five rating levels of GB/T 39734 (一次一评 / 一事一评) and which of them are bad ratings."""

from __future__ import annotations

from enum import StrEnum


class RatingLevel(StrEnum):
    VERY_SATISFIED = "very_satisfied"  # 非常满意
    SATISFIED = "satisfied"  # 满意
    BASICALLY_SATISFIED = "basically_satisfied"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意
    VERY_DISSATISFIED = "very_dissatisfied"  # 非常不满意

    @property
    def is_bad(self) -> bool:
        """不满意 and 非常不满意 are bad ratings (差评): they need a reason and open a rectification case."""
        return self in (RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED)

    @property
    def label_zh(self) -> str:
        return LEVEL_LABELS_ZH[self]

    @property
    def score(self) -> int:
        """5 for 非常满意 down to 1 for 非常不满意."""
        return 5 - list(RatingLevel).index(self)


LEVEL_LABELS_ZH = {
    RatingLevel.VERY_SATISFIED: "非常满意",
    RatingLevel.SATISFIED: "满意",
    RatingLevel.BASICALLY_SATISFIED: "基本满意",
    RatingLevel.DISSATISFIED: "不满意",
    RatingLevel.VERY_DISSATISFIED: "非常不满意",
}

"""What the finish form starts from and checks, Qt-free: the items the ticket came for, the outcome they
suggest, the promised date (承诺办结时限 in working days, by the hall's calendar), the materials of their
guides for a one-time notice (一次性告知), and a complete record for ``window_actions.finish``."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from common.catalogue import Catalogue, Item, Material
from common.events import CASE_NUMBER_PATTERN, Outcome
from common.hall_config import HallConfig
from common.projection.state import Visit
from common.projection.violations import RuleViolation

CASE_NUMBER = re.compile(CASE_NUMBER_PATTERN)
MAX_ITEMS = 10
"""As many items as one visit's event may carry."""


@dataclass(frozen=True, slots=True)
class FinishRecord:
    """What the clerk records when a visit ends."""

    outcome: Outcome
    items: tuple[str, ...] = ()
    package: str | None = None
    case_number: str = ""
    """Empty: one is made (hall, date, a unique suffix) for outcomes that open a case."""
    promised_date: date | None = None
    missing_materials: tuple[str, ...] = field(default=())
    note: str = ""


def visit_items(visit: Visit, catalogue: Catalogue) -> list[str]:
    """The items the citizen came for: the ticket's items, or its package's items; unknown codes dropped."""
    codes = list(visit.items)
    if visit.package:
        with contextlib.suppress(KeyError):
            codes += catalogue.package(visit.package).items
    known = []
    for code in dict.fromkeys(codes):
        try:
            catalogue.item(code)
        except KeyError:
            continue
        known.append(code)
    return known[:MAX_ITEMS]


def _items(codes: Sequence[str], catalogue: Catalogue) -> list[Item]:
    found = []
    for code in codes:
        try:
            found.append(catalogue.item(code))
        except KeyError:
            continue
    return found


def suggested_outcome(codes: Sequence[str], catalogue: Catalogue) -> Outcome:
    """即办 when every item is done on the spot (promised in 0 days), 承诺件 otherwise; 咨询 with no item."""
    items = _items(codes, catalogue)
    if not items:
        return Outcome.CONSULTED
    return Outcome.ON_THE_SPOT if all(it.guide.on_the_spot for it in items) else Outcome.PROMISED


def promised_date(codes: Sequence[str], catalogue: Catalogue, config: HallConfig, today: date) -> date:
    """The latest of the items' promised dates: ``promised_days`` working days after today."""
    days = max((it.guide.promised_days for it in _items(codes, catalogue)), default=0)
    return config.calendar.add_working_days(today, days)


def guide_materials(codes: Sequence[str], catalogue: Catalogue) -> list[Material]:
    """Every material the items' guides ask for, once each, in guide order: what a notice can name."""
    seen: dict[str, Material] = {}
    for item in _items(codes, catalogue):
        for material in item.guide.materials:
            seen.setdefault(material.name, material)
    return list(seen.values())


def check_record(record: FinishRecord, today: date) -> None:
    """What the form must have before the visit can end, in words the console shows by code and field."""
    if record.outcome in (Outcome.ON_THE_SPOT, Outcome.PROMISED) and not (record.items or record.package):
        raise RuleViolation("items_needed", "choose the item(s) handled", "items")
    if len(record.items) > MAX_ITEMS:
        raise RuleViolation("too_many_items", f"at most {MAX_ITEMS} items per visit", "items")
    if record.outcome == Outcome.PROMISED:
        if record.promised_date is None:
            raise RuleViolation("promised_date_needed", "a promised case needs its date", "promised_date")
        if record.promised_date < today:
            raise RuleViolation("promised_date_past", "the promised date is in the past", "promised_date")
    if record.outcome == Outcome.ONE_TIME_NOTICE and not record.missing_materials:
        raise RuleViolation("materials_needed", "name at least one missing material", "missing_materials")
    if record.case_number and not CASE_NUMBER.match(record.case_number):
        raise RuleViolation("bad_case_number", "a case number is 6 to 40 letters, digits or dashes", "case_number")

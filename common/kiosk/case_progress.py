"""What a citizen sees after typing a case number at the kiosk: the items, the stages so far, the
promised date (and whether it has passed), the applicant masked, and whether the case can be rated
(一事一评: finished and not yet rated)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from common.catalogue import Catalogue
from common.privacy import mask_name
from common.projection.state import CaseStatus, HallState


@dataclass(frozen=True, slots=True)
class ItemName:
    code: str
    name: str
    name_en: str


@dataclass(frozen=True, slots=True)
class CaseProgress:
    number: str
    items: tuple[ItemName, ...]
    package: ItemName | None
    status: CaseStatus
    accepted_at: datetime
    promised_date: date
    completed_at: datetime | None
    result: str
    stages: tuple[tuple[datetime, str], ...]
    applicant: str
    """Masked (张*): the lookup screen never shows a full name."""
    rated: bool
    overdue: bool
    """Not finished and the promised date has passed."""

    @property
    def completed(self) -> bool:
        return self.status == CaseStatus.COMPLETED

    @property
    def can_rate(self) -> bool:
        return self.completed and not self.rated


def normalize_case_number(text: str) -> str:
    """How people type a case number: spaces dropped, letters upper-cased."""
    return "".join(text.split()).upper()


def _name(catalogue: Catalogue, code: str) -> ItemName:
    for it in catalogue.items:
        if it.code == code:
            return ItemName(code, it.name, it.name_en)
    for p in catalogue.packages:
        if p.code == code:
            return ItemName(code, p.name, p.name_en)
    return ItemName(code, code, code)


def find_case(state: HallState, catalogue: Catalogue, number: str, today: date) -> CaseProgress | None:
    """The case with this number (as typed, any case), or None."""
    wanted = normalize_case_number(number)
    case = state.cases.get(number.strip()) or next((c for n, c in state.cases.items() if n.upper() == wanted), None)
    if case is None:
        return None
    return CaseProgress(
        number=case.number,
        items=tuple(_name(catalogue, code) for code in case.items),
        package=_name(catalogue, case.package) if case.package else None,
        status=case.status,
        accepted_at=case.accepted_at,
        promised_date=case.promised_date,
        completed_at=case.completed_at,
        result=case.result,
        stages=case.stages,
        applicant=mask_name(case.applicant),
        rated=case.rating_id is not None,
        overdue=case.status != CaseStatus.COMPLETED and today > case.promised_date,
    )

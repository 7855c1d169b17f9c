"""The back office (后台办理): 承诺件 accepted at a window or the kiosk are progressed and finished here.

The central store writes ``case.progressed`` / ``case.completed`` itself (``record_central``, as default
ratings are), so they take the same ordered path as any push: admitted by the sequencer against the whole
log, given the next gap-free ``seq``, folded into the read models, and pulled by every device; the kiosk's
case lookup then shows the case done and open to one rating. A case that is unknown, of another hall or
already completed is refused before anything is written: nothing changes, not even the refusals table.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, select

from central.database import write_transaction
from central.store import CentralStore
from central.supervision import audit
from central.tables import rm_cases
from common.catalogue import Catalogue
from common.events import CaseCompleted, CaseProgressed, EventType
from common.privacy import mask_name
from common.projection.state import Case, CaseStatus, HallState
from common.sequencer import Verdict

log = logging.getLogger("hall.supervision")

NOTE_MAX = 200


class Outcome(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"

    @property
    def label_zh(self) -> str:
        return OUTCOME_LABELS_ZH[self]


OUTCOME_LABELS_ZH = {Outcome.GRANTED: "准予办理", Outcome.REFUSED: "不予办理"}


class BackOfficeError(Exception):
    """A back-office action refused before anything was written: ``code`` for scripts, the message for people."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class OpenCase:
    number: str
    items: tuple[str, ...]
    """The items' names as the catalogue has them (the code if the catalogue lost one)."""
    applicant: str
    """Masked (张*): never a full name or an ID number."""
    accepted_at: datetime
    promised_date: date
    last_stage: str | None
    overdue: bool


def pending_cases(
    engine: Engine, hall_id: str, catalogue: Catalogue, today: date, department: str | None = None
) -> list[OpenCase]:
    """The hall's cases accepted and not completed, the earliest promised first; ``department``: only the
    cases with an item of that department (a department manager's)."""
    names = {i.code: i.name for i in catalogue.items}
    departments = {i.code: i.department for i in catalogue.items}
    with engine.connect() as conn:
        rows = conn.execute(
            select(rm_cases)
            .where(rm_cases.c.hall_id == hall_id, rm_cases.c.status == str(CaseStatus.ACCEPTED))
            .order_by(rm_cases.c.promised_date, rm_cases.c.accepted_at, rm_cases.c.number)
        ).all()
    found = []
    for r in rows:
        items = tuple(r.items)
        if department is not None and not any(departments.get(i) == department for i in items):
            continue
        found.append(
            OpenCase(
                number=r.number,
                items=tuple(names.get(i, i) for i in items),
                applicant=mask_name(r.applicant) if "*" not in r.applicant else r.applicant,
                accepted_at=r.accepted_at,
                promised_date=r.promised_date,
                last_stage=r.last_stage,
                overdue=r.promised_date < today,
            )
        )
    return found


def _open_case(store: CentralStore, hall_id: str, number: str) -> Case:
    """The case as the hall's fold has it now; refused if unknown here or already completed."""

    def read(state: HallState, _bundle: object, _seq: int) -> Case | None:
        return state.cases.get(number)

    case: Case | None = store.with_state(hall_id, read)
    if case is None:
        elsewhere = _hall_of(store.engine, number)
        if elsewhere is not None and elsewhere != hall_id:
            raise BackOfficeError("wrong_hall", f"case {number} belongs to hall {elsewhere}, not {hall_id}")
        raise BackOfficeError("unknown_case", f"hall {hall_id} has no case {number}")
    if case.status == CaseStatus.COMPLETED:
        raise BackOfficeError("case_completed", f"case {number} is already completed")
    return case


def _hall_of(engine: Engine, number: str) -> str | None:
    with engine.connect() as conn:
        found = conn.execute(select(rm_cases.c.hall_id).where(rm_cases.c.number == number).limit(1)).scalar()
    return None if found is None else str(found)


def _note(note: str, *, required: bool) -> str:
    text = " ".join(note.split())
    if required and not text:
        raise BackOfficeError("note_missing", "write what is being done (办理情况)")
    if len(text) > NOTE_MAX:
        raise BackOfficeError("note_too_long", f"the note is longer than {NOTE_MAX} characters")
    return text


def _written(verdict: Verdict, number: str) -> Verdict:
    if verdict.status == "rejected":  # the log moved between the check and the write
        raise BackOfficeError(verdict.code or "refused", f"case {number}: {verdict.message}")
    return verdict


def progress_case(store: CentralStore, hall_id: str, number: str, note: str, who: audit.Who, now: datetime) -> Verdict:
    """Record a progress note (办理中) on an open case as ``case.progressed``."""
    stage = _note(note, required=True)
    _open_case(store, hall_id, number)
    verdict = _written(
        store.record_central(hall_id, EventType.CASE_PROGRESSED, CaseProgressed(case_number=number, stage=stage)),
        number,
    )
    _audit(store, who, "case_progressed", now, hall_id, number, {"note": stage, "seq": verdict.seq})
    log.info("hall %s: case %s progressed by %s (seq %s)", hall_id, number, who.username, verdict.seq)
    return verdict


def complete_case(
    store: CentralStore,
    hall_id: str,
    number: str,
    outcome: Outcome,
    note: str,
    who: audit.Who,
    now: datetime,
) -> Verdict:
    """Finish an open case (办结) as ``case.completed``: its result says the outcome, then the note."""
    text = _note(note, required=False)
    result = outcome.label_zh + (f"：{text}" if text else "")
    if len(result) > NOTE_MAX:
        room = NOTE_MAX - len(outcome.label_zh) - 1
        raise BackOfficeError("note_too_long", f"the note is longer than {room} characters")
    _open_case(store, hall_id, number)
    verdict = _written(
        store.record_central(hall_id, EventType.CASE_COMPLETED, CaseCompleted(case_number=number, result=result)),
        number,
    )
    detail = {"outcome": str(outcome), "note": text, "seq": verdict.seq}
    _audit(store, who, "case_completed", now, hall_id, number, detail)
    log.info("hall %s: case %s completed (%s) by %s (seq %s)", hall_id, number, outcome, who.username, verdict.seq)
    return verdict


def _audit(
    store: CentralStore,
    who: audit.Who,
    action: str,
    now: datetime,
    hall_id: str,
    number: str,
    detail: dict[str, Any],
) -> None:
    with write_transaction(store.engine) as conn:
        audit.record(conn, who, action, at=now, hall_id=hall_id, target=number, detail=detail)

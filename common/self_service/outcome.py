"""The end of a self-service flow: the case recorded on the device (``case.accepted``, and at once
``case.completed`` for an item done on the spot), ready to sync; what the printed result shows.

The record keeps the applicant masked (张*) with a keyed hash of the ID number, the answers without
private fields (a phone number is kept, as real-name ratings keep theirs, so the hall can text the citizen;
screens mask it), and how each material was given; never the ID number or the full name."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime

from common.device import Device
from common.events import CaseAccepted, CaseCompleted, EventType, Outcome
from common.privacy import mask_id_number, mask_name
from common.self_service.flow import MaterialSource, MaterialState, SelfServiceFlow
from common.self_service.form import FieldKind, FormField
from common.self_service.identity import CitizenIdentity
from common.self_service.validation import YES

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True, slots=True)
class ResultSection:
    """One item's part of the printed result: its title and lines (label, English label, value)."""

    item: str
    title: str
    title_en: str
    lines: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class SelfServiceResult:
    case_number: str
    task_code: str
    task_name: str
    task_name_en: str
    items: tuple[str, ...]
    outcome: Outcome
    promised_date: date
    accepted_at: datetime
    applicant: str
    """Masked (张*)."""
    applicant_id: str
    """Masked (1101**********002X)."""
    sections: tuple[ResultSection, ...]
    materials: tuple[tuple[str, MaterialSource], ...]
    demo: bool
    """Made with a demo identity or certificate provider: the printout says it proves nothing."""

    @property
    def qr_payload(self) -> str:
        return f"HALL:C:{self.case_number}"


def new_case_number(slot: int, day: date) -> str:
    """ZZ (自助) + the kiosk's slot + the day + four characters: unique without asking anyone."""
    tail = "".join(secrets.choice(_ALPHABET) for _ in range(4))
    return f"ZZ{slot}-{day:%y%m%d}-{tail}"


def shown_value(spec: FormField, value: str, english: bool = False) -> str:  # noqa: PLR0911 - one per kind
    """An answer as printed: the option's label, 是/否, an ID number masked."""
    if spec.filled_from == "identity.name":
        return mask_name(value)
    if spec.kind == FieldKind.CHOICE:
        option = spec.option(value)
        if option is None:
            return value
        return (option.label_en if english else "") or option.label
    if spec.kind == FieldKind.YES_NO:
        if english:
            return "Yes" if value == YES else "No"
        return "是" if value == YES else "否"
    if spec.kind == FieldKind.ID_NUMBER:
        return mask_id_number(value)
    return value


class OutcomeRecorder:
    """Writes the case of a finished flow on the device; ``salt`` keys the ID number's hash."""

    def __init__(self, device: Device, salt: bytes) -> None:
        self.device = device
        self.salt = salt

    def record(self, flow: SelfServiceFlow) -> SelfServiceResult:
        """Record the flow's case (the flow must be at confirm and complete). Raises ``RuleViolation`` or
        ``EventError`` if the device refuses it; then nothing was recorded."""
        task = flow.task
        citizen = flow.citizen
        if citizen is None:
            raise ValueError("nobody was identified")
        problems = flow.problems()
        if problems or flow.missing_materials:
            raise ValueError("the flow is not complete")
        device = self.device
        today = device.today()
        config = device.bundle.config
        number = new_case_number(device.identity.slot, today)
        outcome = task.outcome
        promised = (
            today if outcome == Outcome.ON_THE_SPOT else config.calendar.add_working_days(today, task.promised_days)
        )
        details = self._details(flow)
        device.record(
            EventType.CASE_ACCEPTED,
            CaseAccepted(
                case_number=number,
                items=task.item_codes,
                package=task.package,
                promised_date=promised,
                applicant=citizen.masked_name,
                applicant_key=citizen.key(self.salt),
                details=details,
            ),
        )
        accepted_at = device.now()
        if outcome == Outcome.ON_THE_SPOT:
            texts = [form.result_text for _, form in task.forms if form.result_text]
            device.record(
                EventType.CASE_COMPLETED,
                CaseCompleted(case_number=number, result="；".join(texts)[:200] or "自助办结"),
            )
        flow.finished()
        return SelfServiceResult(
            case_number=number,
            task_code=task.code,
            task_name=task.name,
            task_name_en=task.name_en,
            items=tuple(task.item_codes),
            outcome=outcome,
            promised_date=promised,
            accepted_at=accepted_at,
            applicant=citizen.masked_name,
            applicant_id=citizen.masked_id,
            sections=self._sections(flow),
            materials=tuple((s.material.name, s.source) for s in flow.materials.values()),
            demo=citizen.demo or bool(getattr(flow.certificates, "demo", False)),
        )

    def _details(self, flow: SelfServiceFlow) -> dict[str, str]:
        details: dict[str, str] = {}
        for spec in flow.task.fields:
            value = flow.answers.get(spec.name, "")
            if not value:
                continue
            key = spec.label[:40]
            if spec.keeps_private:
                details[key] = "（已提供）"
            elif spec.kind == FieldKind.PHONE:
                details[key] = value  # kept for the reply (as real-name ratings keep theirs), masked on screens
            else:
                details[key] = shown_value(spec, value)[:200]
        for state in flow.materials.values():
            details[("材料:" + state.material.name)[:40]] = _material_note(state)
        return dict(list(details.items())[:40])

    def _sections(self, flow: SelfServiceFlow) -> tuple[ResultSection, ...]:
        sections = []
        for item, form in flow.task.forms:
            lines = []
            for line in form.result_lines:
                values = {f.name: shown_value(f, flow.answers.get(f.name, "")) for f in form.fields}
                lines.append((line.label, line.label_en, line.value.format(**values)))
            sections.append(ResultSection(item.code, form.result_title, form.result_title_en, tuple(lines)))
        return tuple(sections)


def _material_note(state: MaterialState) -> str:
    match state.source:
        case MaterialSource.E_CERTIFICATE:
            assert state.certificate is not None
            return f"电子证照 {state.certificate.number}"[:200]
        case MaterialSource.SCANNED:
            assert state.scan is not None
            return f"扫描件 sha256:{state.scan.sha256[:16]}"
        case MaterialSource.GENERATED:
            return "自助终端现场生成"
        case _:
            return "未提供（非必需）"


__all__ = ["CitizenIdentity", "OutcomeRecorder", "SelfServiceResult", "new_case_number"]

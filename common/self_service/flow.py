"""One citizen going through one self-service task: identify → fill in → materials → confirm → result.

The flow holds the identity and the answers in memory only, refuses to move on while anything is wrong
(nothing is recorded before the confirm step), and forgets everything on ``wipe``."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from common.catalogue import Material, MaterialForm
from common.self_service.certificates import Certificate, CertificateError, CertificateProvider
from common.self_service.form import FormField
from common.self_service.identity import CitizenIdentity, IdentityProvider
from common.self_service.scanner import Scan, Scanner
from common.self_service.task import SelfServiceTask
from common.self_service.validation import Problem, check, check_all, normalize

log = logging.getLogger("hall.self_service")


class Step(StrEnum):
    IDENTIFY = "identify"
    FILL = "fill"
    MATERIALS = "materials"
    CONFIRM = "confirm"
    RESULT = "result"


STEPS = tuple(Step)
STEP_NAMES = {
    Step.IDENTIFY: "核验身份",
    Step.FILL: "填写",
    Step.MATERIALS: "材料",
    Step.CONFIRM: "核对确认",
    Step.RESULT: "办理结果",
}
"""The steps as the hall's staff read them in a help request (the hall's own language, like its data)."""


class FlowError(Exception):
    """The flow cannot go on: ``code`` is ``needs_online``, ``wrong_step``, ``problems`` or ``materials``."""

    def __init__(self, code: str, message: str, problems: list[Problem] | None = None) -> None:
        self.code = code
        self.problems = problems or []
        super().__init__(message)


class MaterialSource(StrEnum):
    E_CERTIFICATE = "e_certificate"  # fetched: no paper
    GENERATED = "generated"  # made at the kiosk (a declaration signed on screen)
    SCANNED = "scanned"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class MaterialState:
    material: Material
    source: MaterialSource
    certificate: Certificate | None = None
    scan: Scan | None = None

    @property
    def satisfied(self) -> bool:
        return self.source != MaterialSource.MISSING or not self.material.required


class SelfServiceFlow:
    def __init__(
        self,
        task: SelfServiceTask,
        *,
        today: date,
        online: bool,
        identity: IdentityProvider,
        certificates: CertificateProvider,
        scanner: Scanner,
    ) -> None:
        if task.needs_online and not online:
            raise FlowError("needs_online", f"{task.code} needs an online check and the kiosk is offline")
        self.task = task
        self.today = today
        self.online = online
        self.identity_provider = identity
        self.certificates = certificates
        self.scanner = scanner
        self.step = Step.IDENTIFY
        self.citizen: CitizenIdentity | None = None
        self.answers: dict[str, str] = {}
        self.filled: set[str] = set()
        """Fields whose answers came from the identity or an e-certificate (shown, not typed)."""
        self.materials: dict[str, MaterialState] = {}
        self.fetched: dict[str, Certificate] = {}

    # --- identify -----------------------------------------------------------------------------------------

    def identify(self) -> CitizenIdentity:
        """Ask the identity provider (``IdentityError`` if nobody was identified), then fetch the
        e-certificates the task can use and fill the fields they answer."""
        self._at(Step.IDENTIFY)
        citizen = self.identity_provider.identify()
        self.citizen = citizen
        wanted = [m.e_certificate for m in self.task.materials if m.e_certificate]
        wanted += [f.certificate for f in self.task.fields if f.certificate]
        for name in dict.fromkeys(wanted):
            try:
                cert = self.certificates.fetch(citizen, name)
            except CertificateError as e:
                log.warning("self-service: certificate %s unavailable: %s", name, e)
                cert = None
            if cert is not None:
                self.fetched[name] = cert
        for f in self.task.fields:
            value = self._source_value(f, citizen)
            if value:
                self.answers[f.name] = value
                self.filled.add(f.name)
        for m in self.task.materials:
            self.materials[m.name] = self._material_state(m)
        self.step = Step.FILL
        return citizen

    def _source_value(self, f: FormField, citizen: CitizenIdentity) -> str:
        if f.filled_from == "identity.name":
            return citizen.name
        if f.filled_from == "identity.id_number":
            return citizen.id_number
        if f.certificate:
            cert = self.fetched.get(f.certificate)
            entry = f.filled_from.rsplit(".", 1)[1]
            return cert.entries.get(entry, "") if cert is not None else ""
        return ""

    def _material_state(self, m: Material) -> MaterialState:
        cert = self.fetched.get(m.e_certificate) if m.e_certificate else None
        if cert is not None:
            return MaterialState(m, MaterialSource.E_CERTIFICATE, certificate=cert)
        if m.form == MaterialForm.ELECTRONIC:
            return MaterialState(m, MaterialSource.GENERATED)
        return MaterialState(m, MaterialSource.MISSING)

    # --- fill in ------------------------------------------------------------------------------------------

    @property
    def fields(self) -> tuple[FormField, ...]:
        return self.task.fields

    @property
    def typed_fields(self) -> list[FormField]:
        """The fields the citizen answers (those an e-certificate or the identity filled are shown only)."""
        return [f for f in self.task.fields if f.name not in self.filled]

    def answer(self, name: str, raw: str) -> Problem | None:
        """Keep an answer and say what is wrong with it, if anything."""
        self._at(Step.FILL)
        spec = self.task.field(name)
        if name in self.filled:
            raise FlowError("wrong_step", f"{name} was filled from {spec.filled_from} and is not typed")
        self.answers[name] = normalize(spec, raw)
        return check(spec, raw, self.today)

    def problem(self, name: str) -> Problem | None:
        return check(self.task.field(name), self.answers.get(name, ""), self.today)

    def problems(self) -> list[Problem]:
        return check_all(list(self.task.fields), self.answers, self.today)

    def to_materials(self) -> None:
        self._at(Step.FILL)
        problems = self.problems()
        if problems:
            raise FlowError("problems", "some answers need fixing", problems)
        self.step = Step.MATERIALS

    # --- materials ----------------------------------------------------------------------------------------

    def scan(self, material: str) -> Scan:
        """Scan a material no e-certificate replaced (``ScanError`` if nothing was scanned)."""
        self._at(Step.MATERIALS)
        state = self.materials[material]
        if state.source in (MaterialSource.E_CERTIFICATE, MaterialSource.GENERATED):
            raise FlowError("wrong_step", f"{material} needs no scan")
        scan = self.scanner.scan(material)
        self.materials[material] = MaterialState(state.material, MaterialSource.SCANNED, scan=scan)
        return scan

    @property
    def missing_materials(self) -> list[Material]:
        return [s.material for s in self.materials.values() if not s.satisfied]

    def to_confirm(self) -> None:
        self._at(Step.MATERIALS)
        missing = self.missing_materials
        if missing:
            raise FlowError("materials", "missing: " + ", ".join(m.name for m in missing))
        self.step = Step.CONFIRM

    # --- moving -------------------------------------------------------------------------------------------

    def back(self) -> None:
        """One step back (answers and scans are kept); from identify or the result there is no way back."""
        if self.step in (Step.FILL, Step.MATERIALS, Step.CONFIRM):
            self.step = {Step.FILL: Step.IDENTIFY, Step.MATERIALS: Step.FILL, Step.CONFIRM: Step.MATERIALS}[self.step]
            if self.step == Step.IDENTIFY:
                self.wipe()

    def finished(self) -> None:
        self._at(Step.CONFIRM)
        self.step = Step.RESULT

    def wipe(self) -> None:
        """Forget the citizen: identity, answers, certificates, scans."""
        self.citizen = None
        self.answers = {}
        self.filled = set()
        self.materials = {}
        self.fetched = {}
        self.step = Step.IDENTIFY

    def _at(self, step: Step) -> None:
        if self.step != step:
            raise FlowError("wrong_step", f"the flow is at {self.step}, not {step}")

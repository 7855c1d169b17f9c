"""Self-service items without a screen: form descriptions refused when malformed (naming the item and the
field), answers checked field by field, the step machine, and the case a finished flow records. The
identity, certificate and scanner providers are the demo ones (the true edges); the device and its store
are real."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from common.events import Outcome, event_json
from common.hall_bundle import CATALOGUE_FILE, HallBundle, HallFileError, load_hall
from common.projection.state import CaseStatus
from common.self_service.certificates import DemoCertificateProvider
from common.self_service.flow import FlowError, MaterialSource, SelfServiceFlow, Step
from common.self_service.form import FieldKind, FormField
from common.self_service.identity import DEMO_CITIZEN, CitizenIdentity, DemoIdentityProvider
from common.self_service.outcome import OutcomeRecorder
from common.self_service.scanner import FilePickerScanner, ScanError
from common.self_service.task import self_service_tasks, task_for
from common.self_service.validation import check, id_number_valid
from tests.support.clock import FakeWall
from tests.support.devices import make_device

SAMPLE = Path(__file__).parent.parent / "assets" / "sample_hall"
TODAY = date(2026, 11, 30)
SALT = b"test-salt"


@pytest.fixture(scope="module")
def bundle() -> HallBundle:
    return load_hall(SAMPLE)


def flow_for(bundle: HallBundle, code: str, *, online: bool = True, scan_file: Path | None = None) -> SelfServiceFlow:
    return SelfServiceFlow(
        task_for(bundle.catalogue, code),
        today=TODAY,
        online=online,
        identity=DemoIdentityProvider(),
        certificates=DemoCertificateProvider(),
        scanner=FilePickerScanner(lambda _m: scan_file),
    )


# --- the sample hall's self-service items ------------------------------------------------------------------


def test_the_sample_hall_ships_four_items_and_a_package_that_can_be_done_here(bundle: HallBundle) -> None:
    tasks = {t.code: t for t in self_service_tasks(bundle.catalogue)}
    assert set(tasks) == {"BDC-009", "BDC-023", "BDC-024", "BDC-031", "BDC-P05"}
    assert tasks["BDC-009"].outcome == Outcome.PROMISED and not tasks["BDC-009"].needs_online
    assert tasks["BDC-023"].outcome == Outcome.ON_THE_SPOT and tasks["BDC-023"].needs_online
    package = tasks["BDC-P05"]
    assert package.item_codes == ["BDC-024", "BDC-031"] and package.package == "BDC-P05"
    names = [f.name for f in package.fields]
    assert len(names) == len(set(names)) and names.count("applicant_id") == 1  # one question for both items
    kinds = {f.kind for t in tasks.values() for f in t.fields}
    assert kinds == set(FieldKind)


# --- malformed descriptions are refused when the hall is loaded ---------------------------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "hall"
    shutil.copytree(SAMPLE, target)
    return target


def _edit(folder: Path, old: str, new: str, after: str) -> None:
    path = folder / CATALOGUE_FILE
    text = path.read_text(encoding="utf-8")
    at = text.index(old, text.index(after))
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "field", "reason"),
    [
        ('kind = "date"', 'kind = "colour"', "lost_date", "Input should be"),
        ("past_only = true", 'pattern = "[0-9"', "lost_date", "only a text field has a pattern"),
        ('{ value = "destroyed", label = "灭失（损毁）", label_en = "Destroyed" },', "", "how_lost", "at least two"),
        ('pattern = "[0-9]{6}"', 'pattern = "[0-9"', "post_code", "not a regular expression"),
        ('filled_from = "identity.name"', 'filled_from = "identity.face"', "applicant_name", "filled_from"),
    ],
)
def test_a_malformed_form_is_refused_naming_the_item_and_the_field(
    copy: Path, old: str, new: str, field: str, reason: str
) -> None:
    _edit(copy, old, new, after='code = "BDC-009"')
    with pytest.raises(HallFileError) as caught:
        load_hall(copy)
    err = caught.value
    assert err.file == CATALOGUE_FILE and err.field.startswith("items.8.form.fields.")
    assert f"item BDC-009, form field '{field}'" in str(err)
    assert reason in err.reason


def test_a_result_line_using_an_unknown_field_is_refused(copy: Path) -> None:
    _edit(copy, 'value = "{delivery}"', 'value = "{delivry}"', after='code = "BDC-009"')
    with pytest.raises(HallFileError) as caught:
        load_hall(copy)
    assert "item BDC-009" in str(caught.value) and "'delivry'" in caught.value.reason


def test_a_form_on_an_item_not_marked_self_service_is_refused(copy: Path) -> None:
    _edit(copy, "self_service = true\n", "", after='code = "BDC-009"')
    with pytest.raises(HallFileError) as caught:
        load_hall(copy)
    assert "item BDC-009" in str(caught.value) and "not marked self_service" in caught.value.reason


def test_the_device_side_loader_refuses_the_same(bundle: HallBundle) -> None:
    data = bundle.to_json_dict()
    data["catalogue"]["items"][8]["form"]["fields"][4]["kind"] = "colour"
    with pytest.raises(HallFileError) as caught:
        HallBundle.from_json_dict(data)
    assert "item BDC-009, form field 'lost_date'" in str(caught.value)


# --- answers --------------------------------------------------------------------------------------------------


def _spec(kind: FieldKind, **kw: object) -> FormField:
    return FormField.model_validate({"name": "ff", "label": "字段", "kind": kind, **kw})


@pytest.mark.parametrize(
    ("spec", "raw", "code"),
    [
        (_spec(FieldKind.TEXT), "  ", "required"),
        (_spec(FieldKind.TEXT, pattern="[0-9]{6}", pattern_hint="6 位数字"), "21000", "pattern"),
        (_spec(FieldKind.TEXT, max_length=3), "ABCD", "too_long"),
        (_spec(FieldKind.ID_NUMBER), "1101051949123100", "id_number"),
        (_spec(FieldKind.ID_NUMBER), "110105194912310021", "id_checksum"),
        (_spec(FieldKind.PHONE), "2381234567", "phone"),
        (_spec(FieldKind.DATE), "2026/03/08", "date_format"),
        (_spec(FieldKind.DATE), "2026-02-30", "date_format"),
        (_spec(FieldKind.DATE, past_only=True), "2026-12-01", "date_future"),
        (_spec(FieldKind.NUMBER), "3a", "number_format"),
        (_spec(FieldKind.NUMBER, min=1, max=3), "4", "number_max"),
        (_spec(FieldKind.NUMBER, min=1, max=3), "0", "number_min"),
        (_spec(FieldKind.NUMBER), "1.5", "number_decimals"),
        (
            _spec(FieldKind.CHOICE, options=[{"value": "a", "label": "甲"}, {"value": "b", "label": "乙"}]),
            "c",
            "choice",
        ),
        (_spec(FieldKind.YES_NO), "maybe", "choice"),
    ],
)
def test_each_kind_of_bad_answer_gets_its_own_problem(spec: FormField, raw: str, code: str) -> None:
    problem = check(spec, raw, TODAY)
    assert problem is not None and (problem.field, problem.code) == ("ff", code)


def test_good_answers_pass() -> None:
    assert id_number_valid(DEMO_CITIZEN.id_number) and id_number_valid("11010519491231002x")
    assert check(_spec(FieldKind.PHONE), "138 1234 5678", TODAY) is None
    assert check(_spec(FieldKind.DATE, past_only=True), "2026-11-30", TODAY) is None
    assert check(_spec(FieldKind.NUMBER, decimals=2), "26850.00", TODAY) is None
    assert check(_spec(FieldKind.TEXT, required=False), "", TODAY) is None


# --- the flow -------------------------------------------------------------------------------------------------


def test_a_flow_that_needs_an_online_check_refuses_to_start_offline(bundle: HallBundle) -> None:
    with pytest.raises(FlowError) as caught:
        flow_for(bundle, "BDC-023", online=False)
    assert caught.value.code == "needs_online"
    assert flow_for(bundle, "BDC-009", online=False).step == Step.IDENTIFY


def test_identify_fills_from_the_identity_and_e_certificates_and_replaces_the_id_card(bundle: HallBundle) -> None:
    flow = flow_for(bundle, "BDC-009")
    flow.identify()
    assert flow.answers["applicant_id"] == DEMO_CITIZEN.id_number
    assert flow.answers["certificate_number"] == "苏(2020)宁鼓不动产权第0000001号"
    assert [f.name for f in flow.typed_fields] == [
        "how_lost",
        "lost_date",
        "co_owned",
        "phone",
        "delivery",
        "post_code",
        "post_address",
    ]
    id_card = flow.materials["权利人居民身份证"]
    assert id_card.source == MaterialSource.E_CERTIFICATE and id_card.certificate is not None
    assert flow.materials["遗失、灭失声明"].source == MaterialSource.GENERATED
    assert flow.materials["共有人同意补证的书面意见"].source == MaterialSource.MISSING  # optional


def test_nothing_moves_on_while_an_answer_is_wrong_and_the_wipe_forgets_everything(
    bundle: HallBundle, tmp_path: Path
) -> None:
    scan = tmp_path / "consent.pdf"
    scan.write_bytes(b"%PDF-1.4 consent")
    flow = flow_for(bundle, "BDC-009", scan_file=scan)
    flow.identify()
    with pytest.raises(FlowError) as caught:
        flow.to_materials()
    assert [p.field for p in caught.value.problems] == ["how_lost", "lost_date", "co_owned", "phone", "delivery"]
    for name, value in {"how_lost": "lost", "lost_date": "2026-11-01", "co_owned": "yes", "delivery": "post"}.items():
        assert flow.answer(name, value) is None
    problem = flow.answer("phone", "12345")
    assert problem is not None and problem.code == "phone"
    with pytest.raises(FlowError):
        flow.to_materials()
    assert flow.answer("phone", "13812345678") is None
    flow.to_materials()
    assert flow.scan("共有人同意补证的书面意见").file_name == "consent.pdf"
    flow.to_confirm()
    assert flow.step == Step.CONFIRM
    flow.wipe()
    assert flow.citizen is None and flow.answers == {} and flow.materials == {} and flow.step == Step.IDENTIFY


def test_a_scan_that_gives_nothing_is_refused(bundle: HallBundle) -> None:
    flow = flow_for(bundle, "BDC-023")
    flow.identify()
    flow.answer("query_purpose", "self")
    flow.to_materials()
    with pytest.raises(ScanError):
        flow.scan("授权委托书及受托人身份证")
    assert flow.materials["授权委托书及受托人身份证"].source == MaterialSource.MISSING


def test_a_citizen_without_certificates_types_what_they_would_have_filled(bundle: HallBundle) -> None:
    other = CitizenIdentity(name="李四", id_number="110105194912310021"[:17] + "8", source="demo", demo=True)
    flow = SelfServiceFlow(
        task_for(bundle.catalogue, "BDC-009"),
        today=TODAY,
        online=True,
        identity=DemoIdentityProvider(other),
        certificates=DemoCertificateProvider(),
        scanner=FilePickerScanner(lambda _m: None),
    )
    flow.identify()
    assert "certificate_number" in [f.name for f in flow.typed_fields]
    assert flow.materials["权利人居民身份证"].source == MaterialSource.MISSING
    assert "CitizenIdentity(李*" in repr(flow.citizen) and other.id_number not in repr(flow.citizen)


# --- the recorded case ------------------------------------------------------------------------------------


def test_a_promised_application_is_recorded_accepted_with_a_date_and_no_id_number_in_clear(
    bundle: HallBundle, tmp_path: Path
) -> None:
    wall = FakeWall()
    device = make_device(tmp_path, bundle, wall)
    flow = flow_for(bundle, "BDC-009")
    flow.identify()
    for name, value in {
        "how_lost": "lost",
        "lost_date": "2026-01-02",
        "co_owned": "no",
        "phone": "13812345678",
        "delivery": "window",
    }.items():
        flow.answer(name, value)
    flow.to_materials()
    flow.to_confirm()
    result = OutcomeRecorder(device, SALT).record(flow)
    case = device.state.cases[result.case_number]
    assert result.outcome == Outcome.PROMISED and case.status == CaseStatus.ACCEPTED
    assert case.promised_date == bundle.config.calendar.add_working_days(device.today(), 20)
    assert case.applicant == "张**" and case.applicant_key == DEMO_CITIZEN.key(SALT)
    details = dict(case.details)
    assert details["领证方式"] == "综合窗口领取" and details["身份证号码"] == "（已提供）"
    assert details["申请人姓名"] == "张**" and details["联系电话"] == "13812345678"
    assert details["材料:权利人居民身份证"].startswith("电子证照 ")
    stored = "\n".join(event_json(e) for e in device.store.pending())
    assert len(device.store.pending()) == 1  # accepted; the back office completes it
    assert DEMO_CITIZEN.id_number not in stored and "张建国" not in stored
    assert result.applicant_id == "1101**********002X" and result.demo
    device.close()


def test_an_on_the_spot_item_is_recorded_completed(bundle: HallBundle, tmp_path: Path) -> None:
    device = make_device(tmp_path, bundle, FakeWall())
    flow = flow_for(bundle, "BDC-P05")
    flow.identify()
    flow.answer("proof_purpose", "school")
    flow.answer("tax_purpose", "school")
    flow.answer("copies", "1")
    flow.to_materials()
    flow.to_confirm()
    result = OutcomeRecorder(device, SALT).record(flow)
    case = device.state.cases[result.case_number]
    assert case.status == CaseStatus.COMPLETED and case.package == "BDC-P05"
    assert case.items == ("BDC-024", "BDC-031")
    assert [s.item for s in result.sections] == ["BDC-024", "BDC-031"]
    assert ("实缴金额", "Amount paid", "26850.00 元") in result.sections[1].lines
    device.close()


def test_hall_central_load_hall_refuses_a_malformed_form_and_stores_nothing(copy: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    from sqlalchemy import func, select

    from central.database import open_engine
    from central.tables import halls

    _edit(copy, 'kind = "phone"', 'kind = "phone"\nmin = 3', after='code = "BDC-009"')
    db = f"sqlite:///{tmp_path / 'c.db'}"
    result = subprocess.run(
        [sys.executable, "-m", "central", "load-hall", str(copy), "--db", db],
        cwd=SAMPLE.parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "catalogue.toml" in result.stderr and "item BDC-009, form field 'phone'" in result.stderr
    assert "only a number field has min and max" in result.stderr
    engine = open_engine(db)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(halls)).scalar_one() == 0
    engine.dispose()


def test_without_the_certificate_service_the_id_card_must_be_scanned(bundle: HallBundle, tmp_path: Path) -> None:
    scan = tmp_path / "id.png"
    scan.write_bytes(b"\x89PNG id card")
    flow = SelfServiceFlow(
        task_for(bundle.catalogue, "BDC-009"),
        today=TODAY,
        online=False,
        identity=DemoIdentityProvider(),
        certificates=DemoCertificateProvider(available=False),
        scanner=FilePickerScanner(lambda _m: scan),
    )
    flow.identify()
    assert flow.materials["权利人居民身份证"].source == MaterialSource.MISSING
    assert "certificate_number" in [f.name for f in flow.typed_fields]  # nothing filled it: the citizen types it
    for name, value in {
        "certificate_number": "X2020-0000001",
        "how_lost": "lost",
        "lost_date": "2026-01-02",
        "co_owned": "no",
        "phone": "13812345678",
        "delivery": "window",
    }.items():
        assert flow.answer(name, value) is None
    flow.to_materials()
    with pytest.raises(FlowError) as caught:
        flow.to_confirm()
    assert caught.value.code == "materials" and "权利人居民身份证" in str(caught.value)
    flow.scan("权利人居民身份证")
    flow.to_confirm()
    assert flow.step == Step.CONFIRM


def test_the_printed_result_renders_on_a_receipt_printer_in_both_modes(bundle: HallBundle, tmp_path: Path) -> None:
    """The result is an ordinary document: the ESC/POS back end prints it as text (GB18030) or one bitmap."""
    from common.printing import EscposMode, Language, PrinterSettings
    from common.printing.document import Paper
    from common.printing.escpos_printer import EscposPrinter, encode
    from common.printing.self_service_result import self_service_result_document
    from tests.support import escpos_reader

    device = make_device(tmp_path, bundle, FakeWall())
    flow = flow_for(bundle, "BDC-023")
    flow.identify()
    flow.answer("query_purpose", "self")
    flow.to_materials()
    flow.to_confirm()
    result = OutcomeRecorder(device, SALT).record(flow)
    for language in (Language.ZH, Language.EN):
        doc = self_service_result_document(result, bundle.config, language, Paper.RECEIPT, device.now())
        assert result.case_number in doc.plain_text() and DEMO_CITIZEN.id_number not in doc.plain_text()
        text = EscposPrinter(PrinterSettings(kind="file", file_path=tmp_path / "t.bin")).render(doc)
        assert text.endswith(b"\x1dV\x01")
        if language is Language.ZH:
            assert encode("不动产登记信息查询结果") in text
        bitmap = EscposPrinter(PrinterSettings(kind="file", file_path=tmp_path / "b.bin", mode=EscposMode.BITMAP))
        assert escpos_reader.read(bitmap.render(doc)).image.width == 576
    device.close()

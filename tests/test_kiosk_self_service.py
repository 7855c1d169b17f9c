"""Self-service items at the kiosk, end to end as a citizen does them on the screen, against the real central
store (uvicorn on loopback, SQLite on disk) loaded with the sample hall, printing to PDF through the real Qt
print path. Only the identity, e-certificate and scanner providers are fakes: the demo ones, at the true
edges. Each shipped item: identify, fill in, bad input on every kind of field (the problem said next to the
field, nothing recorded), an e-certificate instead of the paper, the printed result read back from the PDF,
the case in case lookup, one rating. Also: offline, help on every step, and the idle reset forgetting the
citizen."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from common.events import CaseCompleted, EventType, HelpKind
from common.freshness import Freshness, Link
from common.projection.state import CaseStatus
from common.ratings_scale import RatingLevel
from common.self_service.identity import DEMO_CITIZEN
from common.self_service.providers import demo_providers
from common.ui.i18n import Languages
from kiosk.screens.self_service import CONFIRM, FILL, IDENTIFY, LIST, MATERIALS, RESULT, START, SelfServiceScreen
from tests.support.kiosk_rig import KioskRig, make_kiosk, visible_text
from tests.support.synced_hall import SyncedHall, synced_hall

SALT = b"kiosk-test-salt"


@pytest.fixture
def hall(tmp_path: Path) -> Iterator[SyncedHall]:
    with synced_hall(tmp_path, load_sample_hall=True) as h:
        yield h


@dataclass
class Scans:
    """The demo scanner's picks: what the citizen 'puts on the scanner' (a file), or nothing."""

    folder: Path
    next: Path | None = None

    def pick(self, _material: str) -> Path | None:
        return self.next


@pytest.fixture
def scans(tmp_path: Path) -> Scans:
    return Scans(tmp_path)


@pytest.fixture
def rig(qtbot, hall: SyncedHall, languages: Languages, tmp_path: Path, scans: Scans) -> Iterator[KioskRig]:  # type: ignore[no-untyped-def]
    r = make_kiosk(hall.kiosk.device, languages, tmp_path)
    r.ctx.providers = demo_providers(scans.pick, SALT)
    r.bridge.follow_sync(hall.kiosk.client.status)
    r.bridge.set_freshness(Freshness(Link.ONLINE, last_sync=hall.wall()))
    qtbot.addWidget(r.window)
    r.window.show()
    qtbot.waitExposed(r.window)
    yield r
    r.close()


def click(qtbot, widget: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pdf_text(path: Path) -> str:
    """The PDF's text as poppler's pdftotext reads it, without the spaces and line breaks of the 80 mm roll's
    layout (a value wrapped over two lines is still one value)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", "", out.stdout)


def on_paper(expected: str, text: str) -> bool:
    return re.sub(r"\s+", "", expected) in text


def screen(rig: KioskRig) -> SelfServiceScreen:
    s = rig.screen("self_service")
    assert isinstance(s, SelfServiceScreen)
    return s


def open_from_home(rig: KioskRig, qtbot, code: str) -> SelfServiceScreen:  # type: ignore[no-untyped-def]
    rig.window.home()
    click(qtbot, rig.screen("home").service_tiles["self_service"])
    ss = screen(rig)
    assert rig.window.current is ss and ss.page == LIST
    click(qtbot, ss.task_tiles[code])
    assert ss.page == START
    return ss


def start_and_identify(rig: KioskRig, qtbot, ss: SelfServiceScreen) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, ss.next_button)  # 开始
    assert ss.page == IDENTIFY
    assert "演示" in ss.identify_button.text()
    click(qtbot, ss.identify_button)
    assert ss.identified.text().startswith("已识别：张**，身份证 1101**********002X")
    click(qtbot, ss.next_button)


def answer_field(qtbot, ss: SelfServiceScreen, name: str, value: str) -> None:  # type: ignore[no-untyped-def]
    spec = ss.current_field
    assert spec is not None and spec.name == name, (spec and spec.name, name)
    if ss.choice_buttons:
        if value:
            click(qtbot, ss.choice_buttons[value])
    else:
        ss.field.setText(value)
    click(qtbot, ss.next_button)


def type_pinyin(qtbot, ss: SelfServiceScreen, letters: str, word: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``letters`` on the keys in pinyin mode and tap ``word`` among the candidates (paging if need be)."""
    pad = ss.letters
    for ch in letters:
        click(qtbot, pad.keys[ch.upper()])
    assert pad.composition == letters
    while word not in pad.shown_candidates():
        click(qtbot, pad.next_page)
    click(qtbot, pad.candidate_buttons[pad.shown_candidates().index(word)])
    assert pad.composition == ""


def refused(qtbot, ss: SelfServiceScreen, name: str, value: str, words: str, hall: SyncedHall) -> None:  # type: ignore[no-untyped-def]
    """A bad answer: the problem in words next to the field, the same field still asked, nothing recorded."""
    before = hall.kiosk.device.store.pending_count()
    answer_field(qtbot, ss, name, value)
    assert ss.page == FILL and ss.current_field is not None and ss.current_field.name == name
    assert words in ss.field_problem, ss.field_problem
    assert ss.field_error.isVisible()
    assert hall.kiosk.device.store.pending_count() == before


def confirm_and_print(rig: KioskRig, qtbot, ss: SelfServiceScreen) -> str:  # type: ignore[no-untyped-def]
    assert ss.page == CONFIRM
    assert DEMO_CITIZEN.id_number not in visible_text(rig.window)
    click(qtbot, ss.next_button)  # 确认提交
    assert ss.page == RESULT
    qtbot.waitUntil(lambda: len(rig.printing.jobs) >= 1, timeout=15_000)
    job = rig.printing.jobs[-1]
    assert ss.result is not None and job.ok and job.reference == ss.result.case_number
    assert ss.print_status.text() == "打印完成，请从下方出纸口取走。"
    return pdf_text(rig.pdf_files()[-1])


def rate_once(rig: KioskRig, qtbot, hall: SyncedHall, number: str) -> None:  # type: ignore[no-untyped-def]
    case = rig.screen("case")
    assert rig.window.current is case
    assert case.summary.text() == f"办件 {number}：已办结"
    click(qtbot, case.rate_button)
    click(qtbot, case.level_buttons[RatingLevel.VERY_SATISFIED])
    click(qtbot, case.submit)
    assert case.thanks.text() == f"谢谢！您对办件 {number} 的评价已记录。"
    case.rate()  # a second time, on the same case
    assert case.banner.message == "此办件已评价过，每个办件只能评价一次。"
    hall.settle()
    ratings = [r for r in hall.window.device.state.ratings.values() if r.target_id == number]
    assert len(ratings) == 1 and ratings[0].level == RatingLevel.VERY_SATISFIED


def assert_on_central(hall: SyncedHall, number: str, status: CaseStatus) -> None:
    hall.settle()
    assert hall.kiosk.device.store.pending_count() == 0
    case = hall.window.device.state.cases[number]  # folded from the central store's log
    assert case.status == status and case.accepted_by == "kiosk-1"
    assert DEMO_CITIZEN.id_number not in str(case) and DEMO_CITIZEN.name not in str(case)


# --- 不动产登记信息查询: an enquiry with a printed result -----------------------------------------------------


def test_a_property_record_enquiry_is_done_and_printed_at_the_kiosk(rig: KioskRig, hall: SyncedHall, qtbot) -> None:  # type: ignore[no-untyped-def]
    ss = open_from_home(rig, qtbot, "BDC-023")
    assert "需要联网" in ss.task_tiles["BDC-023"].detail.text()
    assert "可以开始" in ss.start_online.text() and ss.start_demo.isVisible()
    start_and_identify(rig, qtbot, ss)
    refused(qtbot, ss, "query_purpose", "", "请为“查询目的”选择一项。", hall)
    answer_field(qtbot, ss, "query_purpose", "loan")
    assert ss.page == MATERIALS
    id_tile = next(iter(ss.material_tiles.values()))
    assert id_tile.title.text() == "1. ✓ 查询人居民身份证"
    assert "免交纸质材料" in id_tile.detail.text() and "居民身份证电子证照" in id_tile.detail.text()
    click(qtbot, ss.next_button)  # the power of attorney is optional
    text = confirm_and_print(rig, qtbot, ss)
    assert ss.result is not None
    number = ss.result.case_number
    assert ss.case_number.text() == number
    for expected in (
        "不动产登记信息查询结果",
        number,
        "鼓楼区演示路1号1幢101室",
        "89.50平方米",
        "办理贷款",
        "【演示】",
    ):
        assert on_paper(expected, text), expected
    assert on_paper("1101**********002X", text) and DEMO_CITIZEN.id_number not in text and on_paper("张**", text)
    assert on_paper("电子证照免交", text)

    click(qtbot, ss.rate_button)  # straight to case lookup
    rate_once(rig, qtbot, hall, number)
    assert_on_central(hall, number, CaseStatus.COMPLETED)


def test_an_item_that_needs_an_online_check_says_so_before_step_one_when_offline(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    rig.bridge.set_freshness(Freshness(Link.OFFLINE, last_sync=hall.wall(), offline_since=hall.wall()))
    ss = open_from_home(rig, qtbot, "BDC-023")
    assert "此自助终端目前离线" in ss.start_online.text() and ss.start_online.isVisible()
    assert not ss.next_button.isEnabled()  # 开始 is not offered
    ss.start()
    assert ss.page == START and ss.flow is None
    assert hall.kiosk.device.store.pending_count() == 0


# --- 契税完税证明打印: a proof of payment ----------------------------------------------------------------------


def test_a_deed_tax_payment_certificate_is_printed_with_numbers_checked(rig: KioskRig, hall: SyncedHall, qtbot) -> None:  # type: ignore[no-untyped-def]
    ss = open_from_home(rig, qtbot, "BDC-031")
    start_and_identify(rig, qtbot, ss)
    assert "税票号码：320106200000000001" in ss.filled.text()
    assert "已获取电子证照：" in ss.filled.text() and "契税完税凭证电子证照" in ss.filled.text()
    answer_field(qtbot, ss, "tax_purpose", "refund")
    refused(qtbot, ss, "copies", "", "请填写“打印份数”。", hall)
    refused(qtbot, ss, "copies", "0", "允许的最小数是 1", hall)
    refused(qtbot, ss, "copies", "4", "允许的最大数是 3", hall)
    refused(qtbot, ss, "copies", "1.5", "请输入整数", hall)
    refused(qtbot, ss, "copies", "二", "请输入数字", hall)
    # the keypad types the answer
    ss.field.clear()
    click(qtbot, ss.digits.keys["2"])
    click(qtbot, ss.next_button)
    assert ss.page == MATERIALS
    click(qtbot, ss.next_button)
    text = confirm_and_print(rig, qtbot, ss)
    assert ss.result is not None
    for expected in (
        "契税完税证明",
        "320106200000000001",
        "26850.00 元",
        "2020-06-18",
        "报销（2 份）",
        ss.result.case_number,
    ):
        assert on_paper(expected, text), expected
    number = ss.result.case_number
    click(qtbot, ss.rate_button)
    rate_once(rig, qtbot, hall, number)
    assert_on_central(hall, number, CaseStatus.COMPLETED)


# --- 不动产权证书补发: accepted at the kiosk, offline, finished later by the back office ------------------------


def test_a_certificate_replacement_is_accepted_offline_synced_later_and_finished_by_the_back_office(
    rig: KioskRig, hall: SyncedHall, qtbot, scans: Scans
) -> None:  # type: ignore[no-untyped-def]
    rig.bridge.set_freshness(Freshness(Link.OFFLINE, last_sync=hall.wall(), offline_since=hall.wall()))
    rig.window.go("guides", item="BDC-009")
    guides = rig.screen("guides")
    assert guides.do_here is not None
    click(qtbot, guides.do_here)  # 可在此办理, from the guide
    ss = screen(rig)
    assert ss.page == START and "断网时也能办理" in ss.start_online.text() and ss.next_button.isEnabled()
    start_and_identify(rig, qtbot, ss)
    assert "不动产权证书号：苏(2020)宁鼓不动产权第0000001号" in ss.filled.text()

    refused(qtbot, ss, "how_lost", "", "请为“证书情况”选择一项。", hall)
    answer_field(qtbot, ss, "how_lost", "lost")
    refused(qtbot, ss, "lost_date", "", "请填写“遗失或损毁日期”。", hall)
    refused(qtbot, ss, "lost_date", "2026/03/08", "请按“年-月-日”填写日期", hall)
    refused(qtbot, ss, "lost_date", "2026-02-30", "请按“年-月-日”填写日期", hall)
    refused(qtbot, ss, "lost_date", "2999-01-01", "这个日期晚于今天", hall)
    answer_field(qtbot, ss, "lost_date", "2026-03-08")
    refused(qtbot, ss, "co_owned", "", "请为“是否为共有房屋”选择一项。", hall)
    answer_field(qtbot, ss, "co_owned", "yes")
    refused(qtbot, ss, "phone", "1381234567", "手机号码是以 1 开头的 11 位数字", hall)
    rig.window.switch_language("en")  # the problem is said again in the language now shown
    assert ss.field_problem == "A mobile number has 11 digits and starts with 1, e.g. 13812345678."
    rig.window.switch_language("zh_CN")
    refused(qtbot, ss, "phone", "23812345678", "手机号码是以 1 开头的 11 位数字", hall)
    answer_field(qtbot, ss, "phone", "13812345678")
    answer_field(qtbot, ss, "delivery", "post")
    refused(qtbot, ss, "post_code", "21000", "“邮政编码”应为6 位数字，例如 210008。", hall)
    refused(qtbot, ss, "post_code", "21000A", "“邮政编码”应为6 位数字", hall)
    answer_field(qtbot, ss, "post_code", "210008")
    # the address in Chinese, typed with pinyin on the kiosk's keys
    assert ss.current_field is not None and ss.current_field.name == "post_address"
    pad = ss.letters
    assert pad.isVisible() and pad.pinyin and pad.keys["switch"].isVisible()
    type_pinyin(qtbot, ss, "gulouqu", "鼓楼区")
    type_pinyin(qtbot, ss, "zhongshanlu", "中山路")
    click(qtbot, pad.keys["switch"])  # 中/英 → ABC for the number
    click(qtbot, pad.keys["1"])
    click(qtbot, pad.keys["switch"])
    type_pinyin(qtbot, ss, "hao", "号")
    assert ss.field.text() == "鼓楼区中山路1号"
    click(qtbot, ss.next_button)

    assert ss.page == MATERIALS
    titles = [t.title.text() for t in ss.material_tiles.values()]
    assert titles == ["1. ✓ 权利人居民身份证", "2. ✓ 遗失、灭失声明", "3. 共有人同意补证的书面意见"]
    consent = ss.material_tiles["共有人同意补证的书面意见"]
    click(qtbot, consent)  # the scanner gives nothing: told, nothing changes
    assert ss.banner.message.startswith("没有扫描到材料")
    scans.next = scans.folder / "consent.png"
    scans.next.write_bytes(b"\x89PNG consent of the co-owner")
    click(qtbot, consent)
    assert consent.title.text() == "3. ✓ 共有人同意补证的书面意见" and "consent.png" in consent.detail.text()
    click(qtbot, ss.next_button)

    assert "承诺件" in ss.promise.text() and "20 个工作日" in ss.promise.text()
    assert "联系电话：138****5678" in ss.summary.text()
    text = confirm_and_print(rig, qtbot, ss)
    result = ss.result
    assert result is not None
    promised = hall.kiosk.device.bundle.config.calendar.add_working_days(hall.kiosk.device.today(), 20)
    assert ss.result_head.text() == "您的办件编号" and not ss.rate_button.isVisible()
    for expected in (
        "自助办理受理凭证",
        result.case_number,
        "承诺件，已受理",
        "承诺办结日期",
        f"{promised.year}年",
        "遗失（2026-03-08）",
        "邮寄到家",
        "已扫描上传",
    ):
        assert on_paper(expected, text), expected

    # recorded on the kiosk, waiting for the network
    assert hall.kiosk.device.store.pending_count() == 1
    assert hall.kiosk.device.state.cases[result.case_number].status == CaseStatus.ACCEPTED
    click(qtbot, ss.done_button)
    assert rig.window.current is rig.screen("home") and ss.flow is None

    # case lookup shows it accepted, with its promised date, not yet open to rating
    rig.window.go("case", number=result.case_number)
    lookup = rig.screen("case")
    assert lookup.summary.text() == f"办件 {result.case_number}：办理中"
    assert "申请人：张**" in lookup.details.text() and not lookup.rate_button.isVisible()

    # back online: it reaches the central store; the back office finishes it
    rig.bridge.set_freshness(Freshness(Link.ONLINE, last_sync=hall.wall()))
    assert_on_central(hall, result.case_number, CaseStatus.ACCEPTED)
    case = hall.window.device.state.cases[result.case_number]
    assert dict(case.details)["联系电话"] == "13812345678" and case.promised_date == promised
    assert dict(case.details)["邮寄地址"] == "鼓楼区中山路1号"
    hall.window.device.record(
        EventType.CASE_COMPLETED, CaseCompleted(case_number=result.case_number, result="已补发新证书")
    )
    hall.settle()

    # the citizen looks it up and rates it, once
    rig.window.go("case", number=result.case_number)
    rate_once(rig, qtbot, hall, result.case_number)


# --- 一件事: two items in one go -----------------------------------------------------------------------------


def test_an_item_package_spanning_two_items_is_one_flow_one_case_and_one_printout(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ss = open_from_home(rig, qtbot, "BDC-P05")
    assert "2 个事项一次办" in ss.task_tiles["BDC-P05"].detail.text()
    start_and_identify(rig, qtbot, ss)
    answer_field(qtbot, ss, "proof_purpose", "school")
    refused(qtbot, ss, "family_member_id", "32010220", "身份证号码共 18 位", hall)
    refused(qtbot, ss, "family_member_id", "110105194912310021", "校验不通过", hall)
    ss.field.clear()
    for ch in "11010520150601001X"[:-1]:
        click(qtbot, ss.letters.keys[ch])
    click(qtbot, ss.letters.keys["X"])
    assert ss.field.text() == "11010520150601001X"
    click(qtbot, ss.next_button)
    assert ss.current_field is not None and ss.current_field.name == "family_member_id"  # checksum fails: still asked
    ss.field.setText("")  # it may be left empty
    click(qtbot, ss.next_button)
    answer_field(qtbot, ss, "tax_purpose", "school")
    answer_field(qtbot, ss, "copies", "1")
    assert ss.page == MATERIALS
    assert all("✓" in t.title.text() for t in ss.material_tiles.values())  # both ID cards: one e-certificate
    click(qtbot, ss.next_button)
    text = confirm_and_print(rig, qtbot, ss)
    result = ss.result
    assert result is not None
    for expected in (
        "不动产权属情况证明",
        "契税完税证明",
        "子女入学房产与完税证明一件事",
        "鼓楼区演示路1号1幢101室",
        "26850.00 元",
    ):
        assert on_paper(expected, text), expected
    case = hall.kiosk.device.state.cases[result.case_number]
    assert case.package == "BDC-P05" and case.items == ("BDC-024", "BDC-031")
    click(qtbot, ss.rate_button)
    rate_once(rig, qtbot, hall, result.case_number)
    assert_on_central(hall, result.case_number, CaseStatus.COMPLETED)


# --- help, elder mode, forgetting --------------------------------------------------------------------------


def test_help_on_every_step_tells_the_staff_the_item_and_the_step(rig: KioskRig, hall: SyncedHall, qtbot) -> None:  # type: ignore[no-untyped-def]
    ss = open_from_home(rig, qtbot, "BDC-009")
    asked: list[str] = []

    def ask() -> None:
        click(qtbot, ss.help_button)
        assert ss.banner.message.startswith("已告诉工作人员")
        asked.append(hall.kiosk.device.state.help_requests[ss.help_sent].step)

    ask()
    click(qtbot, ss.next_button)
    ask()
    click(qtbot, ss.identify_button)
    click(qtbot, ss.next_button)
    ask()
    for name, value in (("how_lost", "lost"), ("lost_date", "2026-03-08"), ("co_owned", "no")):
        answer_field(qtbot, ss, name, value)
    answer_field(qtbot, ss, "phone", "13812345678")
    answer_field(qtbot, ss, "delivery", "window")
    answer_field(qtbot, ss, "post_code", "")
    answer_field(qtbot, ss, "post_address", "")
    ask()
    click(qtbot, ss.next_button)
    ask()
    assert asked == ["start", "identify", "fill:how_lost", "materials", "confirm"]
    hall.settle()
    staff_view = [r for r in hall.window.device.state.help_requests.values() if r.item == "BDC-009"]
    assert len(staff_view) == 5 and all(r.kind == HelpKind.SELF_SERVICE_STUCK for r in staff_view)
    notes = sorted(r.note for r in staff_view)
    assert "自助办理：第2步 填写（证书情况）" in notes and "自助办理：开始前" in notes
    # what a clerk's console lists (window 1 of the sample hall)
    from common.window.queue_glance import queue_glance

    device = hall.window.device
    glance = queue_glance(device.state, device.bundle, 1, device.today(), device.now())
    lines = [h for h in glance.help if h.item == "BDC-009"]
    assert len(lines) == 5 and lines[0].item_name.startswith("不动产权证书遗失")


def test_the_idle_reset_forgets_the_citizen_and_leaves_no_id_number_on_screen(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    ss = open_from_home(rig, qtbot, "BDC-024")
    start_and_identify(rig, qtbot, ss)
    answer_field(qtbot, ss, "proof_purpose", "hukou")
    ss.field.setText("11010520150601001")
    assert DEMO_CITIZEN.id_number not in visible_text(rig.window)
    rig.window.start_over()
    assert rig.window.current is rig.screen("home")
    assert ss.flow is None and ss.task is None and ss.field.text() == ""
    rig.window.go("self_service")
    shown = visible_text(rig.window)
    assert "11010520150601001" not in shown and "张**" not in shown and "1101**" not in shown


def test_in_elder_mode_each_field_is_large_and_its_label_help_and_problem_are_read_aloud(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    from common.readability import DisplayMode

    rig.window.set_mode(DisplayMode.ELDER)
    home = rig.screen("home")
    click(qtbot, home.more)
    click(qtbot, home.more)  # elder mode: the first tap reads, the second acts
    click(qtbot, home.more_tiles["self_service"])
    click(qtbot, home.more_tiles["self_service"])
    ss = screen(rig)
    assert rig.window.current is ss
    ss.open_task("BDC-009")
    ss.start()
    ss.identify()
    ss.next()
    qtbot.waitUntil(lambda: any("证书情况" in t for t in rig.spoken()), timeout=10_000)
    assert any("遗失：找不到了" in t for t in rig.spoken())
    ss.next()  # nothing chosen
    qtbot.waitUntil(lambda: any("请为“证书情况”选择一项" in t for t in rig.spoken()), timeout=10_000)
    from common.ui.accessibility_audit import audit, format_findings

    findings = audit(rig.window, DisplayMode.ELDER)
    assert not findings, format_findings(findings)


def test_an_identity_that_cannot_be_read_is_told_and_nothing_is_recorded(
    rig: KioskRig, hall: SyncedHall, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from common.self_service.identity import IdentityError

    class NoCard:
        name = "card reader"
        demo = False

        def identify(self) -> object:
            raise IdentityError("no_card", "no card on the reader")

    rig.ctx.providers.identity = NoCard()  # type: ignore[assignment]
    ss = open_from_home(rig, qtbot, "BDC-009")
    click(qtbot, ss.next_button)
    assert ss.identify_button.text() == "读取身份证"  # a real reader: no demo mark
    click(qtbot, ss.identify_button)
    assert ss.banner.message == "未能识别您的身份。请再试一次，或请工作人员帮助。"
    click(qtbot, ss.next_button)
    assert ss.page == IDENTIFY and ss.banner.message == "请先核验身份。"
    assert hall.kiosk.device.store.pending_count() == 0


def test_in_elder_mode_pinyin_keys_and_candidates_act_on_the_first_tap_and_are_read_aloud(rig: KioskRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    from common.readability import DisplayMode

    rig.window.set_mode(DisplayMode.ELDER)
    rig.window.go("self_service", task="BDC-009")
    ss = screen(rig)
    ss.start()
    ss.identify()
    ss.next()
    answers = (("how_lost", "lost"), ("lost_date", "2026-03-08"), ("co_owned", "no"), ("phone", "13812345678"))
    for _name, value in (*answers, ("delivery", "post"), ("post_code", "210008")):
        if ss.choice_buttons:
            ss.choice_buttons[value].setChecked(True)
        else:
            ss.field.setText(value)
        ss.next()  # (elder mode: a tap reads first; the keys are what is tested here)
    pad = ss.letters
    assert ss.current_field is not None and ss.current_field.name == "post_address" and pad.pinyin
    for ch in "lv":
        click(qtbot, pad.keys[ch.upper()])  # one tap each, as in letters
    qtbot.waitUntil(lambda: "V" in rig.spoken(), timeout=10_000)
    assert pad.composition == "lv" and "绿" in [c.text for c in pad.candidates]
    while "绿" not in pad.shown_candidates():
        click(qtbot, pad.next_page)
    qtbot.waitUntil(lambda: "更多候选字" in " ".join(rig.spoken()), timeout=10_000)
    click(qtbot, pad.candidate_buttons[pad.shown_candidates().index("绿")])
    assert ss.field.text() == "绿"  # the first tap chose it
    qtbot.waitUntil(lambda: "绿" in rig.spoken(), timeout=10_000)
    click(qtbot, pad.keys["switch"])
    assert not pad.pinyin
    qtbot.waitUntil(lambda: "拼音输入（已打开）" in " ".join(rig.spoken()), timeout=10_000)

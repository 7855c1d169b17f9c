"""The printed documents, without a printer: what a ticket, a service guide and a one-time notice say.
Each back end draws these blocks; the back-end tests check that what is said here reaches the paper."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import segno

from common import kiosk_actions as kiosk
from common import window_actions as win
from common.device import Device
from common.events import Channel, Outcome
from common.hall_bundle import HallBundle, load_hall
from common.kiosk_actions import TicketReceipt
from common.printing import (
    Document,
    DocumentKind,
    Field,
    Language,
    ListItem,
    Paper,
    QrCode,
    Role,
    Text,
    notice_for_visit,
    one_time_notice_document,
    service_guide_document,
    ticket_document,
)
from common.printing.labels import EN, ZH
from common.printing.text_wrap import balanced, is_wide, wrap
from common.printing.ticket import wait_text
from common.projection.admission import DeviceKind
from tests.support.relay import Relay

SAMPLE = load_hall("assets/sample_hall")


def receipt(**changes: object) -> TicketReceipt:
    values: dict[str, object] = {
        "ticket_id": "0192f0c2-3b4a-7d5e-8f60-718293a4b5c6",
        "number": "A007",
        "category": "A",
        "category_name": SAMPLE.config.category("A").name,
        "hall_name": SAMPLE.config.name,
        "issued_at": datetime(2026, 11, 30, 1, 12, tzinfo=UTC),  # 09:12 in Nanjing
        "ahead": 3,
        "estimated_wait_minutes": 22.4,
        "channel": Channel.NORMAL,
        "offline_number": False,
    }
    values.update(changes)
    return TicketReceipt(**values)  # type: ignore[arg-type]


def texts(doc: Document, role: Role | None = None) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Text) and (role is None or b.role is role)]


def fields(doc: Document) -> dict[str, str]:
    return {b.label: b.value for b in doc.blocks if isinstance(b, Field)}


# --- ticket ----------------------------------------------------------------------------------------


def test_a_ticket_says_hall_number_category_time_ahead_wait_and_carries_the_qr_payload() -> None:
    r = receipt()
    doc = ticket_document(r, SAMPLE.config)
    assert (doc.kind, doc.paper, doc.reference) == (DocumentKind.TICKET, Paper.RECEIPT, "A007")
    assert texts(doc, Role.TITLE) == [SAMPLE.config.name]
    assert texts(doc, Role.BIG_NUMBER) == ["A007"]
    assert texts(doc, Role.HEADING) == ["不动产登记"]
    assert fields(doc) == {"前面等候": "3 人", "预计等候": "约 23 分钟", "取号时间": "2026-11-30 09:12"}
    assert "请留意叫号屏" in texts(doc, Role.STRONG)
    (qr,) = doc.qr_codes
    assert qr.payload == r.qr_payload == f"HALL:T:{r.ticket_id}:A007"
    made = segno.make(r.qr_payload, error="m", micro=False)
    assert qr.modules == tuple(tuple(bool(m) for m in row) for row in made.matrix)


def test_the_time_on_a_ticket_is_the_halls_local_time_whatever_the_zone_it_was_stored_in() -> None:
    late_utc = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)  # 00:30 the next day in Nanjing
    assert fields(ticket_document(receipt(issued_at=late_utc), SAMPLE.config))["取号时间"] == "2026-12-01 00:30"


@pytest.mark.parametrize(
    ("channel", "mark"), [(Channel.GREEN, "绿色通道 优先办理"), (Channel.APPOINTMENT, "预约号 优先办理")]
)
def test_a_priority_ticket_is_marked_and_an_ordinary_one_is_not(channel: Channel, mark: str) -> None:
    assert mark in texts(ticket_document(receipt(channel=channel), SAMPLE.config), Role.STRONG)
    ordinary = texts(ticket_document(receipt(), SAMPLE.config), Role.STRONG)
    assert not any("优先" in t for t in ordinary)


def test_the_wait_reads_naturally_nobody_ahead_minutes_or_hours() -> None:
    assert wait_text(0, 0.0, ZH) == "即将叫号"
    assert wait_text(2, 0.2, ZH) == "约 1 分钟"
    assert wait_text(9, 74.1, ZH) == "约 1 小时 15 分钟"
    assert wait_text(9, 74.1, EN) == "about 1 h 15 min"


def test_an_english_ticket_has_english_labels_and_still_the_chinese_line_to_watch_the_screen() -> None:
    doc = ticket_document(receipt(), SAMPLE.config, Language.EN)
    assert texts(doc, Role.TITLE) == [SAMPLE.config.name_en]
    assert SAMPLE.config.name in texts(doc, Role.SMALL)  # the hall's own name stays on the slip
    assert texts(doc, Role.HEADING) == [SAMPLE.config.category("A").name_en]
    assert set(fields(doc)) == {"People ahead", "Estimated wait", "Issued"}
    assert [t for t in texts(doc) if "screen" in t or "屏" in t] == ["请留意叫号屏", "Please watch the call screen"]
    assert doc.colon == ": "


# --- service guide -----------------------------------------------------------------------------------


def test_a_service_guide_prints_every_part_of_the_guide() -> None:
    item = SAMPLE.catalogue.item("BDC-002")
    guide = item.guide
    doc = service_guide_document(item, SAMPLE.config, printed_at=datetime(2026, 11, 30, 2, 0, tzinfo=UTC))
    assert (doc.kind, doc.paper, doc.reference) == (DocumentKind.SERVICE_GUIDE, Paper.A4, "BDC-002")
    f = fields(doc)
    assert f["实施部门"] == item.department
    assert f["法定办结时限"] == f"{guide.legal_days} 个工作日"
    assert f["承诺办结时限"] == f"{guide.promised_days} 个工作日"
    assert f["收费标准"] == guide.fee_text
    assert f["到现场次数"] == f"{guide.trips} 次"
    assert f["办理地点"] == "；".join(guide.where)
    assert f["咨询电话"] == guide.phone
    body = texts(doc)
    assert guide.conditions in body and guide.basis in body
    steps = [b.text for b in doc.blocks if isinstance(b, ListItem)][-len(guide.process) :]
    assert steps == guide.process
    assert doc.footer.endswith("打印时间 2026-11-30 10:00")


def test_materials_show_form_copies_and_the_mark_only_where_an_e_certificate_replaces_them() -> None:
    item = SAMPLE.catalogue.item("BDC-002")
    doc = service_guide_document(item, SAMPLE.config)
    listed = [b.text for b in doc.blocks if isinstance(b, ListItem)]
    for m in item.guide.materials:
        assert any(line.startswith(m.name) for line in listed), m.name
    marks = [t for t in texts(doc, Role.STRONG) if t.startswith("★")]
    assert marks == [f"★ 可用电子证照代替：{m.e_certificate}" for m in item.guide.materials if m.e_certificate]
    assert "买受人身份证明（原件及复印件 1 份）" in listed
    assert "婚姻状况证明（原件 1 份，按情形提供）" in listed  # not needed in every case
    assert "标注 ★ 的材料可用电子证照代替，无需提交纸质材料。" in texts(doc, Role.STRONG)


def test_a_guide_for_an_item_done_on_the_spot_and_free_says_so() -> None:
    on_the_spot = next(it for it in SAMPLE.catalogue.items if it.guide.on_the_spot and it.guide.fee_yuan == 0)
    f = fields(service_guide_document(on_the_spot, SAMPLE.config))
    assert f["承诺办结时限"] == "即办（当场办结）"
    assert f["收费标准"] == (on_the_spot.guide.fee_note or "不收费")


def test_every_item_of_the_sample_catalogue_makes_a_guide_in_both_languages() -> None:
    for item in SAMPLE.catalogue.items:
        for language in Language:
            doc = service_guide_document(item, SAMPLE.config, language)
            assert item.name in doc.plain_text()


# --- one-time notice -----------------------------------------------------------------------------


def test_a_notice_lists_every_missing_material_at_once_and_which_an_e_certificate_replaces() -> None:
    item = SAMPLE.catalogue.item("BDC-002")
    doc = one_time_notice_document(
        SAMPLE.config,
        [item],
        ["买受人身份证明", "婚姻状况证明", "户口簿", "买受人身份证明"],  # a repeat is listed once
        issued_at=datetime(2026, 11, 30, 7, 0, tzinfo=UTC),
        window=3,
        staff="BDC0101",
    )
    assert doc.kind is DocumentKind.ONE_TIME_NOTICE
    assert [b.text for b in doc.blocks if isinstance(b, ListItem)] == [
        "买受人身份证明（原件及复印件 1 份）",
        "婚姻状况证明（原件 1 份，按情形提供）",
        "户口簿",  # not in the guide: printed as the clerk wrote it
    ]
    assert "需补齐的材料（共 3 项）" in texts(doc, Role.SECTION)
    assert [t for t in texts(doc, Role.STRONG) if t.startswith("★")] == [
        "★ 可用电子证照代替：居民身份证电子证照",
        "★ 可用电子证照代替：结婚证电子证照",
    ]
    assert any(t.startswith("其中标注 ★ 的 2 项") for t in texts(doc, Role.STRONG))
    assert fields(doc) == {
        "办理事项": item.name,
        "告知窗口": "3 号窗口",
        "工作人员工号": "BDC0101",
        "告知日期": "2026年11月30日",
        "咨询电话": SAMPLE.config.phone,
    }


def test_a_notice_printed_at_the_kiosk_names_no_window_or_clerk() -> None:
    doc = one_time_notice_document(
        SAMPLE.config, [SAMPLE.catalogue.items[0]], ["户口簿"], issued_at=datetime.now(UTC), language=Language.EN
    )
    assert "Window" not in fields(doc) and "Staff number" not in fields(doc)
    assert doc.plain_text().count("Received by the applicant") == 0


def test_a_notice_without_missing_materials_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one missing material"):
        one_time_notice_document(SAMPLE.config, [], [" "], issued_at=datetime.now(UTC))


def test_the_window_prints_the_notice_of_the_visit_it_just_finished(
    device_factory: Callable[..., Device], bundle: HallBundle
) -> None:
    kiosk_device = device_factory(DeviceKind.KIOSK, "kiosk-1", lease=50)
    window = device_factory(DeviceKind.WINDOW, "window-1")
    relay = Relay(bundle)
    kiosk.issue_ticket(kiosk_device, "A", package="P-001")
    relay.push(kiosk_device)
    relay.pull(window)
    win.open_window(window, 1, "S001")
    win.call_next(window, 1)
    win.start_service(window, 1)
    visit = win.finish(
        window, 1, Outcome.ONE_TIME_NOTICE, package="P-001", missing_materials=["居民身份证", "不动产权证书"]
    )
    doc = notice_for_visit(visit, bundle.config, bundle.catalogue)
    assert fields(doc)["办理事项"] == "不动产首次登记、抵押权登记"  # the package's items
    assert fields(doc)["告知窗口"] == "1 号窗口" and fields(doc)["工作人员工号"] == "S001"
    assert [b.text for b in doc.blocks if isinstance(b, ListItem)] == [
        "居民身份证（原件 1 份）",
        "不动产权证书（原件及复印件 1 份）",
    ]
    assert "★ 可用电子证照代替：居民身份证电子证照" in texts(doc, Role.STRONG)
    assert doc.reference == visit.id
    with pytest.raises(ValueError, match="no missing materials"):
        notice_for_visit(replace(visit, missing_materials=()), bundle.config, bundle.catalogue)


# --- line breaking -----------------------------------------------------------------------------------


def columns(text: str) -> int:
    return sum(2 if is_wide(ch) else 1 for ch in text)


def test_lines_break_between_chinese_characters_and_at_spaces_in_latin_text() -> None:
    assert wrap("请补齐上述材料后再到窗口办理", 10, columns) == ["请补齐上述", "材料后再到", "窗口办理"]
    assert wrap("Please watch the call screen", 12, columns) == ["Please watch", "the call", "screen"]


def test_a_closing_mark_never_starts_a_line_nor_an_opening_one_ends_it() -> None:
    lines = wrap("abc（测试）。好的", 6, columns)
    assert lines == ["abc", "（测", "试）。", "好的"]
    assert all(line[0] not in "，。）" and line[-1] != "（" for line in lines)


def test_a_paragraph_never_ends_with_one_character_alone_and_a_centred_title_is_balanced() -> None:
    title = "南京市政务服务中心不动产登记分中心"  # 17 characters: 16 fit on a line of 32 columns
    assert wrap(title, 32, columns) == ["南京市政务服务中心不动产登记分", "中心"]
    assert [columns(line) for line in balanced(title, 32, columns)] == [18, 16]


def test_a_number_stays_with_the_word_it_counts() -> None:
    assert wrap("商品房买卖合同（原件 1 份）", 26, columns) == ["商品房买卖合同（原件", "1 份）"]


def test_a_word_wider_than_the_line_is_cut() -> None:
    assert wrap("HALL:T:0192f0c2-3b4a", 8, columns) == ["HALL:T:0", "192f0c2-", "3b4a"]


def test_a_qr_block_is_a_full_qr_code_never_a_micro_qr_that_phones_cannot_read() -> None:
    qr = QrCode.of("HALL:T:x:A001")  # short enough for a Micro QR, which segno would pick by itself
    assert segno.make("HALL:T:x:A001", error="m").is_micro
    assert qr.size == len(qr.modules[0]) == 21  # version 1: the smallest full QR code

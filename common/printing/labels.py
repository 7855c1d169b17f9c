"""The fixed words on printed documents, in Chinese (the default) and English.

Printed slips are made without Qt, so they do not use the UI's Qt translations; this small table is
their own. Data (material names, conditions, laws) is printed as the catalogue has it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from common.catalogue import ItemKind, MaterialForm
from common.events import Channel


class Language(StrEnum):
    """The codes ``HallConfig.languages`` uses."""

    ZH = "zh_CN"
    EN = "en"

    @classmethod
    def of(cls, code: str) -> Language:
        """``zh``, ``zh_CN``, ``zh-Hans`` … are Chinese; ``en``, ``en_US`` … English; anything else Chinese."""
        return cls.EN if code.lower().startswith("en") else cls.ZH


@dataclass(frozen=True, slots=True)
class Labels:
    # ticket
    ticket_title: str
    your_number: str
    people_ahead: str
    people_ahead_value: str  # {n}
    estimated_wait: str
    wait_minutes: str  # {m}
    wait_hours: str  # {h} {m}
    wait_none: str
    issued_at: str
    channel_mark: dict[Channel, str]
    watch_screen: str
    phone: str
    # service guide
    guide_title: str
    item_code: str
    department: str
    item_kind: str
    kinds: dict[ItemKind, str]
    conditions: str
    materials: str
    forms: dict[MaterialForm, str]
    copies: str  # {n}
    copy_one: str
    optional: str
    material_line: str  # {name} {form} {copies} {optional}
    e_certificate_mark: str  # {name}
    e_certificate_legend: str
    time_limits: str
    legal_days: str
    promised_days: str
    working_days: str  # {n}
    working_day_one: str
    on_the_spot: str
    fee: str
    free: str
    yuan: str  # {amount}
    trips: str
    trips_value: str  # {n}
    trips_none: str
    fully_online: str
    where: str
    process: str
    basis: str
    printed_at: str
    # one-time notice
    notice_title: str
    notice_intro: str
    notice_items: str
    notice_missing: str  # {n}
    notice_e_certificate: str  # {n}
    notice_closing: str
    notice_window: str
    notice_window_value: str  # {n}
    notice_staff: str
    notice_date: str
    notice_signature: str
    date_format: str
    colon: str
    """After a field's label."""
    list_separator: str
    clause_separator: str
    page: str  # {page} {pages}

    def copies_text(self, n: int) -> str:
        return self.copy_one if n == 1 else self.copies.format(n=n)

    def days_text(self, n: int) -> str:
        return self.working_day_one if n == 1 else self.working_days.format(n=n)

    def date_text(self, day: date) -> str:
        return self.date_format.format(d=day)


ZH = Labels(
    ticket_title="取号凭条",
    your_number="您的号码",
    people_ahead="前面等候",
    people_ahead_value="{n} 人",
    estimated_wait="预计等候",
    wait_minutes="约 {m} 分钟",
    wait_hours="约 {h} 小时 {m} 分钟",
    wait_none="即将叫号",
    issued_at="取号时间",
    channel_mark={Channel.NORMAL: "", Channel.GREEN: "绿色通道 优先办理", Channel.APPOINTMENT: "预约号 优先办理"},
    watch_screen="请留意叫号屏",
    phone="咨询电话",
    guide_title="办事指南",
    item_code="事项编码",
    department="实施部门",
    item_kind="事项类型",
    kinds={
        ItemKind.LICENSING: "行政许可",
        ItemKind.CONFIRMATION: "行政确认",
        ItemKind.PUBLIC_SERVICE: "公共服务",
        ItemKind.OTHER: "其他行政权力",
    },
    conditions="受理条件",
    materials="申请材料",
    forms={
        MaterialForm.ORIGINAL: "原件",
        MaterialForm.COPY: "复印件",
        MaterialForm.ORIGINAL_AND_COPY: "原件及复印件",
        MaterialForm.ELECTRONIC: "电子材料",
    },
    copies="{n} 份",
    copy_one="1 份",
    optional="，按情形提供",
    material_line="{name}（{form} {copies}{optional}）",
    e_certificate_mark="★ 可用电子证照代替：{name}",
    e_certificate_legend="标注 ★ 的材料可用电子证照代替，无需提交纸质材料。",
    time_limits="办理时限",
    legal_days="法定办结时限",
    promised_days="承诺办结时限",
    working_days="{n} 个工作日",
    working_day_one="1 个工作日",
    on_the_spot="即办（当场办结）",
    fee="收费标准",
    free="不收费",
    yuan="{amount} 元",
    trips="到现场次数",
    trips_value="{n} 次",
    trips_none="0 次（全程网办）",
    fully_online="可全程网上办理",
    where="办理地点",
    process="办理流程",
    basis="设定依据",
    printed_at="打印时间",
    notice_title="一次性告知书",
    notice_intro="您申请办理的事项因申请材料不齐全，暂不能受理。现将需要补齐的全部材料一次性告知如下：",
    notice_items="办理事项",
    notice_missing="需补齐的材料（共 {n} 项）",
    notice_e_certificate="其中标注 ★ 的 {n} 项可用电子证照代替，经您授权后由窗口调取，无需提交纸质材料。",
    notice_closing="请补齐上述材料后再到窗口办理。再次办理时请出示本告知书，窗口不再要求补充其他材料。",
    notice_window="告知窗口",
    notice_window_value="{n} 号窗口",
    notice_staff="工作人员工号",
    notice_date="告知日期",
    notice_signature="申请人签收：____________    日期：__________",
    date_format="{d.year}年{d.month}月{d.day}日",
    colon="：",
    list_separator="、",
    clause_separator="；",
    page="第 {page} 页 / 共 {pages} 页",
)

EN = Labels(
    ticket_title="Queue ticket",
    your_number="Your number",
    people_ahead="People ahead",
    people_ahead_value="{n}",
    estimated_wait="Estimated wait",
    wait_minutes="about {m} min",
    wait_hours="about {h} h {m} min",
    wait_none="You are next",
    issued_at="Issued",
    channel_mark={
        Channel.NORMAL: "",
        Channel.GREEN: "Green channel: served first",
        Channel.APPOINTMENT: "Appointment: served first",
    },
    watch_screen="Please watch the call screen",
    phone="Enquiries",
    guide_title="Service guide",
    item_code="Item code",
    department="Department",
    item_kind="Kind",
    kinds={
        ItemKind.LICENSING: "Administrative licence",
        ItemKind.CONFIRMATION: "Administrative confirmation",
        ItemKind.PUBLIC_SERVICE: "Public service",
        ItemKind.OTHER: "Other administrative power",
    },
    conditions="Conditions",
    materials="Materials",
    forms={
        MaterialForm.ORIGINAL: "original",
        MaterialForm.COPY: "copy",
        MaterialForm.ORIGINAL_AND_COPY: "original and copy",
        MaterialForm.ELECTRONIC: "electronic",
    },
    copies="{n} copies",
    copy_one="1 copy",
    optional=", if applicable",
    material_line="{name} ({form}, {copies}{optional})",
    e_certificate_mark="★ An electronic certificate can replace it: {name}",
    e_certificate_legend="Materials marked ★ can be replaced by an electronic certificate: no paper needed.",
    time_limits="Time limits",
    legal_days="Legal time limit",
    promised_days="Promised time limit",
    working_days="{n} working days",
    working_day_one="1 working day",
    on_the_spot="on the spot",
    fee="Fee",
    free="free of charge",
    yuan="{amount} yuan",
    trips="Visits in person",
    trips_value="{n}",
    trips_none="none (fully online)",
    fully_online="Can be done fully online",
    where="Where",
    process="Process",
    basis="Legal basis",
    printed_at="Printed",
    notice_title="One-time notice of missing materials",
    notice_intro=(
        "Your application cannot be accepted yet because materials are missing. "
        "All the materials still needed are listed here, at once:"
    ),
    notice_items="Item",
    notice_missing="Materials still needed ({n})",
    notice_e_certificate=(
        "{n} of them, marked ★, can be replaced by an electronic certificate that the window fetches "
        "with your consent: no paper needed."
    ),
    notice_closing=(
        "Please come back to a window with the materials above and bring this notice: nothing else will be asked for."
    ),
    notice_window="Window",
    notice_window_value="{n}",
    notice_staff="Staff number",
    notice_date="Date",
    notice_signature="Received by the applicant: ____________  Date: __________",
    date_format="{d:%Y-%m-%d}",
    colon=": ",
    list_separator="; ",
    clause_separator="; ",
    page="Page {page} of {pages}",
)


def labels(language: Language) -> Labels:
    return EN if language is Language.EN else ZH

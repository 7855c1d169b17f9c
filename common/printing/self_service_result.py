"""The printed result of a self-service item: what was done, the case number and its outcome (即办 done
now, or 承诺件 with the promised date), the result lines the catalogue describes, how each material was
given, and a QR code of the case. A result made with a demo provider says, large, that it proves nothing."""

from __future__ import annotations

from datetime import datetime

from common.events import Outcome
from common.hall_config import HallConfig
from common.printing.document import (
    Align,
    Block,
    Document,
    DocumentKind,
    Field,
    ListItem,
    Paper,
    QrCode,
    Role,
    Separator,
    SeparatorStyle,
    Text,
)
from common.printing.labels import Language, labels
from common.printing.service_guide import footer_text
from common.self_service.flow import MaterialSource
from common.self_service.outcome import SelfServiceResult

_WORDS: dict[Language, dict[str, str]] = {
    Language.ZH: {
        "title_done": "自助办理结果",
        "title_accepted": "自助办理受理凭证",
        "demo": "【演示】本凭证由演示身份与演示电子证照生成，不具任何证明效力",
        "item": "办理事项",
        "case": "办件编号",
        "applicant": "申请人",
        "id": "身份证号码",
        "outcome": "办理结果",
        "done": "即办件，已当场办结",
        "accepted": "承诺件，已受理，后台办理中",
        "promised": "承诺办结日期",
        "accepted_at": "受理时间",
        "materials": "申请材料",
        "e_certificate": "电子证照免交",
        "generated": "自助终端现场生成",
        "scanned": "已扫描上传",
        "missing": "未提供（非必需）",
        "closing_done": "可凭办件编号在自助终端查询办件并评价（一事一评）。",
        "closing_accepted": "办结后短信通知您；可凭办件编号在自助终端查询进度，办结后评价（一事一评）。",
    },
    Language.EN: {
        "title_done": "Self-service result",
        "title_accepted": "Self-service application receipt",
        "demo": "[DEMO] Made with a demo identity and demo e-certificates: it proves nothing",
        "item": "Item",
        "case": "Case number",
        "applicant": "Applicant",
        "id": "ID number",
        "outcome": "Outcome",
        "done": "Done on the spot",
        "accepted": "Accepted; the back office completes it",
        "promised": "Promised by",
        "accepted_at": "Accepted at",
        "materials": "Materials",
        "e_certificate": "e-certificate, no paper",
        "generated": "made at the kiosk",
        "scanned": "scanned",
        "missing": "not given (optional)",
        "closing_done": "Look up and rate the case at a kiosk with its case number.",
        "closing_accepted": "We text you when it is done; follow it at a kiosk with its case number and rate it then.",
    },
}


def self_service_result_document(
    result: SelfServiceResult,
    config: HallConfig,
    language: Language = Language.ZH,
    paper: Paper = Paper.A4,
    printed_at: datetime | None = None,
) -> Document:
    w = _WORDS[language]
    english = language is Language.EN
    done = result.outcome == Outcome.ON_THE_SPOT
    title = w["title_done"] if done else w["title_accepted"]
    blocks: list[Block] = [
        Text(title, Role.TITLE, Align.CENTER),
        Text((config.name_en if english else "") or config.name, Role.SMALL, Align.CENTER),
    ]
    if result.demo:
        blocks.append(Text(w["demo"], Role.STRONG, Align.CENTER))
    blocks += [
        Separator(),
        Field(w["item"], (result.task_name_en if english else "") or result.task_name),
        Field(w["case"], result.case_number),
        Field(w["applicant"], result.applicant),
        Field(w["id"], result.applicant_id),
        Field(w["outcome"], w["done"] if done else w["accepted"]),
        Field(w["accepted_at"], f"{config.local(result.accepted_at):%Y-%m-%d %H:%M}"),
    ]
    if not done:
        blocks.append(Field(w["promised"], labels(language).date_text(result.promised_date)))
    for section in result.sections:
        blocks.append(Text((section.title_en if english else "") or section.title, Role.SECTION))
        blocks += [Field((label_en if english else "") or label, value) for label, label_en, value in section.lines]
    blocks.append(Text(w["materials"], Role.SECTION))
    sources = {
        MaterialSource.E_CERTIFICATE: w["e_certificate"],
        MaterialSource.GENERATED: w["generated"],
        MaterialSource.SCANNED: w["scanned"],
        MaterialSource.MISSING: w["missing"],
    }
    for i, (name, source) in enumerate(result.materials, start=1):
        blocks.append(
            ListItem(f"{i}.", f"{name}（{sources[source]}）" if not english else f"{name} ({sources[source]})")
        )
    blocks += [
        Separator(SeparatorStyle.SPACE),
        QrCode.of(result.qr_payload),
        Text(w["closing_done"] if done else w["closing_accepted"], Role.SMALL),
    ]
    if result.demo:
        blocks.append(Text(w["demo"], Role.STRONG, Align.CENTER))
    return Document(
        kind=DocumentKind.SELF_SERVICE_RESULT,
        paper=paper,
        language=language,
        title=f"{title} {result.case_number}",
        reference=result.case_number,
        blocks=tuple(blocks),
        footer=footer_text(config, labels(language), language, printed_at),
    )

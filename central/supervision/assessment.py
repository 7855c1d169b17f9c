"""The assessment report for a period (clause 7.2) as PDF, CSV and XLSX, from the same figures as the pages.

The PDF is drawn with reportlab in a TrueType CJK font embedded as a subset (WenQuanYi, Debian's
``fonts-wqy-microhei``), so the Chinese renders everywhere and its text can be extracted and searched;
without such a font it falls back to reportlab's built-in CID font STSong-Light (not embedded).
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from central.supervision import metrics
from central.supervision.reports import Report
from common.hall_bundle import HallBundle

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)

WINDOW_COLUMNS = [
    "tickets",
    "wait_mean",
    "wait_p90",
    "service_mean",
    "no_shows",
    "pause_minutes",
    "unattended_minutes",
    "ratings",
    "satisfaction",
    "bad_cases",
    "rectification_rate",
]
ITEM_COLUMNS = [
    "visits",
    "service_mean",
    "repeat_visits",
    "ratings",
    "satisfaction",
    "bad_cases",
    "promised",
    "promised_late",
]
_BY_KEY = {m.key: m for m in metrics.ALL}


def _title(bundle: HallBundle) -> str:
    return f"{bundle.config.name}服务考核报告"


def _rates_rows(report: Report) -> list[tuple[str, str]]:
    r = report.rates
    return [
        ("有效差评", f"{r.valid}"),
        ("已整改办结", f"{r.rectified}"),
        ("有效差评整改率（目标 100%）", metrics.fmt(r.rectification_rate, "pct")),
        ("实名差评", f"{r.real_name}"),
        ("已回复", f"{r.answered}"),
        ("实名差评回复率（目标 100%）", metrics.fmt(r.reply_rate, "pct")),
        ("办理超期的差评件（当前）", f"{r.overdue}"),
        ("未完结的差评件", f"{r.open}"),
    ]


def _summary_rows(report: Report) -> list[tuple[str, str, str]]:
    """(group, metric, value) for every figure of the period."""
    return [(group, m.label, m.text(report.totals)) for group, ms in metrics.GROUPS for m in ms]


def _header(bundle: HallBundle, report: Report, now: datetime, scope: str) -> list[tuple[str, str]]:
    lines = [
        ("大厅", bundle.config.name),
        ("考核期间", report.period.label),
        ("生成时间", bundle.config.local(now).strftime("%Y-%m-%d %H:%M")),
    ]
    if scope:
        lines.append(("范围", f"{scope}（本部门窗口）"))
    return lines


# --- CSV ---------------------------------------------------------------------------------------------------


def assessment_csv(bundle: HallBundle, by_window: Report, by_item: Report, now: datetime, scope: str = "") -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese right."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow([_title(bundle)])
    for k, v in _header(bundle, by_window, now, scope):
        w.writerow([k, v])
    w.writerow([])
    w.writerow(["一、总体情况"])
    w.writerow(["类别", "指标", "数值"])
    w.writerows(_summary_rows(by_window))
    w.writerow([])
    w.writerow(["二、差评整改（第 6.1.3 条）"])
    w.writerows(_rates_rows(by_window))
    for title, report, columns in (
        ("三、分窗口情况", by_window, WINDOW_COLUMNS),
        ("四、分事项情况", by_item, ITEM_COLUMNS),
    ):
        w.writerow([])
        w.writerow([title])
        w.writerow(["名称", *(_BY_KEY[c].label for c in columns)])
        for row in report.rows:
            w.writerow([row["label"], *(_BY_KEY[c].text(row) for c in columns)])
    w.writerow([])
    w.writerow(["五、差评原因"])
    w.writerow(["原因", "次数"])
    w.writerows(by_window.reasons)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# --- XLSX --------------------------------------------------------------------------------------------------


def assessment_xlsx(  # noqa: PLR0912 (one sheet after another)
    bundle: HallBundle, by_window: Report, by_item: Report, now: datetime, scope: str = ""
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    bold = Font(bold=True)
    sheet = book.active
    sheet.title = "总体情况"
    sheet.append([_title(bundle)])
    sheet["A1"].font = Font(bold=True, size=14)
    for k, v in _header(bundle, by_window, now, scope):
        sheet.append([k, v])
    sheet.append([])
    sheet.append(["类别", "指标", "数值"])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for group, ms in metrics.GROUPS:
        for m in ms:
            sheet.append([group, m.label, m.value(by_window.totals)])
            if m.kind == "pct":
                sheet.cell(sheet.max_row, 3).number_format = "0.0%"
    sheet.append([])
    sheet.append(["差评整改（第 6.1.3 条）"])
    sheet.cell(sheet.max_row, 1).font = bold
    r = by_window.rates
    for label, value, pct in (
        ("有效差评", r.valid, False),
        ("已整改办结", r.rectified, False),
        ("有效差评整改率", r.rectification_rate, True),
        ("实名差评", r.real_name, False),
        ("已回复", r.answered, False),
        ("实名差评回复率", r.reply_rate, True),
        ("办理超期的差评件", r.overdue, False),
    ):
        sheet.append(["", label, value])
        if pct:
            sheet.cell(sheet.max_row, 3).number_format = "0.0%"
    _widths(sheet, [26, 30, 16])
    for title, report, columns in (("分窗口", by_window, WINDOW_COLUMNS), ("分事项", by_item, ITEM_COLUMNS)):
        ws = book.create_sheet(title)
        ws.append(["名称", *(_BY_KEY[c].label for c in columns)])
        for cell in ws[1]:
            cell.font = bold
        for row in report.rows:
            ws.append([row["label"], *(_BY_KEY[c].value(row) for c in columns)])
            for i, c in enumerate(columns, start=2):
                if _BY_KEY[c].kind == "pct":
                    ws.cell(ws.max_row, i).number_format = "0.0%"
                elif _BY_KEY[c].kind == "minutes":
                    ws.cell(ws.max_row, i).number_format = "0.0"
        _widths(ws, [44 if title == "分事项" else 14, *([13] * len(columns))])
        ws.freeze_panes = "B2"
    reasons = book.create_sheet("差评原因")
    reasons.append(["原因", "次数"])
    for cell in reasons[1]:
        cell.font = bold
    for reason, n in by_window.reasons:
        reasons.append([reason, n])
    _widths(reasons, [30, 10])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _widths(sheet: Any, widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width


# --- PDF ---------------------------------------------------------------------------------------------------


@cache
def pdf_font() -> str:
    """Register and name the CJK font the PDF uses."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    for path in FONT_CANDIDATES:
        if path.exists():
            pdfmetrics.registerFont(TTFont("HallCJK", str(path), subfontIndex=0))
            return "HallCJK"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def assessment_pdf(bundle: HallBundle, by_window: Report, by_item: Report, now: datetime, scope: str = "") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = pdf_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
    title = ParagraphStyle("title", parent=body, fontSize=17, leading=24, spaceAfter=6)
    heading = ParagraphStyle("heading", parent=body, fontSize=12.5, leading=18, spaceBefore=10, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.5)

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        data = [[Paragraph(_escape(c), cell) for c in row] for row in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ebf2")),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return t

    page_w = A4[0] - 30 * mm
    story: list[Any] = [Paragraph(_escape(_title(bundle)), title)]
    for k, v in _header(bundle, by_window, now, scope):
        story.append(Paragraph(_escape(f"{k}：{v}"), body))
    story.append(Spacer(1, 4 * mm))

    story.append(Paragraph("一、总体情况", heading))
    summary = [["类别", "指标", "数值"]]
    figures = _summary_rows(by_window)
    for i, (g, m, v) in enumerate(figures):
        summary.append(["" if i and figures[i - 1][0] == g else g, m, v])  # each group named once
    story.append(table(summary, [page_w * 0.3, page_w * 0.4, page_w * 0.3]))

    story.append(Paragraph("二、差评整改（第 6.1.3 条）", heading))
    story.append(table([["指标", "数值"], *([k, v] for k, v in _rates_rows(by_window))], [page_w * 0.6, page_w * 0.4]))

    for number, report, columns, first in (
        ("三、分窗口情况", by_window, WINDOW_COLUMNS, 0.1),
        ("四、分事项情况", by_item, ITEM_COLUMNS, 0.3),
    ):
        story.append(Paragraph(number, heading))
        rows = [["名称", *(_BY_KEY[c].label for c in columns)]]
        rows += [[row["label"], *(_BY_KEY[c].text(row) for c in columns)] for row in report.rows]
        if len(rows) == 1:
            story.append(Paragraph("本期无数据。", body))
            continue
        rest = (1 - first) / len(columns)
        story.append(table(rows, [page_w * first, *([page_w * rest] * len(columns))]))

    story.append(Paragraph("五、差评原因", heading))
    if by_window.reasons:
        story.append(
            table([["原因", "次数"], *([k, str(n)] for k, n in by_window.reasons)], [page_w * 0.7, page_w * 0.3])
        )
    else:
        story.append(Paragraph("本期无差评。", body))
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            "说明：等候为取号至首次叫号的时间；办理时长为开始办理至办结，不含转办；90% 指 90% 的群众不超过该时长。"
            "超时空岗为暂停服务超过大厅规定时限的部分。重复跑动为同一办件的第二次及以后到窗口。"
            "满意率 = （非常满意 + 满意 + 基本满意）÷ 评价数，默认评价计入。",
            cell,
        )
    )

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"{bundle.config.name}　第 {doc.page} 页")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=_title(bundle),
        author=bundle.config.name,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

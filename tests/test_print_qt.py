"""The Qt back end prints to real PDF files; the tests read them back as a person and a scanner would:
the words with pypdf, the page as pixels with poppler's pdftoppm, the QR code with zxing.

Each test also leaves its PDF and PNG pages in ``screenshots/print/`` (not committed) for people to
look at."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from common.events import Channel
from common.hall_bundle import load_hall
from common.kiosk_actions import TicketReceipt
from common.printing import (
    Document,
    Language,
    Paper,
    PrinterError,
    PrinterFault,
    PrinterSettings,
    one_time_notice_document,
    run_print_job,
    service_guide_document,
    ticket_document,
)
from common.printing.document import Role
from common.printing.escpos_printer import EscposPrinter
from kiosk.printing import make_printer
from kiosk.printing.pdf_text import shared_glyph_map
from kiosk.printing.qt_printer import QtPrinter
from kiosk.printing.qt_render import make_font
from tests.support.qr import drawn_modules, scan

ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "screenshots" / "print"
SAMPLE = load_hall(ROOT / "assets" / "sample_hall")
MM = 72 / 25.4  # PDF points per millimetre
DPI = 200
RECEIPT = TicketReceipt(
    ticket_id="0192f0c2-3b4a-7d5e-8f60-718293a4b5c6",
    number="A007",
    category="A",
    category_name="不动产登记",
    hall_name=SAMPLE.config.name,
    issued_at=datetime(2026, 11, 30, 1, 12, tzinfo=UTC),
    ahead=3,
    estimated_wait_minutes=22.4,
    channel=Channel.GREEN,
    offline_number=False,
)
RADICALS = re.compile("[\u2e80-\u2fdf\u31c0-\u31ef\t]")


@pytest.fixture
def printer(qapp: object, tmp_path: Path) -> QtPrinter:
    return QtPrinter(pdf_folder=tmp_path)


def print_pdf(printer: QtPrinter, doc: Document, sample: str) -> Path:
    printer.print_document(doc)
    assert printer.last_output is not None and printer.last_output.is_file()
    SAMPLES.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(printer.last_output, SAMPLES / f"{sample}.pdf")
    return printer.last_output


def pages_as_images(pdf: Path, sample: str) -> list[Image.Image]:
    assert shutil.which("pdftoppm"), "pdftoppm is missing: scripts/setup installs poppler-utils"
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(prefix)], check=True)
    pngs = sorted(pdf.parent.glob(f"{prefix.name}-*.png"))
    images = []
    for i, png in enumerate(pngs, start=1):
        shutil.copyfile(png, SAMPLES / f"{sample}-{i}.png")
        with Image.open(png) as image:
            images.append(image.copy())
    return images


def text_of(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fonts_of(pdf: Path) -> set[str]:
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_a_ticket_prints_on_an_80_mm_slip_with_every_word_and_a_qr_code_that_scans(printer: QtPrinter) -> None:
    pdf = print_pdf(printer, ticket_document(RECEIPT, SAMPLE.config), "ticket-zh")
    (page,) = PdfReader(pdf).pages
    assert float(page.mediabox.width) == pytest.approx(80 * MM, abs=1)
    assert 100 * MM < float(page.mediabox.height) < 200 * MM  # as long as the slip, no longer
    text = text_of(pdf)
    for words in (SAMPLE.config.name, "A007", "不动产登记", "绿色通道 优先办理", "前面等候：", "3 人", "约 23 分钟"):
        assert words in text, words
    assert "2026-11-30 09:12" in text  # 01:12 UTC is 09:12 in the hall
    assert "请留意叫号屏" in text and "咨询电话 025-83600000" in text
    assert not RADICALS.search(text), "the text layer must read 中心, not 中⼼"
    assert {name.split("+")[-1] for name in fonts_of(pdf)} <= {"/NotoSansCJKsc-Regular", "/NotoSansCJKsc-Bold"}

    (image,) = pages_as_images(pdf, "ticket-zh")
    (qr,) = scan(image)
    assert qr.text == RECEIPT.qr_payload
    doc_qr = ticket_document(RECEIPT, SAMPLE.config).qr_codes[0]
    assert drawn_modules(image, qr, doc_qr.size) == doc_qr.modules
    assert qr.side / DPI * 25.4 >= 30, "a ticket's QR code is at least 30 mm wide, easy for any phone"


def test_an_english_ticket(printer: QtPrinter) -> None:
    pdf = print_pdf(printer, ticket_document(RECEIPT, SAMPLE.config, Language.EN), "ticket-en")
    text = text_of(pdf)
    for words in ("Real Estate Registration", "A007", "Property Registration", "People ahead: ", "about 23 min"):
        assert words in text, words
    assert "Green channel: served first" in text  # no "ﬁ" ligature in the text layer
    assert "请留意叫号屏" in text and "Please watch the call screen" in text
    (image,) = pages_as_images(pdf, "ticket-en")
    assert [q.text for q in scan(image)] == [RECEIPT.qr_payload]


def test_a_service_guide_prints_on_one_a4_page_with_materials_and_the_e_certificate_marks(
    printer: QtPrinter,
) -> None:
    item = SAMPLE.catalogue.item("BDC-002")
    doc = service_guide_document(item, SAMPLE.config, printed_at=datetime(2026, 11, 30, 2, 0, tzinfo=UTC))
    pdf = print_pdf(printer, doc, "guide-zh")
    (page,) = PdfReader(pdf).pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = text_of(pdf)
    for material in item.guide.materials:
        assert material.name in text, material.name
    assert text.count("★ 可用电子证照代替：") == sum(1 for m in item.guide.materials if m.e_certificate)
    assert "居民身份证电子证照" in text and "结婚证电子证照" in text
    for words in (
        "办事指南",
        item.name,
        "法定办结时限：",
        "30 个工作日",
        "到现场次数：",
        "办理流程",
        "第 1 页 / 共 1 页",
    ):
        assert words in text, words
    assert flat(item.guide.basis) in flat(text)
    assert not RADICALS.search(text)
    pages_as_images(pdf, "guide-zh")


def test_every_guide_in_the_sample_catalogue_prints_in_full(printer: QtPrinter) -> None:
    longest = max(SAMPLE.catalogue.items, key=lambda it: len(service_guide_document(it, SAMPLE.config).plain_text()))
    for item in SAMPLE.catalogue.items:
        pdf = print_pdf(printer, service_guide_document(item, SAMPLE.config), "guide-each")
        text = flat(text_of(pdf))
        assert all(flat(m.name) in text for m in item.guide.materials), item.code
        assert flat(item.guide.process[-1]) in text, item.code
        if item is longest:
            shutil.copyfile(pdf, SAMPLES / "guide-longest.pdf")
            pages_as_images(pdf, "guide-longest")


def test_a_guide_on_the_ticket_roll_for_a_kiosk_without_a_page_printer(printer: QtPrinter) -> None:
    item = SAMPLE.catalogue.item("BDC-002")
    pdf = print_pdf(printer, service_guide_document(item, SAMPLE.config, paper=Paper.RECEIPT), "guide-receipt")
    (page,) = PdfReader(pdf).pages
    assert float(page.mediabox.width) == pytest.approx(80 * MM, abs=1)
    text = flat(text_of(pdf))
    assert all(flat(m.name) in text for m in item.guide.materials)
    pages_as_images(pdf, "guide-receipt")


def test_a_one_time_notice_lists_the_missing_materials_the_window_and_the_clerk(printer: QtPrinter) -> None:
    doc = one_time_notice_document(
        SAMPLE.config,
        [SAMPLE.catalogue.item("BDC-002")],
        ["买受人身份证明", "婚姻状况证明", "户口簿"],
        issued_at=datetime(2026, 11, 30, 7, 0, tzinfo=UTC),
        window=3,
        staff="BDC0101",
    )
    pdf = print_pdf(printer, doc, "notice-zh")
    text = text_of(pdf)
    for words in ("一次性告知书", "需补齐的材料（共 3 项）", "买受人身份证明", "婚姻状况证明", "户口簿"):
        assert words in text, words
    assert text.count("★ 可用电子证照代替：") == 2
    for words in ("告知窗口：", "3 号窗口", "工作人员工号：", "BDC0101", "2026年11月30日", "025-83600000"):
        assert words in text, words
    pages_as_images(pdf, "notice-zh")


def test_a_printer_that_is_not_there_is_unreachable_and_the_job_says_so(qapp: object, tmp_path: Path) -> None:
    missing = QtPrinter(printer_name="Hall-no-such-printer")
    with pytest.raises(PrinterError) as caught:
        missing.print_document(ticket_document(RECEIPT, SAMPLE.config))
    assert caught.value.kind is PrinterFault.UNREACHABLE
    assert missing.status().fault is PrinterFault.UNREACHABLE
    job = run_print_job(QtPrinter(pdf_folder=tmp_path / "gone"), ticket_document(RECEIPT, SAMPLE.config))
    assert job.fault is PrinterFault.UNREACHABLE and "gone" in job.message


def test_a_pdf_job_records_success_and_the_folder_is_ready(printer: QtPrinter) -> None:
    job = run_print_job(printer, ticket_document(RECEIPT, SAMPLE.config))
    assert job.ok and job.printer == f"pdf {printer.pdf_folder}"
    assert printer.status().ready


def test_the_settings_choose_the_back_end(qapp: object, tmp_path: Path) -> None:
    qt = make_printer(PrinterSettings(kind="qt", pdf_folder=tmp_path))
    assert isinstance(qt, QtPrinter) and qt.pdf_folder == tmp_path
    escpos = make_printer(PrinterSettings(kind="network", host="127.0.0.1"))
    assert isinstance(escpos, EscposPrinter)


def test_the_text_layer_repair_knows_the_radicals_noto_draws_with_ideographs(qapp: object) -> None:
    mapping = shared_glyph_map([make_font(Paper.A4, Role.BODY, bold) for bold in (False, True)])
    assert mapping[0x2F3C] == ord("心")  # ⼼ KANGXI RADICAL HEART
    assert mapping[0x2EA0] == ord("民")  # ⺠ CJK RADICAL CIVILIAN
    assert mapping[0x09] == ord(" ")

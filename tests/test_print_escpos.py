"""The ESC/POS back end through python-escpos's real devices: a File device writing to a temporary file,
a Network device at a closed local port, a USB device that is not there, and a network receipt printer
on loopback that answers status queries (the one stand-in for hardware: see fake_receipt_printer)."""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from common.events import Channel
from common.hall_bundle import load_hall
from common.kiosk_actions import TicketReceipt
from common.printing import (
    Document,
    EscposMode,
    Language,
    PrinterError,
    PrinterFault,
    PrinterSettings,
    one_time_notice_document,
    run_print_job,
    run_print_job_in_thread,
    service_guide_document,
    ticket_document,
)
from common.printing.escpos_printer import STYLES, EscposPrinter, encode
from common.printing.printer import PrinterStatus
from tests.support import escpos_reader
from tests.support.escpos_preview import preview
from tests.support.fake_receipt_printer import (
    OFFLINE_COVER_OPEN,
    OFFLINE_PAPER_END,
    PAPER_END,
    PAPER_NEAR_END,
    FakeReceiptPrinter,
)
from tests.support.qr import scan

SAMPLE = load_hall("assets/sample_hall")
SAMPLES = Path(__file__).parent.parent / "screenshots" / "print"
WIDTH = 576  # the default profile, TM-T20II: 72 mm at 203 dpi
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
TICKET = ticket_document(RECEIPT, SAMPLE.config)


def file_printer(tmp_path: Path, **settings: object) -> tuple[EscposPrinter, Path]:
    out = tmp_path / "lp0"
    return EscposPrinter(PrinterSettings(kind="file", file_path=out, **settings)), out  # type: ignore[arg-type]


def network_printer(port: int, **settings: object) -> EscposPrinter:
    values: dict[str, object] = {"kind": "network", "host": "127.0.0.1", "port": port, "timeout_seconds": 5}
    values.update(settings)
    return EscposPrinter(PrinterSettings.model_validate(values))


def notice() -> Document:
    return one_time_notice_document(
        SAMPLE.config,
        [SAMPLE.catalogue.item("BDC-002")],
        ["买受人身份证明", "婚姻状况证明", "户口簿"],
        issued_at=datetime(2026, 11, 30, 7, 0, tzinfo=UTC),
        window=3,
        staff="BDC0101",
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- text mode -----------------------------------------------------------------------------------


def test_a_ticket_in_text_mode_is_gb18030_in_chinese_mode_with_the_printers_own_qr_and_a_cut(
    tmp_path: Path,
) -> None:
    printer, out = file_printer(tmp_path)
    printer.print_document(TICKET)
    data = out.read_bytes()
    assert data.startswith(b"\x1b@\x1c&")  # initialise, then FS &: Chinese character mode
    for chinese in (SAMPLE.config.name[:8], "不动产登记", "绿色通道 优先办理", "请留意叫号屏", "前面等候："):
        assert chinese.encode("gb18030") in data, chinese
    assert "南京市".encode("gb18030") == b"\xc4\xcf\xbe\xa9\xca\xd0"
    store = b"\x1d(k" + (len(RECEIPT.qr_payload) + 3).to_bytes(2, "little") + b"1P0" + RECEIPT.qr_payload.encode()
    assert store in data  # GS ( k, function 80: store the QR data
    assert data.index(store) < data.index(b"\x1d(k\x03\x001Q0")  # then function 81: print it
    assert data.endswith(b"\x1dV\x01")  # a partial cut, after the feed, is the last thing sent

    printed = escpos_reader.read(data)
    assert printed.chinese_mode
    assert printed.qr_payloads == [RECEIPT.qr_payload.encode()]
    number = printed.line("A007")
    assert (number.width, number.height, number.bold, number.align) == (5, 5, True, 1)
    (category,) = [line for line in printed.lines if line.text == "不动产登记"]
    assert (category.width, category.height, category.align) == (2, 2, 1)
    assert printed.line("前面等候").text == "前面等候：3 人"
    assert printed.commands[-1] == "cut partial"


def test_no_printed_line_is_wider_than_the_roll(tmp_path: Path) -> None:
    printer, _ = file_printer(tmp_path)
    for doc in (TICKET, notice(), *(service_guide_document(it, SAMPLE.config) for it in SAMPLE.catalogue.items)):
        for line in escpos_reader.read(printer.render(doc)).lines:
            style = next(
                s for s in STYLES.values() if (s.width, s.height, s.small) == (line.width, line.height, line.small)
            )
            assert style.dots(line.text) <= WIDTH, line.text


def test_a_guide_in_text_mode_lists_every_material_with_the_e_certificate_mark_in_bold(tmp_path: Path) -> None:
    item = SAMPLE.catalogue.item("BDC-002")
    printer, out = file_printer(tmp_path)
    printer.print_document(service_guide_document(item, SAMPLE.config))
    printed = escpos_reader.read(out.read_bytes())
    flat = "".join(printed.text.split())  # long names wrap; their continuation lines are indented
    for material in item.guide.materials:
        assert material.name in flat
    marks = [line for line in printed.lines if line.text.strip().startswith("★")]
    assert [m.text.strip() for m in marks] == [
        f"★ 可用电子证照代替：{m.e_certificate}" for m in item.guide.materials if m.e_certificate
    ]
    assert all(m.bold for m in marks)
    assert "居民身份证电子证照".encode("gb18030") in out.read_bytes()


def test_a_notice_in_text_mode_names_window_clerk_and_missing_materials(tmp_path: Path) -> None:
    printer, out = file_printer(tmp_path)
    printer.print_document(notice())
    data = out.read_bytes()
    for text in ("一次性告知书", "买受人身份证明", "户口簿", "3 号窗口", "BDC0101", "2026年11月30日"):
        assert encode(text) in data, text
    assert data.endswith(b"\x1dV\x01")


def test_the_cut_follows_the_settings(tmp_path: Path) -> None:
    printer, out = file_printer(tmp_path, cut="full")
    printer.print_document(TICKET)
    assert out.read_bytes().endswith(b"\x1dV\x00")


def test_an_english_ticket_keeps_latin_text_as_plain_ascii(tmp_path: Path) -> None:
    printer, out = file_printer(tmp_path)
    printer.print_document(ticket_document(RECEIPT, SAMPLE.config, Language.EN))
    printed = escpos_reader.read(out.read_bytes())
    assert printed.line("People ahead").text == "People ahead:   3"  # values line up after the longest label
    assert printed.line("Please watch").text == "Please watch the call screen"
    assert b"Please watch the call screen\n" in out.read_bytes()


def test_text_mode_slips_for_people_to_look_at(tmp_path: Path) -> None:
    """Pictures of the text-mode jobs (``escpos_preview``) and the bitmap-mode ones, in screenshots/print."""
    SAMPLES.mkdir(parents=True, exist_ok=True)
    text, _ = file_printer(tmp_path)
    bitmap, _ = file_printer(tmp_path, mode=EscposMode.BITMAP)
    guide = service_guide_document(SAMPLE.catalogue.item("BDC-002"), SAMPLE.config)
    for name, doc in (("ticket", TICKET), ("guide", guide), ("notice", notice())):
        picture = preview(text.render(doc))
        assert picture.width == WIDTH
        picture.save(SAMPLES / f"escpos-text-{name}.png")
        escpos_reader.read(bitmap.render(doc)).image.save(SAMPLES / f"escpos-bitmap-{name}.png")
    assert [s.text for s in scan(preview(text.render(TICKET)))] == [RECEIPT.qr_payload]


# --- bitmap mode ---------------------------------------------------------------------------------


def test_a_ticket_in_bitmap_mode_is_one_raster_image_whose_qr_code_scans(tmp_path: Path) -> None:
    printer, out = file_printer(tmp_path, mode=EscposMode.BITMAP)
    printer.print_document(TICKET)
    data = out.read_bytes()
    assert "请留意叫号屏".encode("gb18030") not in data  # no text: the words are in the picture
    printed = escpos_reader.read(data)
    assert printed.lines == [] or all(not line.text.strip() for line in printed.lines)
    assert printed.images and printed.image.width == WIDTH
    assert [s.text for s in scan(printed.image)] == [RECEIPT.qr_payload]
    assert data.endswith(b"\x1dV\x01")


def test_every_sample_guide_renders_in_both_modes(tmp_path: Path) -> None:
    text, _ = file_printer(tmp_path)
    bitmap, _ = file_printer(tmp_path, mode=EscposMode.BITMAP)
    for item in SAMPLE.catalogue.items[::9]:
        doc = service_guide_document(item, SAMPLE.config, language=Language.EN)
        assert text.render(doc).endswith(b"\x1dV\x01")
        assert escpos_reader.read(bitmap.render(doc)).image.width == WIDTH


# --- faults --------------------------------------------------------------------------------------


def test_a_network_printer_at_a_closed_port_is_unreachable() -> None:
    printer = network_printer(closed_port())
    with pytest.raises(PrinterError) as caught:
        printer.print_document(TICKET)
    assert caught.value.kind == "unreachable"
    assert "127.0.0.1" in caught.value.message
    assert printer.status().fault is PrinterFault.UNREACHABLE


def test_a_usb_printer_that_is_not_plugged_in_is_unreachable() -> None:
    printer = EscposPrinter(PrinterSettings(kind="usb", usb_vendor="0xfff0", usb_product="0xfff1"))
    with pytest.raises(PrinterError) as caught:
        printer.print_document(TICKET)
    assert caught.value.kind is PrinterFault.UNREACHABLE
    assert printer.name == "escpos usb fff0:fff1 (text)"


def test_a_device_file_that_cannot_be_opened_is_unreachable(tmp_path: Path) -> None:
    printer = EscposPrinter(PrinterSettings(kind="file", file_path=tmp_path / "no-such-dir" / "lp0"))
    with pytest.raises(PrinterError) as caught:
        printer.print_document(TICKET)
    assert caught.value.kind is PrinterFault.UNREACHABLE


def test_a_file_device_cannot_tell_its_status_so_nothing_is_asked(tmp_path: Path) -> None:
    printer, out = file_printer(tmp_path)
    assert printer.status() == PrinterStatus(known=False, message="a file device cannot report paper or cover")
    printer.print_document(TICKET)
    assert b"\x10\x04" not in out.read_bytes()[:16]  # no status query went into the file


def test_a_network_printer_that_is_fine_gets_the_whole_job_after_the_status_queries() -> None:
    with FakeReceiptPrinter() as fake:
        printer = network_printer(fake.port)
        printer.print_document(TICKET)
        (job,) = fake.wait_for_jobs(1)
    assert job.startswith(b"\x10\x04\x02\x10\x04\x04")  # offline cause, then the paper sensor
    assert job[6:] == printer.render(TICKET)


def test_out_of_paper_is_reported_before_anything_is_printed() -> None:
    with FakeReceiptPrinter(paper=PAPER_END) as fake:
        printer = network_printer(fake.port)
        with pytest.raises(PrinterError) as caught:
            printer.print_document(TICKET)
        assert caught.value.kind is PrinterFault.OUT_OF_PAPER
        assert fake.printed(1) == []
        assert printer.status().fault is PrinterFault.OUT_OF_PAPER


def test_paper_end_in_the_offline_cause_is_out_of_paper_too() -> None:
    with FakeReceiptPrinter(offline=OFFLINE_PAPER_END) as fake:
        with pytest.raises(PrinterError) as caught:
            network_printer(fake.port).print_document(TICKET)
        assert caught.value.kind is PrinterFault.OUT_OF_PAPER


def test_an_open_cover_is_reported() -> None:
    with FakeReceiptPrinter(offline=OFFLINE_COVER_OPEN) as fake:
        with pytest.raises(PrinterError) as caught:
            network_printer(fake.port).print_document(TICKET)
        assert caught.value.kind is PrinterFault.COVER_OPEN


def test_a_printer_that_does_not_answer_status_queries_still_prints() -> None:
    with FakeReceiptPrinter(answers=False) as fake:
        printer = network_printer(fake.port, status_timeout_seconds=0.2)
        printer.print_document(TICKET)
        assert printer.status().known is False
        assert fake.printed(2)[0].endswith(b"\x1dV\x01")


# --- job records ---------------------------------------------------------------------------------


def test_a_print_job_records_the_fault_and_never_raises() -> None:
    with FakeReceiptPrinter(paper=PAPER_END) as fake:
        port = fake.port
        job = run_print_job(network_printer(port), TICKET)
    assert not job.ok and job.needs_staff
    assert job.fault is PrinterFault.OUT_OF_PAPER
    record = job.to_log_dict()
    assert record["fault"] == "out_of_paper" and record["reference"] == "A007" and record["kind"] == "ticket"
    assert record["printer"] == f"escpos network 127.0.0.1:{port} (text)"


def test_a_low_roll_prints_and_tells_staff() -> None:
    with FakeReceiptPrinter(paper=PAPER_NEAR_END) as fake:
        job = run_print_job(network_printer(fake.port), TICKET)
        assert fake.printed(2)  # the job, then a connection that only asked for status
    assert job.ok and job.paper_low and job.needs_staff


def test_paper_that_runs_out_during_the_job_is_reported_after_it(tmp_path: Path) -> None:
    with FakeReceiptPrinter() as fake:
        printer = network_printer(fake.port)

        class RunsOutWhilePrinting:
            """The real printer; its paper ends while the job prints."""

            name = printer.name

            def print_document(self, document: Document) -> None:
                printer.print_document(document)
                fake.paper = PAPER_END

            def status(self) -> PrinterStatus:
                return printer.status()

        job = run_print_job(RunsOutWhilePrinting(), TICKET)
    assert job.fault is PrinterFault.OUT_OF_PAPER and "incomplete" in job.message


def test_a_back_end_bug_is_a_failed_job_not_a_crash() -> None:
    class Broken:
        """Stands in for a back end with a bug, not for a printer."""

        name = "broken"

        def print_document(self, document: Document) -> None:
            raise RuntimeError("bug")

        def status(self) -> PrinterStatus:
            return PrinterStatus()

    job = run_print_job(Broken(), TICKET)
    assert job.fault is PrinterFault.FAILED and job.message == "RuntimeError: bug"


def test_a_job_runs_in_a_worker_thread_off_the_event_loop(tmp_path: Path) -> None:
    printer, out = file_printer(tmp_path)
    job = asyncio.run(run_print_job_in_thread(printer, TICKET))
    assert job.ok and not job.paper_low
    assert out.read_bytes().endswith(b"\x1dV\x01")


def test_printer_errors_only_take_the_four_kinds() -> None:
    assert PrinterError("unreachable", "x").kind is PrinterFault.UNREACHABLE
    with pytest.raises(ValueError):
        PrinterError("on_fire", "x")

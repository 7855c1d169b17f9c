"""A device's ``[printer]`` settings: sensible defaults, and a clear message naming the field for a
value that cannot work, at start rather than at the first ticket."""

from __future__ import annotations

from pathlib import Path

import pytest

from common.printing import EscposMode, PrinterKind, PrinterSettingsError, load_printer_settings


def refused(data: dict[str, object]) -> str:
    with pytest.raises(PrinterSettingsError) as caught:
        load_printer_settings(data)
    return str(caught.value)


def test_the_default_is_the_systems_printer_through_qt() -> None:
    settings = load_printer_settings({})
    assert settings.kind is PrinterKind.QT and not settings.is_escpos
    assert (settings.port, settings.mode, settings.profile) == (9100, EscposMode.TEXT, "TM-T20II")


def test_a_network_printer_needs_its_host() -> None:
    assert refused({"kind": "network"}) == "printer.host: a network printer needs host: its IP address or name"
    assert load_printer_settings({"kind": "network", "host": "192.168.1.50"}).host == "192.168.1.50"


def test_ports_and_timeouts_must_be_possible() -> None:
    assert refused({"kind": "network", "host": "p", "port": 70000}).startswith("printer.port: ")
    assert refused({"timeout_seconds": 0}).startswith("printer.timeout_seconds: ")


def test_usb_ids_are_read_as_lsusb_shows_them() -> None:
    settings = load_printer_settings({"kind": "usb", "usb_vendor": "0x0416", "usb_product": "5011"})
    assert (settings.usb_vendor, settings.usb_product) == (0x0416, 5011)
    assert "write a USB id as hex (0x0416) or a number, not 'zz'" in refused(
        {"kind": "usb", "usb_vendor": "zz", "usb_product": 1}
    )
    assert refused({"kind": "usb", "usb_vendor": "0x0416"}).startswith("printer.usb_product: a USB printer needs")


def test_a_file_printer_needs_its_path() -> None:
    assert refused({"kind": "file"}) == "printer.file_path: a file printer needs file_path, e.g. /dev/usb/lp0"


def test_an_unknown_profile_names_some_that_exist() -> None:
    message = refused({"profile": "TM-T999"})
    assert message.startswith("printer.profile: unknown ESC/POS profile 'TM-T999'")
    assert "TM-T20II" in message


def test_a_misspelt_setting_is_refused_not_ignored() -> None:
    assert refused({"kind": "file", "file_path": "/dev/usb/lp0", "hots": "x"}).startswith("printer.hots: ")
    assert refused({"kind": "serial"}).startswith("printer.kind: ")


def test_bitmap_mode_needs_its_fonts(tmp_path: Path) -> None:
    missing = tmp_path / "none.ttc"
    message = refused({"kind": "file", "file_path": "/dev/null", "mode": "bitmap", "font_regular": str(missing)})
    assert message == f"printer.font_regular: font file {missing} not found (install fonts-noto-cjk)"

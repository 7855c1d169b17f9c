"""Device settings are validated at start with clear messages; logs are JSON lines that rotate."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from common.json_logging import setup_logging
from common.settings import SettingsError, load_settings


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "device.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_settings_file_is_read_with_defaults(tmp_path: Path) -> None:
    s = load_settings(
        _write(tmp_path, 'kind = "kiosk"\ncentral_url = "http://10.0.0.2:8730/"\n[elder]\ndefault = true\n')
    )
    assert s.kind == "kiosk" and s.central_url == "http://10.0.0.2:8730"
    assert s.elder.default and s.elder.speech_rate == 150 and s.printer.kind == "none"


@pytest.mark.parametrize(
    ("text", "field", "reason"),
    [
        ('kind = "kiosk"\ncolour = "red"\n', "colour", "Extra inputs"),
        ('kind = "toaster"\n', "kind", "Input should be"),
        ('kind = "kiosk"\ncentral_url = "ftp://x"\n', "central_url", "http://"),
        ('kind = "kiosk"\n[printer]\nport = 70000\n', "printer.port", "less than or equal"),
        ('kind = "window"\nwindow = 0\n', "window", "greater than or equal"),
    ],
)
def test_bad_settings_name_the_field_and_the_reason(tmp_path: Path, text: str, field: str, reason: str) -> None:
    """An installer must see what to fix, at start, not a crash an hour later."""
    with pytest.raises(SettingsError) as e:
        load_settings(_write(tmp_path, text))
    assert e.value.field == field and reason in e.value.reason


def test_a_missing_or_broken_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="no such settings file"):
        load_settings(tmp_path / "nope.toml")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(_write(tmp_path, "kind = \n"))


def test_command_line_overrides_win(tmp_path: Path) -> None:
    s = load_settings(_write(tmp_path, 'kind = "board"\n'), language="en", store=None)
    assert s.language == "en"


def test_logs_are_json_lines_and_rotate(tmp_path: Path) -> None:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        setup_logging("kiosk", tmp_path, max_bytes=2_000, backups=2)
        log = logging.getLogger("hall.sync")
        for i in range(100):
            log.info("push %d events", i, extra={"pending": i})
        files = sorted(p.name for p in tmp_path.iterdir())
        assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
        last = json.loads((tmp_path / "kiosk.log").read_text(encoding="utf-8").splitlines()[-1])
        assert last["area"] == "hall.sync" and last["message"] == "push 99 events" and last["pending"] == 99
    finally:
        for h in root.handlers:
            h.close()
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])


def test_what_was_logged_before_the_log_folder_was_known_reaches_the_log_file(tmp_path: Path) -> None:
    """A kiosk logs to stderr until its settings name the log folder; a damaged file it found meanwhile must
    still be in the log a technician reads."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        setup_logging("kiosk", None)
        logging.getLogger("hall.kiosk").warning("the home snapshot %s is damaged", "home.json")
        setup_logging("kiosk", None)  # still no folder: kept on
        logging.getLogger("hall.kiosk").info("settings read")
        setup_logging("kiosk", tmp_path)
        logging.getLogger("hall.sync").info("online")
        setup_logging("kiosk", tmp_path)  # a second folder-naming call writes nothing twice
        lines = [json.loads(x) for x in (tmp_path / "kiosk.log").read_text(encoding="utf-8").splitlines()]
        assert [(x["level"], x["message"]) for x in lines] == [
            ("warning", "the home snapshot home.json is damaged"),
            ("info", "settings read"),
            ("info", "online"),
        ]
    finally:
        for h in root.handlers:
            h.close()
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])


def test_self_service_defaults_to_the_demo_providers(tmp_path: Path) -> None:
    from common.self_service.provider_loading import load_providers

    s = load_settings(_write(tmp_path, 'kind = "kiosk"\n'))
    assert s.self_service.identity == "common.self_service.identity:DemoIdentityProvider"
    parts = load_providers(s.self_service)
    assert parts.demo and parts.identity.demo and parts.certificates.demo and parts.scanner.demo


def test_a_hall_names_its_own_self_service_providers(tmp_path: Path) -> None:
    from common.self_service.provider_loading import load_providers
    from tests.support.hall_providers import CardReader, CertificateService, DocumentCamera

    s = load_settings(
        _write(
            tmp_path,
            'kind = "kiosk"\n[self_service]\n'
            'identity = "tests.support.hall_providers:card_reader"\n'
            'certificates = "tests.support.hall_providers:CertificateService"\n'
            'scanner = "tests.support.hall_providers:DocumentCamera"\n'
            '[self_service.identity_options]\nport = "/dev/ttyS3"\n'
            '[self_service.certificates_options]\nurl = "https://zz.example.gov.cn"\ntimeout_s = 2.5\n',
        )
    )
    parts = load_providers(s.self_service)
    assert isinstance(parts.identity, CardReader) and parts.identity.port == "/dev/ttyS3"
    assert isinstance(parts.certificates, CertificateService) and parts.certificates.timeout_s == 2.5
    assert isinstance(parts.scanner, DocumentCamera)
    assert not parts.demo
    providers = parts.with_salt(b"salt")
    assert providers.identity is parts.identity and providers.salt == b"salt" and not providers.demo


@pytest.mark.parametrize(
    ("section", "field", "reason"),
    [
        ('identity = "card reader"\n', "self_service.identity", "package.module:factory"),
        ('identity = "hall_nowhere.idcard:reader"\n', "self_service.identity", "cannot import 'hall_nowhere.idcard'"),
        ('certificates = "tests.support.hall_providers:nothing"\n', "self_service.certificates", "has no 'nothing'"),
        ('scanner = "tests.support.hall_providers:NOT_CALLABLE"\n', "self_service.scanner", "not a callable"),
        ('identity = "tests.support.hall_providers:no_methods"\n', "self_service.identity", "missing name, demo"),
        (
            'scanner = "tests.support.hall_providers:CardReader"\n[self_service.scanner_options]\nport = "x"\n',
            "self_service.scanner",
            "missing scan",
        ),
        ('identity = "tests.support.hall_providers:fails_to_start"\n', "self_service.identity", "no such device"),
        (
            'certificates = "tests.support.hall_providers:CertificateService"\n',
            "self_service.certificates",
            "failed to start (TypeError",
        ),
        ('[self_service.identity_options]\ncolour = "red"\n', "self_service.identity", "failed to start"),
        ('camera = "x:y"\n', "self_service.camera", "Extra inputs"),
    ],
)
def test_a_bad_self_service_provider_is_refused_naming_the_setting(
    tmp_path: Path, section: str, field: str, reason: str
) -> None:
    from common.self_service.provider_loading import load_providers

    path = _write(tmp_path, f'kind = "kiosk"\n[self_service]\n{section}')
    with pytest.raises(SettingsError) as e:
        load_providers(load_settings(path).self_service, str(path))
    assert e.value.field == field and reason in e.value.reason
    assert str(path) in str(e.value)

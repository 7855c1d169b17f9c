"""A hall's own self-service providers, as a deployment would name them in ``[self_service]``: a card
reader on a port, an e-certificate service at an address, a document camera; and a few wrong ones, which
the kiosk must refuse at start."""

from __future__ import annotations

from common.self_service.certificates import Certificate
from common.self_service.identity import CitizenIdentity, IdentityError
from common.self_service.scanner import Scan, ScanError


class CardReader:
    name = "id-card reader"
    demo = False

    def __init__(self, port: str) -> None:
        self.port = port

    def identify(self) -> CitizenIdentity:
        raise IdentityError("no_card", f"no card on the reader at {self.port}")


class CertificateService:
    demo = False

    def __init__(self, url: str, timeout_s: float = 5.0) -> None:
        self.url, self.timeout_s = url, timeout_s

    def fetch(self, citizen: CitizenIdentity, name: str) -> Certificate | None:
        return None


class DocumentCamera:
    demo = False

    def scan(self, material: str) -> Scan:
        raise ScanError("the test camera scans nothing")


def card_reader(port: str = "/dev/ttyUSB0") -> CardReader:
    return CardReader(port)


NOT_CALLABLE = "a string is no factory"


def no_methods() -> object:
    return object()


def fails_to_start() -> CardReader:
    raise OSError("no such device: /dev/ttyUSB9")

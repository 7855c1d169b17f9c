"""The edges a self-service flow uses, handed to the kiosk as one object: who the citizen is, their
e-certificates, the scanner, and the key of the ID number's hash."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from common.self_service.certificates import CertificateProvider, DemoCertificateProvider
from common.self_service.identity import DemoIdentityProvider, IdentityProvider
from common.self_service.scanner import FilePickerScanner, Scanner


@dataclass
class Providers:
    identity: IdentityProvider
    certificates: CertificateProvider
    scanner: Scanner
    salt: bytes

    @property
    def demo(self) -> bool:
        return bool(self.identity.demo or self.certificates.demo)


def salt_for(hall_id: str, secret: str) -> bytes:
    """The hash key: the device's secret (its token) for its hall. Nobody without it can test a number."""
    return hashlib.sha256(f"hall-self-service:{hall_id}:{secret}".encode()).digest()


def demo_providers(pick: Callable[[str], Path | None], salt: bytes) -> Providers:
    """The sample hall's providers: demo identity, demo e-certificates, a file picked as the scan."""
    return Providers(DemoIdentityProvider(), DemoCertificateProvider(), FilePickerScanner(pick), salt)

"""A hall's own self-service providers, named in the kiosk's settings (``[self_service]``) as
``"package.module:factory"`` and made at start: the factory is called with the section's options as keyword
arguments. A provider that cannot be imported, is not callable, fails to start or lacks the protocol's
methods is refused at start (a ``SettingsError`` naming the setting), never found out when a citizen
taps 自助办理."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, cast

from common.self_service.certificates import CertificateProvider
from common.self_service.identity import IdentityProvider
from common.self_service.providers import Providers
from common.self_service.scanner import Scanner
from common.settings import SelfServiceSettings, SettingsError

REQUIRED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # setting: (attributes, methods)
    "identity": (("name", "demo"), ("identify",)),
    "certificates": (("demo",), ("fetch",)),
    "scanner": (("demo",), ("scan",)),
}


@dataclass(frozen=True)
class ProviderParts:
    """The providers made from the settings; ``with_salt`` completes them once the device is open."""

    identity: IdentityProvider
    certificates: CertificateProvider
    scanner: Scanner

    def with_salt(self, salt: bytes) -> Providers:
        return Providers(self.identity, self.certificates, self.scanner, salt)

    @property
    def demo(self) -> bool:
        return bool(self.identity.demo or self.certificates.demo or self.scanner.demo)


def _factory(spec: str, field: str, source: str) -> Any:
    module_name, _, attribute = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except Exception as e:  # an ImportError, or the module's own failure while importing
        raise SettingsError(source, field, f"cannot import {module_name!r} ({type(e).__name__}: {e})") from None
    found: Any = module
    for part in attribute.split("."):
        if not hasattr(found, part):
            raise SettingsError(source, field, f"{module_name!r} has no {attribute!r}")
        found = getattr(found, part)
    if not callable(found):
        raise SettingsError(source, field, f"{spec!r} is not a callable factory (it is a {type(found).__name__})")
    return found


def load_provider(
    settings: SelfServiceSettings, which: str, source: str = "settings"
) -> IdentityProvider | CertificateProvider | Scanner:
    """Make one provider (``identity``, ``certificates`` or ``scanner``) and check it has the protocol's parts."""
    field = f"self_service.{which}"
    spec: str = getattr(settings, which)
    options: dict[str, Any] = getattr(settings, f"{which}_options")
    factory = _factory(spec, field, source)
    try:
        provider = factory(**options)
    except Exception as e:  # a wrong option, a device that is not there: refused with the reason
        raise SettingsError(source, field, f"{spec!r} failed to start ({type(e).__name__}: {e})") from None
    attributes, methods = REQUIRED[which]
    missing = [a for a in attributes if not hasattr(provider, a)]
    missing += [m for m in methods if not callable(getattr(provider, m, None))]
    if missing:
        raise SettingsError(
            source,
            field,
            f"{spec!r} made a {type(provider).__name__}, which is not a {which} provider"
            f" (missing {', '.join(missing)})",
        )
    return cast("IdentityProvider | CertificateProvider | Scanner", provider)


def load_providers(settings: SelfServiceSettings, source: str = "settings") -> ProviderParts:
    """All three providers from the ``[self_service]`` settings; the first one at fault raises ``SettingsError``."""
    return ProviderParts(
        identity=cast("IdentityProvider", load_provider(settings, "identity", source)),
        certificates=cast("CertificateProvider", load_provider(settings, "certificates", source)),
        scanner=cast("Scanner", load_provider(settings, "scanner", source)),
    )

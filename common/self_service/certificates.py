"""Electronic certificates (电子证照, clause 5.3.4.8): fetched through a provider instead of asking for
paper. The sample hall ships a demo provider with made-up certificates for the demo citizen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from common.self_service.identity import DEMO_CITIZEN, CitizenIdentity


class CertificateError(Exception):
    """The certificate service could not be asked (offline, refused)."""


@dataclass(frozen=True, slots=True)
class Certificate:
    name: str
    """The certificate's kind, as the catalogue names it (``居民身份证电子证照``)."""
    number: str
    issuer: str
    entries: dict[str, str] = field(default_factory=dict)
    """What the certificate records, by entry name (``坐落``, ``面积``)."""


class CertificateProvider(Protocol):
    @property
    def demo(self) -> bool: ...

    def fetch(self, citizen: CitizenIdentity, name: str) -> Certificate | None:
        """The citizen's certificate of kind ``name``, None if they have none; ``CertificateError`` if the
        service cannot be asked."""
        ...


def _demo_certificates() -> dict[str, Certificate]:
    return {
        c.name: c
        for c in (
            Certificate(
                "居民身份证电子证照",
                "DEMO-ID-0001",
                "演示：北京市公安局朝阳分局",
                {"姓名": DEMO_CITIZEN.name, "住址": "南京市鼓楼区演示路1号"},
            ),
            Certificate(
                "不动产权证书电子证照",
                "苏(2020)宁鼓不动产权第0000001号",
                "演示：南京市不动产登记中心",
                {
                    "证书号": "苏(2020)宁鼓不动产权第0000001号",
                    "坐落": "鼓楼区演示路1号1幢101室",
                    "面积": "89.50平方米",
                    "用途": "成套住宅",
                    "权利性质": "市场化商品房",
                    "抵押": "无",
                    "查封": "无",
                },
            ),
            Certificate(
                "契税完税凭证电子证照",
                "DEMO-TAX-320000000001",
                "演示：国家税务总局南京市鼓楼区税务局",
                {
                    "税票号码": "320106200000000001",
                    "税种": "契税",
                    "金额": "26850.00",
                    "入库日期": "2020-06-18",
                    "坐落": "鼓楼区演示路1号1幢101室",
                },
            ),
        )
    }


class DemoCertificateProvider:
    """Made-up certificates for the demo citizen only; anybody else has none. Not a certificate service."""

    demo = True

    def __init__(self, citizen: CitizenIdentity = DEMO_CITIZEN, available: bool = True) -> None:
        self.citizen = citizen
        self.available = available
        self.certificates = _demo_certificates()
        self.fetched: list[str] = []

    def fetch(self, citizen: CitizenIdentity, name: str) -> Certificate | None:
        if not self.available:
            raise CertificateError("the demo certificate service is switched off")
        self.fetched.append(name)
        if citizen.id_number != self.citizen.id_number:
            return None
        return self.certificates.get(name)

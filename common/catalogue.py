"""The catalogue of items (事项) with their service guides (办事指南), and item packages (一件事).

One catalogue in the central store feeds every screen (clause 5.3.3.4): the kiosk's guides, the
window's one-time notices and the board all read the same models.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from common.field_error import FieldError
from common.hall_config import CATEGORY_LETTER, Frozen
from common.self_service.form import SelfServiceForm

ITEM_CODE_PATTERN = r"^[A-Za-z0-9-]{3,40}$"


class MaterialForm(StrEnum):
    ORIGINAL = "original"  # 原件
    COPY = "copy"  # 复印件
    ORIGINAL_AND_COPY = "original_and_copy"  # 原件及复印件
    ELECTRONIC = "electronic"  # 电子材料


class Material(Frozen):
    name: str = Field(min_length=1, max_length=80)
    form: MaterialForm = MaterialForm.ORIGINAL
    copies: int = Field(default=1, ge=1, le=20)
    required: bool = True
    e_certificate: str = ""
    """The electronic certificate (电子证照) that can replace this material; empty if none."""
    note: str = ""

    @property
    def replaceable_by_e_certificate(self) -> bool:
        return bool(self.e_certificate)


class ServiceGuide(Frozen):
    conditions: str = Field(min_length=1, description="受理条件")
    materials: list[Material] = Field(min_length=1)
    legal_days: int = Field(ge=0, le=365, description="法定办结时限, working days")
    promised_days: int = Field(ge=0, le=365, description="承诺办结时限, working days; 0 means on the spot")
    fee_yuan: Decimal = Field(default=Decimal(0), ge=0)
    fee_note: str = ""
    trips: int = Field(ge=0, le=5, description="到现场次数")
    fully_online: bool = False
    where: list[str] = Field(min_length=1, description="where the item can be handled")
    process: list[str] = Field(min_length=1, description="办理流程 steps")
    basis: str = ""
    """设定依据: the law or rule the item rests on."""
    phone: str = ""

    @model_validator(mode="after")
    def _promise_within_law(self) -> Self:
        if self.promised_days > self.legal_days:
            raise FieldError(
                "promised_days", f"promised_days ({self.promised_days}) cannot exceed legal_days ({self.legal_days})"
            )
        return self

    @property
    def on_the_spot(self) -> bool:
        """即办件: done during the visit."""
        return self.promised_days == 0

    @property
    def fee_text(self) -> str:
        if self.fee_yuan == 0:
            return self.fee_note or "不收费"
        return f"{self.fee_yuan} 元" + (f"({self.fee_note})" if self.fee_note else "")


class ItemKind(StrEnum):
    LICENSING = "licensing"  # 行政许可
    CONFIRMATION = "confirmation"  # 行政确认
    PUBLIC_SERVICE = "public_service"  # 公共服务
    OTHER = "other"  # 其他行政权力


class Item(Frozen):
    code: str = Field(pattern=ITEM_CODE_PATTERN)
    name: str = Field(min_length=2, max_length=60)
    name_en: str = ""
    department: str = Field(min_length=1)
    category: CATEGORY_LETTER
    kind: ItemKind = ItemKind.PUBLIC_SERVICE
    guide: ServiceGuide
    self_service: bool = False
    """Can be done start to finish at the kiosk (自助办理)."""
    keywords: list[str] = []
    form: SelfServiceForm | None = None
    """What the kiosk asks to do the item itself (self-service items only)."""

    @model_validator(mode="after")
    def _form_for_self_service(self) -> Self:
        if self.form is not None and not self.self_service:
            raise FieldError("form", f"item {self.code} has a self-service form but is not marked self_service")
        return self


class Package(Frozen):
    """一件事: several items under one ticket and one case."""

    code: str = Field(pattern=ITEM_CODE_PATTERN)
    name: str = Field(min_length=2, max_length=60)
    name_en: str = ""
    category: CATEGORY_LETTER
    items: list[str] = Field(min_length=2)
    description: str = ""


class Catalogue(Frozen):
    items: list[Item] = Field(min_length=1)
    packages: list[Package] = []

    @model_validator(mode="after")
    def _references(self) -> Self:
        codes: set[str] = set()
        for i, item in enumerate(self.items):
            if item.code in codes:
                raise FieldError(f"items.{i}.code", f"{item.code!r} appears twice")
            codes.add(item.code)
        for i, pkg in enumerate(self.packages):
            if pkg.code in codes:
                raise FieldError(f"packages.{i}.code", f"{pkg.code!r} is also an item's code")
            for j, code in enumerate(pkg.items):
                if code not in codes:
                    raise FieldError(f"packages.{i}.items.{j}", f"package {pkg.name} names unknown item {code!r}")
        return self

    def item(self, code: str) -> Item:
        for it in self.items:
            if it.code == code:
                return it
        raise KeyError(code)

    def package(self, code: str) -> Package:
        for p in self.packages:
            if p.code == code:
                return p
        raise KeyError(code)

    def items_in(self, category: str) -> list[Item]:
        return [it for it in self.items if it.category == category]

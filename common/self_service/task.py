"""What the kiosk asks for one self-service item, or for an item package (一件事) whose items can all be
done here: their fields (one question for a field two items share), their materials (one ID card for
both), whether an online check is needed, and the outcome the guides promise."""

from __future__ import annotations

from dataclasses import dataclass

from common.catalogue import Catalogue, Item, Material, Package
from common.events import Outcome
from common.self_service.form import FormField, SelfServiceForm


@dataclass(frozen=True)
class SelfServiceTask:
    code: str
    """The item's code, or the package's."""
    name: str
    name_en: str
    items: tuple[Item, ...]
    package: str | None
    fields: tuple[FormField, ...]
    materials: tuple[Material, ...]

    @property
    def forms(self) -> tuple[tuple[Item, SelfServiceForm], ...]:
        return tuple((it, it.form) for it in self.items if it.form is not None)

    @property
    def needs_online(self) -> bool:
        return any(form.needs_online for _, form in self.forms)

    @property
    def promised_days(self) -> int:
        return max(it.guide.promised_days for it in self.items)

    @property
    def outcome(self) -> Outcome:
        """即办 when every item is done on the spot; otherwise 承诺件 by the longest promise."""
        return Outcome.ON_THE_SPOT if self.promised_days == 0 else Outcome.PROMISED

    @property
    def item_codes(self) -> list[str]:
        return [it.code for it in self.items]

    def field(self, name: str) -> FormField:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def doable_here(item: Item) -> bool:
    """Marked self-service and described by a form: the kiosk can take it from start to finish."""
    return item.self_service and item.form is not None


def package_doable_here(catalogue: Catalogue, package: Package) -> bool:
    return all(doable_here(catalogue.item(code)) for code in package.items)


def task_for_item(item: Item) -> SelfServiceTask:
    if not doable_here(item):
        raise ValueError(f"item {item.code} cannot be done at the kiosk")
    return _task(item.code, item.name, item.name_en, (item,), None)


def task_for_package(catalogue: Catalogue, package: Package) -> SelfServiceTask:
    if not package_doable_here(catalogue, package):
        raise ValueError(f"package {package.code} has items that cannot be done at the kiosk")
    items = tuple(catalogue.item(code) for code in package.items)
    return _task(package.code, package.name, package.name_en, items, package.code)


def task_for(catalogue: Catalogue, code: str) -> SelfServiceTask:
    """The task for an item code or a package code; ``KeyError`` / ``ValueError`` if there is none."""
    try:
        return task_for_item(catalogue.item(code))
    except KeyError:
        return task_for_package(catalogue, catalogue.package(code))


def self_service_tasks(catalogue: Catalogue) -> list[SelfServiceTask]:
    """Every item and package the kiosk can do, items first, in the catalogue's order."""
    tasks = [task_for_item(it) for it in catalogue.items if doable_here(it)]
    tasks += [task_for_package(catalogue, p) for p in catalogue.packages if package_doable_here(catalogue, p)]
    return tasks


def _task(code: str, name: str, name_en: str, items: tuple[Item, ...], package: str | None) -> SelfServiceTask:
    fields: dict[str, FormField] = {}
    materials: dict[str, Material] = {}
    for item in items:
        assert item.form is not None
        for f in item.form.fields:
            fields.setdefault(f.name, f)
        for m in item.guide.materials:
            materials.setdefault(m.name, m)
    return SelfServiceTask(code, name, name_en, items, package, tuple(fields.values()), tuple(materials.values()))

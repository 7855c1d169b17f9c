"""The sample hall in assets/sample_hall: it loads, it meets the issue's minimums, and broken copies of it
are refused with the file, the field and the reason."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from common.hall_bundle import CATALOGUE_FILE, HALL_FILE, STAFF_FILE, HallBundle, HallFileError, load_hall
from common.hall_config import SlotKind, WindowType
from common.pins import verify_pin

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "assets" / "sample_hall"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def demo_pin(number: str) -> str:
    """The documented demo PIN rule: the last 4 digits of the staff number, zero-padded."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return digits[-4:].rjust(4, "0")


@pytest.fixture(scope="module")
def hall() -> HallBundle:
    return load_hall(SAMPLE)


# --- the sample hall meets the minimums ---------------------------------------------------------


def test_sample_hall_loads_with_a_stable_version(hall: HallBundle) -> None:
    assert hall.hall_id == "nj-bdc"
    assert re.fullmatch(r"[0-9a-f]{16}", hall.version)
    assert load_hall(SAMPLE).version == hall.version


def test_hall_is_a_specialised_sub_center(hall: HallBundle) -> None:
    config = hall.config
    assert config.type == "specialised"
    assert config.parent_center == "南京市政务服务中心"
    assert config.timezone == "Asia/Shanghai"
    assert config.name and config.name_en and config.department and config.address and config.phone


def test_at_least_five_categories_each_named_in_english(hall: HallBundle) -> None:
    categories = hall.config.categories
    assert len(categories) >= 5
    assert all(c.name_en for c in categories)


def test_at_least_eight_windows_covering_all_five_window_types(hall: HallBundle) -> None:
    windows = hall.config.windows
    assert len(windows) >= 8
    assert {w.type for w in windows} == set(WindowType)
    assert sum(w.type == WindowType.GENERAL for w in windows) >= 3, "several general windows"
    assert [w.number for w in windows] == list(range(1, len(windows) + 1))
    assert all(w.department for w in windows)


def test_some_windows_keep_lunch_duty_through_the_lunch_break(hall: HallBundle) -> None:
    assert hall.config.hours.lunch is not None
    assert str(hall.config.hours.lunch) == "12:00-13:30"
    assert any(w.lunch_duty for w in hall.config.windows)


def test_opening_hours_are_weekdays_nine_to_five(hall: HallBundle) -> None:
    days = hall.config.hours.days
    for day in ("mon", "tue", "wed", "thu", "fri"):
        assert str(days[day]) == "09:00-17:00"
    assert "sun" not in days


def test_every_category_has_a_window_serving_it_and_an_item(hall: HallBundle) -> None:
    served = {c for w in hall.config.windows for c in w.categories}
    for category in hall.config.categories:
        assert category.letter in served, f"no window serves {category.letter} {category.name}"
        assert hall.catalogue.items_in(category.letter), f"no item in {category.letter} {category.name}"


def test_calendar_follows_the_2026_holiday_notice_and_lists_2027(hall: HallBundle) -> None:
    calendar = hall.config.calendar
    assert not set(calendar.holidays) & set(calendar.workdays)
    assert all(d.weekday() >= 5 for d in calendar.workdays), "调休 workdays are weekend days"
    assert {d.year for d in calendar.holidays} == {2026, 2027}
    assert not calendar.is_working_day(date(2026, 2, 16))  # 春节
    assert not calendar.is_working_day(date(2026, 10, 7))  # 国庆节
    assert calendar.is_working_day(date(2026, 2, 14))  # 周六调休上班
    assert calendar.is_working_day(date(2026, 10, 10))  # 周六调休上班
    assert not calendar.is_working_day(date(2027, 1, 1))  # 元旦
    # five working days from the Monday before National Day: 29, 30 Sep, then 8, 9, 10 Oct
    assert calendar.add_working_days(date(2026, 9, 28), 5) == date(2026, 10, 10)


def test_appointment_slots_include_off_hours_and_a_holiday_date(hall: HallBundle) -> None:
    slots = hall.config.appointment_slots
    kinds = {s.kind for s in slots}
    assert kinds == set(SlotKind)
    holiday = [s for s in slots if s.kind == SlotKind.HOLIDAY]
    assert any(isinstance(d, date) for s in holiday for d in s.days)
    assert any(s.applies_to(date(2027, 1, 1)) for s in holiday)


def test_rating_queue_announcement_and_notices_are_set(hall: HallBundle) -> None:
    config = hall.config
    assert 8 <= len(config.rating.bad_reasons) <= 10
    assert len(set(config.rating.bad_reasons)) == len(config.rating.bad_reasons)
    assert "一次性告知不到位" in config.rating.bad_reasons
    assert config.queue.pause_reasons
    assert config.announcement.template.format(number="A001", window=3) == "请A001号到3号窗口办理"
    assert config.announcement.second_template.format(number="A001", window=3) == ("Number A001, please go to window 3")
    assert 3 <= len(config.notices) <= 4


def test_at_least_twelve_staff_each_with_an_existing_small_portrait_photo(hall: HallBundle) -> None:
    staff = hall.roster.staff
    assert len(staff) >= 12
    for member in staff:
        photo = SAMPLE / member.photo
        assert photo.is_file(), member.photo
        data = photo.read_bytes()
        assert data.startswith(PNG_SIGNATURE), member.photo
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (300, 400), member.photo
        assert len(data) < 30 * 1024, member.photo
        assert member.unit and member.department


def test_every_staff_pin_verifies_under_the_documented_demo_rule(hall: HallBundle) -> None:
    header = (SAMPLE / STAFF_FILE).read_text(encoding="utf-8").split("[[staff]]")[0]
    assert "last 4 digits" in header and "末 4 位" in header, "staff.toml documents the demo PIN rule"
    for member in hall.roster.staff:
        assert verify_pin(member.pin_hash, demo_pin(member.number)), member.number
    first = hall.roster.staff[0]
    assert not verify_pin(first.pin_hash, "9999" if demo_pin(first.number) != "9999" else "0000")


def test_staff_skills_are_served_by_some_window(hall: HallBundle) -> None:
    served = {c for w in hall.config.windows for c in w.categories}
    for member in hall.roster.staff:
        assert set(member.skills) <= served, member.number


def test_at_least_thirty_items_with_full_service_guides(hall: HallBundle) -> None:
    items = hall.catalogue.items
    assert len(items) >= 30
    for item in items:
        guide = item.guide
        assert item.name_en and item.department and item.keywords, item.code
        assert guide.conditions and guide.materials and guide.process and guide.where, item.code
        assert guide.basis or item.category == "H", item.code
        assert guide.phone, item.code
        assert guide.promised_days <= guide.legal_days, item.code


def test_items_cover_the_kinds_and_charge_the_housing_registration_fee(hall: HallBundle) -> None:
    items = hall.catalogue.items
    assert {"licensing", "confirmation", "public_service", "other"} <= {i.kind for i in items}
    assert hall.catalogue.item("BDC-003").guide.fee_yuan == 80
    assert any(i.guide.on_the_spot for i in items), "some items are 即办"


def test_some_materials_can_be_replaced_by_an_e_certificate(hall: HallBundle) -> None:
    names = {m.e_certificate for i in hall.catalogue.items for m in i.guide.materials if m.replaceable_by_e_certificate}
    assert names, "at least one material is replaceable by an e-certificate"
    assert {"居民身份证电子证照", "不动产权证书电子证照", "营业执照电子证照", "结婚证电子证照"} <= names


def test_at_least_two_packages_each_naming_known_items(hall: HallBundle) -> None:
    packages = hall.catalogue.packages
    assert len(packages) >= 2
    for package in packages:
        assert len(package.items) >= 2
        for code in package.items:
            hall.catalogue.item(code)


def test_at_least_four_self_service_items_including_enquiry_printout_and_kiosk_application(
    hall: HallBundle,
) -> None:
    selfs = [i for i in hall.catalogue.items if i.self_service]
    assert len(selfs) >= 4
    names = " ".join(i.name for i in selfs)
    assert "不动产登记信息查询" in names
    assert "打印" in names
    assert any(i.guide.promised_days > 0 for i in selfs), "one is accepted at the kiosk and finished later"
    assert all("自助终端" in i.guide.where for i in selfs)


# --- malformed halls are refused with the file, the field and the reason -------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "hall"
    shutil.copytree(SAMPLE, target)
    return target


def edit(path: Path, old: str, new: str, *, after: str = "") -> None:
    """Replace the first ``old`` (after the first ``after``, if given) in ``path``."""
    text = path.read_text(encoding="utf-8")
    start = text.index(after) if after else 0
    at = text.index(old, start)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")


def refusal(folder: Path) -> HallFileError:
    with pytest.raises(HallFileError) as caught:
        load_hall(folder)
    return caught.value


def test_unknown_field_in_hall_toml_is_refused_naming_the_field(copy: Path) -> None:
    edit(copy / HALL_FILE, 'id = "nj-bdc"', 'id = "nj-bdc"\ncolour = "blue"')
    err = refusal(copy)
    assert (err.file, err.field) == (HALL_FILE, "colour")
    assert "not permitted" in err.reason
    assert str(err).startswith("hall.toml: colour: ")


def test_unknown_field_in_a_window_is_refused_naming_the_window(copy: Path) -> None:
    edit(copy / HALL_FILE, "lunch_duty = true", "lunch_dutty = true")
    err = refusal(copy)
    assert (err.file, err.field) == (HALL_FILE, "windows.0.lunch_dutty")


def test_window_serving_a_category_that_does_not_exist_is_refused(copy: Path) -> None:
    edit(copy / HALL_FILE, 'categories = ["H"]', 'categories = ["Z"]', after="number = 7\n")
    err = refusal(copy)
    assert (err.file, err.field) == (HALL_FILE, "windows.6.categories.0")
    assert "window 7" in err.reason and "'Z'" in err.reason


def test_opening_hours_in_the_wrong_form_are_refused(copy: Path) -> None:
    edit(copy / HALL_FILE, 'mon = "09:00-17:00"', 'mon = "9:00-17:00"')
    err = refusal(copy)
    assert (err.file, err.field) == (HALL_FILE, "hours.days.mon")
    assert "HH:MM-HH:MM" in err.reason


def test_invalid_toml_is_refused_naming_the_file(copy: Path) -> None:
    with (copy / HALL_FILE).open("a", encoding="utf-8") as f:
        f.write("\n[[windows]\nnumber = \n")
    err = refusal(copy)
    assert (err.file, err.field) == (HALL_FILE, "")
    assert "not valid TOML" in err.reason


def test_missing_file_is_refused_naming_the_file(copy: Path) -> None:
    (copy / CATALOGUE_FILE).unlink()
    err = refusal(copy)
    assert (err.file, err.field, err.reason) == (CATALOGUE_FILE, "", "is missing")


def test_missing_staff_photo_is_refused_naming_the_staff_member(copy: Path) -> None:
    (copy / "photos" / "BDC0105.png").unlink()
    err = refusal(copy)
    assert (err.file, err.field) == (STAFF_FILE, "staff.4.photo")
    assert "photos/BDC0105.png" in err.reason


def test_staff_pin_that_is_not_an_argon2_hash_is_refused(copy: Path) -> None:
    path = copy / STAFF_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'pin_hash = "[^"]+"', 'pin_hash = "0101"', text, count=1), encoding="utf-8")
    err = refusal(copy)
    assert (err.file, err.field) == (STAFF_FILE, "staff.0.pin_hash")
    assert "argon2" in err.reason


def test_duplicate_staff_number_is_refused(copy: Path) -> None:
    edit(copy / STAFF_FILE, 'number = "BDC0102"', 'number = "BDC0101"')
    err = refusal(copy)
    assert (err.file, err.field) == (STAFF_FILE, "staff.1.number")
    assert "twice" in err.reason


def test_staff_skill_in_an_unknown_category_is_refused(copy: Path) -> None:
    edit(copy / STAFF_FILE, 'skills = ["D"]', 'skills = ["Q"]')
    err = refusal(copy)
    assert (err.file, err.field) == (STAFF_FILE, "staff.8.skills")


def test_catalogue_item_with_an_unknown_category_is_refused(copy: Path) -> None:
    edit(copy / CATALOGUE_FILE, 'category = "A"', 'category = "X"', after='code = "BDC-010"')
    err = refusal(copy)
    assert (err.file, err.field) == (CATALOGUE_FILE, "items.9.category")
    assert "BDC-010" in err.reason and "'X'" in err.reason


def test_promised_days_beyond_legal_days_are_refused(copy: Path) -> None:
    edit(copy / CATALOGUE_FILE, "promised_days = 1", "promised_days = 45", after='code = "BDC-003"')
    err = refusal(copy)
    assert err.file == CATALOGUE_FILE
    assert err.field == "items.2.guide.promised_days"
    assert "promised_days (45) cannot exceed legal_days (30)" in err.reason


def test_unknown_field_in_a_material_is_refused(copy: Path) -> None:
    edit(copy / CATALOGUE_FILE, 'e_certificate = "营业执照电子证照"', 'e_cert = "营业执照电子证照"')
    err = refusal(copy)
    assert (err.file, err.field) == (CATALOGUE_FILE, "items.0.guide.materials.1.e_cert")


def test_package_naming_an_unknown_item_is_refused(copy: Path) -> None:
    edit(copy / CATALOGUE_FILE, '"BDC-045"]', '"BDC-999"]', after='code = "BDC-P01"')
    err = refusal(copy)
    assert (err.file, err.field) == (CATALOGUE_FILE, "packages.0.items.6")
    assert "'BDC-999'" in err.reason


def test_package_in_an_unknown_category_is_refused(copy: Path) -> None:
    edit(copy / CATALOGUE_FILE, 'category = "B"', 'category = "Y"', after='code = "BDC-P03"')
    err = refusal(copy)
    assert (err.file, err.field) == (CATALOGUE_FILE, "packages.2.category")


def test_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    err = refusal(tmp_path / "nowhere")
    assert err.field == ""
    assert "not a folder" in err.reason

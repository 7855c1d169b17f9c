"""A small hall built in code, so rule tests say exactly what they depend on."""

from __future__ import annotations

from functools import cache

from common.catalogue import Catalogue
from common.hall_bundle import HallBundle
from common.hall_config import HallConfig
from common.pins import hash_pin
from common.staff import Roster

STAFF_PINS = {"S001": "1001", "S002": "1002", "S003": "1003", "S004": "1004"}


def _guide() -> dict[str, object]:
    return {
        "conditions": "申请人为不动产权利人",
        "materials": [
            {"name": "居民身份证", "e_certificate": "居民身份证电子证照"},
            {"name": "不动产权证书", "form": "original_and_copy"},
        ],
        "legal_days": 10,
        "promised_days": 3,
        "trips": 1,
        "where": ["本分中心综合窗口"],
        "process": ["取号", "受理", "审核", "办结"],
    }


@cache
def small_hall() -> HallBundle:
    config = HallConfig.model_validate(
        {
            "id": "test-hall",
            "name": "测试市政务服务中心测试分中心",
            "type": "specialised",
            "hours": {
                "days": dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), "09:00-17:00"),
                "lunch": "12:00-13:30",
            },
            "categories": [
                {"letter": "A", "name": "不动产登记"},
                {"letter": "B", "name": "抵押登记"},
                {"letter": "C", "name": "查询证明", "green_channel": False},
            ],
            "windows": [
                {"number": 1, "type": "general", "categories": ["A", "B"]},
                {"number": 2, "type": "general", "categories": ["B", "C"]},
                {"number": 3, "type": "assisted", "categories": ["A"]},
            ],
            "appointment_slots": [
                {
                    "days": ["mon", "tue", "wed", "thu", "fri"],
                    "hours": "09:00-12:00",
                    "minutes": 30,
                    "capacity": 2,
                    "categories": ["A", "B"],
                },
            ],
            "queue": {"recall_limit": 2, "pause_limit_minutes": 15},
            "rating": {"bad_reasons": ["服务态度差", "办事效率低", "一次性告知不到位"]},
        }
    )
    roster = Roster.model_validate(
        {
            "staff": [
                {"number": n, "name": f"员工{n[-1]}", "unit": "测试局", "photo": f"{n}.png", "pin_hash": hash_pin(pin)}
                for n, pin in STAFF_PINS.items()
            ]
        }
    )
    catalogue = Catalogue.model_validate(
        {
            "items": [
                {"code": "T-001", "name": "不动产首次登记", "department": "测试局", "category": "A", "guide": _guide()},
                {"code": "T-002", "name": "抵押权登记", "department": "测试局", "category": "B", "guide": _guide()},
                {
                    "code": "T-003",
                    "name": "不动产登记信息查询",
                    "department": "测试局",
                    "category": "C",
                    "guide": _guide() | {"promised_days": 0},
                },
            ],
            "packages": [{"code": "P-001", "name": "二手房过户一件事", "category": "A", "items": ["T-001", "T-002"]}],
        }
    )
    return HallBundle(config, roster, catalogue, "test")

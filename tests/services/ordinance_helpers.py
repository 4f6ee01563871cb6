"""Shared set-up for the ordinances tests: a department, a hospital and two faculty members."""

from __future__ import annotations

from app.services import directory, ordinances


def kind(code: str) -> int:
    return next(k.id for k in ordinances.list_kinds() if k.code == code)


def setting_up() -> dict[str, int]:
    anatomy = directory.save_unit(
        {"kind": "department", "name_fa": "گروه آناتومی", "name_en": "Department of Anatomy"}
    )
    sina = directory.save_unit({"kind": "hospital", "name_fa": "بیمارستان سینا", "name_en": "Sina Hospital"})
    rezaei = directory.save_person(
        {
            "kind": "faculty",
            "title": "Dr.",
            "first_name_fa": "علی",
            "last_name_fa": "رضایی",
            "first_name_en": "Ali",
            "last_name_en": "Rezaei",
            "unit_id": anatomy,
            "country": "IR",
        }
    )
    karimi = directory.save_person(
        {
            "kind": "faculty",
            "title": "Dr.",
            "first_name_fa": "مریم",
            "last_name_fa": "کریمی",
            "first_name_en": "Maryam",
            "last_name_en": "Karimi",
            "unit_id": anatomy,
            "country": "IR",
        }
    )
    return {"anatomy": anatomy, "sina": sina, "rezaei": rezaei, "karimi": karimi}

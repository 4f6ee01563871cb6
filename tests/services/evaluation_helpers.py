"""Shared set-up for the English evaluation tests: a department, two faculty members, a panel and an
evaluation session (a meeting of the kind english-evaluation)."""

from __future__ import annotations

import datetime as dt

from app.services import directory, evaluations, meetings

SESSION_DAY = dt.datetime(2026, 12, 16, 9, 0)  # 1405/09/25


def person(
    first_en, last_en, first_fa, last_fa, kind="faculty", rank="assistant_professor", unit=None
) -> int:
    return directory.save_person(
        {
            "kind": kind,
            "title": "Dr." if kind == "faculty" else "",
            "first_name_en": first_en,
            "last_name_en": last_en,
            "first_name_fa": first_fa,
            "last_name_fa": last_fa,
            "academic_rank": rank if kind == "faculty" else "",
            "unit_id": unit,
            "country": "IR",
        }
    )


def setting_up() -> dict[str, int]:
    unit = directory.save_unit(
        {"kind": "department", "name_fa": "گروه فیزیولوژی", "name_en": "Department of Physiology"}
    )
    return {
        "unit": unit,
        "maryam": person("Maryam", "Kazemi", "مریم", "کاظمی", unit=unit),
        "ali": person("Ali", "Rostami", "علی", "رستمی", rank="associate_professor", unit=unit),
        "chair": person("Hossein", "Tehrani", "حسین", "تهرانی", rank="professor", unit=unit),
        "student": person("Sara", "Amini", "سارا", "امینی", kind="phd_student"),
    }


def session(
    ids: dict[str, int], start: dt.datetime = SESSION_DAY, kind: str = evaluations.SESSION_KIND
) -> int:
    meeting = meetings.create_meeting(
        {
            "kind_id": meetings.kind_by_code(kind).id,
            "title": "جلسه ارزیابی زبان انگلیسی برای ارتقا",
            "starts_at": start,
            "ends_at": start + dt.timedelta(hours=3),
            "location": "اتاق جلسات معاونت بین‌الملل",
            "chair_id": ids["chair"],
        }
    )
    return meeting


FULL = {"presentation": 34, "questions": 25, "language": 27}  # 86 of 100

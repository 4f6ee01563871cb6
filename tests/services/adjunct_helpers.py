"""Shared set-up for the adjunct faculty tests: a department, a partner, a foreign academic and a
recruitment committee meeting."""

from __future__ import annotations

import datetime as dt

from app.services import adjuncts, directory, meetings

COMMITTEE_DAY = dt.datetime(2026, 12, 20, 10, 0)  # 1405/09/29


def setting_up() -> dict[str, int]:
    unit = directory.save_unit(
        {"kind": "department", "name_fa": "گروه قلب و عروق", "name_en": "Department of Cardiology"}
    )
    partner = directory.save_institution(
        {"name_en": "University of Edinburgh", "name_fa": "دانشگاه ادینبورگ", "country": "GB"}
    )
    person = directory.save_person(
        {
            "kind": "foreign_guest",
            "title": "Prof.",
            "first_name_en": "Helen",
            "last_name_en": "McAllister",
            "first_name_fa": "هلن",
            "last_name_fa": "مک‌آلیستر",
            "country": "GB",
        }
    )
    return {"unit": unit, "partner": partner, "person": person}


def committee(start: dt.datetime = COMMITTEE_DAY) -> int:
    return meetings.create_meeting(
        {
            "kind_id": meetings.kind_by_code(adjuncts.COMMITTEE_KIND).id,
            "title": "کمیته جذب اعضای هیئت علمی وابسته",
            "starts_at": start,
            "ends_at": start + dt.timedelta(hours=2),
            "location": "اتاق جلسات معاونت بین‌الملل",
        }
    )


def candidate(ids: dict[str, int], **extra) -> int:
    return adjuncts.save_candidate(
        {
            "person_id": ids["person"],
            "unit_id": ids["unit"],
            "institution_id": ids["partner"],
            "fields": "Interventional cardiology\nCardiac imaging",
            "term_months": 24,
            **extra,
        }
    )

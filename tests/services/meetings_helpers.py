"""Shared set-up for the meetings tests: people of the directory and a council meeting."""

from __future__ import annotations

import datetime as dt

from app.services import directory, meetings

COUNCIL = "scholarship-council"
START = dt.datetime(2026, 12, 1, 10, 0)


def person(last_en: str, last_fa: str, first_en: str = "Sara", first_fa: str = "سارا") -> int:
    return directory.save_person(
        {
            "kind": "faculty",
            "title": "Dr.",
            "first_name_en": first_en,
            "last_name_en": last_en,
            "first_name_fa": first_fa,
            "last_name_fa": last_fa,
            "position": "Professor",
        }
    )


def council_id() -> int:
    return meetings.kind_by_code(COUNCIL).id


def council_members(count: int = 5) -> list[int]:
    """A council with `count` standing members (the first chairs it)."""
    names = [
        ("Rezaei", "رضایی"),
        ("Karimi", "کریمی"),
        ("Ahmadi", "احمدی"),
        ("Nouri", "نوری"),
        ("Sadeghi", "صادقی"),
        ("Tehrani", "تهرانی"),
        ("Kazemi", "کاظمی"),
    ]
    ids = [person(en, fa) for en, fa in names[:count]]
    meetings.set_kind_members(
        council_id(), [(pid, "chair" if n == 0 else "member") for n, pid in enumerate(ids)]
    )
    return ids


def new_council(start: dt.datetime = START, **extra) -> int:
    data = {
        "kind_id": council_id(),
        "title": "جلسه شورای بورس",
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=2),
        "location": "اتاق جلسات معاونت بین‌الملل",
        **extra,
    }
    return meetings.create_meeting(data)

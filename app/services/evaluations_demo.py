"""Sample English evaluations for `ivc-desk demo`: a session held last month with its results (passed,
failed, deferred) and the certificates of those who passed issued in both languages, and a session to
come with its candidates waiting."""

from __future__ import annotations

import datetime as dt

from app.common import dates
from app.services import directory, evaluations, meetings

# Faculty members added when the directory has fewer than seven (a chair and six candidates).
FACULTY = (
    ("Farzaneh", "Moradi", "فرزانه", "مرادی", "associate_professor"),
    ("Behnam", "Karimi", "بهنام", "کریمی", "assistant_professor"),
    ("Nasrin", "Jafari", "نسرین", "جعفری", "assistant_professor"),
    ("Omid", "Sadeghi", "امید", "صادقی", "instructor"),
    ("Elham", "Nouri", "الهام", "نوری", "assistant_professor"),
    ("Kamran", "Heidari", "کامران", "حیدری", "associate_professor"),
    ("Mitra", "Azizi", "میترا", "عزیزی", "professor"),
)
RESULTS = (
    (
        {"presentation": 35, "questions": 26, "language": 27},
        "passed",
        "ارائه روان و پاسخ‌های دقیق به پرسش‌ها.",
    ),
    (
        {"presentation": 31, "questions": 22, "language": 24},
        "passed",
        "Clear slides; answers were well argued.",
    ),
    (
        {"presentation": 18, "questions": 12, "language": 15},
        "failed",
        "توصیه به گذراندن دوره مکالمه علمی.",
    ),
    ({"presentation": 28}, "deferred", "The candidate asked to sit the rest of the evaluation next session."),
)


def _session(title: str, start: dt.datetime, chair: int | None) -> int:
    kind = meetings.kind_by_code(evaluations.SESSION_KIND)
    return meetings.create_meeting(
        {
            "kind_id": kind.id,
            "title": title,
            "starts_at": start,
            "ends_at": start + dt.timedelta(hours=3),
            "location": "سالن کنفرانس دانشکده",
            "chair_id": chair,
        }
    )


def add_evaluations() -> int:
    """Two sessions and six candidates from the directory's faculty members; returns how many."""
    rows = directory.list_people(directory.PageRequest(sort="id", limit=500)).rows
    faculty = [r.id for r in rows if r.kind == "faculty"][:7]
    units = [u.id for u in directory.list_units(directory.PageRequest(sort="id", limit=5)).rows]
    for n, (first_en, last_en, first_fa, last_fa, rank) in enumerate(FACULTY[: 7 - len(faculty)]):
        faculty.append(
            directory.save_person(
                {
                    "kind": "faculty",
                    "title": "Dr.",
                    "first_name_en": first_en,
                    "last_name_en": last_en,
                    "first_name_fa": first_fa,
                    "last_name_fa": last_fa,
                    "academic_rank": rank,
                    "unit_id": units[n % len(units)] if units else None,
                    "country": "IR",
                }
            )
        )
    chair, candidates = faculty[0], faculty[1:7]
    today = dates.today()
    held = _session(
        "ارزیابی زبان انگلیسی متقاضیان ارتقا — نوبت پاییز",
        dt.datetime.combine(today - dt.timedelta(days=30), dt.time(9, 0)),
        chair,
    )
    ids = evaluations.add_candidates(held, candidates[:4])
    for evaluation, (scores, outcome, note) in zip(ids, RESULTS, strict=True):
        evaluations.record_result(evaluation, {"scores": scores, "outcome": outcome, "note": note})
    for evaluation in ids[:2]:
        for lang in ("fa", "en"):
            evaluations.issue_certificate(evaluation, lang, today - dt.timedelta(days=27))
    coming = _session(
        "ارزیابی زبان انگلیسی متقاضیان ارتقا — نوبت زمستان",
        dt.datetime.combine(today + dt.timedelta(days=12), dt.time(9, 0)),
        chair,
    )
    ids += evaluations.add_candidates(coming, candidates[4:6])
    return len(ids)

"""What the Today tests share: reading a report's rules and ids, and records made or changed directly."""

import datetime as dt

import jdatetime

from app.services import context, directory, meetings, today
from db.models import Visit
from tests.services.meetings_helpers import council_id

NOWRUZ_EVE = jdatetime.datetime(1405, 12, 29, 23, 30).togregorian()  # 2027-03-20 23:30
NOWRUZ = jdatetime.datetime(1406, 1, 1, 0, 30).togregorian()  # 2027-03-21 00:30
LEAP_LAST = jdatetime.date(1403, 12, 30).togregorian()  # Esfand 30 of the leap year 1403
MONDAY = dt.datetime(2026, 11, 30, 8, 0)  # 1405/09/09


def rules(report: today.TodayReport, section: str) -> list[tuple[str, str, int]]:
    return [(e.rule, e.register, e.record_id) for e in report.entries[section]]


def ids(report: today.TodayReport, rule: str) -> list[int]:
    return [e.record_id for s in today.SECTIONS for e in report.entries.get(s, []) if e.rule == rule]


def meeting_at(start: dt.datetime, title: str = "جلسه شورای بورس") -> int:
    return meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": title,
            "starts_at": start,
            "ends_at": start + dt.timedelta(hours=2),
            "location": "اتاق جلسات",
        }
    )


def add(obj):  # type: ignore[no-untyped-def]
    with context.database().writing() as session:
        session.add(obj)
        session.flush()
        return obj.id


def change(model: type, record_id: int, **values) -> None:  # type: ignore[no-untyped-def]
    with context.database().writing() as session:
        row = session.get(model, record_id)
        for key, value in values.items():
            setattr(row, key, value)


def _guest() -> int:
    return directory.save_person(
        {
            "kind": "foreign_guest",
            "title": "Prof.",
            "first_name_en": "Anna",
            "last_name_en": "Núñez",
            "country": "ES",
        }
    )


def _visit(arrival: dt.date, days: int = 3, status: str = "approved") -> int:
    from app.services import visits

    visit_id = visits.save_visit(
        {
            "kind": "delegation",
            "purpose_en": "Joint research",
            "arrival_date": arrival,
            "departure_date": arrival + dt.timedelta(days=days),
            "costs_by": "faculty",
            "guests": [{"person_id": _guest(), "is_head": True}],
            "costs": [],
        }
    )
    change(Visit, visit_id, status=status)
    return visit_id

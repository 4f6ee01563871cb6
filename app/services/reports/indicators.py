"""The ranking indicators of the annual report (issue 17 section 2): the QS international faculty and student
ratios, THE's international staff and students, read from the directory's people.

The rules are written once, as SQL conditions (`rules`): Counts sums them in one query, and the records
(IndicatorRecords) read the same conditions per person to write why each one counts, so the two can never
disagree. Definitions and sources: app/services/reports/definitions.py and resources/guides/en/reports.md.

- At the faculty in the year: "from" empty or on or before the year's reading day (its last day, or today),
  and "until" empty or on or after its first day; archived people left out.
- Faculty: people of kind "faculty", at the faculty in the year, not visiting academics employed elsewhere.
  QS counts those whose stay lasts at least MIN_DAYS (from "from" to "until", or to today while it is open;
  an empty "from" is a stay begun before the records, long enough).
- Students: residents, PhD, MSc and other students at the faculty in the year; QS counts those on campus.
- International for QS: the citizenship at birth (`nationality`, or `nationality2` when marked as the one at
  birth) is recorded and is not Iranian. For THE: a citizenship is recorded and none is Iranian.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Integer, and_, case, cast, false, func, or_, select, true
from sqlalchemy.orm import Session

from app.common.text import digits_for
from app.documents.report_data import Trace
from app.services.reports.year_base import Item, YearBase
from db.models import Person

HOME = "IR"  # the faculty's country: a citizen of it is not international
STUDENT_KINDS = ("resident", "phd_student", "msc_student", "student")
MIN_DAYS = 90  # QS's "at least three months", counted as 90 days, both ends counted
KEYS = (
    "qs_faculty_international",
    "qs_faculty",
    "qs_students_international",
    "qs_students",
    "the_staff_international",
    "the_staff",
    "the_students_international",
    "the_students",
)
BIRTH = case((Person.nationality2_at_birth == true(), Person.nationality2), else_=Person.nationality)


def _days(session: Session, first: Any, last: Any) -> Any:
    """Days from `first` to `last`, both counted (date columns or dates)."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(last) - func.julianday(first), Integer) + 1
    return last - first + 1


def rules(session: Session, first: dt.date, cut: dt.date, today: dt.date) -> dict[str, Any]:
    """Each indicator's condition on a person, for the year from `first`, read on `cut`."""
    present = and_(
        Person.archived_at.is_(None),
        or_(Person.at_faculty_from.is_(None), Person.at_faculty_from <= cut),
        or_(Person.at_faculty_until.is_(None), Person.at_faculty_until >= first),
    )
    faculty = and_(present, Person.kind == "faculty", Person.employed_elsewhere == false())
    lasting = or_(
        Person.at_faculty_from.is_(None),
        _days(session, Person.at_faculty_from, func.coalesce(Person.at_faculty_until, today)) >= MIN_DAYS,
    )
    students = and_(present, Person.kind.in_(STUDENT_KINDS))
    on_campus = Person.study_mode == "on_campus"
    foreign_at_birth = BIRTH.not_in(("", HOME))
    no_home = and_(Person.nationality.not_in(("", HOME)), Person.nationality2 != HOME)
    return {
        "qs_faculty_international": and_(faculty, lasting, foreign_at_birth),
        "qs_faculty": and_(faculty, lasting),
        "qs_students_international": and_(students, on_campus, foreign_at_birth),
        "qs_students": and_(students, on_campus),
        "the_staff_international": and_(faculty, no_home),
        "the_staff": faculty,
        "the_students_international": and_(students, no_home),
        "the_students": students,
    }


def _population() -> Any:
    """The people an indicator can count: faculty and students (read through the index on kind)."""
    return Person.kind.in_(("faculty", *STUDENT_KINDS))


def count_indicators(session: Session, first: dt.date, cut: dt.date, today: dt.date) -> dict[str, int]:
    """Every indicator's count in one query over the people."""
    conditions = rules(session, first, cut, today)
    row = session.execute(
        select(*(func.sum(case((c, 1), else_=0)) for c in conditions.values())).where(_population())
    ).one()
    return {key: int(value or 0) for key, value in zip(conditions, row, strict=True)}


class IndicatorRecords(YearBase):
    """The people behind each indicator, with why each counts (a part of reports.records.Year)."""

    def _indicators(self) -> None:
        conditions = rules(self.session, self.first, self.cut, self.today)
        flags = [c.label(key) for key, c in conditions.items()]
        rows = self.session.execute(
            select(
                Person.id,
                Person.first_name_fa,
                Person.last_name_fa,
                Person.first_name_en,
                Person.last_name_en,
                Person.unit_id,
                Person.nationality,
                Person.nationality2,
                Person.nationality2_at_birth,
                Person.at_faculty_from,
                Person.at_faculty_until,
                Person.study_mode,
                *flags,
            )
            .where(_population(), or_(*conditions.values()))
            .order_by(Person.sort_fa, Person.last_name_en, Person.id)
        ).all()
        self.load_units({row.unit_id for row in rows})
        for row in rows:
            name, unit, when = self.person_name(row), self.unit(row.unit_id), self._stay(row)
            for key in KEYS:
                if getattr(row, key):
                    why = self._why(key, row)
                    if not key.endswith("_international") and getattr(row, f"{key}_international", False):
                        why += self.t(" — international", " — بین‌المللی")  # the total's names show the share
                    self.add(key, Item(Trace("people", row.id, "", name, unit, when, why)))

    def _stay(self, row: Any) -> str:
        start, end = row.at_faculty_from, row.at_faculty_until
        if start and end:
            return self.span(start, end)
        if start:
            return self.t(f"since {self.day(start)}", f"از {self.day(start)}")
        if end:
            return self.t(f"until {self.day(end)}", f"تا {self.day(end)}")
        return self.t("dates not recorded", "تاریخ‌ها ثبت‌نشده")

    def _citizenship(self, row: Any) -> str:
        birth = row.nationality2 if row.nationality2_at_birth else row.nationality
        other = row.nationality if row.nationality2_at_birth else row.nationality2
        text = self.t(
            f"citizen at birth of {self.country(birth)}", f"تابعیت هنگام تولد: {self.country(birth)}"
        )
        if other:
            text += self.t(f", also of {self.country(other)}", f"، و نیز {self.country(other)}")
        return text

    def _citizenships(self, row: Any) -> str:
        codes = [c for c in (row.nationality, row.nationality2) if c]
        names = (
            "، ".join(self.country(c) for c in codes)
            if self.lang == "fa"
            else ", ".join(self.country(c) for c in codes)
        )
        return self.t(f"citizen of {names or self.country('')}", f"تابعیت: {names or self.country('')}")

    def _why(self, key: str, row: Any) -> str:
        if key.startswith("qs_faculty"):
            if row.at_faculty_from is None:
                stay = self.t("at the faculty since before the records", "در دانشکده از پیش از ثبت سوابق")
            else:
                days = (_end(row.at_faculty_until, self.today) - row.at_faculty_from).days + 1
                stay = self.t(f"{days} days at the faculty", f"{digits_for(str(days), 'fa')} روز در دانشکده")
            return (
                f"{self._citizenship(row)}; {stay}"
                if self.lang == "en"
                else f"{self._citizenship(row)}؛ {stay}"
            )
        if key.startswith("qs_students"):
            return self.t(
                f"{self._citizenship(row)}; on campus", f"{self._citizenship(row)}؛ حضوری در دانشکده"
            )
        if key.endswith("_international"):
            return self.t(
                f"{self._citizenships(row)}: no Iranian citizenship",
                f"{self._citizenships(row)}؛ بدون تابعیت ایرانی",
            )
        return self._citizenships(row)


def _end(until: dt.date | None, today: dt.date) -> dt.date:
    return until if until is not None else today

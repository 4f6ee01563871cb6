"""What the annual report's records are read with: the item, the columns read per person and visit, and
the year's base (its days, units and people read once and named in the report's language)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.countries import country_name
from app.documents.report_data import Trace
from db.models import (
    Person,
    Unit,
    Visit,
)

VISIT_KINDS = {
    "visiting_professor": ("Visiting professor", "استاد مدعو"),
    "delegation": ("Delegation", "هیئت"),
    "external_examiner": ("External examiner", "ممتحن خارجی"),
    "accreditation": ("Accreditation visit", "بازدید اعتباربخشی"),
    "mou_signing": ("MoU signing", "امضای تفاهم‌نامه"),
    "other": ("Other", "سایر"),
}
# Only the columns a trace shows are read (whole ORM objects cost several times more at 100,000 records).
_PERSON = (
    Person.id,
    Person.first_name_fa,
    Person.last_name_fa,
    Person.first_name_en,
    Person.last_name_en,
    Person.affiliation,
    Person.nationality,
    Person.country,
)
_VISIT = (
    Visit.id,
    Visit.reference,
    Visit.kind,
    Visit.purpose_fa,
    Visit.purpose_en,
    Visit.host_unit_id,
    Visit.arrival_date,
    Visit.departure_date,
    Visit.country,
)
HELD = ("held", "approved")  # a meeting that took place
ISSUED_ORDINANCE = ("issued", "revoked", "superseded")  # issued in its year, whatever happened to it since


@dataclass(frozen=True)
class Item:
    trace: Trace
    groups: dict[str, str] = field(default_factory=dict)  # breakdown key -> label
    month: int = 0  # 1..12 of the Jalali year; 0 when the record has no month of its own


class YearBase:
    """One Jalali year in one language: its bounds and the names its items are written with."""

    def __init__(self, session: Session, year: int, lang: str, cut: dt.date) -> None:
        self.session, self.year, self.lang = session, year, lang
        self.first, self.last = dates.fiscal_year_bounds(year)
        self.cut = min(self.last, cut)  # the day a state (overdue, vacant) is read on
        self.today = cut  # the day the report is read: a stay still open lasts until then
        self.items: dict[str, list[Item]] = defaultdict(list)
        self._units: dict[int, Unit | None] = {}
        self._people: dict[int, Any] = {}  # rows of _PERSON
        self._days: dict[dt.date, str] = {}
        self._months = [dates.from_jalali(year, month, 1) for month in range(1, 13)]

    def t(self, en: str, fa: str) -> str:
        return fa if self.lang == "fa" else en

    def day(self, day: dt.date | None) -> str:
        if day is None:
            return "—"
        if day not in self._days:
            self._days[day] = dates.written(day, self.lang)
        return self._days[day]

    def span(self, first: dt.date | None, last: dt.date | None) -> str:
        return self.day(first) if not last or last == first else f"{self.day(first)} – {self.day(last)}"

    def unit(self, unit_id: int | None) -> str:
        if unit_id is None:
            return self.t("No unit", "بدون واحد")
        if unit_id not in self._units:
            self._units[unit_id] = self.session.get(Unit, unit_id)
        unit = self._units[unit_id]
        if unit is None:
            return "—"
        return unit.name_fa if self.lang == "fa" else (unit.name_en or unit.name_fa)

    def load_units(self, ids: object) -> None:
        """Read the units of `ids` not read yet, 500 a query (only those a figure names, not every unit)."""
        wanted = sorted({i for i in ids if i is not None and i not in self._units})  # type: ignore[attr-defined]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found = {u.id: u for u in self.session.execute(select(Unit).where(Unit.id.in_(chunk))).scalars()}
            self._units.update({i: found.get(i) for i in chunk})

    def load_people(self, ids: set[int]) -> None:
        """Read the people of `ids` not read yet, 500 a query."""
        wanted = sorted(i for i in ids if i is not None and i not in self._people)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found = {p.id: p for p in self.session.execute(select(*_PERSON).where(Person.id.in_(chunk)))}
            self._people.update({i: found.get(i) for i in chunk})

    def person(self, person_id: int | None) -> Any:
        if person_id is None:
            return None
        if person_id not in self._people:
            self.load_people({person_id})
        return self._people[person_id]

    def person_name(self, person: Any) -> str:
        if person is None:
            return "—"
        fa = f"{person.first_name_fa} {person.last_name_fa}".strip()
        en = f"{person.first_name_en} {person.last_name_en}".strip()
        return (fa or en) if self.lang == "fa" else (en or fa)

    def country(self, code: str | None) -> str:
        return country_name(code, self.lang) if code else self.t("Not recorded", "ثبت‌نشده")

    def month(self, day: dt.date) -> int:
        """The Jalali month (1..12) of a day of the year; 0 for a day outside it."""
        return bisect_right(self._months, day) if self.within(day) else 0

    def within(self, day: dt.date | None) -> bool:
        return day is not None and self.first <= day <= self.last

    def add(self, key: str, item: Item) -> None:
        self.items[key].append(item)

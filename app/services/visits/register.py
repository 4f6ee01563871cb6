"""The visits register as a table: one row per visit, sorted, paged and filtered by status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.services import context
from app.services.directory import person_name
from app.services.paging import Page, PageRequest, conditions, page
from db.models import Person, Visit


@dataclass(frozen=True)
class VisitRow:
    id: int
    reference: str
    guests_en: str
    guests_fa: str
    country: str
    arrival_date: dt.date | None
    departure_date: dt.date | None
    host_en: str
    host_fa: str
    status: str
    archived: bool
    version: int = 0  # as the list read it: a step taken from the row checks it (versions.acting)

    def guests(self, lang: str) -> str:
        return (self.guests_fa or self.guests_en) if lang == "fa" else (self.guests_en or self.guests_fa)

    def host(self, lang: str) -> str:
        return (self.host_fa or self.host_en) if lang == "fa" else (self.host_en or self.host_fa)


_host = aliased(Person)


VISITS_SORT = {
    "arrival_date": Visit.arrival_date,
    "reference": Visit.reference,
    "guests": Visit.guests_en,
    "country": Visit.country,
    "host": _host.last_name_en,
    "status": Visit.status,
    "id": Visit.id,
}


def list_visits(request: PageRequest = PageRequest(), status: str = "") -> Page:
    """Visits, a page at a time; `status` narrows the list to one status."""
    stmt = select(
        Visit.id,
        Visit.reference,
        Visit.guests_en,
        Visit.guests_fa,
        Visit.country,
        Visit.arrival_date,
        Visit.departure_date,
        _host.title,
        _host.first_name_en,
        _host.last_name_en,
        _host.first_name_fa,
        _host.last_name_fa,
        Visit.status,
        Visit.archived_at,
        Visit.version,
    ).outerjoin(_host, Visit.host_person_id == _host.id)
    if status:
        stmt = stmt.where(Visit.status == status)
    with context.database().reading() as session:
        result = page(session, stmt, Visit, request, VISITS_SORT)
        total = result.total
        if status and request.offset == 0:  # page() counts without the status filter
            where = [*conditions(Visit, request), Visit.status == status]
            total = session.execute(select(func.count(Visit.id)).where(*where)).scalar_one()
    return Page(
        [
            VisitRow(
                id=r[0],
                reference=r[1],
                guests_en=r[2],
                guests_fa=r[3],
                country=r[4],
                arrival_date=r[5],
                departure_date=r[6],
                host_en=person_name(r[7] or "", r[8] or "", r[9] or ""),
                host_fa=person_name("", r[10] or "", r[11] or ""),
                status=r[12],
                archived=r[13] is not None,
                version=r[14],
            )
            for r in result.rows
        ],
        total,
    )

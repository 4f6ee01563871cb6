"""The adjuncts' register: the rows a list shows with the state derived from the appointment ordinance,
the terms ending soon, and the Today lines of the terms ending."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.text import normalize_for_search
from app.services import context
from app.services.adjuncts.common import _names
from db.models import AdjunctCandidate, AgendaItem, Institution, Meeting, Ordinance, Person, Unit


@dataclass(frozen=True)
class AdjunctRow:
    """A candidate as the register lists it; `state` adds "appointed" (ordinance issued, term running) and
    "ended" (its term over, or the ordinance revoked or superseded) to the stored status."""

    id: int
    person_id: int
    name_fa: str
    name_en: str
    unit_fa: str
    unit_en: str
    partner_fa: str
    partner_en: str
    country: str
    fields: str
    status: str
    state: str
    meeting_number: str
    ordinance_id: int | None
    ordinance_number: str
    term_start: dt.date | None
    term_end: dt.date | None
    archived: bool
    version: int = 0  # as the list read it: a step taken from the row checks it (versions.acting)

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)

    def unit(self, lang: str) -> str:
        return (self.unit_fa or self.unit_en) if lang == "fa" else (self.unit_en or self.unit_fa)

    def partner(self, lang: str) -> str:
        return (self.partner_fa or self.partner_en) if lang == "fa" else (self.partner_en or self.partner_fa)


def state_of(status: str, ordinance: Ordinance | None, on: dt.date) -> str:
    """The state shown: the stored status, or appointed / ended once the appointment ordinance is issued."""
    if status != "approved" or ordinance is None or ordinance.number is None:
        return status
    if ordinance.status == "issued" and (ordinance.term_end is None or ordinance.term_end >= on):
        return "appointed"
    if ordinance.status in ("issued", "revoked", "superseded"):
        return "ended"
    return status


def list_adjuncts(
    search: str = "", state: str = "", include_archived: bool = False, on: dt.date | None = None
) -> list[AdjunctRow]:
    """Every candidate, newest first, filtered by typed words and by state ("" all, "current" appointed)."""
    on = on or dates.today()
    stmt = (
        select(AdjunctCandidate, Person, Unit, Institution, Ordinance, Meeting)
        .join(Person, Person.id == AdjunctCandidate.person_id)
        .outerjoin(Unit, Unit.id == AdjunctCandidate.unit_id)
        .outerjoin(Institution, Institution.id == AdjunctCandidate.institution_id)
        .outerjoin(Ordinance, Ordinance.id == AdjunctCandidate.ordinance_id)
        .outerjoin(AgendaItem, AgendaItem.id == AdjunctCandidate.agenda_item_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .order_by(AdjunctCandidate.id.desc())
    )
    if not include_archived:
        stmt = stmt.where(AdjunctCandidate.archived_at.is_(None))
    for word in normalize_for_search(search).split():
        stmt = stmt.where(AdjunctCandidate.search_key.contains(word))
    rows = []
    with context.database().reading() as session:
        for c, person, unit, partner, ordinance, meeting in session.execute(stmt):
            row_state = state_of(c.status, ordinance, on)
            if state and row_state != (state if state != "current" else "appointed"):
                continue
            rows.append(
                AdjunctRow(
                    c.id,
                    c.person_id,
                    *_names(person),
                    unit.name_fa if unit else "",
                    unit.name_en if unit else "",
                    partner.name_fa if partner else "",
                    partner.name_en if partner else "",
                    (partner.country if partner else "") or person.country or "",
                    c.fields,
                    c.status,
                    row_state,
                    meeting.number if meeting else "",
                    c.ordinance_id,
                    (ordinance.number or "") if ordinance else "",
                    ordinance.term_start if ordinance else None,
                    ordinance.term_end if ordinance else None,
                    c.archived_at is not None,
                    c.version,
                )
            )
    return rows


def ending_within(on: dt.date, days: int) -> list[AdjunctRow]:
    """The current adjuncts whose term ends within `days` of `on` (soonest first)."""
    last = on + dt.timedelta(days=days)
    found = [
        r for r in list_adjuncts(state="current", on=on) if r.term_end is not None and r.term_end <= last
    ]
    return sorted(found, key=lambda r: (r.term_end, r.id))


def today_entries(session: Session, on: dt.date, limits: Any, totals: dict[str, int]) -> list[Any]:
    """Today's "adjunct terms ending" lines (rule adjunct_ending): current adjuncts whose appointment
    ordinance ends within the ordinances' reminder period, soonest first, each opening its candidate."""
    from app.services.today.lists import SHOWN, Entry
    from app.services.today.ordinances import has_renewal

    last = on + dt.timedelta(days=limits.ordinance_days)
    stmt = (
        select(AdjunctCandidate, Person, Institution, Ordinance)
        .join(Person, Person.id == AdjunctCandidate.person_id)
        .join(Ordinance, Ordinance.id == AdjunctCandidate.ordinance_id)
        .outerjoin(Institution, Institution.id == AdjunctCandidate.institution_id)
        .where(
            AdjunctCandidate.archived_at.is_(None),
            AdjunctCandidate.status == "approved",
            Ordinance.status == "issued",
            Ordinance.term_end >= on,
            Ordinance.term_end <= last,
            ~has_renewal(),
        )
        .order_by(Ordinance.term_end, AdjunctCandidate.id)
    )
    rows = session.execute(stmt).all()
    totals["adjunct_ending"] = len(rows)
    return [
        Entry(
            "adjunct_ending",
            "adjuncts",
            c.id,
            o.term_end,
            *_names(person),
            o.number or "",
            "appointed",
            (partner.name_fa or partner.name_en) if partner else "",
            (partner.name_en or partner.name_fa) if partner else "",
        )
        for c, person, partner, o in rows[:SHOWN]
    ]

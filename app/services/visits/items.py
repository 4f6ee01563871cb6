"""A visit's programme read back: its items in order, as rows with their people's names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.visits.core import names_of
from db.models import Person, VisitItem

SOURCE = "visit_items"


@dataclass(frozen=True)
class ItemRow:
    """One item of an itinerary, with the names of the people it books."""

    id: int
    visit_id: int
    day: dt.date
    start: dt.time
    end: dt.time
    title_en: str
    title_fa: str
    location: str
    host_person_id: int | None
    host_en: str
    host_fa: str
    participant_ids: tuple[int, ...]
    participants_en: tuple[str, ...]
    participants_fa: tuple[str, ...]
    participants_text: str
    transport: str
    notes: str

    def title(self, lang: str) -> str:
        return (self.title_fa or self.title_en) if lang == "fa" else (self.title_en or self.title_fa)


def _rows(session: Session, items: list[VisitItem]) -> list[ItemRow]:
    ids = {i.host_person_id for i in items if i.host_person_id} | {
        p.person_id for i in items for p in i.participants
    }
    people = {p.id: names_of(p) for p in session.execute(select(Person).where(Person.id.in_(ids))).scalars()}
    rows = []
    for item in items:
        host = people.get(item.host_person_id, ("", "")) if item.host_person_id else ("", "")
        participant_ids = tuple(p.person_id for p in item.participants)
        rows.append(
            ItemRow(
                id=item.id,
                visit_id=item.visit_id,
                day=item.day,
                start=item.start_time,
                end=item.end_time,
                title_en=item.title_en,
                title_fa=item.title_fa,
                location=item.location,
                host_person_id=item.host_person_id,
                host_en=host[0],
                host_fa=host[1],
                participant_ids=participant_ids,
                participants_en=tuple(people[p][0] for p in participant_ids),
                participants_fa=tuple(people[p][1] for p in participant_ids),
                participants_text=item.participants_text,
                transport=item.transport,
                notes=item.notes,
            )
        )
    return rows


def _items(session: Session, visit_id: int) -> list[VisitItem]:
    stmt = select(VisitItem).where(VisitItem.visit_id == visit_id)
    return list(session.execute(stmt.order_by(VisitItem.day, VisitItem.start_time, VisitItem.id)).scalars())

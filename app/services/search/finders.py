"""Each register's finder: the records of a register that hold every typed word, as hits."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.services.directory import person_name
from app.services.search.hits import Hit
from app.services.search.matching import _keyed, _rows, _small, _text
from db.models import (
    AdjunctCandidate,
    AgendaItem,
    Agreement,
    FundingRequest,
    Institution,
    Letter,
    Meeting,
    Ordinance,
    Person,
    Programme,
    Resolution,
    Unit,
    Visit,
)
from db.models.evaluations import EnglishEvaluation


def _person_names(p: Person) -> tuple[str, str]:
    fa = person_name("", p.first_name_fa, p.last_name_fa)
    en = person_name(p.title, p.first_name_en, p.last_name_en)
    return fa or en, en or fa


def _people(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(session, select(Person).where(_keyed(session, Person, words)))
    hits = []
    for (p,) in rows:
        fa = person_name("", p.first_name_fa, p.last_name_fa)
        en = person_name(p.title, p.first_name_en, p.last_name_en)
        detail = p.email or p.affiliation or p.position
        hits.append(Hit("people", p.id, fa or en, en or fa, detail, detail))
    return hits


def _units(session: Session, words: list[str]) -> list[Hit]:
    return [
        Hit("units", u.id, u.name_fa, u.name_en or u.name_fa)
        for (u,) in _rows(session, select(Unit).where(_keyed(session, Unit, words)))
    ]


def _partners(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(session, select(Institution).where(_keyed(session, Institution, words)))
    return [
        Hit("partners", i.id, i.name_fa or i.name_en, i.name_en or i.name_fa, i.city, i.city) for (i,) in rows
    ]


def _agreements(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(
        session,
        select(Agreement, Institution)
        .join(Institution, Institution.id == Agreement.institution_id)
        .where(_keyed(session, Agreement, words)),
    )
    return [
        Hit("agreements", a.id, a.title, a.title, i.name_fa or i.name_en, i.name_en or i.name_fa)
        for a, i in rows
    ]


def _letters(session: Session, words: list[str]) -> list[Hit]:
    stmt = select(Letter).where(
        Letter.archived_at.is_(None),
        or_(_keyed(session, Letter, words), _text(session, Letter, "fts_letter_bodies", Letter.body, words)),
    )
    return [
        Hit(
            "letters",
            x.id,
            x.subject,
            x.subject,
            x.recipient.split("\n")[0],
            x.recipient.split("\n")[0],
            x.number or "",
        )
        for (x,) in _rows(session, stmt)
    ]


def _meetings(session: Session, words: list[str]) -> list[Hit]:
    items = select(AgendaItem.meeting_id).where(
        _text(session, AgendaItem, "fts_agenda_items", AgendaItem.title, words)
    )
    resolved = (
        select(AgendaItem.meeting_id)
        .join(Resolution, Resolution.item_id == AgendaItem.id)
        .where(_text(session, Resolution, "fts_resolutions", Resolution.text, words))
    )
    stmt = select(Meeting).where(
        Meeting.archived_at.is_(None),
        or_(_keyed(session, Meeting, words), Meeting.id.in_(items), Meeting.id.in_(resolved)),
    )
    return [
        Hit(
            "meetings",
            m.id,
            m.title,
            m.title,
            number=m.number,
            day=m.starts_at.date(),
        )
        for (m,) in _rows(session, stmt)
    ]


def _visits(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(session, select(Visit).where(_keyed(session, Visit, words)))
    return [
        Hit(
            "visits",
            v.id,
            v.guests_fa or v.guests_en,
            v.guests_en or v.guests_fa,
            v.purpose_fa,
            v.purpose_en,
            v.reference,
        )
        for (v,) in rows
    ]


def _funding(session: Session, words: list[str]) -> list[Hit]:
    by_id = [int(w) for w in words if w.isdigit() and len(w) < 10]
    match = _keyed(session, FundingRequest, words)
    if len(by_id) == 1 and len(words) == 1:
        match = or_(match, and_(FundingRequest.id == by_id[0], FundingRequest.archived_at.is_(None)))
    rows = _rows(
        session,
        select(FundingRequest, Person).join(Person, Person.id == FundingRequest.applicant_id).where(match),
    )
    hits = []
    for r, p in rows:
        fa = person_name("", p.first_name_fa, p.last_name_fa)
        en = person_name(p.title, p.first_name_en, p.last_name_en)
        hits.append(Hit("funding", r.id, fa or en, en or fa, r.conference, r.conference, str(r.id)))
    return hits


def _ordinances(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(session, select(Ordinance).where(_keyed(session, Ordinance, words)))
    return [
        Hit(
            "ordinances",
            o.id,
            o.recipient_name_fa or o.recipient_name_en,
            o.recipient_name_en or o.recipient_name_fa,
            o.position_fa,
            o.position_en,
            o.number or "",
        )
        for (o,) in rows
    ]


def _adjuncts(session: Session, words: list[str]) -> list[Hit]:
    stmt = (
        select(AdjunctCandidate, Person, Unit)
        .join(Person, Person.id == AdjunctCandidate.person_id)
        .outerjoin(Unit, Unit.id == AdjunctCandidate.unit_id)
    )
    hits = []
    for c, p, u in _small(session, stmt, AdjunctCandidate, words):
        unit_fa, unit_en = (u.name_fa or u.name_en, u.name_en or u.name_fa) if u else ("", "")
        hits.append(Hit("adjuncts", c.id, *_person_names(p), unit_fa, unit_en))
    return hits


def _evaluations(session: Session, words: list[str]) -> list[Hit]:
    stmt = (
        select(EnglishEvaluation, Person, Meeting)
        .join(Person, Person.id == EnglishEvaluation.person_id)
        .join(Meeting, Meeting.id == EnglishEvaluation.meeting_id)
    )
    return [
        Hit("evaluations", ev.id, *_person_names(p), number=m.number, day=m.starts_at.date())
        for ev, p, m in _small(session, stmt, EnglishEvaluation, words)
    ]


def _programmes(session: Session, words: list[str]) -> list[Hit]:
    return [
        Hit(
            "programmes",
            x.id,
            x.title_fa or x.title_en,
            x.title_en or x.title_fa,
            x.location,
            x.location,
            day=x.starts_on,
        )
        for (x,) in _small(session, select(Programme), Programme, words)
    ]


_FINDERS = {
    "people": _people,
    "units": _units,
    "partners": _partners,
    "agreements": _agreements,
    "letters": _letters,
    "meetings": _meetings,
    "visits": _visits,
    "funding": _funding,
    "ordinances": _ordinances,
    "adjuncts": _adjuncts,
    "evaluations": _evaluations,
    "programmes": _programmes,
}

"""The agreements on the Today tab: their last linked activity, and those ending or dormant."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from app.common import clock
from app.services.today.entries import (
    SHOWN,
    Entry,
    _as_date,
    _capped,
    months_before,
)
from app.services.today.settings import Thresholds
from db.models import (
    AgendaItem,
    Agreement,
    FundingRequest,
    Institution,
    Letter,
    Meeting,
    Person,
    Visit,
    VisitGuest,
)

# The support requests that are their host partner's activity: those the council granted.
FUNDING_COUNTED = ("approved", "partly_approved", "paid", "report_received", "closed")


def _activity(partners: set[int] | None = None, agreements: set[int] | None = None):  # type: ignore[no-untyped-def]
    """Two selects of (key, day): activity by partner institution, and activity linked to an agreement itself
    (for the given partners and agreements when given)."""
    visit_day = [Visit.archived_at.is_(None), Visit.status != "cancelled"]
    letter_day = [Letter.status == "issued"]
    meeting_day = [Meeting.archived_at.is_(None), Meeting.status != "cancelled"]
    granted = [FundingRequest.archived_at.is_(None), FundingRequest.status.in_(FUNDING_COUNTED)]
    by_host = (
        FundingRequest.host_institution_id.is_not(None)
        if partners is None
        else FundingRequest.host_institution_id.in_(partners)
    )
    by_visit, by_guest, by_letter = (
        Visit.institution_id.is_not(None),
        Person.institution_id.is_not(None),
        Person.institution_id.is_not(None),
    )
    if partners is not None:
        by_visit, by_guest, by_letter = (
            Visit.institution_id.in_(partners),
            Person.institution_id.in_(partners),
            Person.institution_id.in_(partners),
        )
    by_partner = union_all(
        select(Visit.institution_id.label("key"), Visit.arrival_date.label("day")).where(
            by_visit, *visit_day
        ),
        select(Person.institution_id, Visit.arrival_date)
        .join(VisitGuest, VisitGuest.person_id == Person.id)
        .join(Visit, Visit.id == VisitGuest.visit_id)
        .where(by_guest, *visit_day),
        select(Person.institution_id, Letter.issued_on)
        .join(Letter, Letter.recipient_person_id == Person.id)
        .where(by_letter, *letter_day),
        select(FundingRequest.host_institution_id, FundingRequest.starts_on).where(by_host, *granted),
    ).subquery()
    own_visit = Visit.agreement_id.is_not(None) if agreements is None else Visit.agreement_id.in_(agreements)
    own_item = AgendaItem.linked_table == "agreements"
    if agreements is not None:
        own_item = and_(own_item, AgendaItem.linked_id.in_(agreements))
    by_agreement = union_all(
        select(Visit.agreement_id.label("key"), Visit.arrival_date.label("day")).where(own_visit, *visit_day),
        select(AgendaItem.linked_id, func.date(Meeting.starts_at))
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(own_item, *meeting_day),
    ).subquery()
    return by_partner, by_agreement


def _latest(session: Session, activity, on: dt.date | None = None) -> dict[int, dt.date]:  # type: ignore[no-untyped-def]
    stmt = select(activity.c.key, func.max(activity.c.day)).group_by(activity.c.key)
    if on is not None:  # what happened by the end of `on`; a visit or meeting planned for later is not yet
        stmt = stmt.where(activity.c.day <= on)
    rows = session.execute(stmt)
    return {key: _as_date(day) for key, day in rows if day is not None}


def last_activity(
    session: Session, agreement_ids: set[int] | None = None, on: dt.date | None = None
) -> dict[int, dt.date]:
    """The date of each agreement's latest linked activity: a visit of its partner (or under it, or by the
    partner's people), a meeting whose item links to it, a letter to the partner's people, a granted stay
    (sabbatical, mission, study) hosted by the partner, from its first day; with `on`, only
    what happened by that day (a visit planned for later is not activity yet)."""
    stmt = select(Agreement.id, Agreement.institution_id).where(Agreement.archived_at.is_(None))
    if agreement_ids is not None:
        stmt = stmt.where(Agreement.id.in_(agreement_ids))
    pairs = list(session.execute(stmt))
    by_partner, by_agreement = _activity(
        {p for _, p in pairs} if agreement_ids is not None else None, agreement_ids
    )
    partner_last, own_last = _latest(session, by_partner, on), _latest(session, by_agreement, on)
    result: dict[int, dt.date] = {}
    for agreement_id, partner_id in pairs:
        days = [d for d in (partner_last.get(partner_id), own_last.get(agreement_id)) if d is not None]
        if days:
            result[agreement_id] = max(days)
    return result


def _agreement_entry(rule: str, a: Agreement, partner: Institution, day: dt.date | None) -> Entry:
    return Entry(
        rule,
        "agreements",
        a.id,
        day,
        a.title,
        a.title,
        "",
        a.status,
        partner.name_fa or partner.name_en,
        partner.name_en or partner.name_fa,
    )


def _agreements(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    live = [
        Agreement.archived_at.is_(None),
        Institution.archived_at.is_(None),
        Agreement.status == "active",
        or_(Agreement.valid_until.is_(None), Agreement.valid_until >= on),
    ]
    stmt = (
        select(Agreement, Institution)
        .join(Institution, Institution.id == Agreement.institution_id)
        .where(*live, Agreement.valid_until <= on + dt.timedelta(days=limits.agreement_days))
        .order_by(Agreement.valid_until, Agreement.id)
    )
    found = [
        _agreement_entry("agreement_ending", a, p, a.valid_until)
        for a, p in _capped(session, stmt, "agreement_ending", totals)
    ]
    # Dormant: signed before the period began, and no activity of the partner or linked to it since.
    since = months_before(on, limits.dormant_months)
    since_at = dt.datetime.combine(since, dt.time.min)
    recent = [  # a visit planned for later is not activity yet (last_activity takes the same view)
        Visit.archived_at.is_(None),
        Visit.status != "cancelled",
        Visit.arrival_date >= since,
        Visit.arrival_date <= on,
    ]
    partner_people = (
        select(Person.id).where(Person.institution_id == Agreement.institution_id).correlate(Agreement)
    )
    partner_visit = select(Visit.id).where(Visit.institution_id == Agreement.institution_id, *recent).exists()
    own_visit = select(Visit.id).where(Visit.agreement_id == Agreement.id, *recent).exists()
    guest_visit = (
        select(VisitGuest.id)
        .join(Visit, Visit.id == VisitGuest.visit_id)
        .where(VisitGuest.person_id.in_(partner_people), *recent)
        .exists()
    )
    letter = (
        select(Letter.id)
        .where(
            Letter.recipient_person_id.in_(partner_people),
            func.coalesce(Letter.status, "") == "issued",
            Letter.issued_on >= since,
        )
        .exists()
    )
    item = (
        select(AgendaItem.id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            AgendaItem.linked_table == "agreements",
            AgendaItem.linked_id == Agreement.id,
            Meeting.archived_at.is_(None),
            Meeting.status != "cancelled",
            Meeting.starts_at >= since_at,
            Meeting.starts_at < dt.datetime.combine(on + dt.timedelta(days=1), dt.time.min),
        )
        .exists()
    )
    stay = (  # a granted sabbatical, mission or study stay at the partner, begun within the period
        select(FundingRequest.id)
        .where(
            FundingRequest.host_institution_id == Agreement.institution_id,
            FundingRequest.archived_at.is_(None),
            FundingRequest.status.in_(FUNDING_COUNTED),
            FundingRequest.starts_on >= since,
            FundingRequest.starts_on <= on,
        )
        .exists()
    )
    started = or_(
        Agreement.signed_on < since,
        and_(Agreement.signed_on.is_(None), Agreement.created_at < clock.utc_of(since_at)),
    )
    candidates = session.execute(
        select(Agreement.id)
        .join(Institution, Institution.id == Agreement.institution_id)
        .where(*live, started, ~partner_visit, ~own_visit, ~letter, ~item, ~guest_visit, ~stay)
        .order_by(Agreement.id)
    )
    dormant = list(candidates.scalars())
    totals["agreement_dormant"] = len(dormant)
    shown = set(dormant[:SHOWN])
    latest = last_activity(session, shown, on) if shown else {}
    rows = session.execute(
        select(Agreement, Institution)
        .join(Institution, Institution.id == Agreement.institution_id)
        .where(Agreement.id.in_(shown))
    )
    found += [_agreement_entry("agreement_dormant", a, p, latest.get(a.id)) for a, p in rows]
    return found

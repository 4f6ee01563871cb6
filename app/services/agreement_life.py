"""An agreement's life: what was done under it (visits, meetings, letters, support requests to the partner),
when last, and whether it is dormant; the same activity Today counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.common import clock
from app.services import context, today
from app.services.directory.core import _get
from app.services.today.agreements import FUNDING_COUNTED
from db.models import (
    AgendaItem,
    Agreement,
    AgreementReview,
    FundingRequest,
    Institution,
    Letter,
    Meeting,
    Person,
    Visit,
    VisitGuest,
)

# A support request names its host as a partner of the directory (host_institution_id) when there is one:
# a sabbatical, a mission or a study stay there is the partner's activity once the council granted it.
FUNDING_LINKED = True


@dataclass(frozen=True)
class Activity:
    """One record of an agreement's life. `table`/`record_id` open it; `via` says why it counts: "agreement"
    (filed under the agreement itself), "partner" (the partner's visit) or "people" (one of its people)."""

    table: str  # visits, meetings, letters, funding
    record_id: int
    day: dt.date | None
    title_fa: str
    title_en: str
    reference: str  # the visit's reference, the meeting's or the letter's number
    status: str
    via: str
    counts: (
        bool  # whether it is activity for the last-activity date (an issued letter, a visit not cancelled...)
    )

    def title(self, lang: str) -> str:
        return (self.title_fa or self.title_en) if lang == "fa" else (self.title_en or self.title_fa)


@dataclass(frozen=True)
class Review:
    id: int
    decision: str
    note: str
    decided_on: dt.date
    new_agreement_id: int | None
    letter_id: int | None


@dataclass(frozen=True)
class AgreementLife:
    agreement_id: int
    title: str
    institution_id: int
    partner_fa: str
    partner_en: str
    status: str
    signed_on: dt.date | None
    valid_until: dt.date | None
    archived: bool
    previous_id: int | None
    activity: list[Activity]  # latest first
    last_activity: dt.date | None
    dormant: bool
    dormant_months: int
    reviews: list[Review]  # latest first
    funding_linked: bool = FUNDING_LINKED

    def partner(self, lang: str) -> str:
        return (self.partner_fa or self.partner_en) if lang == "fa" else (self.partner_en or self.partner_fa)


def _visits(session: Session, agreement: Agreement) -> list[Activity]:
    people = select(Person.id).where(Person.institution_id == agreement.institution_id)
    guests = select(VisitGuest.visit_id).where(VisitGuest.person_id.in_(people))
    rows = session.execute(
        select(Visit).where(
            Visit.archived_at.is_(None),
            or_(
                Visit.agreement_id == agreement.id,
                Visit.institution_id == agreement.institution_id,
                Visit.id.in_(guests),
            ),
        )
    ).scalars()
    found = []
    for v in rows:
        via = (
            "agreement"
            if v.agreement_id == agreement.id
            else "partner"
            if v.institution_id == agreement.institution_id
            else "people"
        )
        found.append(
            Activity(
                "visits",
                v.id,
                v.arrival_date,
                v.purpose_fa,
                v.purpose_en,
                v.reference,
                v.status,
                via,
                v.status != "cancelled" and v.arrival_date is not None,
            )
        )
    return found


def _meetings(session: Session, agreement: Agreement) -> list[Activity]:
    rows = session.execute(
        select(Meeting, AgendaItem)
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(
            AgendaItem.linked_table == "agreements",
            AgendaItem.linked_id == agreement.id,
            Meeting.archived_at.is_(None),
        )
        .order_by(Meeting.starts_at, AgendaItem.position)
    ).all()
    return [
        Activity(
            "meetings",
            m.id,
            m.starts_at.date(),
            f"{m.title}: {item.title}",
            f"{m.title}: {item.title}",
            m.number,
            m.status,
            "agreement",
            m.status != "cancelled",
        )
        for m, item in rows
    ]


def _letters(session: Session, agreement: Agreement) -> list[Activity]:
    people = select(Person.id).where(Person.institution_id == agreement.institution_id)
    rows = session.execute(
        select(Letter).where(
            Letter.archived_at.is_(None),
            Letter.status != "void",
            or_(
                Letter.recipient_person_id.in_(people),
                (Letter.linked_table == "agreements") & (Letter.linked_id == agreement.id),
            ),
        )
    ).scalars()
    return [
        Activity(
            "letters",
            x.id,
            x.issued_on,
            x.subject,
            x.subject,
            x.number or "",
            x.status,
            "people" if x.recipient_person_id else "agreement",
            x.status == "issued" and x.recipient_person_id is not None,
        )
        for x in rows
    ]


def _funding(session: Session, agreement: Agreement) -> list[Activity]:
    rows = session.execute(
        select(FundingRequest, Person)
        .join(Person, Person.id == FundingRequest.applicant_id)
        .where(
            FundingRequest.host_institution_id == agreement.institution_id,
            FundingRequest.archived_at.is_(None),
            FundingRequest.status.not_in(("draft", "withdrawn")),
        )
    ).all()
    found = []
    for r, p in rows:
        fa = (
            " ".join(x for x in (p.first_name_fa, p.last_name_fa) if x)
            or f"{p.first_name_en} {p.last_name_en}"
        )
        en = " ".join(x for x in (p.first_name_en, p.last_name_en) if x) or fa
        found.append(
            Activity(
                "funding",
                r.id,
                r.starts_on,
                f"{fa}: {r.conference}",
                f"{en}: {r.conference}",
                f"FR-{r.fiscal_year}-{r.id:04d}",
                r.status,
                "partner",
                r.status in FUNDING_COUNTED,
            )
        )
    return found


def _order(entry: Activity) -> tuple:
    return (entry.day is not None, entry.day or dt.date.min, entry.table, entry.record_id)


def is_dormant(agreement: Agreement, last: dt.date | None, on: dt.date, months: int) -> bool:
    """Today's dormant rule for one agreement: in force, begun before the period, no activity within it."""
    since = today.months_before(on, months)
    if agreement.archived_at is not None or agreement.status != "active":
        return False
    if agreement.valid_until is not None and agreement.valid_until < on:
        return False
    begun = (
        agreement.signed_on < since
        if agreement.signed_on
        else agreement.created_at < clock.utc_of(dt.datetime.combine(since, dt.time.min))
    )
    return begun and (last is None or last < since)


def agreement_life(agreement_id: int, on: dt.date | None = None) -> AgreementLife:
    """An agreement's linked activity, its last-activity date and whether it is dormant, as plain data."""
    on = on or clock.today()
    months = today.load().dormant_months
    with context.database().reading() as session:
        agreement = _get(session, Agreement, agreement_id)
        partner = session.get(Institution, agreement.institution_id)
        activity = (
            _visits(session, agreement)
            + _meetings(session, agreement)
            + _letters(session, agreement)
            + _funding(session, agreement)
        )
        activity.sort(key=_order, reverse=True)
        last = (
            today.last_activity(session, {agreement.id}, on).get(agreement.id)  # past activity only
            if agreement.archived_at is None
            else None
        )
        reviews = session.execute(
            select(AgreementReview)
            .where(AgreementReview.agreement_id == agreement.id)
            .order_by(AgreementReview.id.desc())
        ).scalars()
        return AgreementLife(
            agreement.id,
            agreement.title,
            partner.id,
            partner.name_fa,
            partner.name_en,
            agreement.status,
            agreement.signed_on,
            agreement.valid_until,
            agreement.archived_at is not None,
            agreement.previous_id,
            activity,
            last,
            is_dormant(agreement, last, on, months),
            months,
            [
                Review(r.id, r.decision, r.note, r.decided_on, r.new_agreement_id, r.letter_id)
                for r in reviews
            ],
        )

"""The records of one Jalali year that the annual report counts, each as an Item: the trace shown with the
figure (name, unit, dates, why it counts), the groups it falls in (country, kind, unit) and its month.

A record belongs to the Jalali year of its own day, in local time: a meeting at 1405/12/29 23:30 is
1405's, one at 1406/01/01 00:30 is 1406's. Archived records are left out everywhere.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.countries import country_name
from app.common.text import digits_for
from app.documents.report_data import Trace
from app.services.funding.budget import COMMITTED, PAID
from app.services.funding.names import name as funding_name
from db.models import (
    ActionItem,
    AgendaItem,
    Agreement,
    FundingRequest,
    Institution,
    Letter,
    Meeting,
    MeetingKind,
    Ordinance,
    OrdinanceKind,
    Person,
    Resolution,
    Unit,
    Visit,
    VisitGuest,
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


class Year:
    """The items of one Jalali year, in one language, by figure key."""

    def __init__(self, session: Session, year: int, lang: str, cut: dt.date) -> None:
        self.session, self.year, self.lang = session, year, lang
        self.first, self.last = dates.fiscal_year_bounds(year)
        self.cut = min(self.last, cut)  # the day a state (overdue, vacant) is read on
        self.items: dict[str, list[Item]] = defaultdict(list)
        self._units: dict[int, Unit | None] = {}
        self._people: dict[int, Any] = {}  # rows of _PERSON
        self._days: dict[dt.date, str] = {}
        self._months = [dates.from_jalali(year, month, 1) for month in range(1, 13)]

    # ---------------------------------------------------------------- names

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

    # ---------------------------------------------------------------- the registers

    def gather(self) -> Year:
        self._units.update({u.id: u for u in self.session.execute(select(Unit)).scalars()})
        self._visits()
        self._agreements()
        self._funding()
        self._meetings()
        self._actions()
        self._ordinances()
        self._letters()
        return self

    def _visits(self) -> None:
        """Visits arriving in the year (not cancelled), their guests, delegations and days hosted."""
        visits = self.session.execute(
            select(*_VISIT)
            .where(
                Visit.arrival_date.between(self.first, self.last),
                Visit.status != "cancelled",
                Visit.archived_at.is_(None),
            )
            .order_by(Visit.arrival_date, Visit.id)
        ).all()
        guests_of: dict[int, list[int]] = defaultdict(list)
        for start in range(0, len(visits), 500):  # one query per 500 visits, not one per visit
            chunk = [v.id for v in visits[start : start + 500]]
            for visit_id, person_id in self.session.execute(
                select(VisitGuest.visit_id, VisitGuest.person_id)
                .where(VisitGuest.visit_id.in_(chunk))
                .order_by(VisitGuest.visit_id, VisitGuest.position)
            ):
                guests_of[visit_id].append(person_id)
        self.load_people({i for ids in guests_of.values() for i in ids})
        seen_guests: set[int] = set()
        for visit in visits:
            kind = VISIT_KINDS.get(visit.kind, VISIT_KINDS["other"])
            purpose = kind[1] if self.lang == "fa" else kind[0]
            host = self.unit(visit.host_unit_id)
            guests = guests_of[visit.id]
            title = (
                (visit.purpose_fa or visit.purpose_en)
                if self.lang == "fa"
                else (visit.purpose_en or visit.purpose_fa)
            )
            when = self.span(visit.arrival_date, visit.departure_date)
            days = (visit.departure_date - visit.arrival_date).days + 1 if visit.departure_date else 1
            groups = {"country": self.country(visit.country), "purpose": purpose, "host": host}
            reference = visit.reference
            self.add(
                "visits",
                Item(
                    Trace(
                        "visits",
                        visit.id,
                        reference,
                        title or purpose,
                        host,
                        when,
                        self.t(
                            f"arrived on {self.day(visit.arrival_date)}",
                            f"ورود در {self.day(visit.arrival_date)}",
                        ),
                    ),
                    groups,
                    self.month(visit.arrival_date),
                ),
            )
            self.add(
                "days_hosted",
                Item(
                    Trace(
                        "visits",
                        visit.id,
                        reference,
                        title or purpose,
                        host,
                        when,
                        self.t(f"{days} days hosted", f"{digits_for(str(days), 'fa')} روز میزبانی"),
                        days,
                    )
                ),
            )
            if len(guests) >= 2:
                self.add(
                    "delegations",
                    Item(
                        Trace(
                            "visits",
                            visit.id,
                            reference,
                            title or purpose,
                            host,
                            when,
                            self.t(f"{len(guests)} guests", f"{digits_for(str(len(guests)), 'fa')} مهمان"),
                        ),
                        groups,
                    ),
                )
            for person_id in guests:
                if person_id in seen_guests:
                    continue  # a guest who came twice is one guest
                seen_guests.add(person_id)
                person = self.person(person_id)
                code = (person.nationality or person.country) if person else ""
                self.add(
                    "guests",
                    Item(
                        Trace(
                            "people",
                            person_id,
                            reference,
                            self.person_name(person),
                            person.affiliation if person else "",
                            when,
                            self.t(f"guest of visit {reference}", f"مهمان بازدید {reference}"),
                        ),
                        {"country": self.country(code)},
                    ),
                )

    def _agreements(self) -> None:
        """Agreements active (signed by the year's end, valid on a day of it), new, ended, dormant."""
        rows = self.session.execute(
            select(Agreement, Institution)
            .join(Institution)
            .where(
                Agreement.archived_at.is_(None),
                Agreement.status.not_in(("draft", "terminated")),
                Agreement.signed_on.is_not(None),
                Agreement.signed_on <= self.last,
                or_(Agreement.valid_until.is_(None), Agreement.valid_until >= self.first),
            )
            .order_by(Agreement.signed_on, Agreement.id)
        ).all()
        visited = set(
            self.session.execute(
                select(Visit.agreement_id).where(
                    Visit.arrival_date.between(self.first, self.last),
                    Visit.status != "cancelled",
                    Visit.archived_at.is_(None),
                    Visit.agreement_id.is_not(None),
                )
            ).scalars()
        )
        partners_visited = set(
            self.session.execute(
                select(Visit.institution_id).where(
                    Visit.arrival_date.between(self.first, self.last),
                    Visit.status != "cancelled",
                    Visit.archived_at.is_(None),
                    Visit.institution_id.is_not(None),
                )
            ).scalars()
        )
        for agreement, partner in rows:
            partner_name = (partner.name_fa or partner.name_en) if self.lang == "fa" else partner.name_en
            when = self.span(agreement.signed_on, agreement.valid_until)
            groups = {"country": self.country(partner.country)}

            def trace(why: str) -> Trace:
                return Trace("agreements", agreement.id, "", agreement.title, partner_name, when, why)  # noqa: B023

            self.add(
                "agreements_active", Item(trace(self.t("valid during the year", "معتبر در طول سال")), groups)
            )
            if self.within(agreement.signed_on):
                self.add(
                    "agreements_new",
                    Item(
                        trace(
                            self.t(
                                f"signed on {self.day(agreement.signed_on)}",
                                f"امضا در {self.day(agreement.signed_on)}",
                            )
                        ),
                        groups,
                    ),
                )
            if self.within(agreement.valid_until):
                self.add(
                    "agreements_ended",
                    Item(
                        trace(
                            self.t(
                                f"ended on {self.day(agreement.valid_until)}",
                                f"پایان در {self.day(agreement.valid_until)}",
                            )
                        ),
                        groups,
                    ),
                )
            if agreement.id not in visited and partner.id not in partners_visited:
                self.add(
                    "agreements_dormant",
                    Item(
                        trace(self.t("no visit under it in the year", "بدون هیچ بازدیدی در این سال")), groups
                    ),
                )

    def _funding(self) -> None:
        """Requests of the year (its fiscal year), and the money decided in the year (as the budget counts)."""
        requests = (
            self.session.execute(
                select(FundingRequest)
                .where(
                    FundingRequest.archived_at.is_(None),
                    FundingRequest.status.not_in(("draft", "withdrawn")),
                    or_(
                        FundingRequest.fiscal_year == self.year,
                        FundingRequest.decided_on.between(self.first, self.last),
                    ),
                )
                .order_by(FundingRequest.id)
            )
            .scalars()
            .all()
        )
        self.load_people({r.applicant_id for r in requests})
        for request in requests:
            person = self.person(request.applicant_id)
            who = self.person_name(person)
            department = self.unit(request.unit_id)
            when = self.span(request.starts_on, request.ends_on)
            reference = f"FR-{request.fiscal_year}-{request.id:04d}"
            groups = {
                "applicant_kind": funding_name(request.applicant_kind, self.lang),
                "presentation": funding_name(request.presentation_kind, self.lang),
                "department": department,
                "country": self.country(request.country),
            }
            if request.fiscal_year == self.year:
                self.add(
                    "requests",
                    Item(
                        Trace(
                            "funding",
                            request.id,
                            reference,
                            who,
                            department,
                            when,
                            self.t(
                                f"request of fiscal year {self.year}: {request.conference}",
                                f"درخواست سال مالی {digits_for(str(self.year), 'fa')}: {request.conference}",
                            ),
                        ),
                        groups,
                        self.month(request.submitted_on or request.starts_on),
                    ),
                )
            if not self.within(request.decided_on):
                continue
            decided = self.t(
                f"decided on {self.day(request.decided_on)}", f"تصمیم در {self.day(request.decided_on)}"
            )
            if request.status in COMMITTED + PAID and request.approved_irr is not None:
                self.add(
                    "approved",
                    Item(
                        Trace(
                            "funding",
                            request.id,
                            reference,
                            who,
                            department,
                            when,
                            decided,
                            request.approved_irr,
                        ),
                        groups,
                        self.month(request.decided_on),
                    ),
                )
            if request.status in PAID and request.paid_irr is not None:
                self.add(
                    "paid",
                    Item(
                        Trace(
                            "funding",
                            request.id,
                            reference,
                            who,
                            department,
                            when,
                            self.t(
                                f"paid on {self.day(request.paid_on)}",
                                f"پرداخت در {self.day(request.paid_on)}",
                            ),
                            request.paid_irr,
                        ),
                        groups,
                    ),
                )

    def _meetings(self) -> None:
        """Meetings held in the year (by the day they started), per kind, and their resolutions."""
        start = dt.datetime.combine(self.first, dt.time.min)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time.min)
        rows = self.session.execute(
            select(Meeting, MeetingKind)
            .join(MeetingKind)
            .where(
                Meeting.starts_at >= start,
                Meeting.starts_at < end,
                Meeting.status.in_(HELD),
                Meeting.archived_at.is_(None),
            )
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
        resolutions_of: dict[int, list[Resolution]] = defaultdict(list)
        for start in range(0, len(rows), 500):
            chunk = [meeting.id for meeting, _kind in rows[start : start + 500]]
            for meeting_id, resolution in self.session.execute(
                select(AgendaItem.meeting_id, Resolution)
                .join(AgendaItem)
                .where(AgendaItem.meeting_id.in_(chunk))
                .order_by(AgendaItem.position, Resolution.position)
            ):
                resolutions_of[meeting_id].append(resolution)
        for meeting, kind in rows:
            kind_name = kind.name_fa if self.lang == "fa" else (kind.name_en or kind.name_fa)
            number = digits_for(meeting.number, self.lang)
            when = self.day(meeting.starts_at.date())
            self.add(
                "meetings",
                Item(
                    Trace(
                        "meetings",
                        meeting.id,
                        number,
                        meeting.title,
                        kind_name,
                        when,
                        self.t("held", "برگزار شد"),
                    ),
                    {"kind": kind_name},
                    self.month(meeting.starts_at.date()),
                ),
            )
            for resolution in resolutions_of[meeting.id]:
                self.add(
                    "resolutions",
                    Item(
                        Trace(
                            "meetings",
                            meeting.id,
                            number,
                            resolution.text[:120],
                            kind_name,
                            when,
                            funding_name(resolution.outcome, self.lang),
                        ),
                        {"kind": kind_name},
                    ),
                )

    def _actions(self) -> None:
        """Actions closed in the year, and actions overdue on its last day (or today, in the current year)."""
        closed = (
            self.session.execute(
                select(ActionItem)
                .where(ActionItem.status == "done", ActionItem.closed_on.between(self.first, self.last))
                .order_by(ActionItem.closed_on, ActionItem.id)
            )
            .scalars()
            .all()
        )
        overdue = (
            self.session.execute(
                select(ActionItem)
                .where(
                    ActionItem.due_on < self.cut,
                    ActionItem.status != "cancelled",
                    or_(ActionItem.status == "open", ActionItem.closed_on > self.cut),
                )
                .order_by(ActionItem.due_on, ActionItem.id)
            )
            .scalars()
            .all()
        )
        self.load_people({a.owner_id for a in (*closed, *overdue) if a.owner_id is not None})
        for key, actions in (("actions_closed", closed), ("actions_overdue", overdue)):
            for action in actions:
                owner = self.person_name(self.person(action.owner_id))
                why = (
                    self.t(
                        f"closed on {self.day(action.closed_on)}", f"انجام در {self.day(action.closed_on)}"
                    )
                    if key == "actions_closed"
                    else self.t(
                        f"due {self.day(action.due_on)}, open on {self.day(self.cut)}",
                        f"موعد {self.day(action.due_on)}، باز در {self.day(self.cut)}",
                    )
                )
                self.add(
                    key,
                    Item(
                        Trace(
                            "actions", action.id, "", action.text[:120], owner, self.day(action.due_on), why
                        )
                    ),
                )

    def _ordinances(self) -> None:
        rows = self.session.execute(
            select(Ordinance, OrdinanceKind)
            .join(OrdinanceKind)
            .where(
                Ordinance.issued_on.between(self.first, self.last),
                Ordinance.status.in_(ISSUED_ORDINANCE),
                Ordinance.archived_at.is_(None),
            )
            .order_by(Ordinance.issued_on, Ordinance.id)
        ).all()
        for ordinance, kind in rows:
            kind_name = kind.name_fa if self.lang == "fa" else (kind.name_en or kind.name_fa)
            who = (
                (ordinance.recipient_name_fa or ordinance.recipient_name_en)
                if self.lang == "fa"
                else (ordinance.recipient_name_en or ordinance.recipient_name_fa)
            )
            self.add(
                "ordinances",
                Item(
                    Trace(
                        "ordinances",
                        ordinance.id,
                        digits_for(ordinance.number or "", self.lang),
                        who,
                        self.unit(ordinance.unit_id) if ordinance.unit_id else kind_name,
                        self.day(ordinance.issued_on),
                        self.t(f"issued: {kind_name}", f"صادر شد: {kind_name}"),
                    ),
                    {"kind": kind_name},
                    self.month(ordinance.issued_on),
                ),
            )

    def _letters(self) -> None:
        letters = (
            self.session.execute(
                select(Letter)
                .where(
                    Letter.issued_on.between(self.first, self.last),
                    Letter.status == "issued",
                    Letter.archived_at.is_(None),
                )
                .order_by(Letter.issued_on, Letter.id)
            )
            .scalars()
            .all()
        )
        for letter in letters:
            self.add(
                "letters",
                Item(
                    Trace(
                        "letters",
                        letter.id,
                        digits_for(letter.number or "", self.lang),
                        letter.subject,
                        letter.recipient.split("\n")[0][:80],
                        self.day(letter.issued_on),
                        self.t("issued", "صادر شد"),
                    ),
                    {},
                    self.month(letter.issued_on),
                ),
            )

    def positions(self, holdings: list) -> None:  # type: ignore[type-arg]
        """Deputy positions filled or vacant on the year's reading day (from app.services.ordinances.holders)."""
        for h in holdings:
            key = "positions_vacant" if h.vacant else "positions_filled"
            why = (
                self.t(f"vacant on {self.day(self.cut)}", f"خالی در {self.day(self.cut)}")
                if h.vacant
                else self.t(f"held on {self.day(self.cut)}", f"دارای متصدی در {self.day(self.cut)}")
            )
            self.add(
                key,
                Item(
                    Trace(
                        "units",
                        h.unit_id,
                        digits_for(h.number or "", self.lang),
                        h.holder(self.lang) or "—",
                        h.unit(self.lang),
                        self.span(h.since, h.until) if h.since else "—",
                        why,
                    )
                ),
            )

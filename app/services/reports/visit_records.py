"""The annual report's records of visits and agreements (a part of reports.records.Year)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import or_, select

from app.common.text import digits_for
from app.documents.report_data import Trace
from app.services.reports.year_base import (
    _VISIT,
    VISIT_KINDS,
    Item,
    YearBase,
)
from db.models import (
    Agreement,
    Institution,
    Visit,
    VisitGuest,
)


class VisitRecords(YearBase):
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
            facts = ("visits", visit.id, reference, title or purpose, host, when)  # every trace of the visit
            self.add(
                "visits",
                Item(
                    Trace(
                        *facts,
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
                        *facts,
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
                            *facts,
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
        visited = self._visited(Visit.agreement_id)
        partners_visited = self._visited(Visit.institution_id)
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

    def _visited(self, column) -> set[int]:  # type: ignore[no-untyped-def]
        """The values of `column` (an agreement, a partner) over the year's visits that took place."""
        return set(
            self.session.execute(
                select(column).where(
                    Visit.arrival_date.between(self.first, self.last),
                    Visit.status != "cancelled",
                    Visit.archived_at.is_(None),
                    column.is_not(None),
                )
            ).scalars()
        )

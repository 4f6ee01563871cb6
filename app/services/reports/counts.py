"""The annual report's figures counted in SQL: COUNT / SUM ... GROUP BY over each register, so that a year of
100,000 records per register reports in well under 2 s (issue 17). Only the group keys come back (a country
code, a kind, a unit's id, a Jalali month), and they are named here in the report's language.

The records behind a figure (its traces, for checking it name by name) are read only when they are asked for,
by app.services.reports.records.Year, which applies the same rules to each record one by one; the tests hold
the two ways to the same numbers (tests/services/test_reports.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Integer, and_, case, cast, func, not_, or_, select
from sqlalchemy.orm import Session

from app.documents.report_data import Trace
from app.services import context
from app.services.funding.budgets import COMMITTED, PAID
from app.services.funding.names import name as funding_name
from app.services.ordinances.holders import current_holders, position_counts
from app.services.reports.definitions import RATIOS, share
from app.services.reports.indicators import count_indicators
from app.services.reports.records import HELD, ISSUED_ORDINANCE, VISIT_KINDS, Year
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
    Visit,
    VisitGuest,
)

# A request of the year that sends someone abroad: approved (or paid since) for a country other than Iran
OUTBOUND = (
    FundingRequest.status.in_(COMMITTED + PAID),
    FundingRequest.approved_irr.is_not(None),
    FundingRequest.country != "IR",
)
MONTHLY = ("visits", "meetings", "ordinances", "letters", "requests")  # the 12-month line of activity
# The breakdowns counted here (figure, group); any other is read from the figure's records
COUNTED = {
    *(("visits", g) for g in ("country", "purpose", "host")),
    ("guests", "country"),
    *((f"agreements_{k}", "country") for k in ("active", "new", "ended", "dormant")),
    *(("requests", g) for g in ("request_kind", "applicant_kind", "presentation", "department", "country")),
    *((k, g) for k in ("approved", "paid") for g in ("request_kind", "department")),
    *((k, "kind") for k in ("meetings", "resolutions", "ordinances")),
}


class Traces(Sequence[Trace]):
    """A figure's records, read the first time they are looked at (a Sequence, as the tuple it stands for)."""

    def __init__(self, load: Callable[[], list[Trace]]) -> None:
        self._load = load
        self._items: tuple[Trace, ...] | None = None

    def _all(self) -> tuple[Trace, ...]:
        if self._items is None:
            self._items = tuple(self._load())
        return self._items

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[Trace]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, Sequence) else NotImplemented

    __hash__ = object.__hash__


class Counts:
    """One Jalali year's figures in one language: value(key), group(key, group) and monthly(), counted in SQL;
    traces(key) the records behind a figure, read (once, for every figure of the year) when first asked."""

    def __init__(self, session: Session, year: int, lang: str, cut: dt.date) -> None:
        self.year, self.lang = year, lang
        self.names = Year(session, year, lang, cut)  # the labels (units, countries) and the year's bounds
        self.first, self.last, self.cut = self.names.first, self.names.last, self.names.cut
        self.values: Counter[str] = Counter()
        self.groups: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.months: Counter[tuple[str, int]] = Counter()
        self._traced: Year | None = None
        for count in (
            self._visits,
            self._guests,
            self._agreements,
            self._funding,
            self._meetings,
            self._actions,
            self._ordinances,
            self._letters,
            self._positions,
            self._indicators,
        ):
            count(session)

    # ---------------------------------------------------------------- what annual.py reads

    def value(self, key: str) -> int:
        return self.values[key]

    def group(self, key: str, group: str) -> Counter[str]:
        """The figure `key` by `group` (label -> value); a grouping not counted here is read from the
        traces."""
        if (key, group) in COUNTED:
            return self.groups[(key, group)]
        counts: Counter[str] = Counter()
        for item in self._year().items[key]:
            label = item.groups.get(group)
            if label is not None:
                counts[label] += (item.trace.amount or 0) if key in ("approved", "paid") else 1
        return counts

    def monthly(self) -> tuple[int, ...]:
        return tuple(sum(self.months[(key, month)] for key in MONTHLY) for month in range(1, 13))

    def traces(self, key: str) -> Traces:
        return Traces(lambda: [item.trace for item in self._year().items[key]])

    def _year(self) -> Year:
        if self._traced is None:
            with context.database().reading() as session:
                traced = Year(session, self.year, self.lang, self.cut).gather()
            traced.positions(current_holders(on=self.cut, within_days=0))
            self._traced = traced
        return self._traced

    # ---------------------------------------------------------------- helpers

    def _month(self, column: Any, moments: bool = False) -> Any:
        """The Jalali month (1..12) of a date column (with `moments`, a local date-and-time); 0 outside."""
        starts = self.names._months
        if moments:
            bounds = [dt.datetime.combine(day, dt.time.min) for day in starts]
            end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time.min)
            outside = or_(column < bounds[0], column >= end)
        else:
            bounds = list(starts)
            outside = or_(column < bounds[0], column > self.last)
        whens = [(outside, 0)] + [(column >= bounds[m - 1], m) for m in range(12, 0, -1)]
        return case(*whens, else_=0)

    def _add(self, key: str, value: int, groups: dict[str, str], month: int | None = None) -> None:
        self.values[key] += value
        for group, label in groups.items():
            self.groups[(key, group)][label] += value
        if month is not None:
            self.months[(key, month)] += value

    def _visit_rules(self) -> tuple[Any, ...]:
        return (
            Visit.arrival_date.between(self.first, self.last),
            Visit.status != "cancelled",
            Visit.archived_at.is_(None),
        )

    # ---------------------------------------------------------------- the registers

    def _visits(self, session: Session) -> None:
        """Visits arriving in the year (not cancelled): by country, purpose, host unit and month; days hosted;
        delegations (visits of two guests or more)."""
        if session.get_bind().dialect.name == "sqlite":
            span = cast(func.julianday(Visit.departure_date) - func.julianday(Visit.arrival_date), Integer)
        else:
            span = Visit.departure_date - Visit.arrival_date
        days = case((Visit.departure_date.is_(None), 1), else_=span + 1)
        rules = self._visit_rules()
        total, hosted = session.execute(select(func.count(), func.sum(days)).where(*rules)).one()
        self.values["visits"] = total
        self.values["days_hosted"] = int(hosted or 0)
        # One small GROUP BY per breakdown: a few hundred rows back, not one per combination of all four
        t = self.names.t
        by: dict[str, tuple[Any, Callable[[Any], str]]] = {
            "country": (Visit.country, self.names.country),
            "purpose": (Visit.kind, lambda kind: t(*VISIT_KINDS.get(kind, VISIT_KINDS["other"]))),
            "host": (Visit.host_unit_id, self.names.unit),
        }
        for group, (column, label) in by.items():
            rows = session.execute(select(column, func.count()).where(*rules).group_by(column)).all()
            if group == "host":
                self.names.load_units(key for key, _count in rows)
            for key, count in rows:
                self.groups[("visits", group)][label(key)] += count
        month = self._month(Visit.arrival_date)
        for in_month, count in session.execute(select(month, func.count()).where(*rules).group_by(month)):
            self.months[("visits", in_month)] += count
        crowded = (
            select(VisitGuest.visit_id)
            .join(Visit, Visit.id == VisitGuest.visit_id)
            .where(*self._visit_rules())
            .group_by(VisitGuest.visit_id)
            .having(func.count() >= 2)
            .subquery()
        )
        self.values["delegations"] = session.execute(select(func.count()).select_from(crowded)).scalar_one()

    def _guests(self, session: Session) -> None:
        """Different people among those visits' guests, by their citizenship (else their country). Read as
        "the people whose id is among the guests": the database then reads each person once, from an index."""
        code = func.coalesce(func.nullif(Person.nationality, ""), Person.country)
        guests = (
            select(VisitGuest.person_id)
            .join(Visit, Visit.id == VisitGuest.visit_id)
            .where(*self._visit_rules())
        )
        rows = session.execute(select(code, func.count()).where(Person.id.in_(guests)).group_by(code))
        for country, count in rows:
            self._add("guests", count, {"country": self.names.country(country)})

    def _agreements(self, session: Session) -> None:
        """Agreements active in the year by their partner's country; new, ended and dormant ones."""
        visits = (*self._visit_rules(),)
        visited = select(Visit.agreement_id).where(*visits, Visit.agreement_id.is_not(None))
        partners = select(Visit.institution_id).where(*visits, Visit.institution_id.is_not(None))
        new = Agreement.signed_on.between(self.first, self.last)
        ended = Agreement.valid_until.between(self.first, self.last)
        dormant = and_(not_(Agreement.id.in_(visited)), not_(Agreement.institution_id.in_(partners)))
        rows = session.execute(
            select(
                Institution.country,
                func.count(),
                func.sum(case((new, 1), else_=0)),
                func.sum(case((ended, 1), else_=0)),
                func.sum(case((dormant, 1), else_=0)),
            )
            .select_from(Agreement)
            .join(Institution, Institution.id == Agreement.institution_id)
            .where(
                Agreement.archived_at.is_(None),
                Agreement.status.not_in(("draft", "terminated")),
                Agreement.signed_on.is_not(None),
                Agreement.signed_on <= self.last,
                or_(Agreement.valid_until.is_(None), Agreement.valid_until >= self.first),
            )
            .group_by(Institution.country)
        )
        for country, active, signed, finished, quiet in rows:
            groups = {"country": self.names.country(country)}
            self._add("agreements_active", active, groups)
            self._add("agreements_new", int(signed or 0), groups)
            self._add("agreements_ended", int(finished or 0), groups)
            self._add("agreements_dormant", int(quiet or 0), groups)

    def _funding(self, session: Session) -> None:
        """Requests of the fiscal year by kind, applicant, presentation, department, country and month; the
        amounts approved and paid on the council's decisions of the year, by kind and department."""
        kept = (FundingRequest.archived_at.is_(None), FundingRequest.status.not_in(("draft", "withdrawn")))
        month = self._month(func.coalesce(FundingRequest.submitted_on, FundingRequest.starts_on))
        keys = (
            FundingRequest.kind,
            FundingRequest.applicant_kind,
            FundingRequest.presentation_kind,
            FundingRequest.unit_id,
            FundingRequest.country,
            month,
        )
        rows = session.execute(
            select(*keys, func.count()).where(*kept, FundingRequest.fiscal_year == self.year).group_by(*keys)
        ).all()
        self.names.load_units(row[3] for row in rows)
        for kind, applicant, presentation, unit, country, in_month, count in rows:
            groups = {
                "request_kind": funding_name(kind, self.lang),
                "applicant_kind": funding_name(applicant, self.lang),
                "department": self.names.unit(unit),
                "country": self.names.country(country),
            }
            if kind == "conference":  # the other kinds present no paper
                groups["presentation"] = funding_name(presentation, self.lang)
            self._add("requests", count, groups, in_month)
        self.values["exchange_outbound"] = session.execute(
            select(func.count()).where(*kept, FundingRequest.fiscal_year == self.year, *OUTBOUND)
        ).scalar_one()
        decided = FundingRequest.decided_on.between(self.first, self.last)
        for key, states, amount in (
            ("approved", COMMITTED + PAID, FundingRequest.approved_irr),
            ("paid", PAID, FundingRequest.paid_irr),
        ):
            sums = session.execute(
                select(FundingRequest.unit_id, FundingRequest.kind, func.sum(amount))
                .where(*kept, decided, FundingRequest.status.in_(states), amount.is_not(None))
                .group_by(FundingRequest.unit_id, FundingRequest.kind)
            ).all()
            self.names.load_units(row[0] for row in sums)
            for unit, kind, total in sums:
                groups = {"department": self.names.unit(unit), "request_kind": funding_name(kind, self.lang)}
                self._add(key, int(total or 0), groups)

    def _kind_name(self, kind: Any) -> str:
        return kind.name_fa if self.lang == "fa" else (kind.name_en or kind.name_fa)

    def _meetings(self, session: Session) -> None:
        """Meetings held in the year (by the day they started) by kind and month, and their resolutions."""
        start = dt.datetime.combine(self.first, dt.time.min)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time.min)
        held = (
            Meeting.starts_at >= start,
            Meeting.starts_at < end,
            Meeting.status.in_(HELD),
            Meeting.archived_at.is_(None),
        )
        kinds = {k.id: self._kind_name(k) for k in session.execute(select(MeetingKind)).scalars()}
        month = self._month(Meeting.starts_at, moments=True)
        for kind_id, in_month, count in session.execute(
            select(Meeting.kind_id, month, func.count()).where(*held).group_by(Meeting.kind_id, month)
        ):
            self._add("meetings", count, {"kind": kinds.get(kind_id, "—")}, in_month)
        for kind_id, count in session.execute(
            select(Meeting.kind_id, func.count(Resolution.id))
            .select_from(Resolution)
            .join(AgendaItem, AgendaItem.id == Resolution.item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(*held)
            .group_by(Meeting.kind_id)
        ):
            self._add("resolutions", count, {"kind": kinds.get(kind_id, "—")})

    def _actions(self, session: Session) -> None:
        """Actions closed in the year, and actions overdue on its last day (or today, in the current year)."""
        self.values["actions_closed"] = session.execute(
            select(func.count()).where(
                ActionItem.status == "done", ActionItem.closed_on.between(self.first, self.last)
            )
        ).scalar_one()
        self.values["actions_overdue"] = session.execute(
            select(func.count()).where(
                ActionItem.due_on < self.cut,
                ActionItem.status != "cancelled",
                or_(ActionItem.status == "open", ActionItem.closed_on > self.cut),
            )
        ).scalar_one()

    def _ordinances(self, session: Session) -> None:
        kinds = {k.id: self._kind_name(k) for k in session.execute(select(OrdinanceKind)).scalars()}
        month = self._month(Ordinance.issued_on)
        for kind_id, in_month, count in session.execute(
            select(Ordinance.kind_id, month, func.count())
            .where(
                Ordinance.issued_on.between(self.first, self.last),
                Ordinance.status.in_(ISSUED_ORDINANCE),
                Ordinance.archived_at.is_(None),
            )
            .group_by(Ordinance.kind_id, month)
        ):
            self._add("ordinances", count, {"kind": kinds.get(kind_id, "—")}, in_month)

    def _letters(self, session: Session) -> None:
        month = self._month(Letter.issued_on)
        for in_month, count in session.execute(
            select(month, func.count())
            .where(
                Letter.issued_on.between(self.first, self.last),
                Letter.status == "issued",
                Letter.archived_at.is_(None),
            )
            .group_by(month)
        ):
            self._add("letters", count, {}, in_month)

    def _indicators(self, session: Session) -> None:
        """The ranking indicators (app.services.reports.indicators); exchange inbound is the year's guests."""
        self.values.update(count_indicators(session, self.first, self.cut, self.names.today))
        for ratio, (part, whole) in RATIOS.items():
            self.values[ratio] = share(self.values[part], self.values[whole])
        self.values["exchange_inbound"] = self.values["guests"]

    def _positions(self, session: Session) -> None:
        """Deputy positions filled or vacant on the year's reading day, counted in SQL by the rule of
        app.services.ordinances.holders (its list is read for the traces only)."""
        positions, filled = position_counts(session, self.cut)
        self.values["positions_filled"] = filled
        self.values["positions_vacant"] = positions - filled

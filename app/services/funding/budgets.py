"""The budget of a fiscal year: allocated, committed (approved, not yet paid), paid, remaining; and the same
by department and by kind of request. Integer rials throughout: the sums are exact to the rial."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from app.common import dates
from app.services import context
from db.models import FundingRequest, FundingRules, Unit
from db.models.funding import REQUEST_KINDS

COMMITTED = ("approved", "partly_approved")  # approved, payment still to come
PAID = ("paid", "report_received", "closed")  # closed after a rejection has no payment: paid_irr is NULL


@dataclass(frozen=True)
class BudgetLine:
    """One department's share (unit_id None: requests without a department)."""

    unit_id: int | None
    name_fa: str
    name_en: str
    requests: int
    requested_irr: int
    committed_irr: int
    paid_irr: int


@dataclass(frozen=True)
class KindLine:
    """One kind of request's share of the year (conferences, sabbaticals, missions...)."""

    kind: str
    requests: int
    requested_irr: int
    committed_irr: int
    paid_irr: int


@dataclass(frozen=True)
class Budget:
    fiscal_year: int
    allocated_irr: int
    committed_irr: int
    paid_irr: int
    set_up: bool  # False: no budget has been set for the year
    departments: tuple[BudgetLine, ...] = ()
    kinds: tuple[KindLine, ...] = ()  # every kind of request, in the order of REQUEST_KINDS

    @property
    def remaining_irr(self) -> int:
        return self.allocated_irr - self.committed_irr - self.paid_irr


def decided_in(year: int) -> ColumnElement[bool]:
    """Decided by the council in fiscal year `year`: an approval commits that year's budget, whatever the
    year the request was submitted in (a request of Esfand approved in Farvardin is the new year's)."""
    first, last = dates.fiscal_year_bounds(year)
    return FundingRequest.decided_on.between(first, last)


def _sums(session: Session, year: int, by_unit: bool, by_kind: bool = False):  # type: ignore[no-untyped-def]
    """Money by the year of the decision; requests (count, amount requested) by the year of submission."""
    spent = decided_in(year)
    committed = func.coalesce(
        func.sum(case((spent & FundingRequest.status.in_(COMMITTED), FundingRequest.approved_irr), else_=0)),
        0,
    )
    paid = func.coalesce(
        func.sum(
            case(
                (spent & FundingRequest.status.in_(PAID), func.coalesce(FundingRequest.paid_irr, 0)), else_=0
            )
        ),
        0,
    )
    submitted = FundingRequest.fiscal_year == year
    live = (
        submitted | spent,
        FundingRequest.archived_at.is_(None),
        FundingRequest.status.not_in(("draft", "withdrawn")),
    )
    if by_kind:
        return session.execute(
            select(
                FundingRequest.kind,
                func.count(case((submitted, FundingRequest.id))),
                func.coalesce(func.sum(case((submitted, FundingRequest.requested_irr), else_=0)), 0),
                committed,
                paid,
            )
            .where(*live)
            .group_by(FundingRequest.kind)
        ).all()
    if not by_unit:
        return session.execute(select(committed, paid).where(*live)).one()
    stmt = (
        select(
            FundingRequest.unit_id,
            Unit.name_fa,
            Unit.name_en,
            func.count(case((submitted, FundingRequest.id))),
            func.coalesce(func.sum(case((submitted, FundingRequest.requested_irr), else_=0)), 0),
            committed,
            paid,
        )
        .outerjoin(Unit, Unit.id == FundingRequest.unit_id)
        .where(*live)
        .group_by(
            FundingRequest.unit_id, Unit.name_fa, Unit.name_en, Unit.sort_fa
        )  # every sort column grouped (PostgreSQL asks)
        .order_by(Unit.sort_fa)
    )
    return session.execute(stmt).all()


def summary_in(session: Session, year: int) -> Budget:
    """The year's totals (no department lines), inside the caller's transaction."""
    rules = session.get(FundingRules, year)
    committed, paid = _sums(session, year, False)
    return Budget(year, rules.budget_irr if rules else 0, int(committed), int(paid), rules is not None)


def budget(year: int) -> Budget:
    """The year's totals, each department's share and each kind of request's."""
    with context.database().reading() as session:
        total = summary_in(session, year)
        lines = tuple(
            BudgetLine(r[0], r[1] or "", r[2] or "", int(r[3]), int(r[4]), int(r[5]), int(r[6]))
            for r in _sums(session, year, True)
        )
        sums = {r[0]: r[1:] for r in _sums(session, year, False, by_kind=True)}
    kinds = tuple(KindLine(kind, *(int(v) for v in sums.get(kind, (0, 0, 0, 0)))) for kind in REQUEST_KINDS)
    return Budget(
        total.fiscal_year,
        total.allocated_irr,
        total.committed_irr,
        total.paid_irr,
        total.set_up,
        lines,
        kinds,
    )


def budget_years() -> list[int]:
    """The years that have rules or requests, newest first."""
    with context.database().reading() as session:
        years = set(session.execute(select(FundingRules.fiscal_year)).scalars())
        years |= set(session.execute(select(FundingRequest.fiscal_year).distinct()).scalars())
    return sorted(years, reverse=True)


def summary_before_in(session: Session, year: int, day: dt.date) -> Budget:
    """The year's totals as they stood when `day` began (a council meeting's day), inside the caller's
    transaction: what was approved before that day is committed, or paid if it was paid before that day;
    that day's own decisions and everything later are left out. The allocation is the year's current one
    (its changes are not kept). A request withdrawn after its approval is left out as well."""
    rules = session.get(FundingRules, year)
    before = (
        decided_in(year)
        & (FundingRequest.decided_on < day)
        & FundingRequest.status.in_(COMMITTED + PAID)
        & FundingRequest.archived_at.is_(None)
    )
    paid_before = FundingRequest.paid_on.is_not(None) & (FundingRequest.paid_on < day)
    committed, paid = session.execute(
        select(
            func.coalesce(
                func.sum(
                    case((before & ~paid_before, func.coalesce(FundingRequest.approved_irr, 0)), else_=0)
                ),
                0,
            ),
            func.coalesce(
                func.sum(case((before & paid_before, func.coalesce(FundingRequest.paid_irr, 0)), else_=0)), 0
            ),
        )
    ).one()
    return Budget(year, rules.budget_irr if rules else 0, int(committed), int(paid), rules is not None)

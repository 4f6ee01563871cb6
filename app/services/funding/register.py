"""The funding register's list: one page at a time, filtered by the words typed, the status, the kind of
request, the fiscal year and the council meeting."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.services import context, validate
from app.services.directory import person_name
from app.services.funding.requests import FundingRow
from app.services.paging import Page, PageRequest, conditions, page
from db.models import FundingRequest, Person, Unit
from db.models.funding import FUNDING_STATUSES, REQUEST_KINDS

_applicant = aliased(Person)
_unit = aliased(Unit)
FUNDING_SORT = {
    "starts_on": FundingRequest.starts_on,
    "applicant": _applicant.sort_fa,
    "applicant_en": _applicant.last_name_en,
    "conference": FundingRequest.conference,
    "country": FundingRequest.country,
    "requested": FundingRequest.requested_irr,
    "approved": FundingRequest.approved_irr,
    "status": FundingRequest.status,
    "fiscal_year": FundingRequest.fiscal_year,
    "kind": FundingRequest.kind,
    "id": FundingRequest.id,
}


@dataclass(frozen=True)
class FundingFilter:
    status: str = ""  # one status, "pending" (submitted or deferred), or "" for all
    fiscal_year: int | None = None
    meeting_id: int | None = None
    kind: str = ""  # one kind of request, or "" for every kind


def list_funding(request: PageRequest = PageRequest(), where: FundingFilter = FundingFilter()) -> Page:
    """The register, one page at a time, filtered by the words typed, the status and the fiscal year."""
    stmt = (
        select(
            FundingRequest.id,
            FundingRequest.fiscal_year,
            FundingRequest.status,
            _applicant.title,
            _applicant.first_name_en,
            _applicant.last_name_en,
            _applicant.first_name_fa,
            _applicant.last_name_fa,
            _unit.name_en,
            _unit.name_fa,
            FundingRequest.conference,
            FundingRequest.city,
            FundingRequest.country,
            FundingRequest.starts_on,
            FundingRequest.ends_on,
            FundingRequest.requested_irr,
            FundingRequest.approved_irr,
            FundingRequest.paid_irr,
            FundingRequest.archived_at,
            FundingRequest.kind,
            FundingRequest.version,
        )
        .join(_applicant, _applicant.id == FundingRequest.applicant_id)
        .outerjoin(_unit, _unit.id == FundingRequest.unit_id)
    )
    filters = []
    if where.status == "pending":
        filters.append(FundingRequest.status.in_(("submitted", "deferred")))
    elif where.status:
        validate.choice({"status": where.status}, "status", FUNDING_STATUSES)
        filters.append(FundingRequest.status == where.status)
    if where.fiscal_year is not None:
        filters.append(FundingRequest.fiscal_year == where.fiscal_year)
    if where.kind:
        validate.choice({"kind": where.kind}, "kind", REQUEST_KINDS)
        filters.append(FundingRequest.kind == where.kind)
    if where.meeting_id is not None:
        filters.append(FundingRequest.meeting_id == where.meeting_id)
    with context.database().reading() as session:
        result = page(session, stmt.where(*filters), FundingRequest, request, FUNDING_SORT)
        if filters and request.offset == 0:  # page() counts by the words typed only
            result = Page(
                result.rows,
                session.execute(
                    select(func.count(FundingRequest.id)).where(
                        *conditions(FundingRequest, request), *filters
                    )
                ).scalar_one(),
            )
    return Page(
        [
            FundingRow(
                id=r[0],
                fiscal_year=r[1],
                status=r[2],
                applicant_en=person_name(r[3], r[4], r[5]),
                applicant_fa=person_name("", r[6], r[7]),
                unit_en=r[8] or "",
                unit_fa=r[9] or "",
                conference=r[10],
                city=r[11],
                country=r[12],
                starts_on=r[13],
                ends_on=r[14],
                requested_irr=r[15],
                approved_irr=r[16],
                paid_irr=r[17],
                archived=r[18] is not None,
                kind=r[19],
                version=r[20],
            )
            for r in result.rows
        ],
        result.total,
    )

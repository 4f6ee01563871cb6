"""Funding requests: the applicant, the conference, the requested lines and the documents; the register.

A request is edited only while it is a draft; from submission on, its steps are the workflow's
(app.services.funding.workflow) and its requested total in rials is fixed at that day's exchange rates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.countries import country_name
from app.common.money import MAX_MINOR, format_amount
from app.common.text import normalize_for_search
from app.services import audit, context, numbering, validate
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from app.services.funding import rates
from app.services.funding.rules import Facts, Finding, check, documents_of
from app.services.funding.validation import (  # noqa: F401 (also re-exported here, the old path)
    MAX_AMOUNT,
    STUDENTS,
    Line,
    _lines,
    clean_request,
)
from db.models import (
    FundingLine,
    FundingRequest,
    FundingTransition,
    Institution,
    Person,
    Unit,
)
from db.models.funding import (
    APPLICANT_KINDS,  # noqa: F401 (the importer reads requests.APPLICANT_KINDS)
    LINE_KINDS,
)

TABLE = "funding_requests"


@dataclass(frozen=True)
class FundingRow:
    id: int
    fiscal_year: int
    status: str
    applicant_en: str
    applicant_fa: str
    unit_en: str
    unit_fa: str
    conference: str
    city: str
    country: str
    starts_on: dt.date
    ends_on: dt.date
    requested_irr: int
    approved_irr: int | None
    paid_irr: int | None
    archived: bool
    kind: str = "conference"
    version: int = 0  # as the list read it: a step taken from the row checks it (versions.acting)

    def applicant(self, lang: str) -> str:
        return (
            (self.applicant_fa or self.applicant_en)
            if lang == "fa"
            else (self.applicant_en or self.applicant_fa)
        )


# ---------------------------------------------------------------- validation


def _check_refs(session: Session, values: dict[str, Any]) -> None:
    for key, model in (
        ("applicant_id", Person),
        ("supervisor_id", Person),
        ("unit_id", Unit),
        ("host_institution_id", Institution),
    ):
        if values.get(key) is not None and session.get(model, values[key]) is None:
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    host = (
        session.get(Institution, values["host_institution_id"]) if values.get("host_institution_id") else None
    )
    if host is not None and not values.get("host_institution"):
        values["host_institution"] = (
            host.name_en or host.name_fa
        )  # the partner's name, as the letter prints it


def total_irr(session: Session, lines: list[Line], day: dt.date) -> int:
    """The lines' total in rials at the rates of `day`, each line rounded to the rial; a total no request
    reaches (beyond MAX_MINOR rials, where sums would leave SQLite's integers) is refused in words."""
    total = sum(
        rates.to_rials(line.amount, line.currency, rates.rate_on(session, line.currency, day))
        for line in lines
    )
    if total > MAX_MINOR:
        raise ValidationError(
            "lines",
            QT_TRANSLATE_NOOP(
                "errors",
                "At the exchange rates of {day} these lines come to more than {limit} rials, "
                "more than any request can be. Check the amounts and the rates.",
            ),
            day=dates.format_date(day, dates.GREGORIAN, "en"),
            limit=format_amount(MAX_MINOR, "IRR", with_currency=False),
        )
    return total


def _search_key(session: Session, values: dict[str, Any]) -> str:
    person = session.get(Person, values["applicant_id"])
    parts = [
        values["conference"],
        values["organiser"],
        values["city"],
        values["paper_title"],
        values["host_institution"],
        country_name(values["country"], "en"),
        country_name(values["country"], "fa"),
    ]
    if person is not None:
        parts += [person.first_name_en, person.last_name_en, person.first_name_fa, person.last_name_fa]
    return normalize_for_search(" ".join(p for p in parts if p))


def get_request_in(session: Session, request_id: int) -> FundingRequest:
    request = session.get(FundingRequest, request_id) if validate.is_record_id(request_id) else None
    if request is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return request


def lines_of(session: Session, request_id: int) -> list[Line]:
    rows = session.execute(
        select(FundingLine).where(FundingLine.request_id == request_id).order_by(FundingLine.id)
    )
    order = {kind: n for n, kind in enumerate(LINE_KINDS)}
    return sorted(
        (Line(r.kind, r.currency, r.amount) for r in rows.scalars()), key=lambda line: order[line.kind]
    )


# ---------------------------------------------------------------- drafts


def save_request(data: dict[str, Any], request_id: int | None = None) -> int:
    """Create a draft request (request_id None) or change a draft; returns its id."""
    values = clean_request(data)
    lines = values.pop("lines")
    today = dates.today()
    with context.database().writing() as session:
        _check_refs(session, values)
        values["requested_irr"] = total_irr(session, lines, today)
        values["search_key"] = _search_key(session, values)
        if request_id is None:
            # its id is its printed reference (FR-1405-0012): taken like a number, never given again
            request = FundingRequest(
                id=numbering.take_next_id(session, "funding-requests"),
                status="draft",
                fiscal_year=dates.jalali_year(today),
                **values,
            )
            session.add(request)
            session.flush()
            audit.record(session, TABLE, request.id, "create", {"conference": (None, values["conference"])})
            session.add(
                FundingTransition(
                    request_id=request.id, actor=context.actor(), from_status="", to_status="draft", note=""
                )
            )
        else:
            request = get_request_in(session, request_id)
            if request.status != "draft":
                raise StateError(QT_TRANSLATE_NOOP("errors", "Only a draft request can be changed."))
            changes = audit.apply(request, values)
            changes.pop("search_key", None)
            if changes:
                audit.record(session, TABLE, request.id, "update", changes)
        old = lines_of(session, request.id)
        if old != lines:
            for row in session.execute(
                select(FundingLine).where(FundingLine.request_id == request.id)
            ).scalars():
                session.delete(row)
            session.flush()
            for line in lines:
                session.add(
                    FundingLine(
                        request_id=request.id, kind=line.kind, currency=line.currency, amount=line.amount
                    )
                )
            audit.record(
                session,
                TABLE,
                request.id,
                "lines",
                {"lines": ([vars(x) for x in old], [vars(x) for x in lines])},
            )
        return request.id


def preview_checks(
    data: dict[str, Any], request_id: int | None = None, on: dt.date | None = None
) -> list[Finding]:
    """The rules the values being typed would break if submitted on `on` (today); nothing is saved.

    Raises ValidationError (with its field) when the values themselves are not yet complete or valid.
    """
    values = clean_request(data)
    on = on or dates.today()
    with context.database().reading() as session:
        _check_refs(session, values)
        requested = total_irr(session, values["lines"], on)
        facts = Facts(
            request_id,
            values["applicant_id"],
            values["applicant_kind"],
            values["academic_rank"],
            values["presentation_kind"],
            values["starts_on"],
            dates.jalali_year(on),
            requested,
            len(values["lines"]),
            documents_of(session, request_id),
            **_case_facts(values),
        )
        return check(session, facts, on)


def facts_of(session: Session, request: FundingRequest, fiscal_year: int | None = None) -> Facts:
    return Facts(
        request.id,
        request.applicant_id,
        request.applicant_kind,
        request.academic_rank,
        request.presentation_kind,
        request.starts_on,
        fiscal_year or request.fiscal_year,
        request.requested_irr,
        len(lines_of(session, request.id)),
        documents_of(session, request.id),
        **_case_facts({key: getattr(request, key) for key in CASE_FACTS}),
    )


CASE_FACTS = (
    "kind",
    "country",
    "duration_months",
    "language_certificate",
    "language_score",
    "supervisor_approved",
)


def _case_facts(values: dict[str, Any]) -> dict[str, Any]:
    return {key: values[key] for key in CASE_FACTS}


def facts_for(request_id: int) -> Facts:
    """What the rules look at for a saved request."""
    with context.database().reading() as session:
        return facts_of(session, get_request_in(session, request_id))


def current_checks(request_id: int, on: dt.date | None = None) -> list[Finding]:
    """The rules a saved request breaks: a draft as if submitted on `on` (today), a submitted one as of the
    day it was submitted (what the council annex shows)."""
    on = on or dates.today()
    with context.database().reading() as session:
        request = get_request_in(session, request_id)
        if request.status == "draft":
            facts = facts_of(session, request, dates.jalali_year(on))
            return check(session, facts, on)
        day = request.submitted_on or on
        return check(session, facts_of(session, request), day)

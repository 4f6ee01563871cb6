"""The funding part of a fiscal year's report: the budget, and every request of the year with its
outcome, as the documents' plain data."""

from __future__ import annotations

from sqlalchemy import func, select

from app.common import dates
from app.common.countries import country_name
from app.common.text import digits_for
from app.services import context
from app.services.funding.budgets import budget, decided_in
from app.services.funding.decision import applicant_name
from app.services.funding.names import name
from app.services.funding.wording import (
    _day,
    _money,
    _num,
    _signatory,
    _t,
    _unit,
)
from db.models import FundingRequest


def annual_report(year: int, lang: str):  # type: ignore[no-untyped-def]
    """The year's budget and how it was used, by department, by status, and every award."""
    from app.documents.funding import FundingDocument, Section, Table
    from app.services.funding.rules import AWARDED, validate_year

    year = validate_year(year)
    t = _t(lang)
    total = budget(year)
    with context.database().reading() as session:
        counts = dict(
            session.execute(
                select(FundingRequest.status, func.count(FundingRequest.id))
                .where(FundingRequest.fiscal_year == year, FundingRequest.archived_at.is_(None))
                .group_by(FundingRequest.status)
            ).all()
        )
        awards = list(
            session.execute(
                select(FundingRequest)
                .where(
                    decided_in(year), FundingRequest.status.in_(AWARDED), FundingRequest.archived_at.is_(None)
                )
                .order_by(FundingRequest.decided_on, FundingRequest.id)
            ).scalars()
        )
        award_rows = [
            (
                digits_for(str(n), lang),
                applicant_name(session, r.applicant_id, lang),
                _unit(session, r.unit_id, lang),
                r.conference,
                country_name(r.country, lang),
                _num(r.approved_irr, lang),
                _num(r.paid_irr, lang),
                name(r.status, lang),
            )
            for n, r in enumerate(awards, 1)
        ]
    department_rows = [
        (
            (line.name_fa if lang == "fa" else line.name_en or line.name_fa)
            or t("No department", "بدون گروه"),
            digits_for(str(line.requests), lang),
            _num(line.requested_irr, lang),
            _num(line.committed_irr, lang),
            _num(line.paid_irr, lang),
        )
        for line in total.departments
    ]
    from db.models.funding import FUNDING_STATUSES

    status_rows = [
        (name(s, lang), digits_for(str(counts[s]), lang)) for s in FUNDING_STATUSES if counts.get(s)
    ]
    signatory = _signatory(lang)
    y = digits_for(str(year), lang)
    return FundingDocument(
        lang=lang,
        title=t(
            f"Conference funding: annual report, fiscal year {y}",
            f"گزارش سالانه حمایت از شرکت در همایش‌های خارجی، سال مالی {y}",
        ),
        date_text=_day(dates.today(), lang),
        reference=y,
        reference_label="year",
        facts=[
            (t("Budget allocated", "اعتبار مصوب"), _money(total.allocated_irr, lang)),
            (
                t("Committed (approved, not yet paid)", "تعهدشده (مصوب، پرداخت‌نشده)"),
                _money(total.committed_irr, lang),
            ),
            (t("Paid", "پرداخت‌شده"), _money(total.paid_irr, lang)),
            (t("Remaining", "مانده"), _money(total.remaining_irr, lang)),
            (t("Requests", "تعداد درخواست‌ها"), digits_for(str(sum(counts.values())), lang)),
            (t("Awards", "تعداد حمایت‌ها"), digits_for(str(len(awards)), lang)),
        ],
        sections=[
            Section(
                t("By department", "به تفکیک گروه آموزشی"),
                table=Table(
                    [
                        t("Department", "گروه"),
                        t("Requests", "درخواست"),
                        t("Requested (rials)", "درخواستی (ریال)"),
                        t("Committed (rials)", "تعهدشده (ریال)"),
                        t("Paid (rials)", "پرداخت‌شده (ریال)"),
                    ],
                    (2.2, 0.8, 1.4, 1.4, 1.4),
                    department_rows,
                    (False, True, True, True, True),
                    (
                        t("Total", "جمع"),
                        digits_for(str(sum(line.requests for line in total.departments)), lang),
                        _num(sum(line.requested_irr for line in total.departments), lang),
                        _num(total.committed_irr, lang),
                        _num(total.paid_irr, lang),
                    ),
                ),
            ),
            Section(
                t("By status", "به تفکیک وضعیت"),
                table=Table(
                    [t("Status", "وضعیت"), t("Requests", "تعداد")], (2, 1), status_rows, (False, True)
                ),
            ),
            Section(
                t("Awards", "حمایت‌های مصوب"),
                table=Table(
                    [
                        "#",
                        t("Applicant", "متقاضی"),
                        t("Department", "گروه"),
                        t("Conference", "همایش"),
                        t("Country", "کشور"),
                        t("Approved (rials)", "مصوب (ریال)"),
                        t("Paid (rials)", "پرداختی (ریال)"),
                        t("Status", "وضعیت"),
                    ],
                    (0.35, 1.4, 1.3, 2.0, 0.9, 1.2, 1.2, 1.0),
                    award_rows,
                    (True, False, False, False, False, True, True, False),
                ),
            ),
        ],
        signatory_name=signatory[0],
        signatory_title=signatory[1],
    )

"""The data of the funding documents, in either language: the payment order to finance (the council annex
of a meeting is built in annex.py, the annual funding report in year_report.py); and their PDFs (one
language, or both one after the other), and the register as a workbook."""

from __future__ import annotations

from collections.abc import Callable

from app.common import dates
from app.common.countries import country_name
from app.common.money import format_amount
from app.common.text import code_for, digits_for, isolate
from app.services import context, settings
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from app.services.funding import rates
from app.services.funding.annex import council_annex
from app.services.funding.decision import applicant_name, meeting_of
from app.services.funding.names import kind_with_article, name
from app.services.funding.requests import get_request_in, lines_of
from app.services.funding.wording import (  # noqa: F401 (also re-exported here, the old path)
    LANGS,
    _day,
    _kind,
    _langs,
    _money,
    _num,
    _signatory,
    _t,
    _unit,
    _where,
    reference,
)
from app.services.funding.year_report import annual_report
from db.models import FundingRequest, Letter


def _subject_facts(request: FundingRequest, lang: str, t: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """What the money is for: the conference and the paper, or the kind, its title, host and months."""
    when = (
        f"{_where(request, lang)} — {_day(request.starts_on, lang)} {t('to', 'تا')} "
        f"{_day(request.ends_on, lang)}"
    )
    if request.kind == "conference":
        return [
            (t("Conference", "همایش"), isolate(request.conference)),
            (t("Place and dates", "محل و تاریخ"), when),
            (
                t("Presentation", "نوع ارائه"),
                f"{name(request.presentation_kind, lang)} — {isolate(request.paper_title)}",
            ),
        ]
    months = (
        t(f" ({request.duration_months} months)", f" ({digits_for(str(request.duration_months), 'fa')} ماه)")
        if request.duration_months
        else ""
    )
    return [
        (t("Kind of request", "نوع درخواست"), name(request.kind, lang)),
        (t("Title", "عنوان"), isolate(request.conference)),
        (t("Host institution", "مؤسسه میزبان"), isolate(request.host_institution)),
        (t("Place and dates", "محل و تاریخ"), when + months),
    ]


# ---------------------------------------------------------------- payment order


def payment_order(request_id: int, lang: str):  # type: ignore[no-untyped-def]
    """The order to the finance office to pay an approved request."""
    from app.documents.funding import FundingDocument, Section, Table

    t = _t(lang)
    with context.database().reading() as session:
        request = get_request_in(session, request_id)
        if request.approved_irr is None or request.status not in (
            "approved",
            "partly_approved",
            "paid",
            "report_received",
            "closed",
        ):
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "A payment order is made for an approved request only.")
            )
        payee = applicant_name(session, request.applicant_id, lang)
        meeting = meeting_of(session, request.meeting_id)
        letter = session.get(Letter, request.decision_letter_id) if request.decision_letter_id else None
        day = request.submitted_on or request.decided_on or dates.today()
        line_rows = []
        for line in lines_of(session, request.id):
            try:
                rate = rates.rate_on(session, line.currency, day)
                rials = _money(rates.to_rials(line.amount, line.currency, rate), lang)
            except rates.MissingRateError:
                rials = "—"
            line_rows.append((name(line.kind, lang), format_amount(line.amount, line.currency, lang), rials))
        council = t("Scholarship Council", "شورای بورس")
        if meeting:
            council += t(
                f", meeting no. {meeting[0]} of {_day(meeting[1], lang)}",
                f"، جلسه شماره {digits_for(meeting[0], 'fa')} مورخ {_day(meeting[1], lang)}",
            )
        to_pay = request.paid_irr if request.paid_irr is not None else request.approved_irr
        facts = [
            (t("Payee", "در وجه"), isolate(payee)),
            (t("Applicant", "متقاضی"), _kind(request, lang)),
            (t("Department", "گروه آموزشی"), _unit(session, request.unit_id, lang)),
            *_subject_facts(request, lang, t),
            (
                t("Council decision", "مصوبه"),
                f"{council} — "
                + name(
                    request.status if request.status in ("approved", "partly_approved") else "approved", lang
                ),
            ),
            (
                t("Decision letter", "نامه ابلاغ"),
                code_for(letter.number, lang)
                if letter is not None and letter.number
                else t("not yet issued", "هنوز صادر نشده"),
            ),
            (t("Requested", "مبلغ درخواستی"), _money(request.requested_irr, lang)),
            (t("Approved", "مبلغ مصوب"), _money(request.approved_irr, lang)),
            (t("Amount to pay", "مبلغ قابل پرداخت"), _money(to_pay, lang)),
        ]
        if request.paid_irr is not None:
            facts.append(
                (
                    t("Paid", "پرداخت‌شده"),
                    f"{_day(request.paid_on, lang)} — {code_for(request.payment_reference, lang)}",
                )
            )
        signatory = _signatory(lang)
        conference = request.kind == "conference"
        what = (
            t("support to present at the conference below", "حمایت از شرکت در همایش زیر")
            if conference
            else t(
                f"support for {kind_with_article(request.kind)} (below)",
                f"حمایت از {name(request.kind, 'fa')} زیر",
            )
        )
        opening = t(
            f"To the finance office of the faculty: please pay {payee} the sum of {_money(to_pay, lang)}, "
            f"approved by the Scholarship Council as {what}, against the receipts.",
            f"امور مالی دانشکده: خواهشمند است دستور فرمایید مبلغ {_money(to_pay, lang)} که به تصویب شورای "
            f"بورس رسیده است، بابت {what} در وجه {payee} در قبال ارائه مدارک هزینه پرداخت شود.",
        )
        return FundingDocument(
            lang=lang,
            title=t(
                "Payment order: support to present at a conference abroad",
                "دستور پرداخت حمایت از شرکت در همایش خارجی",
            )
            if conference
            else t(
                f"Payment order: {name(request.kind, 'en').lower()}",
                f"دستور پرداخت: {name(request.kind, 'fa')}",
            ),
            date_text=_day(dates.today(), lang),
            reference=reference(request, lang),
            facts=facts,
            sections=[
                Section(paragraphs=[opening]),
                Section(
                    t(
                        "Requested costs (rials at the rates of the day of submission)",
                        "هزینه‌های درخواستی (ریال به نرخ روز ارسال درخواست)",
                    ),
                    table=Table(
                        [t("Cost", "هزینه"), t("Amount", "مبلغ"), t("In rials", "به ریال")],
                        (1.2, 1, 1.2),
                        line_rows,
                        (False, True, True),
                        (t("Total", "جمع"), "", _money(request.requested_irr, lang)),
                    ),
                ),
            ],
            signatory_name=signatory[0],
            signatory_title=signatory[1],
        )


# ---------------------------------------------------------------- the annual report


# ---------------------------------------------------------------- PDFs


def _pdf(make: Callable[[int, str], object], record: int, lang: str | None) -> bytes:
    from app.documents.funding import build_funding_pdfs

    docs = [make(record, language) for language in _langs(lang)]
    return build_funding_pdfs(docs, settings.letterhead())  # type: ignore[arg-type]


def payment_order_pdf(request_id: int, lang: str | None = None) -> bytes:
    return _pdf(payment_order, request_id, lang)


def council_annex_pdf(meeting_id: int, lang: str | None = None) -> bytes:
    return _pdf(council_annex, meeting_id, lang)


def annual_report_pdf(year: int, lang: str | None = None) -> bytes:
    return _pdf(annual_report, year, lang)


# ---------------------------------------------------------------- the register as a workbook


def export_register(path, lang: str = "en") -> int:  # type: ignore[no-untyped-def]
    """The whole register (archive included) as an .xlsx workbook: amounts in rials as numbers, dates as
    dates; returns the rows written."""
    from pathlib import Path

    from app.documents.xlsx import Sheet, write_xlsx
    from app.services.funding.register import FundingFilter, list_funding
    from app.services.paging import PageRequest, every_row

    rows = [
        row
        for archived in (False, True)
        for row in every_row(
            lambda request: list_funding(request, FundingFilter()), PageRequest(sort="id", archived=archived)
        )
    ]
    t = _t(lang)
    headers = [
        "id",
        t("fiscal year", "سال مالی"),
        t("status", "وضعیت"),
        t("applicant", "متقاضی"),
        t("department", "گروه"),
        t("conference", "همایش"),
        t("city", "شهر"),
        t("country", "کشور"),
        t("starts on", "از"),
        t("ends on", "تا"),
        t("requested (IRR)", "درخواستی (ریال)"),
        t("approved (IRR)", "مصوب (ریال)"),
        t("paid (IRR)", "پرداختی (ریال)"),
        t("archived", "بایگانی"),
    ]
    return write_xlsx(
        Path(path),
        [
            Sheet(
                t("Funding requests", "درخواست‌های حمایت"),
                headers,
                (
                    [
                        r.id,
                        r.fiscal_year,
                        name(r.status, lang),
                        r.applicant(lang),
                        r.unit_fa if lang == "fa" else r.unit_en or r.unit_fa,
                        r.conference,
                        r.city,
                        country_name(r.country, lang),
                        r.starts_on,
                        r.ends_on,
                        r.requested_irr,
                        r.approved_irr,
                        r.paid_irr,
                        t("yes", "بله") if r.archived else "",
                    ]
                    for r in rows
                ),
                right_to_left=lang == "fa",
                widths=(6, 8, 16, 28, 28, 44, 14, 14, 12, 12, 16, 16, 16, 8),
            )
        ],
    )

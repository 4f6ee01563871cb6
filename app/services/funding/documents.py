"""The data of the funding documents, in either language: the payment order to finance, the council annex
of a meeting, and the annual funding report; and their PDFs (one language, or both one after the other)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.countries import country_name
from app.common.money import format_amount
from app.common.text import code_for, digits_for, isolate
from app.services import context, settings
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError
from app.services.funding import rates
from app.services.funding.budgets import summary_before_in
from app.services.funding.cases import kind_rules_in
from app.services.funding.decision import applicant_name, meeting_of
from app.services.funding.names import author_position, kind_with_article, name
from app.services.funding.requests import facts_of, get_request_in, lines_of
from app.services.funding.rules import cap_of, check, earlier_awards, rules_in
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
from db.models import FundingRequest, Letter, Meeting, MeetingKind, Person


def _presentation_or_case(request: FundingRequest, lang: str) -> str:
    """The annex's last line of a request: the presentation and author, or the kind, host and months."""
    comma = "، " if lang == "fa" else ", "
    if request.kind == "conference":
        return name(request.presentation_kind, lang) + comma + author_position(request.author_position, lang)
    parts = [name(request.kind, lang), isolate(request.host_institution)]
    if request.duration_months:
        months = digits_for(str(request.duration_months), lang)
        parts.append(f"{months} ماه" if lang == "fa" else f"{months} months")
    return comma.join(parts)


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


# ---------------------------------------------------------------- the council annex


def _awards_text(session: Session, request: FundingRequest, lang: str) -> str:
    awards = earlier_awards(session, request.applicant_id, 1300, 1500, request.id, kind=None)
    if not awards:
        return lang == "fa" and "ندارد" or "none"
    return "\n".join(
        f"{digits_for(str(dates.jalali_year(a.decided_on)), lang)}: {_num(a.approved_irr, lang)} "
        f"({name(a.status, lang)})"
        for a in awards
    )


def council_annex(meeting_id: int, lang: str):  # type: ignore[no-untyped-def]
    """The table of the funding requests on a council meeting's agenda: who, what, the amounts requested, the
    caps, the rule checks and the applicant's earlier awards; with the budget of the year."""
    from app.documents.funding import FundingDocument, Section, Table

    t = _t(lang)
    with context.database().reading() as session:
        meeting = session.get(Meeting, meeting_id) if isinstance(meeting_id, int) else None
        if meeting is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        kind = session.get(MeetingKind, meeting.kind_id)
        requests = list(
            session.execute(
                select(FundingRequest)
                .where(FundingRequest.meeting_id == meeting_id, FundingRequest.archived_at.is_(None))
                .order_by(FundingRequest.agenda_item_id, FundingRequest.id)
            ).scalars()
        )
        day = meeting.starts_at.date()
        year = dates.jalali_year(day)
        total = summary_before_in(session, year, day)  # as the council finds it, not as it is today
        rows = []
        for n, request in enumerate(requests, 1):
            person = session.get(Person, request.applicant_id)
            who = "\n".join(
                [
                    applicant_name(session, request.applicant_id, lang),
                    _kind(request, lang),
                    _unit(session, request.unit_id or (person.unit_id if person else None), lang),
                ]
            )
            what = "\n".join(
                [
                    request.conference,
                    _where(request, lang),
                    f"{_day(request.starts_on, lang)} – {_day(request.ends_on, lang)}",
                    _presentation_or_case(request, lang),
                ]
            )
            facts = facts_of(session, request)
            findings = check(session, facts, request.submitted_on or day)  # as of the submission
            checks = "\n".join(("✗ " if f.blocking else "! ") + f.text(lang) for f in findings) or t(
                "No rule broken", "بدون مغایرت با قواعد"
            )
            cap = (  # the council approves under its own year's caps
                cap_of(rules_in(session, year), facts)
                if request.kind == "conference"
                else kind_rules_in(session, year, request.kind).cap_irr(
                    request.academic_rank, request.country, request.duration_months
                )
            )
            decided = (
                ""
                if request.status == "on_agenda"
                else "\n"
                + name(request.status, lang)
                + (f": {_num(request.approved_irr, lang)}" if request.approved_irr else "")
            )
            rows.append(
                (
                    digits_for(str(n), lang),
                    who,
                    what,
                    _num(request.requested_irr, lang) + decided,
                    _num(cap, lang) if cap is not None else "—",
                    checks,
                    _awards_text(session, request, lang),
                )
            )
        meeting_name = (kind.name_fa if lang == "fa" else kind.name_en or kind.name_fa) if kind else ""
        asked = _money(sum(r.requested_irr for r in requests), lang)
        budget_text = t(
            f"Budget of fiscal year {year} before this meeting ({_day(day, lang)}): "
            f"{_money(total.allocated_irr, lang)} allocated, "
            f"{_money(total.committed_irr, lang)} committed, {_money(total.paid_irr, lang)} paid, "
            f"{_money(total.remaining_irr, lang)} remaining."
            + (f" The requests below ask for {asked} in all." if requests else ""),
            f"بودجه سال مالی {digits_for(str(year), 'fa')} پیش از این جلسه ({_day(day, lang)}): اعتبار "
            f"{_money(total.allocated_irr, lang)}، تعهدشده {_money(total.committed_irr, lang)}، پرداخت‌شده "
            f"{_money(total.paid_irr, lang)}، مانده {_money(total.remaining_irr, lang)}."
            + (f" جمع مبالغ درخواستی زیر {asked} است." if requests else ""),
        )
        return FundingDocument(
            lang=lang,
            title=t(
                f"Annex to the agenda of {meeting_name} no. {meeting.number}: support requests",
                f"پیوست دستور جلسه شماره {digits_for(meeting.number, 'fa')} {meeting_name}: درخواست‌های حمایت",
            ),
            date_text=_day(day, lang),
            reference=digits_for(meeting.number, lang),
            sections=[
                Section(
                    paragraphs=[budget_text]
                    if total.set_up
                    else [
                        t(
                            f"No budget has been set for fiscal year {year}.",
                            f"بودجه سال مالی {digits_for(str(year), 'fa')} تعیین نشده است.",
                        )
                    ]
                ),
                Section(
                    table=Table(
                        [
                            "#",
                            t("Applicant", "متقاضی"),
                            t("Conference or case", "همایش یا موضوع"),
                            t("Requested (rials)", "درخواستی (ریال)"),
                            t("Cap (rials)", "سقف (ریال)"),
                            t("Rule checks", "بررسی قواعد"),
                            t("Earlier awards", "حمایت‌های پیشین"),
                        ],
                        (0.35, 1.7, 2.0, 1.35, 1.35, 2.2, 1.35),
                        rows,
                        (True, False, False, True, True, False, False),
                    )
                )
                if rows
                else Section(
                    paragraphs=[
                        t(
                            "No funding request is on this meeting's agenda.",
                            "درخواست حمایتی در دستور این جلسه نیست.",
                        )
                    ]
                ),
            ],
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

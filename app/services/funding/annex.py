"""The council annex of a meeting, in either language: the table of the funding requests on its agenda
(who, what, the amounts, the caps, the rule checks and the earlier awards) with the budget of the year."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.text import digits_for, isolate
from app.services import context
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError
from app.services.funding.budgets import summary_before_in
from app.services.funding.cases import kind_rules_in
from app.services.funding.decision import applicant_name
from app.services.funding.names import author_position, name
from app.services.funding.requests import facts_of
from app.services.funding.rules import cap_of, check, earlier_awards, rules_in
from app.services.funding.wording import _day, _kind, _money, _num, _t, _unit, _where
from db.models import FundingRequest, Meeting, MeetingKind, Person


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

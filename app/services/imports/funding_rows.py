"""Past conference funding requests from an office's sheet, with their outcome: the amount asked, the
council's decision (approved amount, or the reason of a rejection after the dash), what was paid and when,
the report.

Each request lands in the status it reached with one history entry saying it was imported; it does not go
through the workflow (nor its rules) again. Its id is taken like a number, as for a new request.
"""

from __future__ import annotations

from typing import Any

from app.common import dates
from app.common.countries import country_name
from app.common.text import normalize_for_search
from app.services import context, numbering
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.funding import requests
from app.services.imports import values as read
from app.services.imports import words
from app.services.imports.registers import Field, Register, Row, _f
from app.services.imports.visit_rows import person_for
from db.models import FundingRequest, FundingTransition, Person

STATUSES = {
    "submitted": ("ارسال شده", "در انتظار بررسی", "submitted", "pending"),
    "approved": ("تصویب شد", "تصویب شده", "موافقت شد", "approved"),
    "partly_approved": ("تصویب بخشی", "بخشی تصویب شد", "partly approved", "partially approved"),
    "rejected": ("رد شد", "رد شده", "مخالفت شد", "rejected"),
    "deferred": ("مسکوت", "به تعویق افتاد", "deferred"),
    "paid": ("پرداخت شد", "پرداخت شده", "paid"),
    "report_received": ("گزارش دریافت شد", "گزارش رسید", "report received"),
    "closed": ("مختومه", "بسته شد", "closed"),
    "withdrawn": ("انصراف", "منصرف شد", "withdrawn"),
}
PRESENTATIONS = {
    "oral": ("سخنرانی", "شفاهی", "oral"),
    "poster": ("پوستر", "poster"),
    "invited_talk": ("سخنران مدعو", "invited talk", "invited"),
    "workshop": ("کارگاه", "workshop"),
}
APPLICANT_KINDS = {k: v for k, v in words.PERSON_KINDS.items() if k in requests.APPLICANT_KINDS}

FIELDS: tuple[Field, ...] = (
    _f(
        "applicant",
        QT_TRANSLATE_NOOP("imports", "Applicant"),
        "متقاضی",
        "نام متقاضی",
        "نام و نام خانوادگی",
        "applicant",
        "name",
        kind="name",
        required=True,
    ),
    _f("applicant_kind", QT_TRANSLATE_NOOP("imports", "Kind"), "نوع متقاضی", "نوع", "kind", kind="choice"),
    _f("academic_rank", QT_TRANSLATE_NOOP("imports", "Academic rank"), "مرتبه علمی", "rank", kind="choice"),
    _f(
        "supervisor",
        QT_TRANSLATE_NOOP("imports", "Supervisor (students)"),
        "استاد راهنما",
        "استاد راهنما (دانشجویان)",
        "supervisor",
        kind="name",
    ),
    _f("unit", QT_TRANSLATE_NOOP("imports", "Unit"), "گروه", "گروه آموزشی", "department", kind="unit"),
    _f(
        "conference",
        QT_TRANSLATE_NOOP("imports", "Conference"),
        "همایش",
        "نام همایش",
        "کنگره",
        "conference",
        kind="name",
        required=True,
    ),
    _f("city", QT_TRANSLATE_NOOP("imports", "City"), "شهر", "city"),
    _f("country", QT_TRANSLATE_NOOP("imports", "Country"), "کشور", "country", kind="country"),
    _f(
        "starts_on",
        QT_TRANSLATE_NOOP("imports", "Starts on"),
        "تاریخ شروع",
        "از تاریخ",
        "starts",
        "start",
        kind="date",
        required=True,
    ),
    _f(
        "ends_on",
        QT_TRANSLATE_NOOP("imports", "Ends on"),
        "تاریخ پایان",
        "تا تاریخ",
        "ends",
        "end",
        kind="date",
    ),
    _f(
        "presentation_kind",
        QT_TRANSLATE_NOOP("imports", "Presentation"),
        "نوع ارائه",
        "ارائه",
        "presentation",
        kind="choice",
    ),
    _f("paper_title", QT_TRANSLATE_NOOP("imports", "Paper title"), "عنوان مقاله", "عنوان", "paper", "title"),
    _f(
        "requested",
        QT_TRANSLATE_NOOP("imports", "Requested (rials)"),
        "مبلغ درخواستی",
        "درخواستی",
        "requested",
        kind="amount",
    ),
    _f(
        "status", QT_TRANSLATE_NOOP("imports", "Status"), "وضعیت", "نتیجه", "status", "outcome", kind="choice"
    ),
    _f(
        "approved",
        QT_TRANSLATE_NOOP("imports", "Approved (rials)"),
        "مبلغ مصوب",
        "مصوب",
        "approved",
        kind="amount",
    ),
    _f(
        "paid", QT_TRANSLATE_NOOP("imports", "Paid (rials)"), "مبلغ پرداختی", "پرداختی", "paid", kind="amount"
    ),
    _f("paid_on", QT_TRANSLATE_NOOP("imports", "Paid on"), "تاریخ پرداخت", "paid on", kind="date"),
    _f(
        "report_received_on",
        QT_TRANSLATE_NOOP("imports", "Report received on"),
        "تاریخ گزارش",
        "گزارش",
        "report",
        kind="date",
    ),
    _f("notes", QT_TRANSLATE_NOOP("imports", "Notes"), "توضیحات", "notes"),
)


def _convert(cells: dict[str, Any], calendars: dict[str, str]) -> Row:
    applicant = read.name(cells.get("applicant"), "applicant", 250)
    if not applicant:
        raise ValidationError("applicant", QT_TRANSLATE_NOOP("errors", "Name the applicant."))

    def choice(key: str, table: dict[str, tuple[str, ...]], default: str) -> tuple[str, str]:
        if not read.tidy(cells.get(key)):
            return default, ""
        return read.choice(cells[key], key, table, words.allowed(table))

    def day(key: str) -> Any:
        return read.date(cells.get(key), key, calendars.get(key, dates.JALALI))

    kind, _ = choice("applicant_kind", APPLICANT_KINDS, "faculty")
    rank, _ = choice("academic_rank", words.ACADEMIC_RANKS, "")
    status, reason = choice("status", STATUSES, "submitted")
    presentation, _ = choice("presentation_kind", PRESENTATIONS, "oral")
    starts, ends = day("starts_on"), day("ends_on")
    country = read.tidy(cells.get("country"))
    code = words.country_code(country) if country else ""
    if code is None:
        raise ValidationError(
            "country",
            QT_TRANSLATE_NOOP("errors", "«{value}» is not a country the program knows."),
            value=country,
        )
    values = requests.clean_request(
        {
            "applicant_id": 1,
            "applicant_kind": kind,
            "academic_rank": rank,  # the applicant is matched when written
            "supervisor_id": 2
            if kind in requests.STUDENTS
            else None,  # a past request's supervisor is not asked for
            "conference": read.name(cells.get("conference"), "conference", 300),
            "city": read.text(cells.get("city"), "city", 120),
            "country": code,
            "starts_on": starts,
            "ends_on": ends or starts,
            "presentation_kind": presentation,
            "paper_title": read.text(cells.get("paper_title"), "paper_title", 400) or "-",
            "notes": read.text(cells.get("notes"), "notes", 4000),
        }
    )
    values.pop("lines")
    values.update(
        applicant_id=None,
        supervisor_id=None,
        status=status,
        fiscal_year=dates.jalali_year(starts),
        requested_irr=read.amount(cells.get("requested"), "requested") or 0,
        approved_irr=read.amount(cells.get("approved"), "approved"),
        paid_irr=read.amount(cells.get("paid"), "paid"),
        paid_on=day("paid_on"),
        report_received_on=day("report_received_on"),
        decision_reason=reason if status in ("rejected", "deferred", "withdrawn") else "",
        applicant=applicant,
    )
    supervisor = read.name(cells.get("supervisor"), "supervisor", 250) if kind in requests.STUDENTS else ""
    if supervisor and words.name_key(supervisor) == words.name_key(applicant):
        raise ValidationError(
            "supervisor", QT_TRANSLATE_NOOP("errors", "The supervisor cannot be the applicant.")
        )
    values["supervisor"] = supervisor  # matched with (or added to) the faculty when written
    key = f"funding:{words.name_key(applicant)}|{read.fold(values['conference'])}|{starts.isoformat()}"
    return Row(values, f"{applicant} — {values['conference']}", (key,), unit=read.tidy(cells.get("unit")))


def keys_of(request: FundingRequest) -> tuple[str, ...]:
    from sqlalchemy.orm import object_session

    person = object_session(request).get(Person, request.applicant_id)
    names = (
        [
            words.name_key(person.first_name_fa, person.last_name_fa),
            words.name_key(person.first_name_en, person.last_name_en),
        ]
        if person is not None
        else []
    )
    return tuple(
        f"funding:{n}|{read.fold(request.conference)}|{request.starts_on.isoformat()}" for n in names if n
    )


def create(session: Any, values: dict[str, Any]) -> FundingRequest:
    """The request in the status it reached, with one history entry marking it imported."""
    values = dict(values)
    person = person_for(session, values.pop("applicant"), values["applicant_kind"])
    values["applicant_id"] = person.id
    supervisor = values.pop("supervisor", "")
    if supervisor:
        values["supervisor_id"] = person_for(session, supervisor, "faculty").id
    parts = [
        values["conference"],
        values["city"],
        values["paper_title"],
        country_name(values["country"], "en"),
        country_name(values["country"], "fa"),
        person.first_name_en,
        person.last_name_en,
        person.first_name_fa,
        person.last_name_fa,
    ]
    values["search_key"] = normalize_for_search(" ".join(p for p in parts if p))
    request = FundingRequest(id=numbering.take_next_id(session, "funding-requests"), **values)
    session.add(request)
    session.flush()
    session.add(
        FundingTransition(
            request_id=request.id,
            actor=context.actor(),
            from_status="",
            to_status=values["status"],
            amount_irr=values["approved_irr"],
            note="imported",
        )
    )
    return request


FUNDING = Register(
    "funding",
    QT_TRANSLATE_NOOP("imports", "Conference funding requests"),
    "funding_requests",
    FundingRequest,
    FIELDS,
    _convert,
    lambda v: v,
    create=create,
    keys_of=keys_of,
)

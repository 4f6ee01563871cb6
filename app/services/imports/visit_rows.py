"""Visits from an office's sheet: one row a visit, its guests named in one cell (or a delegation with its head
count), its dates, status sentence (a cancelled visit's reason after the dash) and its cost in rials.

A past visit comes with the status it reached; it is recorded as imported and not taken through the
workflow again. Each visit gets the next reference of its year (a sheet's own number is kept in the notes).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.countries import country_name
from app.common.dates import JALALI
from app.common.text import normalize_for_search
from app.services import directory
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.imports import values as read
from app.services.imports import words
from app.services.imports.registers import Field, Register, Row, _f
from app.services.visits import core as visits
from db.models import Person, Visit, VisitCost, VisitGuest

VISIT_STATUSES = {
    "proposed": ("پیشنهادی", "پیشنهاد شده", "proposed"),
    "approved": ("تصویب شده", "تایید شده", "موافقت شد", "approved"),
    "invited": ("دعوت شده", "دعوتنامه ارسال شد", "invited"),
    "confirmed": ("قطعی", "قطعی شده", "confirmed"),
    "in_progress": ("در حال انجام", "in progress"),
    "completed": ("انجام شد", "انجام شده", "برگزار شد", "completed", "done", "held"),
    "report_filed": ("گزارش ثبت شد", "گزارش داده شد", "report filed"),
    "cancelled": ("لغو", "لغو شد", "لغو شده", "منتفی", "منتفی شد", "cancelled", "canceled"),
}
VISIT_KINDS = {
    "visiting_professor": ("استاد مدعو", "visiting professor"),
    "delegation": ("هیئت", "هیات", "هیئت خارجی", "delegation"),
    "external_examiner": ("داور خارجی", "external examiner"),
    "accreditation": ("اعتباربخشی", "accreditation"),
    "mou_signing": ("امضای تفاهم نامه", "mou signing"),
    "other": ("سایر", "other"),
}

FIELDS: tuple[Field, ...] = (
    _f(
        "guests",
        QT_TRANSLATE_NOOP("imports", "Guests"),
        "نام مهمان",
        "مهمان",
        "مهمانان",
        "نام میهمان",
        "guest",
        "guests",
        "visitor",
        "delegation",
        kind="name",
        required=True,
    ),
    _f("kind", QT_TRANSLATE_NOOP("imports", "Kind"), "نوع بازدید", "نوع", "kind", "type", kind="choice"),
    _f(
        "purpose", QT_TRANSLATE_NOOP("imports", "Purpose"), "هدف", "موضوع", "هدف بازدید", "purpose", "subject"
    ),
    _f(
        "partner",
        QT_TRANSLATE_NOOP("imports", "Partner institution"),
        "دانشگاه",
        "موسسه",
        "دانشگاه مبدا",
        "affiliation",
        "university",
        "institution",
        kind="partner",
    ),
    _f("country", QT_TRANSLATE_NOOP("imports", "Country"), "کشور", "country", kind="country"),
    _f(
        "arrival_date",
        QT_TRANSLATE_NOOP("imports", "Arrival"),
        "تاریخ ورود",
        "از تاریخ",
        "ورود",
        "arrival",
        "from",
        kind="date",
    ),
    _f(
        "departure_date",
        QT_TRANSLATE_NOOP("imports", "Departure"),
        "تاریخ خروج",
        "تا تاریخ",
        "خروج",
        "departure",
        "to",
        kind="date",
    ),
    _f(
        "unit",
        QT_TRANSLATE_NOOP("imports", "Host unit"),
        "میزبان",
        "واحد میزبان",
        "گروه میزبان",
        "host",
        "host unit",
        kind="unit",
    ),
    _f("status", QT_TRANSLATE_NOOP("imports", "Status"), "وضعیت", "status", kind="choice"),
    _f(
        "cost",
        QT_TRANSLATE_NOOP("imports", "Cost (rials)"),
        "هزینه",
        "هزینه (ریال)",
        "مبلغ",
        "cost",
        "amount",
        kind="amount",
    ),
    _f(
        "sheet_number",
        QT_TRANSLATE_NOOP("imports", "The sheet's own number"),
        "شماره",
        "کد",
        "number",
        "ref",
        "reference",
    ),
    _f("notes", QT_TRANSLATE_NOOP("imports", "Notes"), "توضیحات", "ملاحظات", "notes", "remarks"),
)

_SEPARATORS = re.compile(r"\s*[;؛،]\s*|\s*,\s*|\s+(?:و|and)\s+")


_MORE = re.compile(r"\s*\(\+\d+\)\s*$")


def _has_persian(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _convert(cells: dict[str, Any], calendars: dict[str, str]) -> Row:
    written = read.name(cells.get("guests"), "guests", 400)
    if not written:
        raise ValidationError("guests", QT_TRANSLATE_NOOP("errors", "Name the guest or the delegation."))
    count = read.head_count(written)
    guests = [] if count is not None else [g for g in _SEPARATORS.split(written) if g]
    kind, _ = (
        read.choice(cells["kind"], "kind", VISIT_KINDS, words.allowed(VISIT_KINDS))
        if read.tidy(cells.get("kind"))
        else ("delegation" if count is not None or len(guests) > 1 else "visiting_professor", "")
    )
    status, reason = ("proposed", "")
    if read.tidy(cells.get("status")):
        status, reason = read.choice(cells["status"], "status", VISIT_STATUSES, words.allowed(VISIT_STATUSES))
    arrival = read.date(cells.get("arrival_date"), "arrival_date", calendars.get("arrival_date", JALALI))
    departure = read.date(
        cells.get("departure_date"), "departure_date", calendars.get("departure_date", JALALI)
    )
    read.date_order(arrival, departure, "departure_date")
    cost = read.amount(cells.get("cost"), "cost")
    purpose = read.text(cells.get("purpose"), "purpose", 400) or written
    notes = [read.text(cells.get("notes"), "notes", 4000)]
    if count is not None:
        notes.append(f"{written} ({count})" if count else written)
    number = read.text(cells.get("sheet_number"), "sheet_number", 60)
    if number:
        notes.append(f"# {number}")
    values = visits.clean_visit(
        {
            "kind": kind,
            "purpose_fa" if _has_persian(purpose) else "purpose_en": purpose,
            "arrival_date": arrival,
            "departure_date": departure,
            "costs_by": "faculty",
            "notes": "\n".join(n for n in notes if n),
            "costs": [{"kind": "other", "currency": "IRR", "amount": cost, "note": ""}] if cost else [],
        }
    )
    values.pop("guests")
    country = read.tidy(cells.get("country"))
    code = words.country_code(country) if country else ""
    if code is None:
        raise ValidationError(
            "country",
            QT_TRANSLATE_NOOP("errors", "«{value}» is not a country the program knows."),
            value=country,
        )
    values.update(
        status=status,
        cancel_reason=reason if status == "cancelled" else "",
        country=code or "",
        guest_names=guests,
        guests_fa=written if _has_persian(written) else "",
        guests_en="" if _has_persian(written) else written,
    )
    day = arrival.isoformat() if arrival else ""
    return Row(
        values,
        written,
        (f"visit:{day}|{words.name_key(guests[0] if guests else written)}",),  # as keys_of reads it back
        unit=read.tidy(cells.get("unit")),
        partner=read.tidy(cells.get("partner")),
    )


def keys_of(visit: Visit) -> tuple[str, ...]:
    """The stored visit's match keys: its guests on its day, alone and under its partner (a sheet's row that
    names a partner is keyed under the partner's id)."""
    day = visit.arrival_date.isoformat() if visit.arrival_date else ""
    # the first guest's name: a visit of several guests is stored as «first (+N)»
    names = sorted({words.name_key(_MORE.sub("", n)) for n in (visit.guests_en, visit.guests_fa) if n})
    keys = [f"visit:{day}|{n}" for n in names]
    if visit.institution_id is not None:
        keys += [f"{visit.institution_id}|{k}" for k in keys]
    return tuple(keys)


def person_for(session: Session, name: str, kind: str, country: str = "") -> Person:
    """The directory's person of this name and kind, or a new one (marked with the import by apply_import)."""
    index: dict[str, Person] = session.info.setdefault(f"import_people:{kind}", {})
    if not index:
        for person in session.execute(
            select(Person).where(Person.archived_at.is_(None), Person.kind == kind)
        ).scalars():
            for key in (
                words.name_key(person.first_name_fa, person.last_name_fa),
                words.name_key(person.first_name_en, person.last_name_en),
            ):
                if key:
                    index.setdefault(key, person)
    key = words.name_key(name)
    if key in index:
        return index[key]
    title, rest = words.split_title(name)
    first, _, last = rest.rpartition(" ")
    script = "fa" if _has_persian(name) else "en"
    values = directory.clean_person(
        {
            "kind": kind,
            **directory.sorted_title(title),  # «دکتر» is the Persian title, "Dr." the English one
            f"first_name_{script}": first,
            f"last_name_{script}": last,
            "country": country,
        }
    )
    person = Person(
        **values, search_key=directory.person_search_key(values), sort_fa=directory.person_sort_fa(values)
    )
    session.add(person)
    session.flush()
    session.info.setdefault("import_created", []).append(("people", person.id, values))
    index[key] = person
    return person


def create(session: Session, values: dict[str, Any]) -> Visit:
    """The visit with its reference, guests (matched in the directory or added to it) and costs."""
    values = dict(values)
    names, costs = values.pop("guest_names"), values.pop("costs")
    people = [person_for(session, n, visits.GUEST_KIND, values["country"]) for n in names]
    if people:
        values["guests_en"] = visits.names_of(people[0])[0] + (
            f" (+{len(people) - 1})" if len(people) > 1 else ""
        )
        values["guests_fa"] = visits.names_of(people[0])[1] + (
            f" (+{len(people) - 1})" if len(people) > 1 else ""
        )
    visit = Visit(reference=visits._new_reference(session, values["arrival_date"]), **values)
    visit.guests = [VisitGuest(person_id=p.id, is_head=i == 0, position=i) for i, p in enumerate(people)]
    visit.costs = [VisitCost(position=i, **c) for i, c in enumerate(costs)]
    words_ = [
        values["purpose_en"],
        values["purpose_fa"],
        values["guests_en"],
        values["guests_fa"],
        country_name(values["country"], "en"),
        country_name(values["country"], "fa"),
    ]
    visit.search_key = normalize_for_search(" ".join([visit.reference, *words_]))[:2000]
    return visit


VISITS = Register(
    "visits",
    QT_TRANSLATE_NOOP("imports", "Visits"),
    "visits",
    Visit,
    FIELDS,
    _convert,
    lambda v: v,
    unit_field="host_unit_id",
    create=create,
    keys_of=keys_of,
)

"""The visit's printed sheets: the itinerary (for the guests, in either language or both), the host
briefing, the guests' name cards, the visit report, and the programme as a calendar file."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.common.countries import country_name
from app.common.money import format_amount
from app.services import context, settings
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.visits.core import get_visit_obj, names_of
from app.services.visits.guests import (
    DOCUMENT_LANGS,
    Guest,
    _both,
    _check_lang,
    _contacts,
    _flight,
    _guest_line,
    _guests,
    _institution,
)
from app.services.visits.itinerary import _items, _rows
from db.models import Person, Unit

if TYPE_CHECKING:
    from app.documents.itinerary import ItineraryData
    from app.documents.visits import GuestCard, VisitSheet


def itinerary_data(visit_id: int, guest_id: int | None = None) -> ItineraryData:
    """The programme of a visit for the whole delegation, or for one of its guests (`guest_id`)."""
    from app.documents.itinerary import ItineraryData, ItineraryDay, ItineraryEntry

    with context.database().reading() as session:
        visit = get_visit_obj(session, visit_id)
        guests = _guests(session, visit)
        chosen = None
        if guest_id is not None:
            chosen = next((g for g in guests if g.person_id == guest_id), None)
            if chosen is None:
                raise ValidationError(
                    "guest", QT_TRANSLATE_NOOP("errors", "This person is not a guest of the visit.")
                )
        rows = _rows(session, _items(session, visit.id))
        days: dict[dt.date, list[ItineraryEntry]] = {}
        for row in rows:
            days.setdefault(row.day, []).append(
                ItineraryEntry(
                    start=row.start,
                    end=row.end,
                    title=_both(row.title_en, row.title_fa),
                    location=row.location,
                    host=_both(row.host_en, row.host_fa),
                    participants=_both(
                        ", ".join(p for p in (*row.participants_en, row.participants_text) if p),
                        "، ".join(p for p in (*row.participants_fa, row.participants_text) if p),
                    ),
                    transport=row.transport,
                    notes=row.notes,
                )
            )
        return ItineraryData(
            reference=visit.reference,
            purpose=_both(visit.purpose_en, visit.purpose_fa),
            guests=tuple(_both(_guest_line(g, "en"), _guest_line(g, "fa")) for g in guests),
            institution=_institution(session, visit),
            first_day=visit.arrival_date,
            last_day=visit.departure_date,
            arrival=_both(_flight(visit, "arrival", "en"), _flight(visit, "arrival", "fa")),
            departure=_both(_flight(visit, "departure", "en"), _flight(visit, "departure", "fa")),
            accommodation=visit.accommodation,
            local_transport=visit.local_transport,
            interpreter=visit.interpreter,
            days=tuple(ItineraryDay(day, tuple(entries)) for day, entries in sorted(days.items())),
            contacts=_contacts(session, visit),
            for_guest=chosen.name if chosen else None,
            needs=chosen.needs if chosen else "",
        )


def itinerary_pdf(visit_id: int, lang: str | None = "both", guest_id: int | None = None) -> bytes:
    """The printed programme: lang "en", "fa" or "both" (side by side)."""
    from app.documents.itinerary import build_itinerary_pdf

    lang = _check_lang(lang or "both", DOCUMENT_LANGS)
    return build_itinerary_pdf(itinerary_data(visit_id, guest_id), lang, settings.letterhead())


def visit_sheet(visit_id: int) -> VisitSheet:
    """A visit's particulars for the briefing sheet and the post-visit report."""
    from app.documents.visits import CostLine, VisitSheet

    data = itinerary_data(visit_id)
    with context.database().reading() as session:
        visit = get_visit_obj(session, visit_id)
        unit = session.get(Unit, visit.host_unit_id) if visit.host_unit_id else None
        host = session.get(Person, visit.host_person_id) if visit.host_person_id else None
        guests = _guests(session, visit)
        return VisitSheet(
            itinerary=data,
            host_unit=_both(unit.name_en or unit.name_fa, unit.name_fa) if unit else _both("", ""),
            host=_both(*names_of(host)) if host else _both("", ""),
            notes=visit.notes,
            guests=tuple(_card(g) for g in guests),
            status=visit.status,
            summary=visit.report_summary,
            meetings=visit.report_meetings,
            agreements=visit.report_agreements,
            costs=tuple(
                CostLine(
                    c.kind,
                    format_amount(c.amount, c.currency, "en"),
                    format_amount(c.amount, c.currency, "fa"),
                    c.note,
                )
                for c in visit.costs
            ),
        )


def _card(guest: Guest) -> GuestCard:
    from app.documents.visits import GuestCard

    return GuestCard(
        name=guest.name,
        position=guest.position,
        institution=guest.institution,
        country=_both(country_name(guest.country, "en"), country_name(guest.country, "fa")),
        needs=guest.needs,
        email=guest.email,
        is_head=guest.is_head,
    )


def briefing_pdf(visit_id: int) -> bytes:
    """The host briefing sheet (Persian) for the people the guests will meet."""
    from app.documents.visits import build_briefing_pdf

    return build_briefing_pdf(visit_sheet(visit_id), settings.letterhead())


def name_cards_pdf(visit_id: int) -> bytes:
    """Name cards of the guests (and the host), on A4 sheets to cut."""
    from app.documents.visits import build_name_cards_pdf

    sheet = visit_sheet(visit_id)
    if not sheet.guests:
        raise StateError(QT_TRANSLATE_NOOP("errors", "Add the guests before printing this document."))
    s = settings.load()
    return build_name_cards_pdf(sheet.guests, _both(s["faculty_en"], s["faculty_fa"]))


def report_pdf(visit_id: int, lang: str | None = "fa") -> bytes:
    """The post-visit report: what happened, meetings held, agreements reached, programme and costs."""
    from app.documents.visits import build_report_pdf

    return build_report_pdf(visit_sheet(visit_id), _check_lang(lang or "fa"), settings.letterhead())


def itinerary_ics(visit_id: int) -> bytes:
    """The itinerary as an iCalendar file at Tehran time, one event per item; an item's UID stays, and its
    SEQUENCE rises each time the file is written after the item changed."""
    from app.documents.calendar import CalendarEvent
    from app.services import calendar_files

    data = itinerary_data(visit_id)
    with context.database().reading() as session:
        rows = _rows(session, _items(session, visit_id))
    events = []
    for row in rows:
        details = [f"{data.reference}"]
        if row.host_en:
            details.append(f"Host: {row.host_en}")
        if row.participants_en or row.participants_text:
            details.append(
                "With: " + ", ".join(p for p in (*row.participants_en, row.participants_text) if p)
            )
        details += [t for t in (row.transport, row.notes) if t]
        events.append(
            CalendarEvent(
                uid=f"visit-item-{row.id}@ivc-desk",
                starts=dt.datetime.combine(row.day, row.start),
                ends=dt.datetime.combine(row.day, row.end),
                summary=" / ".join(t for t in (row.title_en, row.title_fa) if t),
                location=row.location or "",
                description="\n".join(details),
            )
        )
    return calendar_files.ics_file("Visits", events, f"{data.reference} {data.purpose.en or data.purpose.fa}")

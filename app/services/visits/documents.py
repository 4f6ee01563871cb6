"""What is printed from a visit: the letters here (visa support, certificate of visit, registered in the
outgoing register); the itinerary, the host briefing sheet, name cards, the post-visit report and the .ics
calendar in visits/sheets.py (re-exported here); what they share in visits/guests.py.

The documents take plain data: these modules read the visit once and hand the builders what they print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.countries import country_name
from app.common.text import isolate
from app.services import audit, context, letters, settings
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.visits.core import get_visit_obj
from app.services.visits.guests import (  # noqa: F401 (also re-exported here, the old path)
    COSTS_BY_TEXT,
    DOCUMENT_LANGS,
    LANGS,
    Guest,
    _both,
    _check_lang,
    _contacts,
    _flight,
    _guest_line,
    _guests,
    _institution,
)
from app.services.visits.sheets import (  # noqa: F401 (also re-exported here, the old path)
    briefing_pdf,
    itinerary_data,
    itinerary_ics,
    itinerary_pdf,
    name_cards_pdf,
    report_pdf,
)
from db.models import Letter, Visit, VisitLetter

if TYPE_CHECKING:
    pass


# ---------------------------------------------------------------- letters in the outgoing register


def _letter_values(
    session: Session, visit: Visit, kind: str, lang: str, guests: list[Guest]
) -> dict[str, Any]:
    """A visa-support letter or a certificate of visit, as a draft of the letters register."""
    from app.documents.visit_layout import long_date

    first, last = long_date(visit.arrival_date, lang, False), long_date(visit.departure_date, lang, False)
    purpose = (
        (visit.purpose_fa or visit.purpose_en) if lang == "fa" else (visit.purpose_en or visit.purpose_fa)
    )
    s = settings.load()
    institution = _institution(session, visit).get(lang)
    names = (
        "، ".join(g.name.get("fa") for g in guests) if lang == "fa" else ", ".join(g.name.en for g in guests)
    )
    head = next((g for g in guests if g.is_head), guests[0])
    if kind == "visa":
        lines = []
        for g in guests:
            # Each value held apart: nothing typed in a name can move the passport number after it.
            nationality = isolate(country_name(g.nationality, lang))
            passport_name, passport = isolate(g.passport_name), isolate(g.passport_number) or "—"
            if lang == "fa":
                lines.append(
                    f"- نام (مطابق گذرنامه): {passport_name}، ملیت: {nationality}، شماره گذرنامه: {passport}"
                )
            else:
                lines.append(
                    f"- Name (as in passport): {passport_name}; nationality: {nationality}; "
                    f"passport number: {passport}"
                )
        costs = COSTS_BY_TEXT[visit.costs_by][1 if lang == "fa" else 0]
        if lang == "fa":
            body = (
                f"احتراماً، به استحضار می‌رساند {names} از {institution or 'مؤسسه همکار'} به دعوت "
                f"{s['faculty_fa']} و به منظور {purpose} از تاریخ {first} تا {last} از این دانشکده بازدید "
                f"خواهند کرد. {costs} خواهشمند است دستور فرمایید روادید ورود برای نامبردگان با مشخصات زیر "
                "صادر گردد.\n" + "\n".join(lines)
            )
            return {
                "recipient": "مدیرکل محترم امور کنسولی وزارت امور خارجه",
                "subject": f"درخواست صدور روادید برای {names}",
                "body": body,
                **letters.STANDARD_PHRASES["fa"],
            }
        body = (
            f"On behalf of the {s['faculty_en']}, {s['university_en']}, I am pleased to invite you"
            f"{' and your delegation' if len(guests) > 1 else ''} to visit our faculty from {first} to "
            f"{last} for the following purpose: {purpose}. {costs}\nThis letter is issued in support of the "
            f"visa application of:\n" + "\n".join(lines) + "\nWe look forward to welcoming you."
        )
        recipient = "\n".join(p for p in (head.addressed.en, head.position, head.institution.en) if p)
        return {
            "recipient": recipient,
            "subject": f"Invitation and visa support: {names}",
            "body": body,
            **letters.STANDARD_PHRASES["en"],
            "salutation": f"Dear {head.addressed.en},",
        }
    guest = guests[0]
    if lang == "fa":
        body = (
            f"بدین‌وسیله گواهی می‌شود {guest.name.fa}{'، ' + guest.position if guest.position else ''} از "
            f"{guest.institution.fa or institution} از تاریخ {first} تا {last} به منظور {purpose} از "
            f"{s['faculty_fa']} {s['university_fa']} بازدید نمودند. این دانشکده از حضور و همکاری ارزشمند "
            f"ایشان صمیمانه سپاسگزاری می‌کند و برای گسترش همکاری‌های علمی آینده آمادگی دارد."
        )
        return {
            "recipient": "",
            "subject": "گواهی بازدید و قدردانی",
            "body": body,
            "salutation": "",
            "closing": "با سپاس",
            "attachments_text": "ندارد",
        }
    body = (
        f"This is to certify that {guest.name.en}{', ' + guest.position if guest.position else ''}, "
        f"{guest.institution.en or institution}, visited the {s['faculty_en']}, {s['university_en']}, from "
        f"{first} to {last} for the following purpose: {purpose}.\nThe faculty warmly thanks {guest.name.en} "
        f"for the visit and the valuable contribution made, and looks forward to further collaboration."
    )
    return {
        "recipient": "To whom it may concern",
        "subject": "Certificate of visit and appreciation",
        "body": body,
        "salutation": "",
        "closing": "Sincerely,",
        "attachments_text": "None",
    }


def _letter_data(visit_id: int, kind: str, lang: str, guest_id: int | None) -> list[dict[str, Any]]:
    """The letters' fields: one visa letter for the delegation; one certificate per guest (or the one
    asked)."""
    if kind not in ("visa", "certificate"):
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    with context.database().reading() as session:
        visit = get_visit_obj(session, visit_id)
        guests = _guests(session, visit)
        if guest_id is not None:
            guests = [g for g in guests if g.person_id == guest_id]
            if not guests:
                raise ValidationError(
                    "guest", QT_TRANSLATE_NOOP("errors", "This person is not a guest of the visit.")
                )
        if not guests:
            raise StateError(QT_TRANSLATE_NOOP("errors", "Add the guests before printing this document."))
        if kind == "visa" and not (visit.arrival_date and visit.departure_date):
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors", "Enter the arrival and departure dates before moving the visit on."
                )
            )
        groups = [guests] if kind == "visa" else [[g] for g in guests]
        made = []
        for group in groups:
            values = _letter_values(session, visit, kind, lang, group)
            values.update(
                lang=lang,
                linked_table="visits",
                linked_id=visit.id,
                recipient_person_id=group[0].person_id if kind == "visa" and lang == "en" else None,
                _person=group[0].person_id if kind == "certificate" else None,
            )
            if not values["recipient"]:
                values["recipient"] = "\n".join(
                    p for p in (group[0].addressed.get(lang), group[0].institution.get(lang)) if p
                )
            made.append(values)
        return made


def letter_preview_pdf(
    visit_id: int, kind: str, lang: str | None = None, guest_id: int | None = None
) -> bytes:
    """The visa letter or the certificates as they would be issued (marked as drafts); nothing is saved."""
    from app.documents.letters import build_letters_pdf

    lang = _check_lang(lang)
    documents = [letters.draft_document(values) for values in _letter_data(visit_id, kind, lang, guest_id)]
    return build_letters_pdf(documents, settings.letterhead())


def register_letter(visit_id: int, kind: str, lang: str, guest_id: int | None = None) -> list[int]:
    """Draft the visa letter (or a certificate per guest) in the letters register, linked to the visit;
    returns the letters' ids, to issue with letters.issue_letter."""
    lang = _check_lang(lang)
    drafts = _letter_data(visit_id, kind, lang, guest_id)
    ids = []
    with context.database().writing() as session:
        visit = get_visit_obj(session, visit_id)
        if visit.archived_at is not None or visit.status == "cancelled":
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Restore the visit from the archive before changing it.")
            )
        for data in drafts:
            person = data.pop("_person")
            letter_id = letters.save_draft_in(session, letters.clean_letter(data))
            session.add(VisitLetter(visit_id=visit.id, letter_id=letter_id, kind=kind, person_id=person))
            audit.record(session, "visits", visit.id, "letter", {kind: (None, letter_id)})
            ids.append(letter_id)
    return ids


def visit_letters(visit_id: int, kind: str | None = None) -> list[dict[str, Any]]:
    """The letters registered for a visit, newest first: id, kind, person, language, number, status."""
    with context.database().reading() as session:
        get_visit_obj(session, visit_id)
        stmt = (
            select(VisitLetter, Letter)
            .join(Letter, VisitLetter.letter_id == Letter.id)
            .where(VisitLetter.visit_id == visit_id)
        )
        if kind:
            stmt = stmt.where(VisitLetter.kind == kind)
        return [
            {
                "id": letter.id,
                "kind": link.kind,
                "person_id": link.person_id,
                "lang": letter.lang,
                "number": letter.number,
                "status": letter.status,
                "subject": letter.subject,
            }
            for link, letter in session.execute(stmt.order_by(Letter.id.desc()))
        ]


def letter_pdf(visit_id: int, kind: str, lang: str | None = None, guest_id: int | None = None) -> bytes:
    """The newest issued letter of that kind and language (the stored document), else a preview."""
    lang = _check_lang(lang)
    for entry in visit_letters(visit_id, kind):
        if entry["lang"] == lang and entry["status"] == "issued" and guest_id in (None, entry["person_id"]):
            return letters.letter_pdf(entry["id"])
    return letter_preview_pdf(visit_id, kind, lang, guest_id)


# ------------------------------------------------------- briefing sheet, name cards, report, calendar

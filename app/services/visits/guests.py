"""What the visits' documents are made of: the languages, the guests as printed (names, positions,
flights), the office's contacts and the partner's name in both languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.common.countries import country_name
from app.common.text import digits_for
from app.services import settings
from app.services.directory import addressed_name
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.visits.core import names_of
from db.models import Institution, Person, Visit

if TYPE_CHECKING:
    from app.documents.itinerary import Both, Contact

LANGS = ("fa", "en")
DOCUMENT_LANGS = ("fa", "en", "both")
COSTS_BY_TEXT = {
    "faculty": (
        "All costs of the visit in Iran (accommodation, meals and local transport) are covered by the "
        "School of Medicine.",
        "هزینه‌های اقامت، پذیرایی و ایاب و ذهاب مهمان در ایران بر عهده این دانشکده است.",
    ),
    "guest": (
        "The costs of the visit are covered by the guest's own institution.",
        "هزینه‌های سفر بر عهده مؤسسه متبوع مهمان است.",
    ),
    "partner": (
        "The costs of the visit are covered by the partner institution under the agreement between the two "
        "institutions.",
        "هزینه‌های سفر بر اساس تفاهم‌نامه فیمابین بر عهده مؤسسه همکار است.",
    ),
    "shared": (
        "The costs of the visit are shared between the School of Medicine and the guest's institution.",
        "هزینه‌های سفر به طور مشترک بر عهده این دانشکده و مؤسسه متبوع مهمان است.",
    ),
}


@dataclass(frozen=True)
class Guest:
    person_id: int
    is_head: bool
    name: Both
    addressed: Both  # as a letter addresses them: «سرکار خانم پروفسور …», "Prof. Anna Schmidt", "Ms …"
    passport_name: str  # the Latin name as in the passport (no title)
    position: str
    institution: Both
    country: str
    nationality: str
    passport_number: str
    email: str
    phone: str
    needs: str


def _both(en: str, fa: str) -> Both:
    from app.documents.itinerary import Both

    return Both(en, fa)


def _check_lang(lang: str | None, allowed: tuple[str, ...] = LANGS) -> str:
    lang = lang or "en"
    if lang not in allowed:
        raise ValidationError("lang", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    return lang


def _guests(session: Session, visit: Visit) -> list[Guest]:
    guests = []
    for entry in visit.guests:
        person = session.get(Person, entry.person_id)
        institution = session.get(Institution, person.institution_id) if person.institution_id else None
        inst = (
            _both(institution.name_en, institution.name_fa or institution.name_en)
            if institution
            else _both(person.affiliation, person.affiliation)
        )
        guests.append(
            Guest(
                person_id=person.id,
                is_head=entry.is_head,
                name=_both(*names_of(person)),
                addressed=_both(addressed_name(person, "en"), addressed_name(person, "fa")),
                passport_name=" ".join(p for p in (person.first_name_en, person.last_name_en) if p).upper(),
                position=person.position,
                institution=inst,
                country=person.country,
                nationality=person.nationality,
                passport_number=person.passport_number,
                email=person.email,
                phone=person.phone,
                needs=person.needs,
            )
        )
    return guests


def _flight(visit: Visit, end: str, lang: str) -> str:
    from app.documents.visit_layout import long_date

    day, time = getattr(visit, f"{end}_date"), getattr(visit, f"{end}_time")
    parts = [long_date(day, lang)] if day else []
    if time:
        parts.append(digits_for(f"{time:%H:%M}", lang))
    parts += [p for p in (getattr(visit, f"{end}_flight"), getattr(visit, f"{end}_airport")) if p]
    return "، ".join(parts) if lang == "fa" else ", ".join(parts)


def _guest_line(guest: Guest, lang: str) -> str:
    parts = [
        guest.name.get(lang),
        guest.position,
        guest.institution.get(lang),
        country_name(guest.country, lang),
    ]
    return "، ".join(p for p in parts if p) if lang == "fa" else ", ".join(p for p in parts if p)


def _contacts(session: Session, visit: Visit) -> tuple[Contact, ...]:
    from app.documents.itinerary import Contact

    s = settings.load()
    found = []
    host = session.get(Person, visit.host_person_id) if visit.host_person_id else None
    if host is not None:
        details = " · ".join(p for p in (host.phone, host.email) if p)
        found.append(Contact(_both("Host", "میزبان"), _both(*names_of(host)), details))
    office = " · ".join(p for p in (s["phone"], s["email"]) if p)
    if office:
        found.append(Contact(_both("Office", "دفتر"), _both(s["office_en"], s["office_fa"]), office))
    if visit.interpreter:
        found.append(Contact(_both("Interpreter", "مترجم"), _both(visit.interpreter, visit.interpreter)))
    return tuple(found)


def _institution(session: Session, visit: Visit) -> Both:
    institution = session.get(Institution, visit.institution_id) if visit.institution_id else None
    return (
        _both(institution.name_en, institution.name_fa or institution.name_en)
        if institution
        else _both("", "")
    )

"""Seasonal schools and exchange programmes (مدارس فصلی و برنامه‌های تبادل).

A programme has a partner, dates, a place, and participants: incoming ones come from the directory's
foreign guests, outgoing ones are the faculty's own people, each linked to their support request when they
have one (the request must be theirs). Every participant gets a certificate of attendance; the whole
programme prints as one PDF, reporting its progress certificate by certificate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.text import isolate, normalize_for_search
from app.services import audit, context, settings, validate
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, InLanguages, NotFoundError, StateError, ValidationError
from db.models import FundingRequest, Institution, Person, Programme, ProgrammeParticipant
from db.models.programmes import DIRECTIONS, PROGRAMME_KINDS

TABLE = "programmes"
LANGS = ("fa", "en")
_KIND_WORDS = {
    "seasonal_school": ("مدرسه فصلی", "seasonal school"),
    "exchange": ("برنامه تبادل", "exchange programme"),
}


def _not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))


def _get(session: Session, programme_id: object) -> Programme:
    found = session.get(Programme, programme_id) if validate.is_record_id(programme_id) else None
    if found is None:
        raise _not_found()
    return found


def request_reference(request: FundingRequest) -> str:
    return f"FR-{request.fiscal_year}-{request.id:04d}"


# ---------------------------------------------------------------- programmes


def clean_programme(data: dict[str, Any]) -> dict[str, Any]:
    """A programme's fields checked, every bad field at once (FieldErrors for several)."""
    check = validate.FieldChecks()
    values: dict[str, Any] = {
        "kind": check(validate.choice, data, "kind", PROGRAMME_KINDS),
        "title_fa": check(validate.text, data, "title_fa", max_len=300),
        "title_en": check(validate.text, data, "title_en", max_len=300),
        "institution_id": check(validate.record_id, data, "institution_id"),
        "starts_on": check(validate.date, data, "starts_on", required=True),
        "ends_on": check(validate.date, data, "ends_on", required=True),
        "location": check(validate.text, data, "location", max_len=200),
        "notes": check(validate.long_text, data, "notes", max_len=10_000),
    }
    if check.passed("title_fa", "title_en") and not (values["title_fa"] or values["title_en"]):
        with check.rule():
            raise ValidationError(
                "title_fa", QT_TRANSLATE_NOOP("errors", "Give the title in Persian or in English.")
            )
    if check.passed("starts_on", "ends_on"):
        with check.rule():
            validate.date_order(values["starts_on"], values["ends_on"], "ends_on")
    check.done()
    return values


def save_programme(data: dict[str, Any], programme_id: int | None = None) -> int:
    """Create a programme (programme_id None) or change one; returns its id."""
    values = clean_programme(data)
    with context.database().writing() as session:
        if (
            values["institution_id"] is not None
            and session.get(Institution, values["institution_id"]) is None
        ):
            raise ValidationError(
                "institution_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list.")
            )
        if programme_id is None:
            programme = Programme(**values)
            session.add(programme)
            session.flush()
            audit.record(session, TABLE, programme.id, "create", {"title_fa": (None, programme.title_fa)})
        else:
            programme = _get(session, programme_id)
            changes = audit.apply(programme, values)
            if changes:
                audit.record(session, TABLE, programme.id, "update", changes)
        partner = session.get(Institution, programme.institution_id) if programme.institution_id else None
        parts = [programme.title_fa, programme.title_en, programme.location]
        if partner is not None:
            parts += [partner.name_fa, partner.name_en]
        programme.search_key = normalize_for_search(" ".join(parts))[:1000]
        return programme.id


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    kind: str
    title_fa: str
    title_en: str
    partner_fa: str
    partner_en: str
    starts_on: dt.date
    ends_on: dt.date
    location: str
    notes: str
    incoming: int
    outgoing: int

    def title(self, lang: str) -> str:
        return (self.title_fa or self.title_en) if lang == "fa" else (self.title_en or self.title_fa)

    def partner(self, lang: str) -> str:
        return (self.partner_fa or self.partner_en) if lang == "fa" else (self.partner_en or self.partner_fa)


def _row(session: Session, p: Programme) -> ProgrammeRow:
    partner = session.get(Institution, p.institution_id) if p.institution_id else None
    people = _participants_in(session, p.id)
    return ProgrammeRow(
        p.id,
        p.kind,
        p.title_fa,
        p.title_en,
        partner.name_fa if partner else "",
        partner.name_en if partner else "",
        p.starts_on,
        p.ends_on,
        p.location,
        p.notes,
        sum(1 for x in people if x.direction == "incoming"),
        sum(1 for x in people if x.direction == "outgoing"),
    )


def list_programmes(search: str = "") -> list[ProgrammeRow]:
    """The programmes not archived, the latest first, filtered by typed words."""
    stmt = (
        select(Programme)
        .where(Programme.archived_at.is_(None))
        .order_by(Programme.starts_on.desc(), Programme.id)
    )
    for word in normalize_for_search(search).split():
        stmt = stmt.where(Programme.search_key.contains(word))
    with context.database().reading() as session:
        return [_row(session, p) for p in session.execute(stmt).scalars()]


def get_programme(programme_id: int) -> ProgrammeRow:
    with context.database().reading() as session:
        return _row(session, _get(session, programme_id))


def get_programme_values(programme_id: int) -> dict[str, Any]:
    """A programme's fields as an editor fills them."""
    with context.database().reading() as session:
        p = _get(session, programme_id)
        names = (
            "kind",
            "title_fa",
            "title_en",
            "institution_id",
            "starts_on",
            "ends_on",
            "location",
            "notes",
        )
        return {"id": p.id, **{name: getattr(p, name) for name in names}}


# ---------------------------------------------------------------- participants


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    person_id: int
    direction: str
    name_fa: str
    name_en: str
    affiliation_fa: str
    affiliation_en: str
    country: str
    funding_request_id: int | None
    request_reference: str
    note: str

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)

    def affiliation(self, lang: str) -> str:
        return (
            (self.affiliation_fa or self.affiliation_en)
            if lang == "fa"
            else (self.affiliation_en or self.affiliation_fa)
        )


def _participants_in(session: Session, programme_id: int) -> list[ProgrammeParticipant]:
    return list(
        session.execute(
            select(ProgrammeParticipant)
            .where(ProgrammeParticipant.programme_id == programme_id)
            .order_by(ProgrammeParticipant.direction, ProgrammeParticipant.position, ProgrammeParticipant.id)
        ).scalars()
    )


def _names(p: Person) -> tuple[str, str]:
    return person_name("", p.first_name_fa, p.last_name_fa), person_name(
        p.title, p.first_name_en, p.last_name_en
    )


def _affiliation(p: Person) -> tuple[str, str]:
    if p.institution is not None:
        return p.institution.name_fa, p.institution.name_en
    if p.unit is not None:
        return p.unit.name_fa, p.unit.name_en
    return p.affiliation, p.affiliation


def participants(programme_id: int) -> list[ParticipantRow]:
    """The programme's participants: the incoming first, then the outgoing, in the order added."""
    with context.database().reading() as session:
        _get(session, programme_id)
        rows = []
        for x in _participants_in(session, programme_id):
            person = session.get(Person, x.person_id)
            request = session.get(FundingRequest, x.funding_request_id) if x.funding_request_id else None
            rows.append(
                ParticipantRow(
                    x.id,
                    x.person_id,
                    x.direction,
                    *_names(person),
                    *_affiliation(person),
                    person.country,
                    x.funding_request_id,
                    request_reference(request) if request else "",
                    x.note,
                )
            )
        return rows


def requests_of(person_id: int) -> list[tuple[int, str]]:
    """A person's support requests not withdrawn, newest first: (id, "FR-1405-0012 — conference")."""
    with context.database().reading() as session:
        stmt = (
            select(FundingRequest)
            .where(FundingRequest.applicant_id == person_id, FundingRequest.archived_at.is_(None))
            .order_by(FundingRequest.id.desc())
        )
        return [(r.id, f"{request_reference(r)} — {r.conference}") for r in session.execute(stmt).scalars()]


def add_participant(programme_id: int, data: dict[str, Any]) -> int:
    """Add a participant (keys: person_id, direction, funding_request_id, note). Incoming participants are
    foreign guests of the directory; outgoing ones are not, and their support request, when given, must be
    theirs. Every refusal is given at once. Returns the participant's id."""
    check = validate.FieldChecks()
    direction = check(validate.choice, data, "direction", DIRECTIONS)
    person_id = check(validate.record_id, data, "person_id", required=True)
    request_id = check(validate.record_id, data, "funding_request_id")
    note = check(validate.text, data, "note", max_len=300)
    with context.database().writing() as session:
        programme = _get(session, programme_id)
        person = session.get(Person, person_id) if person_id else None
        if person_id and (person is None or person.archived_at is not None):
            with check.rule():
                raise ValidationError(
                    "person_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list.")
                )
            person = None
        if person is not None and direction:
            name = InLanguages(*reversed(_names(person)))
            if direction == "incoming" and person.kind != "foreign_guest":
                with check.rule():
                    raise ValidationError(
                        "person_id",
                        QT_TRANSLATE_NOOP(
                            "errors", "{name} is not a foreign guest; incoming participants are."
                        ),
                        name=name,
                    )
            if direction == "outgoing" and person.kind == "foreign_guest":
                with check.rule():
                    raise ValidationError(
                        "person_id",
                        QT_TRANSLATE_NOOP(
                            "errors", "{name} is a foreign guest; outgoing participants are our own."
                        ),
                        name=name,
                    )
            taken = session.execute(
                select(ProgrammeParticipant.id).where(
                    ProgrammeParticipant.programme_id == programme.id,
                    ProgrammeParticipant.person_id == person.id,
                )
            ).scalar()
            if taken is not None:
                with check.rule():
                    raise ValidationError(
                        "person_id",
                        QT_TRANSLATE_NOOP("errors", "{name} already takes part in this programme."),
                        name=name,
                    )
        if request_id:
            request = session.get(FundingRequest, request_id)
            if direction == "incoming":
                with check.rule():
                    raise ValidationError(
                        "funding_request_id",
                        QT_TRANSLATE_NOOP("errors", "Only an outgoing participant has a support request."),
                    )
            elif request is None or (person is not None and request.applicant_id != person.id):
                with check.rule():
                    raise ValidationError(
                        "funding_request_id",
                        QT_TRANSLATE_NOOP("errors", "Choose one of this person's own support requests."),
                    )
        check.done()
        assert person is not None
        position = len(_participants_in(session, programme.id))
        entry = ProgrammeParticipant(
            programme_id=programme.id,
            person_id=person.id,
            direction=direction,
            funding_request_id=request_id,
            note=note or "",
            position=position,
        )
        session.add(entry)
        session.flush()
        audit.record(session, TABLE, programme.id, "participant", {"person_id": (None, person.id)})
        return entry.id


def remove_participant(participant_id: int) -> None:
    with context.database().writing() as session:
        entry = (
            session.get(ProgrammeParticipant, participant_id)
            if validate.is_record_id(participant_id)
            else None
        )
        if entry is None:
            raise _not_found()
        session.delete(entry)
        audit.record(
            session, TABLE, entry.programme_id, "participant", {"person_id": (entry.person_id, None)}
        )


# ---------------------------------------------------------------- certificates of attendance


def _certificate(row: ProgrammeRow, person: ParticipantRow, lang: str, signatory: tuple[str, str]) -> Any:
    from app.documents.programmes import AttendanceData

    kind_fa, kind_en = _KIND_WORDS[row.kind]
    span = (dates.written(row.starts_on, lang), dates.written(row.ends_on, lang))
    # The place is one text in one language, so the certificates name the partner, not the place.
    title, partner = isolate(row.title(lang)), row.partner(lang)
    if lang == "fa":
        where = f" با همکاری {isolate(partner)}" if partner else ""
        body = (
            f"بدین‌وسیله گواهی می‌شود {isolate(person.name('fa'))} در {kind_fa} «{title}»{where} "
            f"که از {span[0]} تا {span[1]} برگزار شد، شرکت کرده است."
        )
        heading = "گواهی شرکت"
    else:
        where = f", held with {isolate(partner)}" if partner else ""
        body = (
            f"This is to certify that {isolate(person.name('en'))} took part in the {kind_en} "
            f"“{title}”{where} from {span[0]} to {span[1]}."
        )
        heading = "Certificate of Attendance"
    return AttendanceData(
        lang=lang,
        date_text=dates.written(row.ends_on, lang),
        title=heading,
        body=body,
        signatory_name=signatory[0],
        signatory_title=signatory[1],
    )


def certificates_pdf(
    programme_id: int, lang: str, progress: Callable[[int, int], None] | None = None
) -> bytes:
    """One PDF with a certificate of attendance for every participant, in `lang`; `progress(done, total)`
    is called after each certificate (the GUI runs this off its thread and shows the count)."""
    from app.documents.programmes import build_attendance_pdf

    if lang not in LANGS:
        raise ValidationError("lang", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    row = get_programme(programme_id)
    people = participants(programme_id)
    if not people:
        raise StateError(QT_TRANSLATE_NOOP("errors", "The programme has no participants to certify yet."))
    s = settings.load()
    signatory = (s[f"signatory_name_{lang}"], s[f"signatory_title_{lang}"])
    docs = [_certificate(row, person, lang, signatory) for person in people]
    return build_attendance_pdf(docs, settings.letterhead(), progress)

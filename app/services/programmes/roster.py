"""A programme's roster: its participants, incoming guests and outgoing faculty, each with their support
request when they have one; listed, added and removed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import audit, context, validate
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, InLanguages, ValidationError
from app.services.programmes.common import TABLE, _get, _not_found, request_reference
from db.models import FundingRequest, Person, ProgrammeParticipant
from db.models.programmes import DIRECTIONS


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

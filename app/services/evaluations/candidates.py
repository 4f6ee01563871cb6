"""The sessions of the English evaluations (meetings of the kind english-evaluation) and their
candidates: faculty members added to a session, each with the session's panel, or taken back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.evaluations.common import PANEL_ROLES, SESSION_KIND, TABLE, _get, _name_in_both, _search_key
from db.models import (
    EnglishEvaluation,
    EvaluationPanelMember,
    EvaluationScore,
    Meeting,
    MeetingKind,
    MeetingParticipant,
    Person,
)


@dataclass(frozen=True)
class SessionRow:
    """An evaluation session (a meeting of the kind english-evaluation) as a picker lists it."""

    id: int
    number: str
    title: str
    day: dt.date
    status: str


def _session_kind(session: Session) -> MeetingKind | None:
    return session.execute(select(MeetingKind).where(MeetingKind.code == SESSION_KIND)).scalar()


def list_sessions() -> list[SessionRow]:
    """The evaluation sessions not cancelled nor archived, newest first."""
    with context.database().reading() as session:
        kind = _session_kind(session)
        if kind is None:
            return []
        stmt = (
            select(Meeting)
            .where(Meeting.kind_id == kind.id, Meeting.archived_at.is_(None), Meeting.status != "cancelled")
            .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        )
        return [
            SessionRow(m.id, m.number, m.title, m.starts_at.date(), m.status)
            for m in session.execute(stmt).scalars()
        ]


def _session(session: Session, meeting_id: object) -> Meeting:
    """The meeting, when it is an evaluation session that can still take results."""
    meeting = session.get(Meeting, meeting_id) if validate.is_record_id(meeting_id) else None
    if meeting is None or meeting.archived_at is not None:
        raise ValidationError("meeting_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    kind = session.get(MeetingKind, meeting.kind_id)
    if kind is None or kind.code != SESSION_KIND:
        raise ValidationError(
            "meeting_id", QT_TRANSLATE_NOOP("errors", "Choose a meeting of the English evaluation sessions.")
        )
    if meeting.status == "cancelled":
        raise ValidationError(
            "meeting_id",
            QT_TRANSLATE_NOOP("errors", "Meeting {number} was cancelled; it cannot be changed."),
            number=meeting.number,
        )
    return meeting


def _faculty(session: Session, person_id: object, field: str) -> Person:
    person = session.get(Person, person_id) if validate.is_record_id(person_id) else None
    if person is None or person.archived_at is not None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    if person.kind != "faculty":
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "{name} is not a faculty member; only faculty are evaluated."),
            name=_name_in_both(person),
        )
    return person


def add_candidates(meeting_id: int, person_ids: list[int]) -> list[int]:
    """Add faculty members to an evaluation session, all or none; each starts with the session's chair,
    secretary and members as its panel. Every refusal is given at once (the session, then each person
    refused as "person_ids"). Returns the new evaluations' ids."""
    check = validate.FieldChecks()
    with context.database().writing() as session:
        meeting = check(_session, session, meeting_id)
        if not isinstance(person_ids, list | tuple) or not person_ids:
            with check.rule():
                raise ValidationError(
                    "person_ids", QT_TRANSLATE_NOOP("errors", "Choose at least one candidate.")
                )
            check.done()
        chosen: list[Person] = []
        for person_id in person_ids:
            person = check(_faculty, session, person_id, "person_ids")
            if person is not None and meeting is not None and person.id not in {p.id for p in chosen}:
                taken = session.execute(
                    select(EnglishEvaluation.id).where(
                        EnglishEvaluation.meeting_id == meeting.id,
                        EnglishEvaluation.person_id == person.id,
                        EnglishEvaluation.archived_at.is_(None),
                    )
                ).scalar()
                if taken is not None:
                    with check.rule():
                        raise ValidationError(
                            "person_ids",
                            QT_TRANSLATE_NOOP("errors", "{name} is already a candidate of this session."),
                            name=_name_in_both(person),
                        )
                chosen.append(person)
        check.done()
        assert meeting is not None
        panel = [
            p.person_id
            for p in session.execute(
                select(MeetingParticipant)
                .where(MeetingParticipant.meeting_id == meeting.id, MeetingParticipant.role.in_(PANEL_ROLES))
                .order_by(MeetingParticipant.position, MeetingParticipant.id)
            ).scalars()
        ]
        ids = []
        for person in chosen:
            ev = EnglishEvaluation(meeting_id=meeting.id, person_id=person.id, outcome="", note="")
            session.add(ev)
            session.flush()
            for n, member in enumerate(m for m in panel if m != person.id):
                session.add(EvaluationPanelMember(evaluation_id=ev.id, person_id=member, position=n))
            ev.search_key = _search_key(session, ev)
            audit.record(session, TABLE, ev.id, "create", {"person_id": (None, person.id)})
            ids.append(ev.id)
        return ids


def remove_candidate(evaluation_id: int) -> None:
    """Take back a candidate added by mistake: only while nothing is recorded for them."""
    with context.database().writing() as session:
        ev = _get(session, evaluation_id)
        scored = session.execute(
            select(EvaluationScore.id).where(EvaluationScore.evaluation_id == ev.id)
        ).first()
        if scored is not None or ev.outcome or ev.letter_fa_id or ev.letter_en_id:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors", "Scores or an outcome are recorded for this candidate; the evaluation stays."
                )
            )
        for member in session.execute(
            select(EvaluationPanelMember).where(EvaluationPanelMember.evaluation_id == ev.id)
        ).scalars():
            session.delete(member)
        session.flush()
        session.delete(ev)
        audit.record(session, TABLE, ev.id, "remove", {"person_id": (ev.person_id, None)})

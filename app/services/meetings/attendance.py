"""Who takes part in a meeting, in which role, and whether they came; the quorum follows live."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.meetings import _common as common
from app.services.meetings.core import m_participants
from app.services.meetings.kinds import required_present
from db.models import MeetingKind, MeetingKindMember, MeetingParticipant, Person
from db.models.meetings import PARTICIPANT_ROLES, PARTICIPANT_STATES


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    person_id: int
    name_fa: str
    name_en: str
    position_title: str  # the person's post, as the attendance sheet shows it
    role: str
    standing: bool
    state: str
    note: str

    def name(self, lang: str) -> str:
        return self.name_fa if lang == "fa" else self.name_en


@dataclass(frozen=True)
class Quorum:
    """Voting members (chair, secretary, members) on the list, how many are present, how many must be."""

    members: int
    present: int
    required: int
    rule: str

    @property
    def met(self) -> bool:
        return self.present >= self.required


def participants(meeting_id: int) -> list[ParticipantRow]:
    with context.database().reading() as session:
        common.meeting(session, meeting_id)
        rows = []
        for p in m_participants(session, meeting_id):
            person = session.get(Person, p.person_id)
            rows.append(
                ParticipantRow(
                    p.id,
                    p.person_id,
                    *common.names(person),
                    person.position if person else "",
                    p.role,
                    p.standing,
                    p.state,
                    p.note,
                )
            )
        return rows


def quorum(meeting_id: int) -> Quorum:
    with context.database().reading() as session:
        m = common.meeting(session, meeting_id)
        k = session.get(MeetingKind, m.kind_id)
        voting = [p for p in m_participants(session, m.id) if p.role in common.VOTING_ROLES]
        present = sum(1 for p in voting if p.state == "present")
        return Quorum(
            len(voting), present, required_present(k.quorum_rule, k.quorum_count, len(voting)), k.quorum_rule
        )


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "role": validate.choice(data, "role", PARTICIPANT_ROLES, required=False) or "invitee",
        "state": validate.choice(data, "state", PARTICIPANT_STATES, required=False) or "invited",
        "note": validate.text(data, "note", max_len=300),
    }


def add_participant(meeting_id: int, data: dict[str, Any]) -> int:
    """Put a person of the directory on the list (keys: person_id, role, state, note); returns the row's
    id."""
    person_id = validate.record_id(data, "person_id", required=True)
    values = _clean(data)
    with context.database().writing() as session:
        m = common.meeting(session, meeting_id)
        common.editable(m)
        common.check_person(session, person_id, "person_id")
        existing = m_participants(session, m.id)
        if any(p.person_id == person_id for p in existing):
            raise ValidationError(
                "person_id", QT_TRANSLATE_NOOP("errors", "This person is already on the list.")
            )
        p = MeetingParticipant(
            meeting_id=m.id, person_id=person_id, standing=False, position=len(existing) + 1, **values
        )
        session.add(p)
        session.flush()
        audit.record(session, "meetings", m.id, "add_participant", {"person_id": (None, person_id)})
        return p.id


def add_standing_members(meeting_id: int) -> int:
    """Put every standing member of the meeting's kind on the list (those not on it yet); returns how many."""
    with context.database().writing() as session:
        m = common.meeting(session, meeting_id)
        common.editable(m)
        existing = m_participants(session, m.id)
        present = {p.person_id for p in existing}
        members = (
            session.execute(
                select(MeetingKindMember)
                .where(MeetingKindMember.kind_id == m.kind_id)
                .order_by(MeetingKindMember.position)
            )
            .scalars()
            .all()
        )
        added = 0
        for member in members:
            if member.person_id in present:
                continue
            added += 1
            session.add(
                MeetingParticipant(
                    meeting_id=m.id,
                    person_id=member.person_id,
                    role=member.role,
                    standing=True,
                    state="invited",
                    position=len(existing) + added,
                )
            )
        if added:
            audit.record(session, "meetings", m.id, "add_participant", {"standing_members": (0, added)})
        return added


def update_participant(participant_id: int, data: dict[str, Any]) -> None:
    """Change a participant's role, state (invited, confirmed, declined, present, excused, absent) or note."""
    values = _clean(data)
    with context.database().writing() as session:
        p = common.get(session, MeetingParticipant, participant_id)
        m = common.meeting(session, p.meeting_id)
        common.editable(m)
        changes = audit.apply(p, values)
        if changes:
            audit.record(
                session, "meetings", m.id, "participant", {"person_id": (p.person_id, p.person_id), **changes}
            )


def set_states(meeting_id: int, states: dict[int, str]) -> None:
    """Record attendance for many at once: {participant id: state}, all or nothing."""
    if not isinstance(states, dict):
        raise ValidationError("state", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    for state in states.values():
        validate.choice({"state": state}, "state", PARTICIPANT_STATES)
    with context.database().writing() as session:
        m = common.meeting(session, meeting_id)
        common.editable(m)
        by_id = {p.id: p for p in m_participants(session, m.id)}
        changes = {}
        for participant_id, state in states.items():
            p = by_id.get(participant_id)
            if p is None:
                raise common.not_found()
            if p.state != state:
                changes[str(p.person_id)] = (p.state, state)
                p.state = state
        if changes:
            audit.record(session, "meetings", m.id, "attendance", changes)


def remove_participant(participant_id: int) -> None:
    """Take a person off the list of a meeting that is not locked (recorded in the audit log)."""
    with context.database().writing() as session:
        p = common.get(session, MeetingParticipant, participant_id)
        m = common.meeting(session, p.meeting_id)
        common.editable(m)
        session.delete(p)
        audit.record(session, "meetings", m.id, "remove_participant", {"person_id": (p.person_id, None)})


def move_participant(participant_id: int, offset: int) -> None:
    """Move a participant up (-1) or down (+1) the list."""
    with context.database().writing() as session:
        p = common.get(session, MeetingParticipant, participant_id)
        m = common.meeting(session, p.meeting_id)
        common.editable(m)
        rows = m_participants(session, m.id)
        index = next(i for i, r in enumerate(rows) if r.id == p.id)
        target = index + (1 if offset > 0 else -1)
        if 0 <= target < len(rows):
            rows[index], rows[target] = rows[target], rows[index]
            for position, row in enumerate(rows, start=1):
                row.position = position

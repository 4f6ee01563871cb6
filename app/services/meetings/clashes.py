"""Meetings in the shared clash check: who and which room each meeting takes, and the warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import bookings, context
from app.services.meetings import _common as common
from db.models import Meeting, MeetingParticipant, Person


@dataclass(frozen=True)
class ClashWarning:
    """Another booking at an overlapping time that takes some of this meeting's people or its room."""

    label: str
    source: str
    record_id: int
    start: dt.datetime
    end: dt.datetime
    people_fa: list[str]
    people_en: list[str]
    room: str


def _booking(m: Meeting, person_ids: frozenset[int]) -> bookings.Booking:
    room = bookings.room_key(m.location) if m.mode in ("in_person", "hybrid") and m.location else ""
    return bookings.Booking(
        "meetings", m.id, f"{m.title} ({m.number})", m.starts_at, m.ends_at, person_ids, room
    )


def _people(session: Session, meeting_ids: list[int]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    if meeting_ids:
        rows = session.execute(
            select(MeetingParticipant.meeting_id, MeetingParticipant.person_id).where(
                MeetingParticipant.meeting_id.in_(meeting_ids),
                MeetingParticipant.state.in_(common.BOOKED_STATES),
            )
        )
        for meeting_id, person_id in rows:
            found.setdefault(meeting_id, set()).add(person_id)
    return found


def bookings_between(session: Session, start: dt.datetime, end: dt.datetime) -> list[bookings.Booking]:
    """Every meeting overlapping [start, end) that is not cancelled or archived, with the people it takes
    (those not declined, excused or absent) and its room (when it meets in one)."""
    meetings = list(
        session.execute(
            select(Meeting).where(
                Meeting.starts_at < end,
                Meeting.ends_at > start,
                Meeting.status != "cancelled",
                Meeting.archived_at.is_(None),
            )
        ).scalars()
    )
    people = _people(session, [m.id for m in meetings])
    return [_booking(m, frozenset(people.get(m.id, ()))) for m in meetings]


def meeting_clashes(meeting_id: int) -> list[ClashWarning]:
    """What else takes this meeting's people or room at its time, across every register."""
    with context.database().reading() as session:
        m = common.meeting(session, meeting_id)
        if m.status == "cancelled":
            return []
        mine = _booking(m, frozenset(_people(session, [m.id]).get(m.id, ())))
        warnings = []
        for _booking_checked, clash in bookings.clashes(session, [mine]):
            names = [common.names(session.get(Person, pid)) for pid in sorted(clash.people)]
            warnings.append(
                ClashWarning(
                    clash.other.label,
                    clash.other.source,
                    clash.other.record_id,
                    clash.other.start,
                    clash.other.end,
                    [n[0] for n in names],
                    [n[1] for n in names],
                    clash.room,
                )
            )
        return warnings

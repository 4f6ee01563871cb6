"""What the meetings modules share: fetching records, the lock on approved minutes, names of people."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.services import validate
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from db.models import ActionItem, AgendaItem, Meeting, MeetingKind, Person, Resolution

# Statuses of a meeting still to come (planned, or its invitation sent) and of one that is over.
UPCOMING = ("planned", "invited", "postponed")
# People a meeting takes (for the clash check): everyone but those who said or were found not coming.
BOOKED_STATES = ("invited", "confirmed", "present")
# Roles that count for the quorum.
VOTING_ROLES = ("chair", "secretary", "member")


def not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))


def get(session: Session, model: type, record_id: object) -> Any:
    obj = session.get(model, record_id) if validate.is_record_id(record_id) else None
    if obj is None:
        raise not_found()
    return obj


def meeting(session: Session, meeting_id: object) -> Meeting:
    return get(session, Meeting, meeting_id)


def kind(session: Session, kind_id: object) -> MeetingKind:
    return get(session, MeetingKind, kind_id)


def editable(m: Meeting) -> None:
    """Refuse changes to a meeting whose minutes are approved (locked) or that was cancelled."""
    if m.status == "approved":
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The minutes of meeting {number} are approved and locked; reopen them to change anything.",
            ),
            number=m.number,
        )
    if m.status == "cancelled":
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Meeting {number} was cancelled; it cannot be changed."),
            number=m.number,
        )
    if m.archived_at is not None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Restore the meeting from the archive before changing it.")
        )


def item_and_meeting(session: Session, item_id: object) -> tuple[AgendaItem, Meeting]:
    item = get(session, AgendaItem, item_id)
    return item, session.get(Meeting, item.meeting_id)


def resolution_and_meeting(session: Session, resolution_id: object) -> tuple[Resolution, AgendaItem, Meeting]:
    resolution = get(session, Resolution, resolution_id)
    item = session.get(AgendaItem, resolution.item_id)
    return resolution, item, session.get(Meeting, item.meeting_id)


def action_and_meeting(session: Session, action_id: object) -> tuple[ActionItem, Meeting]:
    action = get(session, ActionItem, action_id)
    return action, session.get(Meeting, action.meeting_id)


def check_person(session: Session, person_id: int | None, field: str) -> Person | None:
    if person_id is None:
        return None
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    return person


def names(person: Person | None) -> tuple[str, str]:
    """A person's name in Persian and in English (each falling back to the other script)."""
    if person is None:
        return "", ""
    fa = person_name("", person.first_name_fa, person.last_name_fa)
    en = person_name(person.title, person.first_name_en, person.last_name_en)
    return fa or en, en or fa


def count(data: dict[str, Any], field: str, *, maximum: int, required: bool = False) -> int | None:
    """A whole number from 0 to `maximum`, or None when left empty."""
    value = data.get(field)
    if value is None or value == "":
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "This field is required."))
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Enter a whole number from 0 to {limit}."), limit=maximum
        )
    return value


def moment(data: dict[str, Any], field: str) -> dt.datetime:
    """A required local date and time within the dates the office uses."""
    value = data.get(field)
    if value is None or value == "":
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Enter a date and time."))
    if not isinstance(value, dt.datetime) or value.tzinfo is not None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "This is not a date and time."))
    validate.date({field: value.date()}, field)
    return value.replace(second=0, microsecond=0)

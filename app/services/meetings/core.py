"""Meetings: creation with a number of the kind's year, details, the status flow and its lock, the list."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.text import normalize_for_search
from app.services import audit, context, numbering, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.meetings import _common as common
from app.services.meetings.register import (  # noqa: F401 (also re-exported here, the old path)
    _COLUMNS,
    MeetingRow,
    _kind,
    latest_of_kind,
    list_meetings,
    next_meeting,
    previous_meeting,
)
from app.services.meetings.status import (  # noqa: F401 (also re-exported here, the old path)
    _set_status,
    _step,
    approve_minutes,
    cancel_meeting,
    mark_held,
    mark_invited,
    mark_invited_in,
    reopen_minutes,
    set_archived,
)
from db.models import AgendaItem, Meeting, MeetingKind, MeetingKindMember, MeetingParticipant
from db.models.meetings import MEETING_MODES

MAX_LENGTH = dt.timedelta(hours=24)


def register(code: str) -> str:
    """The numbering register of a kind: one gapless sequence per kind and Jalali year."""
    return f"meetings:{code}"


def format_number(year: int, sequence: int) -> str:
    return f"{sequence}/{year}"


def clean_meeting(data: dict[str, Any]) -> dict[str, Any]:
    """A meeting's details checked and tidied; raises ValidationError (FieldErrors for several bad fields)."""
    check = validate.FieldChecks()
    values: dict[str, Any] = {
        "kind_id": check(validate.record_id, data, "kind_id", required=True),
        "title": check(validate.text, data, "title", max_len=300, required=True),
        "starts_at": check(common.moment, data, "starts_at"),
        "ends_at": check(common.moment, data, "ends_at"),
        "location": check(validate.text, data, "location", max_len=200),
        "online_link": check(validate.text, data, "online_link", max_len=300),
        "mode": check(validate.choice, data, "mode", MEETING_MODES, required=False) or "in_person",
        "chair_id": check(validate.record_id, data, "chair_id"),
        "secretary_id": check(validate.record_id, data, "secretary_id"),
        "notes": check(validate.long_text, data, "notes", max_len=20_000),
    }
    if check.passed("starts_at", "ends_at"):
        with check.rule():
            if values["ends_at"] <= values["starts_at"]:
                raise ValidationError(
                    "ends_at", QT_TRANSLATE_NOOP("errors", "The meeting must end after it starts.")
                )
            if values["ends_at"] - values["starts_at"] > MAX_LENGTH:
                raise ValidationError(
                    "ends_at", QT_TRANSLATE_NOOP("errors", "A meeting lasts at most 24 hours.")
                )
    if values["online_link"]:
        check(validate.url, {"online_link": values["online_link"]}, "online_link")
    if check.passed("online_link") and values["mode"] in ("online", "hybrid") and not values["online_link"]:
        with check.rule():
            raise ValidationError(
                "online_link", QT_TRANSLATE_NOOP("errors", "An online meeting needs its link.")
            )
    check.done()
    return values


def search_key(number: str, title: str, location: str, day: dt.date) -> str:
    """What a meeting is found by: number, title, place, and its date in both calendars. The kind's names are
    matched through the kind (see list_meetings): repeated in every key they would double each scan."""
    return normalize_for_search(
        " ".join(
            [
                number,
                title,
                location,
                dates.format_date(day, dates.JALALI, "en"),
                day.isoformat(),
            ]
        )
    )


def _search_key(m: Meeting, k: MeetingKind | None = None) -> str:
    return search_key(m.number, m.title, m.location, m.starts_at.date())


def _check_refs(session: Session, values: dict[str, Any]) -> MeetingKind:
    k = session.get(MeetingKind, values["kind_id"])
    if k is None:
        raise ValidationError("kind_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    common.check_person(session, values["chair_id"], "chair_id")
    common.check_person(session, values["secretary_id"], "secretary_id")
    return k


def _add_participant(session: Session, m: Meeting, person_id: int, role: str, standing: bool) -> None:
    exists = session.execute(
        select(MeetingParticipant.id).where(
            MeetingParticipant.meeting_id == m.id, MeetingParticipant.person_id == person_id
        )
    ).scalar()
    if exists is None:
        position = len(m_participants(session, m.id)) + 1
        session.add(
            MeetingParticipant(
                meeting_id=m.id,
                person_id=person_id,
                role=role,
                standing=standing,
                state="invited",
                position=position,
            )
        )
        session.flush()


def m_participants(session: Session, meeting_id: int) -> list[MeetingParticipant]:
    return list(
        session.execute(
            select(MeetingParticipant)
            .where(MeetingParticipant.meeting_id == meeting_id)
            .order_by(MeetingParticipant.position, MeetingParticipant.id)
        ).scalars()
    )


def create_meeting(data: dict[str, Any], with_standing_members: bool = True) -> int:
    """A new planned meeting, numbered in its kind's sequence of the meeting date's Jalali year; the kind's
    standing members (and the chair and secretary) are put on the participants list. Returns its id."""
    values = clean_meeting(data)
    with context.database().writing() as session:
        k = _check_refs(session, values)
        if k.archived_at is not None:
            raise ValidationError("kind_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
        year = dates.jalali_year(values["starts_at"].date())
        sequence = numbering.take_next(session, register(k.code), year)
        m = Meeting(
            year=year, sequence=sequence, number=format_number(year, sequence), status="planned", **values
        )
        m.search_key = _search_key(m, k)
        session.add(m)
        session.flush()
        if with_standing_members:
            members = session.execute(
                select(MeetingKindMember)
                .where(MeetingKindMember.kind_id == k.id)
                .order_by(MeetingKindMember.position)
            ).scalars()
            for member in members:
                _add_participant(session, m, member.person_id, member.role, True)
        for person_id, role in ((values["chair_id"], "chair"), (values["secretary_id"], "secretary")):
            if person_id:
                _add_participant(session, m, person_id, role, False)
        audit.record(
            session, "meetings", m.id, "create", {"number": (None, m.number), "title": (None, m.title)}
        )
        return m.id


def update_meeting(meeting_id: int, data: dict[str, Any]) -> None:
    """Change a meeting's details; its kind and number stay as given at creation."""
    values = clean_meeting(data)
    with context.database().writing() as session:
        m = common.meeting(session, meeting_id)
        common.editable(m)
        if values["kind_id"] != m.kind_id:
            raise ValidationError(
                "kind_id",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A meeting keeps the kind it was numbered in; make a new meeting of the other kind.",
                ),
            )
        k = _check_refs(session, values)
        changes = audit.apply(m, values)
        for person_id, role in ((values["chair_id"], "chair"), (values["secretary_id"], "secretary")):
            if person_id:
                _add_participant(session, m, person_id, role, False)
        if changes:
            m.search_key = _search_key(m, k)
            audit.record(session, "meetings", m.id, "update", changes)


def get_meeting(meeting_id: int) -> dict[str, Any]:
    """A meeting's fields and state (number, status, kind code and names, status note, dates)."""
    with context.database().reading() as session:
        m = common.meeting(session, meeting_id)
        k = session.get(MeetingKind, m.kind_id)
        names = (
            "kind_id",
            "title",
            "starts_at",
            "ends_at",
            "location",
            "online_link",
            "mode",
            "chair_id",
            "secretary_id",
            "notes",
            "number",
            "year",
            "sequence",
            "status",
            "status_note",
            "postponed_from",
            "held_at",
            "approved_at",
        )
        values = {name: getattr(m, name) for name in names}
        values.update(
            id=m.id,
            version=m.version,  # as read: a status step taken on what the editor shows checks it
            archived=m.archived_at is not None,
            kind_code=k.code,
            kind_fa=k.name_fa,
            kind_en=k.name_en,
            locked=m.status == "approved",
        )
        return values


# ---------------------------------------------------------------- the status flow


def postpone_meeting(meeting_id: int, starts_at: dt.datetime, ends_at: dt.datetime, reason: str) -> None:
    """Move a meeting not yet held to a new date and time; the first date is kept."""
    reason = validate.long_text({"reason": reason}, "reason", max_len=1000, required=True)
    start = common.moment({"starts_at": starts_at}, "starts_at")
    end = common.moment({"ends_at": ends_at}, "ends_at")
    if end <= start:
        raise ValidationError("ends_at", QT_TRANSLATE_NOOP("errors", "The meeting must end after it starts."))
    if end - start > MAX_LENGTH:
        raise ValidationError("ends_at", QT_TRANSLATE_NOOP("errors", "A meeting lasts at most 24 hours."))
    with context.database().writing() as session:
        m = _step(session, meeting_id, "postponed")
        k = session.get(MeetingKind, m.kind_id)
        old = m.starts_at
        m.postponed_from = m.postponed_from or old
        m.starts_at, m.ends_at, m.status_note = start, end, reason
        m.search_key = _search_key(m, k)
        _set_status(session, m, "postponed", "postpone", {"starts_at": (old, start), "reason": ("", reason)})


_MONTHS = "|".join(
    sorted(
        {
            *dates.JALALI_MONTHS_FA,
            *dates.JALALI_MONTHS_EN,
            *dates.GREGORIAN_MONTHS_EN,
            *dates.GREGORIAN_MONTHS_FA,
        },
        key=len,
        reverse=True,
    )
)
_MONTH_PART = re.compile(rf"\s*[-–—,:،]?\s*(?:{_MONTHS})(?:\s+[0-9۰-۹]{{4}})?\s*$", re.IGNORECASE)


def title_without_month(title: str) -> str:
    """A meeting's title without the month (and year) it ends with: «شورای بورس — آذر ۱۴۰۵» gives «شورای
    بورس», so the next meeting does not carry the old month."""
    return _MONTH_PART.sub("", title).strip() or title


def new_from_previous(previous_id: int, starts_at: dt.datetime, ends_at: dt.datetime | None = None) -> int:
    """A new meeting of the same kind as `previous_id`: its participants (not their states) and its
    recurring agenda items copied, its title without the old month. Returns the new meeting's id."""
    with context.database().reading() as session:
        old = common.meeting(session, previous_id)
        length = old.ends_at - old.starts_at
        data = {
            "kind_id": old.kind_id,
            "title": title_without_month(old.title),
            "location": old.location,
            "online_link": old.online_link,
            "mode": old.mode,
            "chair_id": old.chair_id,
            "secretary_id": old.secretary_id,
        }
    data.update(starts_at=starts_at, ends_at=ends_at or (starts_at + length if starts_at else None))
    values = clean_meeting(data)
    with context.database().writing() as session:
        old = common.meeting(session, previous_id)
        k = _check_refs(session, values)
        year = dates.jalali_year(values["starts_at"].date())
        sequence = numbering.take_next(session, register(k.code), year)
        m = Meeting(
            year=year, sequence=sequence, number=format_number(year, sequence), status="planned", **values
        )
        m.search_key = _search_key(m, k)
        session.add(m)
        session.flush()
        for p in m_participants(session, old.id):
            if p.role != "guest":
                _add_participant(session, m, p.person_id, p.role, p.standing)
        items = session.execute(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == old.id, AgendaItem.recurring)
            .order_by(AgendaItem.position)
        ).scalars()
        for position, item in enumerate(items, start=1):
            session.add(
                AgendaItem(
                    meeting_id=m.id,
                    position=position,
                    title=item.title,
                    presenter_id=item.presenter_id,
                    minutes=item.minutes,
                    description=item.description,
                    recurring=True,
                )
            )
        audit.record(
            session,
            "meetings",
            m.id,
            "create",
            {"number": (None, m.number), "copied_from": (None, old.number)},
        )
        return m.id


# ---------------------------------------------------------------- the register

"""The meetings register as a table (sorted, paged, filtered by the kind's name too), and finding a meeting
next to another: the next of a kind, the previous of the same kind, the latest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app.common import dates
from app.common.text import normalize_for_search
from app.services import context
from app.services.meetings import _common as common
from app.services.paging import Page, PageRequest, page
from db.models import Meeting, MeetingKind


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meetings list (and what next_meeting returns)."""

    id: int
    number: str
    kind_id: int
    kind_code: str
    kind_fa: str
    kind_en: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str
    status: str
    archived: bool
    version: int = 0  # as the list read it: a step taken from the row checks it (versions.acting)

    def kind_name(self, lang: str) -> str:
        return (self.kind_fa or self.kind_en) if lang == "fa" else (self.kind_en or self.kind_fa)


_kind = aliased(MeetingKind)


MEETINGS_SORT = {
    "starts_at": Meeting.starts_at,
    "number": Meeting.year * 100_000 + Meeting.sequence,
    "kind": _kind.position,
    "title": Meeting.title,
    "status": Meeting.status,
    "id": Meeting.id,
}


_COLUMNS = (
    Meeting.id,
    Meeting.number,
    Meeting.kind_id,
    _kind.code,
    _kind.name_fa,
    _kind.name_en,
    Meeting.title,
    Meeting.starts_at,
    Meeting.ends_at,
    Meeting.location,
    Meeting.status,
    Meeting.archived_at,
    Meeting.version,
)


def _meeting_row(r: Any) -> MeetingRow:
    return MeetingRow(*r[:11], archived=r[11] is not None, version=r[12])


def _kind_match(session: Session):  # type: ignore[no-untyped-def]
    """A typed word matches a meeting whose search key holds it, or whose kind's name or code does."""
    kinds = [
        (kind_id, normalize_for_search(f"{fa} {en} {code}"))
        for kind_id, fa, en, code in session.execute(
            select(MeetingKind.id, MeetingKind.name_fa, MeetingKind.name_en, MeetingKind.code)
        )
    ]

    def match(word: str):  # type: ignore[no-untyped-def]
        in_key = Meeting.search_key.contains(word, autoescape=True)
        ids = [kind_id for kind_id, names in kinds if word in names]
        return or_(in_key, Meeting.kind_id.in_(ids)) if ids else in_key

    return match


def list_meetings(request: PageRequest = PageRequest(sort="starts_at", descending=True)) -> Page:
    """The meetings register, filtered by the words typed (number, title, kind, place, date) and sorted."""
    stmt = select(*_COLUMNS).join(_kind, Meeting.kind_id == _kind.id)
    with context.database().reading() as session:
        result = page(session, stmt, Meeting, request, MEETINGS_SORT, _kind_match(session))
    return Page([_meeting_row(r) for r in result.rows], result.total)


def next_meeting(kind_code: str, after: dt.date | None = None) -> MeetingRow | None:
    """The soonest meeting of the kind `kind_code` not yet held (planned or invited) on or after `after`
    (default today), or None."""
    after = after or dates.today()
    stmt = (
        select(*_COLUMNS)
        .join(_kind, Meeting.kind_id == _kind.id)
        .where(
            _kind.code == kind_code,
            Meeting.status.in_(("planned", "invited")),
            Meeting.archived_at.is_(None),
            Meeting.starts_at >= dt.datetime.combine(after, dt.time.min),
        )
        .order_by(Meeting.starts_at, Meeting.id)
        .limit(1)
    )
    with context.database().reading() as session:
        row = session.execute(stmt).first()
    return _meeting_row(row) if row is not None else None


def previous_meeting(meeting_id: int) -> int | None:
    """The last meeting of the same kind before this one (not cancelled), for "new from previous"."""
    with context.database().reading() as session:
        m = common.meeting(session, meeting_id)
        return session.execute(
            select(Meeting.id)
            .where(
                Meeting.kind_id == m.kind_id,
                Meeting.starts_at < m.starts_at,
                Meeting.status != "cancelled",
                Meeting.archived_at.is_(None),
            )
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        ).scalar()


def latest_of_kind(kind_id: int) -> int | None:
    """The most recent meeting of a kind (not cancelled), to copy for the next one."""
    with context.database().reading() as session:
        return session.execute(
            select(Meeting.id)
            .where(Meeting.kind_id == kind_id, Meeting.status != "cancelled", Meeting.archived_at.is_(None))
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        ).scalar()

"""Action items: what people must do after a meeting, followed up in the kind's next meetings until done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.common import dates
from app.common.text import normalize_for_search
from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.meetings import _common as common
from app.services.paging import Page, PageRequest
from db.models import ActionItem, AgendaItem, Meeting, MeetingKind, Person, Resolution
from db.models.meetings import ACTION_STATUSES


@dataclass(frozen=True)
class ActionRow:
    id: int
    meeting_id: int
    meeting_number: str
    meeting_day: dt.date
    kind_fa: str
    kind_en: str
    resolution_id: int | None
    text: str
    owner_id: int | None
    owner_fa: str
    owner_en: str
    due_on: dt.date | None
    status: str
    closed_on: dt.date | None
    progress: str
    version: int = 0  # as read: an editor opened on this row saves against it (versions.expecting)

    def overdue(self, today: dt.date | None = None) -> bool:
        return self.status == "open" and self.due_on is not None and self.due_on < (today or dates.today())

    def owner(self, lang: str) -> str:
        return self.owner_fa if lang == "fa" else self.owner_en


def clean_action(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": validate.long_text(data, "text", max_len=5000, required=True),
        "owner_id": validate.record_id(data, "owner_id"),
        "due_on": validate.date(data, "due_on"),
        "resolution_id": validate.record_id(data, "resolution_id"),
    }


def _search_key(session: Session, action: ActionItem, m: Meeting) -> str:
    owner = common.names(session.get(Person, action.owner_id) if action.owner_id else None)
    return normalize_for_search(" ".join([action.text, *owner, m.number]))


def _check_resolution(session: Session, resolution_id: int | None, m: Meeting) -> None:
    if resolution_id is None:
        return
    resolution = session.get(Resolution, resolution_id)
    item = session.get(AgendaItem, resolution.item_id) if resolution else None
    if item is None or item.meeting_id != m.id:
        raise ValidationError("resolution_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))


def add_action(meeting_id: int, data: dict[str, Any]) -> int:
    """A new open action item of a meeting (keys: text, owner_id, due_on, resolution_id); returns its id."""
    values = clean_action(data)
    with context.database().writing() as session:
        m = common.meeting(session, meeting_id)
        common.editable(m)
        common.check_person(session, values["owner_id"], "owner_id")
        _check_resolution(session, values["resolution_id"], m)
        action = ActionItem(meeting_id=m.id, status="open", **values)
        action.search_key = _search_key(session, action, m)
        session.add(action)
        session.flush()
        audit.record(session, "action_items", action.id, "create", {"text": (None, action.text)})
        return action.id


def update_action(action_id: int, data: dict[str, Any]) -> None:
    """Change an action's text, owner or due date (while its meeting's minutes are not locked)."""
    values = clean_action(data)
    with context.database().writing() as session:
        action, m = common.action_and_meeting(session, action_id)
        common.editable(m)
        common.check_person(session, values["owner_id"], "owner_id")
        _check_resolution(session, values["resolution_id"], m)
        changes = audit.apply(action, values)
        if changes:
            action.search_key = _search_key(session, action, m)
            audit.record(session, "action_items", action.id, "update", changes)


def set_action_status(
    action_id: int, status: str, progress: str | None = None, closed_on: dt.date | None = None
) -> None:
    """Follow an action up: open, done or cancelled, with progress notes. Allowed after the minutes are
    approved, since following up is what happens after."""
    status = validate.choice({"status": status}, "status", ACTION_STATUSES)
    note = None if progress is None else validate.long_text({"progress": progress}, "progress", max_len=5000)
    closed = validate.date({"closed_on": closed_on}, "closed_on")
    with context.database().writing() as session:
        action, m = common.action_and_meeting(session, action_id)
        if status != "open" and closed is None:
            closed = action.closed_on or dates.today()
        if closed is not None and closed < m.starts_at.date():
            raise ValidationError(
                "closed_on",
                QT_TRANSLATE_NOOP("errors", "An action cannot be closed before the meeting that decided it."),
            )
        values: dict[str, Any] = {"status": status, "closed_on": closed if status != "open" else None}
        if note is not None:
            values["progress"] = note
        changes = audit.apply(action, values)
        if changes:
            audit.record(session, "action_items", action.id, "status", changes)


def remove_action(action_id: int) -> None:
    """Take back an action recorded by mistake (while its meeting's minutes are not locked)."""
    with context.database().writing() as session:
        action, m = common.action_and_meeting(session, action_id)
        common.editable(m)
        session.delete(action)
        audit.record(session, "action_items", action.id, "remove", {"text": (action.text, None)})


# ---------------------------------------------------------------- reading


_owner = aliased(Person)
_COLUMNS = (
    ActionItem.id,
    Meeting.id,
    Meeting.number,
    Meeting.starts_at,
    MeetingKind.name_fa,
    MeetingKind.name_en,
    ActionItem.resolution_id,
    ActionItem.text,
    ActionItem.owner_id,
    _owner.title,
    _owner.first_name_fa,
    _owner.last_name_fa,
    _owner.first_name_en,
    _owner.last_name_en,
    ActionItem.due_on,
    ActionItem.status,
    ActionItem.closed_on,
    ActionItem.progress,
    ActionItem.version,
)


def _select():  # type: ignore[no-untyped-def]
    return (
        select(*_COLUMNS)
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .join(MeetingKind, Meeting.kind_id == MeetingKind.id)
        .outerjoin(_owner, ActionItem.owner_id == _owner.id)
    )


def _row(r: Any) -> ActionRow:
    from app.services.directory import person_name

    fa = person_name("", r[10] or "", r[11] or "")
    en = person_name(r[9] or "", r[12] or "", r[13] or "")
    return ActionRow(r[0], r[1], r[2], r[3].date(), r[4], r[5], r[6], r[7], r[8], fa or en, en or fa, *r[14:])


def actions(meeting_id: int) -> list[ActionRow]:
    """The action items decided in a meeting."""
    with context.database().reading() as session:
        common.meeting(session, meeting_id)
        stmt = _select().where(ActionItem.meeting_id == meeting_id).order_by(ActionItem.id)
        return [_row(r) for r in session.execute(stmt)]


def follow_ups(meeting_id: int) -> list[ActionRow]:
    """Actions of earlier meetings of the same kind that were still open at this meeting: those not yet
    closed, and those closed on or after its day (they were open when it met)."""
    with context.database().reading() as session:
        m = common.meeting(session, meeting_id)
        day = m.starts_at.date()
        stmt = (
            _select()
            .where(
                Meeting.kind_id == m.kind_id,
                Meeting.starts_at < m.starts_at,
                Meeting.id != m.id,
                Meeting.status != "cancelled",
                Meeting.archived_at.is_(None),
                or_(ActionItem.status == "open", ActionItem.closed_on >= day),
            )
            .order_by(Meeting.starts_at, ActionItem.id)
        )
        return [_row(r) for r in session.execute(stmt)]


ACTIONS_SORT = {
    "due_on": ActionItem.due_on,
    "meeting": Meeting.starts_at,
    "owner": _owner.sort_fa,
    "status": ActionItem.status,
    "text": ActionItem.text,
    "id": ActionItem.id,
}


def list_actions(
    request: PageRequest = PageRequest(sort="due_on"),
    open_only: bool = True,
    overdue_only: bool = False,
    kind_id: int | None = None,
) -> Page:
    """Action items across meetings (the follow-up view): open ones by default, soonest due first."""
    where: list[ColumnElement[bool]] = [Meeting.archived_at.is_(None), Meeting.status != "cancelled"]
    if open_only or overdue_only:
        where.append(ActionItem.status == "open")
    if overdue_only:
        where.append(ActionItem.due_on < dates.today())
    if kind_id is not None:
        where.append(Meeting.kind_id == kind_id)
    for word in normalize_for_search(request.search).split():
        where.append(ActionItem.search_key.contains(word, autoescape=True))
    column = ACTIONS_SORT.get(request.sort, ActionItem.due_on)
    # Actions without a due date come last whichever way the column is sorted.
    order = [column.is_(None), column.desc() if request.descending else column.asc(), ActionItem.id]
    with context.database().reading() as session:
        total = None
        if request.offset == 0:
            total = session.execute(
                select(func.count()).select_from(_select().where(*where).subquery())
            ).scalar_one()
        stmt = (
            _select()
            .where(*where)
            .order_by(*order)
            .offset(max(0, request.offset))
            .limit(max(1, min(request.limit, 1000)))
        )
        return Page([_row(r) for r in session.execute(stmt)], total)

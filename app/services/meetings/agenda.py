"""The agenda: ordered items with presenter, time allotted, discussion notes and resolutions.

An item may be about a case of another register (a funding request, an ordinance draft, a visit). When a
resolution is recorded on an item linked to a table named in links.LINK_HANDLERS, that register's handler is
called inside the same transaction, so the council's decision and the case's new state are written
together or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services import audit, context, links, validate
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.meetings import _common as common
from db.models import AgendaItem, Meeting, Person, Resolution
from db.models.meetings import OUTCOMES

AGENDA_LINKABLE = ("", "adjunct_candidates", "agreements", "funding_requests", "ordinances", "visits")
MAX_VOTES = 10_000
MAX_AMOUNT = 10**15  # rials


@dataclass(frozen=True)
class ResolutionRow:
    id: int
    item_id: int
    text: str
    outcome: str
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None
    amount: int | None
    version: int = 0  # as read: an editor opened on this row saves against it (versions.expecting)


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    meeting_id: int
    position: int
    title: str
    presenter_id: int | None
    presenter_fa: str
    presenter_en: str
    minutes: int
    description: str
    discussion: str
    recurring: bool
    linked_table: str
    linked_id: int | None
    starts_at: dt.datetime  # the meeting's start plus the time of the items before it
    resolutions: list[ResolutionRow] = field(default_factory=list)
    version: int = 0  # as read: an editor opened on this row saves against it (versions.expecting)

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.minutes)


def clean_item(data: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {
        "title": validate.text(data, "title", max_len=400, required=True),
        "presenter_id": validate.record_id(data, "presenter_id"),
        "minutes": common.count(data, "minutes", maximum=24 * 60) or 0,
        "description": validate.long_text(data, "description", max_len=10_000),
        "discussion": validate.long_text(data, "discussion", max_len=20_000),
        "recurring": bool(data.get("recurring", False)),
        "linked_table": validate.choice(data, "linked_table", AGENDA_LINKABLE, required=False),
        "linked_id": validate.record_id(data, "linked_id"),
    }
    if bool(values["linked_table"]) != bool(values["linked_id"]):
        raise ValidationError(
            "linked_id", QT_TRANSLATE_NOOP("errors", "Choose the record the item is about.")
        )
    return values


def _items(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        session.execute(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        ).scalars()
    )


def add_agenda_item(meeting_id: int, data: dict[str, Any]) -> int:
    """Append an item to a meeting's agenda (keys: title, presenter_id, minutes, description, discussion,
    recurring, linked_table, linked_id); refused on locked or cancelled meetings. Returns the item's id."""
    values = clean_item(data)
    with context.database().writing() as session:
        return add_agenda_item_in(session, meeting_id, values)


def add_agenda_item_in(session: Session, meeting_id: int, values: dict[str, Any]) -> int:
    """add_agenda_item inside the caller's transaction, for `values` already checked by clean_item."""
    m = common.meeting(session, meeting_id)
    common.editable(m)
    common.check_person(session, values["presenter_id"], "presenter_id")
    last = session.execute(
        select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == m.id)
    ).scalar()
    item = AgendaItem(meeting_id=m.id, position=(last or 0) + 1, **values)
    session.add(item)
    session.flush()
    audit.record(
        session, "agenda_items", item.id, "create", {"meeting_id": (None, m.id), "title": (None, item.title)}
    )
    return item.id


def update_agenda_item(item_id: int, data: dict[str, Any]) -> None:
    values = clean_item(data)
    with context.database().writing() as session:
        item, m = common.item_and_meeting(session, item_id)
        common.editable(m)
        common.check_person(session, values["presenter_id"], "presenter_id")
        changes = audit.apply(item, values)
        if changes:
            audit.record(session, "agenda_items", item.id, "update", changes)


def set_discussion(item_id: int, discussion: str) -> None:
    """The notes taken on an item during the meeting."""
    text = validate.long_text({"discussion": discussion}, "discussion", max_len=20_000)
    with context.database().writing() as session:
        item, m = common.item_and_meeting(session, item_id)
        common.editable(m)
        changes = audit.apply(item, {"discussion": text})
        if changes:
            audit.record(session, "agenda_items", item.id, "update", changes)


def move_agenda_item(item_id: int, offset: int) -> None:
    """Move an item up (-1) or down (+1) the agenda."""
    with context.database().writing() as session:
        item, m = common.item_and_meeting(session, item_id)
        common.editable(m)
        items = _items(session, m.id)
        index = next(i for i, r in enumerate(items) if r.id == item.id)
        target = index + (1 if offset > 0 else -1)
        if 0 <= target < len(items):
            items[index], items[target] = items[target], items[index]
            for position, row in enumerate(items, start=1):
                row.position = position
            audit.record(session, "agenda_items", item.id, "move", {"position": (index + 1, target + 1)})


def remove_agenda_item(item_id: int) -> None:
    """Take an item off the agenda; an item with resolutions stays (they are the meeting's record)."""
    with context.database().writing() as session:
        item, m = common.item_and_meeting(session, item_id)
        common.editable(m)
        if (
            session.execute(select(Resolution.id).where(Resolution.item_id == item.id).limit(1)).scalar()
            is not None
        ):
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "This item has resolutions; it stays on the agenda.")
            )
        session.delete(item)
        for position, row in enumerate((r for r in _items(session, m.id) if r.id != item.id), start=1):
            row.position = position
        audit.record(session, "agenda_items", item.id, "remove", {"title": (item.title, None)})


def agenda_items(meeting_id: int) -> list[AgendaItemRow]:
    """The meeting's agenda in order, each item with its link, its times and its resolutions."""
    with context.database().reading() as session:
        m = common.meeting(session, meeting_id)
        return _rows(session, m)


def _rows(session: Session, m: Meeting) -> list[AgendaItemRow]:
    items = _items(session, m.id)
    resolutions: dict[int, list[ResolutionRow]] = {}
    if items:
        for r in session.execute(
            select(Resolution)
            .where(Resolution.item_id.in_([i.id for i in items]))
            .order_by(Resolution.position, Resolution.id)
        ).scalars():
            resolutions.setdefault(r.item_id, []).append(_resolution_row(r))
    rows, start = [], m.starts_at
    for item in items:
        presenter = session.get(Person, item.presenter_id) if item.presenter_id else None
        rows.append(
            AgendaItemRow(
                item.id,
                m.id,
                item.position,
                item.title,
                item.presenter_id,
                *common.names(presenter),
                item.minutes,
                item.description,
                item.discussion,
                item.recurring,
                item.linked_table,
                item.linked_id,
                start,
                resolutions.get(item.id, []),
                item.version,
            )
        )
        start += dt.timedelta(minutes=item.minutes)
    return rows


def _resolution_row(r: Resolution) -> ResolutionRow:
    return ResolutionRow(
        r.id, r.item_id, r.text, r.outcome, r.votes_for, r.votes_against, r.votes_abstain, r.amount, r.version
    )


def items_linked_to(table: str, record_id: int) -> list[tuple[int, int]]:
    """(meeting id, item id) of every agenda item about a record of another register."""
    with context.database().reading() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(AgendaItem.meeting_id, AgendaItem.id)
                .where(AgendaItem.linked_table == table, AgendaItem.linked_id == record_id)
                .order_by(AgendaItem.id)
            )
        ]


# ---------------------------------------------------------------- resolutions


def clean_resolution(data: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {
        "text": validate.long_text(data, "text", max_len=10_000, required=True),
        "outcome": validate.choice(data, "outcome", OUTCOMES),
        "votes_for": common.count(data, "votes_for", maximum=MAX_VOTES),
        "votes_against": common.count(data, "votes_against", maximum=MAX_VOTES),
        "votes_abstain": common.count(data, "votes_abstain", maximum=MAX_VOTES),
        "amount": None,
    }
    amount = data.get("amount")
    if amount is not None and amount != "":
        if isinstance(amount, bool) or not isinstance(amount, int) or not 0 <= amount <= MAX_AMOUNT:
            raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "Enter an amount in rials."))
        values["amount"] = amount
    return values


def _apply_link(session: Session, item: AgendaItem, resolution: Resolution) -> None:
    handler = links.link_handler(item.linked_table)
    if handler is not None:
        session.flush()
        handler(session, item, resolution)


def _check_amount(item: AgendaItem, values: dict[str, Any]) -> None:
    if values["amount"] is not None and item.linked_table != "funding_requests":
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP("errors", "An amount is decided only on an item about a funding request."),
        )


def record_resolution(item_id: int, data: dict[str, Any]) -> int:
    """Record a resolution on an agenda item (keys: text, outcome approved|rejected|deferred|noted, votes_for,
    votes_against, votes_abstain, amount in rials for an item on a funding request). Refused on locked or
    cancelled meetings. The linked register's handler, if any, runs in the same transaction."""
    values = clean_resolution(data)
    with context.database().writing() as session:
        item, m = common.item_and_meeting(session, item_id)
        common.editable(m)
        _check_amount(item, values)
        last = session.execute(
            select(func.max(Resolution.position)).where(Resolution.item_id == item.id)
        ).scalar()
        resolution = Resolution(item_id=item.id, position=(last or 0) + 1, **values)
        session.add(resolution)
        session.flush()
        _apply_link(session, item, resolution)
        audit.record(
            session,
            "resolutions",
            resolution.id,
            "create",
            {
                "item_id": (None, item.id),
                "outcome": (None, resolution.outcome),
                "amount": (None, resolution.amount),
            },
        )
        return resolution.id


def update_resolution(resolution_id: int, data: dict[str, Any]) -> None:
    """Correct a resolution of a meeting that is not locked; a linked case is told the new decision."""
    values = clean_resolution(data)
    with context.database().writing() as session:
        resolution, item, m = common.resolution_and_meeting(session, resolution_id)
        common.editable(m)
        _check_amount(item, values)
        changes = audit.apply(resolution, values)
        if changes:
            _apply_link(session, item, resolution)
            audit.record(session, "resolutions", resolution.id, "update", changes)


def remove_resolution(resolution_id: int) -> None:
    """Take back a resolution recorded by mistake; one that decided a linked case must be corrected
    instead."""
    with context.database().writing() as session:
        resolution, item, m = common.resolution_and_meeting(session, resolution_id)
        common.editable(m)
        if item.linked_table in links.LINK_HANDLERS:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors", "This resolution decided a linked case; correct it instead of removing it."
                )
            )
        from db.models import ActionItem

        if session.execute(select(ActionItem.id).where(ActionItem.resolution_id == resolution.id)).first():
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Action items follow from this resolution; it stays.")
            )
        session.delete(resolution)
        audit.record(session, "resolutions", resolution.id, "remove", {"text": (resolution.text, None)})


def get_resolution(resolution_id: int) -> ResolutionRow:
    with context.database().reading() as session:
        return _resolution_row(common.get(session, Resolution, resolution_id))

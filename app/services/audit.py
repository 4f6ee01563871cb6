"""The audit log: who changed what and when, written in the same transaction as the change."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.common.clock import utc_of
from app.services import context
from app.services.paging import Page, PageRequest
from db.models import AuditEntry


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return value


def entry(table: str, record_id: int | None, action: str, changes: dict | None = None) -> dict[str, Any]:
    """The columns of one audit entry (its time is set when it is written)."""
    return {
        "actor": context.actor(),
        "table_name": table,
        "record_id": record_id,
        "action": action,
        "changes": json.dumps(
            {k: [_plain(a), _plain(b)] for k, (a, b) in (changes or {}).items()}, ensure_ascii=False
        ),
    }


def record(
    session: Session, table: str, record_id: int | None, action: str, changes: dict | None = None
) -> None:
    session.add(AuditEntry(**entry(table, record_id, action, changes)))


def record_many(session: Session, entries: list[dict[str, Any]]) -> None:
    """Many entries (made by `entry`) in one statement run over all of them, in their order: an import's
    ten thousand marks cost one round of the driver, not one INSERT ... RETURNING each."""
    if entries:
        session.execute(insert(AuditEntry), entries)


def apply(obj: object, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Set attributes on `obj`; return the fields that really changed as field -> (old, new)."""
    changed: dict[str, tuple[Any, Any]] = {}
    for key, new in values.items():
        old = getattr(obj, key)
        if old != new:
            setattr(obj, key, new)
            changed[key] = (old, new)
    return changed


SENSITIVE = ("passport",)  # fields whose values the log keeps but never shows whole


def masked(changes: dict) -> dict:
    """The changes as they may be shown or exported: passport numbers (at any depth) masked."""
    from app.services.directory import mask_passport

    def walk(value: Any, sensitive: bool) -> Any:
        if isinstance(value, dict):
            return {
                k: walk(v, sensitive or any(w in str(k).lower() for w in SENSITIVE)) for k, v in value.items()
            }
        if isinstance(value, list | tuple):
            return [walk(v, sensitive) for v in value]
        if sensitive and isinstance(value, str):
            return mask_passport(value)
        return value

    return walk(changes, False)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC
    actor: str
    table: str
    record_id: int | None
    action: str
    changes: dict


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show: a record (table and id), a person (part of the name), a date range."""

    table: str = ""
    record_id: int | None = None
    actor: str = ""
    since: dt.date | None = None
    until: dt.date | None = None


def list_entries(request: PageRequest, where: AuditFilter = AuditFilter()) -> Page:
    """Audit entries, newest first, one page at a time (passport numbers masked)."""
    conditions = []
    if where.table:
        conditions.append(AuditEntry.table_name == where.table)
    if where.record_id is not None:
        conditions.append(AuditEntry.record_id == where.record_id)
    if where.actor.strip():
        conditions.append(AuditEntry.actor.contains(where.actor.strip(), autoescape=True))
    # The days are the office's (local); the entries are stamped in UTC.
    if where.since:
        conditions.append(AuditEntry.at >= utc_of(dt.datetime.combine(where.since, dt.time.min)))
    if where.until:
        conditions.append(
            AuditEntry.at < utc_of(dt.datetime.combine(where.until + dt.timedelta(days=1), dt.time.min))
        )
    stmt = select(AuditEntry).where(*conditions).order_by(AuditEntry.id.desc())
    limit = max(1, min(request.limit, 1000))
    with context.database().reading() as session:
        total = None
        if request.offset == 0:
            total = session.execute(select(func.count(AuditEntry.id)).where(*conditions)).scalar_one()
        rows = session.execute(stmt.offset(max(0, request.offset)).limit(limit)).scalars().all()
        return Page(
            [
                AuditRow(
                    r.id,
                    r.at,
                    r.actor,
                    r.table_name,
                    r.record_id,
                    r.action,
                    masked(json.loads(r.changes or "{}")),
                )
                for r in rows
            ],
            total,
        )


def tables() -> list[str]:
    """The kinds of record that have entries (for the viewer's filter)."""
    with context.database().reading() as session:
        return list(
            session.execute(
                select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name)
            ).scalars()
        )

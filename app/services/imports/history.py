"""The imported batches: the list of them, and undoing one (its records archived, its updates taken back)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.common.clock import utcnow
from app.services import audit, context
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.imports.names import used_record
from db.base import Base
from db.models import AuditEntry, Institution, Unit

BATCH_TABLE = "imports"


@dataclass(frozen=True)
class BatchRow:
    id: int
    at: Any
    actor: str
    register: str
    file: str
    sheet: str
    added: int
    updated: int
    undone: bool


def list_imports() -> list[BatchRow]:
    """Every import, newest first."""
    with context.database().reading() as session:
        entries = (
            session.execute(
                select(AuditEntry).where(AuditEntry.table_name == BATCH_TABLE).order_by(AuditEntry.id.desc())
            )
            .scalars()
            .all()
        )
        undone = {e.record_id for e in entries if e.action == "undo"}
        rows = []
        for e in entries:
            if e.action != "import":
                continue
            info = {k: v[1] for k, v in json.loads(e.changes or "{}").items()}
            rows.append(
                BatchRow(
                    e.id,
                    e.at,
                    e.actor,
                    info.get("register", ""),
                    info.get("file", ""),
                    info.get("sheet", ""),
                    info.get("added", 0),
                    info.get("updated", 0),
                    e.id in undone,
                )
            )
        return rows


_TABLES = ("people", "units", "institutions", "agreements", "visits", "funding_requests")


def undo_import(batch_id: int) -> int:
    """Archive every record the import added (and put back what it updated), if none has been used since;
    otherwise refuse, naming the records that have. Returns the records archived."""
    from db.models import Agreement, FundingRequest, Person, Visit

    models = {
        "people": Person,
        "units": Unit,
        "institutions": Institution,
        "agreements": Agreement,
        "visits": Visit,
        "funding_requests": FundingRequest,
    }
    with context.database().writing() as session:
        batch = session.get(AuditEntry, batch_id) if isinstance(batch_id, int) else None
        if batch is None or batch.table_name != BATCH_TABLE or batch.action != "import":
            raise ValidationError(
                "batch", QT_TRANSLATE_NOOP("errors", "There is no import {batch}."), batch=batch_id
            )
        done = session.execute(
            select(AuditEntry.id).where(
                AuditEntry.table_name == BATCH_TABLE,
                AuditEntry.action == "undo",
                AuditEntry.record_id == batch_id,
            )
        ).first()
        if done:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Import {batch} was already undone."), batch=batch_id
            )
        marks = [
            e
            for e in session.execute(
                select(AuditEntry).where(
                    AuditEntry.id > batch_id,
                    AuditEntry.action.in_(("import", "import-update")),
                    AuditEntry.table_name.in_(tuple(_TABLES)),
                )
            ).scalars()
            if json.loads(e.changes or "{}").get("batch", [None, None])[1] == batch_id
        ]
        used: list[str] = []
        ours = {(m.table_name, m.record_id) for m in marks}
        # The batch's records' latest audit entries, and their references from outside the batch, each
        # read in a few queries for the whole batch (not several per record: a batch has thousands).
        latest = {
            (table, record): last
            for table, record, last in session.execute(
                select(AuditEntry.table_name, AuditEntry.record_id, func.max(AuditEntry.id))
                .where(AuditEntry.id > batch_id, AuditEntry.table_name.in_(tuple(_TABLES)))
                .group_by(AuditEntry.table_name, AuditEntry.record_id)
            )
        }
        referenced = _references_outside(
            session, {(m.table_name, m.record_id) for m in marks if m.action != "import-update"}, ours
        )
        for mark in marks:
            later = latest.get((mark.table_name, mark.record_id), 0) > mark.id
            if later or referenced.get((mark.table_name, mark.record_id)):
                row = json.loads(mark.changes)["row"][1]
                used.append(used_record(session, mark.table_name, mark.record_id, row))
        if used:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This import cannot be undone: these records (with their row in the sheet) have been "
                    "changed or used since: {records}.",
                ),
                records=", ".join(used[:20]) + (" …" if len(used) > 20 else ""),
            )
        archived = 0
        now = utcnow()
        objects = _load(session, models, marks)
        entries = []
        for mark in marks:
            obj = objects[(mark.table_name, mark.record_id)]
            if mark.action == "import-update":
                old = {k: v[0] for k, v in json.loads(mark.changes).items() if k not in ("batch", "row")}
                changes = audit.apply(obj, _typed(obj, old))
                entries.append(audit.entry(mark.table_name, obj.id, "update", changes))
            elif obj.archived_at is None:
                obj.archived_at = now
                entries.append(audit.entry(mark.table_name, obj.id, "archive", {"batch": (None, batch_id)}))
                archived += 1
        entries.append(audit.entry(BATCH_TABLE, batch_id, "undo", {"archived": (None, archived)}))
        session.flush()
        audit.record_many(session, entries)
        return archived


def _load(session: Session, models: dict[str, Any], marks: list[AuditEntry]) -> dict[tuple[str, int], Any]:
    """The batch's records, a few hundred to a query."""
    ids: dict[str, list[int]] = {}
    for mark in marks:
        ids.setdefault(mark.table_name, []).append(mark.record_id)
    found: dict[tuple[str, int], Any] = {}
    for table, wanted in ids.items():
        model = models[table]
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for obj in session.execute(select(model).where(model.id.in_(chunk))).scalars():
                found[(table, obj.id)] = obj
    return found


# Rows made with their parent record by an import (a visit's guests and costs): they are part of it.
_OWNED = {
    "visit_guests": ("visits", "visit_id"),
    "visit_costs": ("visits", "visit_id"),
    "funding_transitions": ("funding_requests", "request_id"),
}


def _references_outside(
    session: Session, records: set[tuple[str, int | None]], ours: set[tuple[str, int | None]]
) -> dict[tuple[str, int | None], int]:
    """How many references each of `records` (table, id) has from records that are not of the same import
    (a person's unit made by it is); the records without any are left out."""
    from db.models import load_all

    load_all()  # every table that can point at the record, not only the areas imported so far
    by_table: dict[str, list[int]] = {}
    for table, record_id in records:
        if record_id is not None:
            by_table.setdefault(table, []).append(record_id)
    counts: dict[tuple[str, int | None], int] = {}
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            ids = by_table.get(fk.column.table.name)
            if not ids:
                continue
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                for row in session.execute(select(other).where(fk.parent.in_(chunk))).mappings():
                    owner = _OWNED.get(other.name)
                    if owner and (owner[0], row[owner[1]]) in ours:
                        continue
                    if "id" in other.c and (other.name, row["id"]) in ours:
                        continue
                    key = (fk.column.table.name, row[fk.parent.name])
                    counts[key] = counts.get(key, 0) + 1
    return counts


_CHUNK = 500  # ids in one IN (…): well within SQLite's and PostgreSQL's limits on parameters


def _typed(obj: Any, old: dict[str, Any]) -> dict[str, Any]:
    """Values from the audit log's JSON back in their column's type (dates are stored as ISO text)."""
    import datetime as dt

    typed = {}
    for key, value in old.items():
        current = getattr(obj, key, None)
        if isinstance(current, dt.date) and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        typed[key] = value
    return typed

"""Two secretaries editing one record: a save over a change made meanwhile (on another PC, or in another
window) is refused, saying who changed it and when, never a silent overwrite.

Every editable record carries a version (db.base.Timestamped), raised by each change. An editor reads
the version when it opens (`current`) and saves inside `expecting(table, id, version)`; any change to that
record in the save's transaction then checks that the record is still at that version. The services need
no change: the check runs before the session writes (a before_flush hook on the write sessions).
"""

from __future__ import annotations

import contextlib
import contextvars
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from app.services import context
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError

_EXPECTED: contextvars.ContextVar[dict[tuple[str, int], int] | None] = contextvars.ContextVar(
    "ivc_expected_versions", default=None
)


@dataclass(frozen=True)
class OtherChange:
    """The change that came between: who made it, when (UTC), and the fields it changed (old, new)."""

    actor: str
    at: Any
    changes: dict[str, Any]
    version: int


class EditConflictError(ServiceError):
    """The record was changed by someone else after this editor opened it; nothing was saved."""

    def __init__(self, other: OtherChange, table: str, record_id: int) -> None:
        when = other.at.strftime("%Y-%m-%d %H:%M") if other.at else "?"
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{actor} changed this record at {when} (UTC) after you opened it, so your changes were not "
                "saved. Reload to see theirs, or keep yours after comparing.",
            ),
            actor=other.actor or "?",
            when=when,
        )
        self.other = other
        self.table = table
        self.record_id = record_id


class StepConflictError(EditConflictError):
    """A status step (held, issued, paid, ...) taken on a record as the secretary saw it, in a list row or an
    open record, after someone else changed the record: nothing was done."""

    def __init__(self, other: OtherChange, table: str, record_id: int) -> None:
        super().__init__(other, table, record_id)
        self.message = QT_TRANSLATE_NOOP(
            "errors",
            "{actor} changed this record at {when} (UTC) after you looked at it, so this step was not taken. "
            "It is now shown as it is: take the step again if it still applies.",
        )


def _model(table: str) -> Any:
    import db.models
    from db.base import Base

    db.models.load_all()
    for mapper in Base.registry.mappers:
        if (
            mapper.local_table is not None
            and mapper.local_table.name == table
            and "version" in mapper.columns
        ):
            return mapper.class_
    raise KeyError(table)


def current(table: str, record_id: int) -> int | None:
    """The record's version now (None when there is no such record)."""
    model = _model(table)
    with context.database().reading() as session:
        return session.execute(select(model.version).where(model.id == record_id)).scalar()


@contextlib.contextmanager
def expecting(table: str, record_id: int | None, version: int | None) -> Iterator[None]:
    """Within this block, a change to record `record_id` of `table` is saved only while it is still at
    `version` (nothing is checked for a new record, record_id None)."""
    if record_id is None or version is None:
        yield
        return
    expected = dict(_EXPECTED.get() or {})
    expected[(table, int(record_id))] = int(version)
    token = _EXPECTED.set(expected)
    try:
        yield
    finally:
        _EXPECTED.reset(token)


@contextlib.contextmanager
def acting(table: str, record_id: int | None, version: int | None) -> Iterator[None]:
    """A status step on record `record_id` of `table` as the secretary saw it (at `version`, read with the
    list row or the open record): refused with StepConflictError, nothing changed, when someone else changed
    the record since. Checked first (so a step the other change made impossible says who and when, not
    only that it is impossible), then on the step's writes (expecting)."""
    if record_id is None or version is None:
        yield
        return
    model = _model(table)
    with context.database().reading() as session:
        stored = session.execute(select(model.version).where(model.id == record_id)).scalar()
        if stored is not None and stored != version:
            raise StepConflictError(last_change(session, table, int(record_id)), table, int(record_id))
    try:
        with expecting(table, record_id, version):
            yield
    except StepConflictError:
        raise
    except EditConflictError as conflict:
        raise StepConflictError(conflict.other, conflict.table, conflict.record_id) from None


def last_change(session: Session, table: str, record_id: int) -> OtherChange:
    from db.models import AuditEntry

    model = _model(table)
    version = session.execute(select(model.version).where(model.id == record_id)).scalar() or 0
    entry = session.execute(
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).scalar()
    if entry is None:
        return OtherChange("", None, {}, version)
    try:
        changes = json.loads(entry.changes or "{}")
    except ValueError:
        changes = {}
    from app.services.audit import masked

    return OtherChange(entry.actor, entry.at, masked(changes) if isinstance(changes, dict) else {}, version)


@event.listens_for(Session, "before_flush")
def _check_versions(session: Session, _context: Any, _instances: Any) -> None:
    expected = _EXPECTED.get()
    if not expected:
        return
    # A save may flush the record more than once (a visit, then its guests, then its search key): only its
    # first write is checked, the later ones find the version its own first write raised.
    checked: set[tuple[str, int]] = session.info.setdefault("ivc_versions_checked", set())
    for obj in list(session.dirty) + list(session.deleted):
        state = inspect(obj)
        table = getattr(state.mapper.local_table, "name", None)
        key = (table, getattr(obj, "id", None))
        if key not in expected or key in checked or "version" not in state.mapper.columns:
            continue
        stored = state.committed_state.get("version", obj.version)
        if stored != expected[key]:
            raise EditConflictError(last_change(session, key[0], key[1]), key[0], key[1])
        checked.add(key)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_checked(session: Session) -> None:
    """What was checked holds for one transaction only."""
    session.info.pop("ivc_versions_checked", None)

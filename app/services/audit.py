"""The audit log: who changed what and when, written in the same transaction as the change."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy.orm import Session

from app.services import context
from db.models import AuditEntry


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def record(session: Session, table: str, record_id: int | None, action: str, changes: dict | None = None) -> None:
    session.add(
        AuditEntry(
            actor=context.actor(),
            table_name=table,
            record_id=record_id,
            action=action,
            changes=json.dumps(
                {k: [_plain(a), _plain(b)] for k, (a, b) in (changes or {}).items()}, ensure_ascii=False
            ),
        )
    )


def apply(obj: object, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Set attributes on `obj`; return the fields that really changed as field -> (old, new)."""
    changed: dict[str, tuple[Any, Any]] = {}
    for key, new in values.items():
        old = getattr(obj, key)
        if old != new:
            setattr(obj, key, new)
            changed[key] = (old, new)
    return changed

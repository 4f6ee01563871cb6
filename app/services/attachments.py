"""Attachments: files copied into the data folder under generated names; the original name is only data.

A user's file name never chooses a path: the stored file is named by a random token, and the name the
user gave is kept in the database for display and for "save a copy as".
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app import paths
from app.common.text import clean_line
from app.services import audit, context
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from db.base import utcnow
from db.models import Attachment

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    original_name: str
    size: int
    sha256: str


def _stored(storage_name: str) -> Path:
    return paths.attachments_dir() / storage_name[:2] / storage_name


def add_attachment(owner_table: str, owner_id: int, source: str | Path) -> int:
    """Copy `source` into the data folder and attach it to a record; returns the attachment's id."""
    from app.documents.output import write_atomic

    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "The file cannot be read.")) from None
    if len(data) > MAX_BYTES:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "Attachments must be smaller than 50 MB."))
    original = clean_line(path.name)[:255] or "attachment"
    storage_name = secrets.token_hex(16) + "".join(c for c in path.suffix.lower()[:10] if c.isalnum() or c == ".")
    target = _stored(storage_name)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data)
    with context.database().writing() as session:
        row = Attachment(storage_name=storage_name, original_name=original, size=len(data),
                         sha256=hashlib.sha256(data).hexdigest(), owner_table=owner_table, owner_id=owner_id)  # fmt: skip
        session.add(row)
        session.flush()
        audit.record(session, owner_table, owner_id, "attach", {"attachment": (None, original)})
        return row.id


def list_attachments(owner_table: str, owner_id: int) -> list[AttachmentRow]:
    with context.database().reading() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.original_name, Attachment.size, Attachment.sha256)
            .where(Attachment.owner_table == owner_table, Attachment.owner_id == owner_id,
                   Attachment.archived_at.is_(None))
            .order_by(Attachment.id)
        )  # fmt: skip
        return [AttachmentRow(*r) for r in rows]


def attachment_path(attachment_id: int) -> Path:
    """Where the stored copy is (to open it); its content is checked against the recorded hash."""
    with context.database().reading() as session:
        row = session.get(Attachment, attachment_id) if isinstance(attachment_id, int) else None
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        path, digest = _stored(row.storage_name), row.sha256
    if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The attachment's file is missing or was changed."))
    return path


def archive_attachment(attachment_id: int) -> None:
    """Detach (to the archive): the stored file stays, so it can be restored."""
    with context.database().writing() as session:
        row = session.get(Attachment, attachment_id) if isinstance(attachment_id, int) else None
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        row.archived_at = utcnow()
        audit.record(session, row.owner_table, row.owner_id, "detach", {"attachment": (row.original_name, None)})

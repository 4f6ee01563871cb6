"""Attachments: files copied into the data folder under generated names; the original name is only data.

A user's file name never chooses a path: the stored file is named by a random token, and the name the
user gave is kept in the database for display and for "save a copy as".
"""

from __future__ import annotations

import hashlib
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app import paths
from app.common.clock import utcnow
from app.common.text import clean_line
from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from db.models import (
    AdjunctCandidate,
    AgendaItem,
    Agreement,
    Attachment,
    FundingRequest,
    Institution,
    Letter,
    Meeting,
    Person,
)

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    original_name: str
    size: int
    sha256: str


def _stored(storage_name: str) -> Path:
    return paths.attachments_dir() / storage_name[:2] / storage_name


OWNERS = {
    "people": Person,
    "letters": Letter,
    "institutions": Institution,
    "agreements": Agreement,
    "meetings": Meeting,
    "agenda_items": AgendaItem,
    "funding_requests": FundingRequest,
    "adjunct_candidates": AdjunctCandidate,
}


def _read_source(source: object) -> tuple[Path, bytes]:
    """The file's path and content, refused in words when it is not a readable file of allowed size."""
    unreadable = ValidationError("file", QT_TRANSLATE_NOOP("errors", "The file cannot be read."))
    if not isinstance(source, str | Path):
        raise unreadable
    try:
        path = Path(source)
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise unreadable
        if info.st_size > MAX_BYTES:
            raise ValidationError(
                "file", QT_TRANSLATE_NOOP("errors", "Attachments must be smaller than 50 MB.")
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except (OSError, ValueError):  # ValueError: a NUL in the path
        raise unreadable from None
    if len(data) > MAX_BYTES:  # grew while we looked
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "Attachments must be smaller than 50 MB."))
    return path, data


def add_attachment(owner_table: str, owner_id: int, source: str | Path) -> int:
    """Copy `source` into the data folder and attach it to a record; returns the attachment's id.

    The copy is removed again when the record cannot be written (read-only, disk full, no such owner).
    """
    return add_attachments(owner_table, owner_id, [source])[0]


# a file of several refused: the message names it, and says that none of them was attached
_REFUSED_OF_SEVERAL = {
    "The file cannot be read.": QT_TRANSLATE_NOOP(
        "errors", "The file {name} cannot be read, so none of the files was attached."
    ),
    "Attachments must be smaller than 50 MB.": QT_TRANSLATE_NOOP(
        "errors", "The file {name} is larger than 50 MB, so none of the files was attached."
    ),
}


def _read_all(sources: list[str | Path]) -> list[tuple[Path, bytes]]:
    """Every file read and checked before any is copied; one refused refuses them all, by its name."""
    read = []
    for source in sources:
        try:
            read.append(_read_source(source))
        except ValidationError as error:
            if len(sources) == 1:
                raise
            name = clean_line(Path(source).name) if isinstance(source, str | Path) else "?"
            message = _REFUSED_OF_SEVERAL.get(error.message, error.message)
            raise ValidationError("file", message, name=name) from None
    return read


def add_attachments(owner_table: str, owner_id: int, sources: list[str | Path]) -> list[int]:
    """Attach several files to a record at once (chosen together, or dropped on the list): all of them in
    one transaction, or none. Returns the attachments' ids, in the order given.

    Every file is read and checked first (a refused one names itself); the copies are removed again when
    the records cannot be written.
    """
    from app.documents.output import write_atomic

    model = OWNERS.get(owner_table) if isinstance(owner_table, str) else None
    if model is None or not validate.is_record_id(owner_id):
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    if not isinstance(sources, list | tuple) or not sources:
        return []
    read = _read_all(list(sources))
    database = context.database()
    if database.readonly:
        raise context.DatabaseReadOnlyError("the database is open read-only")
    copies: list[tuple[str, str, bytes, Path]] = []  # storage name, original name, content, stored copy
    try:
        for path, data in read:
            original = clean_line(path.name)[:255] or "attachment"
            storage_name = secrets.token_hex(16) + "".join(
                c for c in path.suffix.lower()[:10] if c.isalnum() or c == "."
            )
            target = _stored(storage_name)
            target.parent.mkdir(parents=True, exist_ok=True)
            copies.append((storage_name, original, data, target))
            write_atomic(target, data)
        with database.writing() as session:
            if session.get(model, owner_id) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
            ids = []
            for storage_name, original, data, _target in copies:
                row = Attachment(
                    storage_name=storage_name,
                    original_name=original,
                    size=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    owner_table=owner_table,
                    owner_id=owner_id,
                )
                session.add(row)
                session.flush()
                audit.record(session, owner_table, owner_id, "attach", {"attachment": (None, original)})
                ids.append(row.id)
            return ids
    except BaseException:
        for *_rest, target in copies:
            target.unlink(missing_ok=True)
        raise


def list_attachments(owner_table: str, owner_id: int) -> list[AttachmentRow]:
    with context.database().reading() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.original_name, Attachment.size, Attachment.sha256)
            .where(
                Attachment.owner_table == owner_table,
                Attachment.owner_id == owner_id,
                Attachment.archived_at.is_(None),
            )
            .order_by(Attachment.id)
        )
        return [AttachmentRow(*r) for r in rows]


def attachment_path(attachment_id: int) -> Path:
    """Where the stored copy is (to open it); its content is checked against the recorded hash."""
    with context.database().reading() as session:
        row = session.get(Attachment, attachment_id) if validate.is_record_id(attachment_id) else None
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        path, digest = _stored(row.storage_name), row.sha256
    if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The attachment's file is missing or was changed."))
    return path


def archive_attachment(attachment_id: int) -> None:
    """Detach (to the archive): the stored file stays, so it can be restored."""
    with context.database().writing() as session:
        row = session.get(Attachment, attachment_id) if validate.is_record_id(attachment_id) else None
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        row.archived_at = utcnow()
        audit.record(
            session, row.owner_table, row.owner_id, "detach", {"attachment": (row.original_name, None)}
        )

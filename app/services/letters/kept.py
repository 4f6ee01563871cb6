"""What a restore must not lose of the letters: the issued ones of the replaced database, written back with
their stored PDFs into the restored one so that no number is given twice."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.services import audit, numbering
from app.services.letters.register import CONTENT, REGISTER
from db.models import Letter, Person


def _linked_record_exists(session, table: str, record_id: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the record a letter is filed under exists (the table is one of LINKABLE, checked before)."""
    from db.base import Base
    from db.models import load_all

    load_all()
    model_table = Base.metadata.tables.get(table)
    if model_table is None:
        return False
    return session.execute(select(model_table.c.id).where(model_table.c.id == record_id)).first() is not None


# The columns a letter issued after a backup is re-registered with.
_KEPT = (
    *CONTENT,
    "status",
    "number",
    "year",
    "sequence",
    "issued_on",
    "issued_at",
    "void_reason",
    "pdf_name",
    "pdf_sha256",
    "search_key",
    "linked_table",
    "linked_id",
    "recipient_person_id",
)


def issued_letters(session: Any) -> list[dict[str, Any]]:
    """Every issued or voided letter of a database, as plain values (for re-registering after a restore)."""
    rows = session.execute(
        select(Letter).where(Letter.status != "draft").order_by(Letter.year, Letter.sequence)
    )
    return [{name: getattr(letter, name) for name in _KEPT} for letter in rows.scalars()]


def reregister(session: Any, kept: list[dict[str, Any]]) -> list[str]:
    """Put back into the register the issued letters of `kept` that it lacks (a restore took them back),
    with their stored PDFs; returns their numbers. Runs in the caller's write transaction."""
    have = set(session.execute(select(Letter.number).where(Letter.number.is_not(None))).scalars())
    back = []
    for values in kept:
        if values["number"] in have:
            continue
        values = dict(values)
        if values["recipient_person_id"] and session.get(Person, values["recipient_person_id"]) is None:
            values["recipient_person_id"] = None
        if values["linked_table"] and not _linked_record_exists(
            session, values["linked_table"], values["linked_id"]
        ):
            values["linked_table"], values["linked_id"] = "", None
        letter = Letter(**values)
        session.add(letter)
        session.flush()
        numbering.note_given(session, REGISTER, values["year"], values["sequence"])
        audit.record(session, "letters", letter.id, "recover", {"number": (None, values["number"])})
        back.append(values["number"])
    return back

"""The letters register: its name and languages, and the table of letters (one row per letter, sorted and
paged)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.services import context
from app.services.paging import Page, PageRequest, page
from db.models import Letter

REGISTER = "letters"


LANGUAGES = ("fa", "en")
PAPERS = ("a4", "a5")  # the paper sizes a letter may be printed on (the Iranian standard allows both)
# What a letter says and who signs it: the fields a draft is composed of and an issued letter keeps.
CONTENT = (
    "lang",
    "paper",
    "recipient",
    "subject",
    "salutation",
    "body",
    "closing",
    "attachments_text",
    "copies_to",
    "signatory_name",
    "signatory_title",
)


@dataclass(frozen=True)
class LetterRow:
    id: int
    number: str | None
    issued_on: dt.date | None
    recipient: str  # the first line
    subject: str
    lang: str
    status: str
    linked_table: str
    linked_id: int | None
    archived: bool
    version: int = 0  # as the list read it: a step taken from the row checks it (versions.acting)


LETTERS_SORT = {
    "issued_on": Letter.issued_on,
    "number": Letter.number,
    "subject": Letter.subject,
    "recipient": Letter.recipient,
    "status": Letter.status,
    "lang": Letter.lang,
    "id": Letter.id,
}


def list_letters(request: PageRequest = PageRequest()) -> Page:
    stmt = select(
        Letter.id,
        Letter.number,
        Letter.issued_on,
        Letter.recipient,
        Letter.subject,
        Letter.lang,
        Letter.status,
        Letter.linked_table,
        Letter.linked_id,
        Letter.archived_at,
        Letter.version,
    )
    with context.database().reading() as session:
        result = page(session, stmt, Letter, request, LETTERS_SORT)
    return Page(
        [
            LetterRow(
                r[0],
                r[1],
                r[2],
                (r[3] or "").split("\n")[0],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9] is not None,
                r[10],
            )
            for r in result.rows
        ],
        result.total,
    )

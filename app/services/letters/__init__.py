"""The outgoing letters register: drafts, issue with a number from the register, reprint, void.

Issuing takes the next number of the Jalali year inside the same BEGIN IMMEDIATE transaction that marks
the letter issued, and stores the issued PDF under the data folder: a reprint returns those very bytes.
Issued letters are never edited or deleted; a mistaken one is voided with a reason and keeps its number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app import paths
from app.common import dates
from app.common.clock import utcnow
from app.common.text import normalize_for_search
from app.services import audit, context, numbering, settings, validate
from app.services.directory import addressed_name
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from app.services.letters.documents import (  # noqa: F401 (also re-exported here, the old path)
    STANDARD_PHRASES,
    _build,
    _document,
    _salutation,
    void_marked,
)
from app.services.letters.kept import (  # noqa: F401 (also re-exported here, the old path)
    _linked_record_exists,
    issued_letters,
    reregister,
)
from app.services.letters.register import (  # noqa: F401 (also re-exported here, the old path)
    CONTENT,
    LANGUAGES,
    PAPERS,
    REGISTER,
    LetterRow,
    list_letters,
)
from app.services.paging import PageRequest  # noqa: F401 (the register's callers name letters.PageRequest)
from db.models import Institution, Letter, Person

if TYPE_CHECKING:
    from app.documents.frame import Letterhead
    from app.documents.letters import LetterData

LINKABLE = (
    "",
    "people",
    "institutions",
    "agreements",
    "meetings",
    "visits",
    "funding_requests",
    "ordinances",
)


# ---------------------------------------------------------------- validation


def clean_letter(data: dict[str, Any]) -> dict[str, Any]:
    """A letter's fields checked and tidied; raises ValidationError (FieldErrors for several bad fields)."""
    check = validate.FieldChecks()
    values: dict[str, Any] = {
        "lang": check(validate.choice, data, "lang", LANGUAGES),
        # A letter composed without a choice is printed on the paper of Settings › Letters.
        "paper": check(validate.choice, {"paper": data.get("paper") or default_paper()}, "paper", PAPERS),
        "recipient_person_id": check(validate.record_id, data, "recipient_person_id"),
        "recipient": check(validate.long_text, data, "recipient", max_len=1000, required=True),
        "subject": check(validate.text, data, "subject", max_len=400, required=True),
        "salutation": check(validate.text, data, "salutation", max_len=200),
        "body": check(validate.long_text, data, "body", max_len=20_000, required=True),
        "closing": check(validate.text, data, "closing", max_len=200),
        "attachments_text": check(validate.text, data, "attachments_text", max_len=80),
        "signatory_name": check(validate.text, data, "signatory_name", max_len=200),
        "signatory_title": check(validate.text, data, "signatory_title", max_len=200),
        "linked_table": check(validate.choice, data, "linked_table", LINKABLE, required=False),
        "linked_id": check(validate.record_id, data, "linked_id"),
    }
    copies = data.get("copies_to", "")
    if isinstance(copies, list | tuple):
        copies = "\n".join(str(c) for c in copies)
    values["copies_to"] = check(validate.long_text, {"copies_to": copies}, "copies_to", max_len=2000)
    if check.passed("linked_table", "linked_id") and bool(values["linked_table"]) != bool(
        values["linked_id"]
    ):
        with check.rule():
            raise ValidationError(
                "linked_id", QT_TRANSLATE_NOOP("errors", "Choose the record the letter belongs to.")
            )
    check.done()
    values["search_key"] = normalize_for_search(" ".join([values["recipient"], values["subject"]]))
    return values


def default_paper() -> str:
    """The paper letters are printed on unless a letter says otherwise (Settings › Letters)."""
    return settings.load()["letter_paper"]


def _get(session: Any, letter_id: int) -> Letter:
    letter = session.get(Letter, letter_id) if validate.is_record_id(letter_id) else None
    if letter is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return letter


def _editable(letter: Letter) -> None:
    if letter.status != "draft":
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "An issued letter cannot be changed; void it and write a new one.")
        )


# ---------------------------------------------------------------- drafts


def save_draft(data: dict[str, Any], letter_id: int | None = None) -> int:
    """Create a draft (letter_id None) or change a draft; returns its id."""
    values = clean_letter(data)
    with context.database().writing() as session:
        return save_draft_in(session, values, letter_id)


def save_draft_in(session: Session, values: dict[str, Any], letter_id: int | None = None) -> int:
    """save_draft inside the caller's transaction, for `values` already checked by clean_letter."""
    if values["recipient_person_id"] and session.get(Person, values["recipient_person_id"]) is None:
        raise ValidationError(
            "recipient_person_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list.")
        )
    if values["linked_table"] and not _linked_record_exists(
        session, values["linked_table"], values["linked_id"]
    ):
        raise ValidationError("linked_id", QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    if letter_id is None:
        letter = Letter(status="draft", **values)
        session.add(letter)
        session.flush()
        audit.record(session, "letters", letter.id, "create", {"subject": (None, values["subject"])})
    else:
        letter = _get(session, letter_id)
        _editable(letter)
        changes = audit.apply(letter, values)
        if changes:
            changes.pop("search_key", None)
            audit.record(session, "letters", letter.id, "update", changes)
    return letter.id


def get_letter(letter_id: int) -> dict[str, Any]:
    """A letter's fields (and its state: status, number, issued_on, void_reason)."""
    with context.database().reading() as session:
        letter = _get(session, letter_id)
        names = (
            *CONTENT,
            "recipient_person_id",
            "linked_table",
            "linked_id",
            "status",
            "number",
            "issued_on",
            "void_reason",
        )
        values = {name: getattr(letter, name) for name in names}
        values["id"] = letter.id
        values["archived"] = letter.archived_at is not None
        return values


def recipient_text(person_id: int, lang: str) -> str:
    """The recipient block for a person of the directory: their name as addressed («سرکار خانم دکتر مریم
    احمدی», "Dr. Maryam Ahmadi"), position, institution or unit."""
    with context.database().reading() as session:
        person = session.get(Person, person_id) if validate.is_record_id(person_id) else None
        if person is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        lines = [addressed_name(person, lang)]
        if person.position:
            lines.append(person.position)
        institution = session.get(Institution, person.institution_id) if person.institution_id else None
        if institution is not None:
            lines.append(institution.name_fa if lang == "fa" and institution.name_fa else institution.name_en)
        elif person.affiliation:
            lines.append(person.affiliation)
        elif person.unit is not None:
            lines.append(
                person.unit.name_fa if lang == "fa" else (person.unit.name_en or person.unit.name_fa)
            )
        return "\n".join(lines)


def archive_letter(letter_id: int) -> None:
    """Move a draft to the archive; issued and voided letters stay in the register for good."""
    with context.database().writing() as session:
        letter = _get(session, letter_id)
        if letter.status != "draft":
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only drafts can be moved to the archive; issued and voided letters stay in the "
                    "register.",
                )
            )
        if letter.archived_at is None:
            letter.archived_at = utcnow()
            audit.record(session, "letters", letter.id, "archive")


def restore_letter(letter_id: int) -> None:
    with context.database().writing() as session:
        letter = _get(session, letter_id)
        if letter.archived_at is not None:
            letter.archived_at = None
            audit.record(session, "letters", letter.id, "restore")


# ---------------------------------------------------------------- documents


def draft_document(data: dict[str, Any]) -> LetterData:
    """A letter as it would be printed before it is issued (marked as a draft, without a number)."""
    return _document(clean_letter(data), None, None)


def preview_pdf(data: dict[str, Any]) -> bytes:
    """The letter as it would look, marked as a draft and without a number; nothing is saved."""
    values = clean_letter(data)
    return _build(_document(values, None, None), settings.letterhead())


def _pdf_path(name: str):  # type: ignore[no-untyped-def]
    return paths.documents_dir() / name


def issue_letter(letter_id: int, issued_on: dt.date | None = None) -> str:
    """Give a draft the next number of its year, store its PDF, and mark it issued; returns the number.

    A date before the latest issued letter's is refused (the clock went back); the PDF never replaces a
    stored file (a name in use gets another)."""
    head, fmt = settings.letterhead(), settings.load()["letter_number_format"]  # read before the write lock
    with context.database().writing() as session:
        return issue_letter_in(session, letter_id, issued_on, head, fmt)


def issue_letter_in(
    session: Session,
    letter_id: int,
    issued_on: dt.date | None = None,
    head: Letterhead | None = None,
    fmt: str | None = None,
    document: Callable[[dict[str, Any], str, dt.date, Letterhead], bytes] | None = None,
) -> str:
    """issue_letter inside the caller's transaction (the letterhead and number format read in it unless
    given). `document(values, number, issued_on, head)` builds the stored PDF instead of the letter layout,
    for a register's own document (a certificate) that takes the letter's number, date and signatory."""
    from app.services import files

    issued_on = issued_on or dates.today()
    validate.date({"issued_on": issued_on}, "issued_on", required=True)
    head = head or settings.letterhead(session)
    fmt = fmt or settings.load_in(session)["letter_number_format"]
    letter = _get(session, letter_id)
    _editable(letter)
    if letter.archived_at is not None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Restore the letter from the archive before issuing it.")
        )
    year = dates.jalali_year(issued_on)
    sequence = numbering.take_next(session, REGISTER, year, issued_on)
    number = numbering.format_number(fmt, year, sequence)
    numbering.check_unused(session, number)
    values = {name: getattr(letter, name) for name in (*CONTENT, "recipient_person_id")}
    _sign(session, letter, values)
    if document is not None:
        pdf = document(values, number, issued_on, head)
    else:
        pdf = _build(_document(values, number, issued_on), head)
    name = files.store_issued(f"letters/{year}/{year}-{sequence:05d}.pdf", pdf)
    letter.status, letter.number, letter.year, letter.sequence = "issued", number, year, sequence
    letter.issued_on, letter.issued_at = issued_on, utcnow()
    letter.pdf_name, letter.pdf_sha256 = name, hashlib.sha256(pdf).hexdigest()
    letter.search_key = normalize_for_search(f"{number} {letter.recipient} {letter.subject}")
    audit.record(session, "letters", letter.id, "issue", {"number": (None, number)})
    return number


def _sign(session: Any, letter: Letter, values: dict[str, Any]) -> None:
    """The letter's signatory, copied into it at issue: the one chosen, else the default (the first of
    Settings › Signatories); none at all is refused in words."""
    from app.services import signatories

    lang = values["lang"]
    if not values["signatory_name"]:
        chosen = signatories.default_signatory(session, (lang,))
        values["signatory_name"], values["signatory_title"] = chosen.name(lang), chosen.title(lang)
    elif not values["signatory_title"]:
        values["signatory_title"] = settings.load_in(session)[f"signatory_title_{lang}"]
    signatories.require_signatory(values["signatory_name"], values["signatory_title"])
    letter.signatory_name, letter.signatory_title = values["signatory_name"], values["signatory_title"]


def letter_pdf(letter_id: int, archive: bool = False, paper: str | None = None) -> bytes:
    """The letter's PDF: the stored, issued document, or a draft preview (on `paper` when given).

    A voided letter is printed with a VOID mark and its reason over every page, in the letter's language;
    `archive` gives the stored bytes as they were issued, unmarked. An issued letter stays on the paper it
    was issued on: another `paper` is refused in words."""
    values = get_letter(letter_id)
    if values["status"] == "draft":
        return preview_pdf({**values, "paper": paper or values["paper"]})
    if paper and paper != values["paper"]:
        raise ValidationError(
            "paper",
            QT_TRANSLATE_NOOP(
                "errors",
                "Letter {number} was issued on {paper}; a reprint is the issued document, on the same paper.",
            ),
            number=values["number"],
            paper=values["paper"].upper(),
        )
    with context.database().reading() as session:
        letter = _get(session, letter_id)
        name, digest = letter.pdf_name, letter.pdf_sha256
    try:
        data = _pdf_path(name).read_bytes()
    except OSError:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "The stored PDF of letter {number} is missing from the data folder."),
            number=values["number"],
        ) from None
    if hashlib.sha256(data).hexdigest() != digest:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "The stored PDF of letter {number} has been altered."),
            number=values["number"],
        )
    if values["status"] == "void" and not archive:
        return void_marked(data, values["lang"], values["void_reason"])
    return data


def void_letter(letter_id: int, reason: str) -> None:
    """Void an issued letter; it keeps its number (never given again) and its stored PDF."""
    reason = validate.long_text({"void_reason": reason}, "void_reason", max_len=1000, required=True)
    with context.database().writing() as session:
        letter = _get(session, letter_id)
        if letter.status != "issued":
            raise StateError(QT_TRANSLATE_NOOP("errors", "Only an issued letter can be voided."))
        letter.status, letter.void_reason = "void", reason
        audit.record(session, "letters", letter.id, "void", {"void_reason": ("", reason)})


# ---------------------------------------------------------------- the register

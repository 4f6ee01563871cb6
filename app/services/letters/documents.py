"""A letter's document: the phrases a letter starts with, its layout from the stored values, the salutation,
the PDF built on the letterhead, and the VOID mark stamped on a voided letter's pages."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from app.common import dates
from app.services import context, settings
from app.services.directory import salutation_name
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from db.models import Person

if TYPE_CHECKING:
    from app.documents.frame import Letterhead
    from app.documents.letters import LetterData

# The phrases a new letter starts with, per language (the composer fills them in; they can be changed).
STANDARD_PHRASES = {
    "fa": {"salutation": "با سلام و احترام،", "closing": "با سپاس", "attachments_text": "ندارد"},
    "en": {"salutation": "Dear Sir or Madam,", "closing": "Sincerely,", "attachments_text": "None"},
}


def _document(values: dict[str, Any], number: str | None, issued_on: dt.date | None) -> LetterData:
    from app.documents.letters import LetterData

    lang = values["lang"]
    s = settings.load()
    day = issued_on or dates.today()
    if lang == "fa":
        date_text, alt = dates.format_date(day, dates.JALALI, "fa"), None
    else:
        date_text = dates.format_date(day, dates.GREGORIAN, "en", "long")
        alt = dates.format_date(day, dates.JALALI, "en", "long")
    copies = [line for line in values["copies_to"].split("\n") if line.strip()]
    return LetterData(
        lang=lang,
        paper=values.get("paper") or s["letter_paper"],
        number=number or "",
        date_text=date_text,
        date_text_alt=alt,
        subject=values["subject"],
        body=values["body"],
        signatory_name=values["signatory_name"] or s[f"signatory_name_{lang}"],
        signatory_title=values["signatory_title"] or s[f"signatory_title_{lang}"],
        recipient=values["recipient"],
        attachments_text=values["attachments_text"],
        salutation=_salutation(values) or None,
        closing=values["closing"] or None,
        copies_to=copies,
        draft=number is None,
    )


def _salutation(values: dict[str, Any]) -> str:
    """The salutation as written; "Dear Sir or Madam," (the standard one) only when the letter goes to no
    named person of the directory: otherwise "Dear Dr. Ghasemi," or "Dear Ms Ghasemi,"."""
    salutation = values["salutation"]
    person_id = values.get("recipient_person_id")
    if (
        values["lang"] != "en"
        or salutation not in ("", STANDARD_PHRASES["en"]["salutation"])
        or not person_id
    ):
        return salutation
    with context.database().reading() as session:
        person = session.get(Person, person_id)
        if person is None or not person.last_name_en:
            return salutation
        return f"Dear {salutation_name(person)},"


def _build(document: LetterData, head: Letterhead) -> bytes:
    """The PDF; a logo that cannot be drawn is the settings' problem, said in a sentence."""
    from app.documents.frame import LetterheadError
    from app.documents.letters import build_letter_pdf

    try:
        return build_letter_pdf(document, head)
    except LetterheadError as exc:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP("errors", "The logo cannot be printed ({reason}); choose another in Settings."),
            reason=str(exc),
        ) from exc


def void_marked(pdf: bytes, lang: str, reason: str) -> bytes:
    """A copy of a voided document with the VOID mark (and the reason) over each page, in `lang`."""
    from app.documents.marks import Mark, stamped

    if lang == "fa":
        return stamped(pdf, Mark("باطل شده", (f"علت: {reason}",) if reason else (), rtl=True))
    return stamped(pdf, Mark("VOID", (f"Reason: {reason}",) if reason else ()))

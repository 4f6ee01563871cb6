"""What the English evaluations share: the table and the session kind, an evaluation looked up, the
names of a person in both languages, the search key, and the certificate letters not voided."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.common.text import normalize_for_search
from app.services import validate
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError
from db.models import EnglishEvaluation, Letter, Meeting, Person

TABLE = "english_evaluations"
SESSION_KIND = "english-evaluation"  # the meeting kind of an evaluation session (migration 0002)
LANGS = ("fa", "en")
MAX_SCORE = 1000
PANEL_ROLES = ("chair", "secretary", "member")


def _not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))


def _get(session: Session, evaluation_id: object) -> EnglishEvaluation:
    found = session.get(EnglishEvaluation, evaluation_id) if validate.is_record_id(evaluation_id) else None
    if found is None or found.archived_at is not None:
        raise _not_found()
    return found


def _name_in_both(person: Person) -> Any:
    from app.services.errors import InLanguages

    fa, en = _names(person)
    return InLanguages(en, fa)


def _names(p: Person | None) -> tuple[str, str]:
    if p is None:
        return "", ""
    return person_name("", p.first_name_fa, p.last_name_fa), person_name(
        p.title, p.first_name_en, p.last_name_en
    )


def _search_key(session: Session, ev: EnglishEvaluation) -> str:
    person, meeting = session.get(Person, ev.person_id), session.get(Meeting, ev.meeting_id)
    parts = [ev.note, meeting.number if meeting else "", meeting.title if meeting else ""]
    if person is not None:
        parts += [person.first_name_fa, person.last_name_fa, person.first_name_en, person.last_name_en]
    return normalize_for_search(" ".join(parts))[:1000]


def _live_letters(session: Session, ev: EnglishEvaluation) -> dict[str, Letter]:
    """The certificate letters not voided, by language."""
    found = {}
    for lang, letter_id in (("fa", ev.letter_fa_id), ("en", ev.letter_en_id)):
        letter = session.get(Letter, letter_id) if letter_id else None
        if letter is not None and letter.status != "void":
            found[lang] = letter
    return found

"""What the adjunct faculty share: the table, the meeting and ordinance kinds, the term's limit, the
states a list shows, a candidate looked up and the names of a person in both languages."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.services import validate
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError
from db.models import AdjunctCandidate, Person
from db.models.faculty import ADJUNCT_STATUSES

TABLE = "adjunct_candidates"
COMMITTEE_KIND = "adjunct-recruitment"  # the meeting kind of the recruitment committee
ORDINANCE_KIND = "adjunct"  # the ordinance kind of an appointment (seeded by migration 0011)
ITEM_MINUTES = 15
MAX_TERM_MONTHS = 60
# What a list shows: the stored statuses and the two derived from the appointment ordinance.
STATES = (*ADJUNCT_STATUSES, "appointed", "ended")


def _not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))


def _get(session: Session, candidate_id: object) -> AdjunctCandidate:
    candidate = session.get(AdjunctCandidate, candidate_id) if validate.is_record_id(candidate_id) else None
    if candidate is None:
        raise _not_found()
    return candidate


def _not_waiting() -> StateError:
    return StateError(
        QT_TRANSLATE_NOOP("errors", "This adjunct candidate is not waiting for the committee's decision.")
    )


def _names(p: Person | None) -> tuple[str, str]:
    if p is None:
        return "", ""
    return person_name("", p.first_name_fa, p.last_name_fa), person_name(
        p.title, p.first_name_en, p.last_name_en
    )

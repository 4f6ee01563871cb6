"""The adjunct candidates' records: checked, saved, read and archived."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.common.clock import utcnow
from app.common.text import normalize_for_search
from app.services import audit, context, validate
from app.services.adjuncts.common import MAX_TERM_MONTHS, TABLE, _get
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from db.models import AdjunctCandidate, Institution, Person, Unit


def clean_candidate(data: dict[str, Any]) -> dict[str, Any]:
    """A candidate's fields checked (without the database); raises ValidationError naming the field."""
    values: dict[str, Any] = {
        "person_id": validate.record_id(data, "person_id", required=True),
        "unit_id": validate.record_id(data, "unit_id", required=True),
        "institution_id": validate.record_id(data, "institution_id"),
        "expatriate": bool(data.get("expatriate", False)),
        "fields": validate.long_text(data, "fields", max_len=2000, required=True),
        "notes": validate.long_text(data, "notes", max_len=10_000),
    }
    months = data.get("term_months", 24)
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_TERM_MONTHS:
        raise ValidationError(
            "term_months",
            QT_TRANSLATE_NOOP("errors", "Enter a term of 1 to {limit} months."),
            limit=MAX_TERM_MONTHS,
        )
    values["term_months"] = months
    return values


def _check_refs(session: Session, values: dict[str, Any]) -> Person:
    person = session.get(Person, values["person_id"])
    if person is None or person.archived_at is not None:
        raise ValidationError("person_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    if session.get(Unit, values["unit_id"]) is None:
        raise ValidationError("unit_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    if values["institution_id"] is not None and session.get(Institution, values["institution_id"]) is None:
        raise ValidationError("institution_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    return person


def _search_key(session: Session, c: AdjunctCandidate) -> str:
    person = session.get(Person, c.person_id)
    unit = session.get(Unit, c.unit_id) if c.unit_id else None
    partner = session.get(Institution, c.institution_id) if c.institution_id else None
    parts = [c.fields]
    if person is not None:
        parts += [person.first_name_fa, person.last_name_fa, person.first_name_en, person.last_name_en]
    for record in (unit, partner):
        if record is not None:
            parts += [record.name_fa, record.name_en]
    return normalize_for_search(" ".join(parts))[:1000]


def save_candidate(data: dict[str, Any], candidate_id: int | None = None) -> int:
    """Create a candidate (candidate_id None) or change one (keys: person_id, unit_id, institution_id,
    expatriate, fields, term_months, notes); once decided only the notes change. Returns its id."""
    values = clean_candidate(data)
    with context.database().writing() as session:
        _check_refs(session, values)
        if candidate_id is None:
            candidate = AdjunctCandidate(status="candidate", decision_note="", **values)
            session.add(candidate)
            session.flush()
            audit.record(session, TABLE, candidate.id, "create", {"person_id": (None, values["person_id"])})
        else:
            candidate = _get(session, candidate_id)
            if candidate.status not in ("candidate", "proposed"):
                fixed = {k: v for k, v in values.items() if k != "notes"}
                if any(getattr(candidate, k) != v for k, v in fixed.items()):
                    raise StateError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The committee has decided on this candidate; only the notes can change.",
                        )
                    )
            elif candidate.status == "proposed" and candidate.person_id != values["person_id"]:
                raise ValidationError(
                    "person_id",
                    QT_TRANSLATE_NOOP("errors", "The candidate is on a committee's agenda; keep the person."),
                )
            changes = audit.apply(candidate, values)
            if changes:
                audit.record(session, TABLE, candidate.id, "update", changes)
        candidate.search_key = _search_key(session, candidate)
        return candidate.id


def get_candidate(candidate_id: int) -> dict[str, Any]:
    """A candidate's fields and state."""
    with context.database().reading() as session:
        c = _get(session, candidate_id)
        return {
            "id": c.id,
            "person_id": c.person_id,
            "unit_id": c.unit_id,
            "institution_id": c.institution_id,
            "expatriate": c.expatriate,
            "fields": c.fields,
            "term_months": c.term_months,
            "notes": c.notes,
            "status": c.status,
            "agenda_item_id": c.agenda_item_id,
            "decided_on": c.decided_on,
            "decision_note": c.decision_note,
            "ordinance_id": c.ordinance_id,
            "archived": c.archived_at is not None,
        }


def set_archived(candidate_id: int, archived: bool) -> None:
    """Move a candidate to the archive or back; one on an agenda or appointed stays."""
    with context.database().writing() as session:
        c = _get(session, candidate_id)
        if archived and c.status in ("proposed", "approved"):
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors", "A candidate on a committee's agenda or approved stays in the register."
                )
            )
        if (c.archived_at is not None) != archived:
            c.archived_at = utcnow() if archived else None
            audit.record(session, TABLE, c.id, "archive" if archived else "restore")


def archive_candidate(candidate_id: int) -> None:
    set_archived(candidate_id, True)


def restore_candidate(candidate_id: int) -> None:
    set_archived(candidate_id, False)

"""The recruitment committee: a candidate put on a meeting's agenda as a linked item, the resolution that
decides it (drafting the appointment ordinance on approval), and the appointment issued."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.clock import utcnow
from app.services import audit, context, validate
from app.services.adjuncts.common import (
    COMMITTEE_KIND,
    ITEM_MINUTES,
    ORDINANCE_KIND,
    TABLE,
    _get,
    _names,
    _not_found,
    _not_waiting,
)
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from db.models import AdjunctCandidate, Institution, Meeting, Ordinance, OrdinanceKind, Person, Unit


def item_title(session: Session, c: AdjunctCandidate, lang: str = "fa") -> str:
    name_fa, name_en = _names(session.get(Person, c.person_id))
    unit = session.get(Unit, c.unit_id) if c.unit_id else None
    if lang == "fa":
        where = unit.name_fa if unit else ""
        return f"بررسی عضویت وابسته بین‌المللی: {name_fa or name_en} — {where}".rstrip(" —")
    return f"International adjunct faculty: {name_en or name_fa} — {unit.name_en if unit else ''}".rstrip(
        " —"
    )


def _description(session: Session, c: AdjunctCandidate) -> str:
    partner = session.get(Institution, c.institution_id) if c.institution_id else None
    lines = [c.fields.replace("\n", "، ")]
    if partner is not None:
        lines.append(f"مؤسسه همکار: {partner.name_fa or partner.name_en}")
    return "\n".join(lines)


def _committee_meeting(session: Session, meeting_id: int | None) -> Meeting:
    from app.services import meetings

    if meeting_id is None:
        row = meetings.next_meeting(COMMITTEE_KIND)
        if row is None:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "There is no recruitment committee meeting to come; "
                    "schedule one in the Meetings tab first.",
                )
            )
        meeting_id = row.id
    meeting = session.get(Meeting, meeting_id) if validate.is_record_id(meeting_id) else None
    if meeting is None:
        raise _not_found()
    from db.models import MeetingKind

    kind = session.get(MeetingKind, meeting.kind_id)
    if kind is None or kind.code != COMMITTEE_KIND:
        raise ValidationError(
            "meeting_id", QT_TRANSLATE_NOOP("errors", "Choose a meeting of the recruitment committee.")
        )
    return meeting


def propose(candidate_id: int, meeting_id: int | None = None) -> tuple[int, int]:
    """Put a candidate on the agenda of a recruitment committee meeting (the next one when none is given)
    as a linked item; returns (meeting id, item id). One transaction: the item and the candidate's new
    status are written together or not at all."""
    from app.services.meetings.agenda import add_agenda_item_in, clean_item

    with context.database().writing() as session:
        c = _get(session, candidate_id)
        if c.status != "candidate" or c.archived_at is not None:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors", "Only a candidate not yet proposed can go on the committee's agenda."
                )
            )
        meeting = _committee_meeting(session, meeting_id)
        item_id = add_agenda_item_in(
            session,
            meeting.id,
            clean_item(
                {
                    "title": item_title(session, c),
                    "presenter_id": None,
                    "minutes": ITEM_MINUTES,
                    "description": _description(session, c),
                    "linked_table": TABLE,
                    "linked_id": c.id,
                }
            ),
        )
        c.status, c.agenda_item_id = "proposed", item_id
        audit.record(session, TABLE, c.id, "propose", {"status": ("candidate", "proposed")})
        return meeting.id, item_id


def _draft_ordinance(session: Session, c: AdjunctCandidate, start: dt.date) -> int:
    from app.services import ordinances

    kind = session.execute(
        select(OrdinanceKind).where(OrdinanceKind.code == ORDINANCE_KIND, OrdinanceKind.archived_at.is_(None))
    ).scalar()
    if kind is None:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The ordinance kind for adjunct appointments is missing; restore it in Ordinances › Kinds.",
            )
        )
    values = ordinances.new_draft_values_in(session, kind.id, c.person_id, c.unit_id, start)
    values["term_end"] = ordinances.term_end_for(start, c.term_months)
    return ordinances.save_draft_in(session, ordinances.clean_ordinance(values))


def _reopen(session: Session, c: AdjunctCandidate) -> None:
    """A corrected resolution: the earlier decision is set aside; refused once the ordinance is issued."""
    ordinance = session.get(Ordinance, c.ordinance_id) if c.ordinance_id else None
    if ordinance is not None and ordinance.status != "draft":
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The appointment ordinance {number} has been issued; void it before correcting the decision.",
            ),
            number=ordinance.number or "",
        )
    if ordinance is not None and ordinance.archived_at is None:
        ordinance.archived_at = utcnow()
        audit.record(session, "ordinances", ordinance.id, "archive")
    c.status, c.ordinance_id, c.decided_on, c.decision_note = "proposed", None, None, ""


def apply_committee_resolution(session: Session, item: Any, resolution: Any) -> None:
    """Called by the meetings register, inside its write transaction, for a resolution on an item linked to
    an adjunct candidate: approved drafts the appointment ordinance (term from the meeting's day, of the
    candidate's length), rejected keeps the resolution's text as the reason, deferred sends the candidate
    back to be proposed again; noted changes nothing. A refusal raises a ServiceError, which rolls the
    resolution back."""
    if getattr(item, "linked_table", "") != TABLE:
        return
    outcome = getattr(resolution, "outcome", "")
    if outcome == "noted":
        return
    c = session.get(AdjunctCandidate, getattr(item, "linked_id", None))
    if c is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "The adjunct candidate of this agenda item no longer exists.")
        )
    if c.agenda_item_id != item.id:
        raise _not_waiting()
    if c.status in ("approved", "rejected"):
        _reopen(session, c)
    if c.status != "proposed":
        raise _not_waiting()
    meeting = session.get(Meeting, item.meeting_id)
    on = meeting.starts_at.date() if meeting is not None else dates.today()
    before = c.status
    text = getattr(resolution, "text", "") or ""
    if outcome == "approved":
        c.status, c.decided_on, c.decision_note = "approved", on, text
        c.ordinance_id = _draft_ordinance(session, c, on)
    elif outcome == "rejected":
        c.status, c.decided_on, c.decision_note = "rejected", on, text
    elif outcome == "deferred":
        c.status, c.agenda_item_id, c.decision_note = "candidate", None, text
    audit.record(session, TABLE, c.id, "decide", {"status": (before, c.status)})


def record_committee_decision(candidate_id: int, outcome: str, text: str) -> int:
    """The committee's decision on a proposed candidate, recorded as the meeting's resolution on the
    candidate's item (which decides the candidate through apply_committee_resolution); the resolution id."""
    from app.services import meetings

    with context.database().reading() as session:
        c = _get(session, candidate_id)
        if c.status != "proposed" or c.agenda_item_id is None:
            raise _not_waiting()
        item_id = c.agenda_item_id
    return meetings.record_resolution(item_id, {"text": text, "outcome": outcome})


def appoint(candidate_id: int, issued_on: dt.date | None = None) -> str:
    """Issue the appointment ordinance drafted at approval (its number from the ordinances register)."""
    from app.services import ordinances

    with context.database().reading() as session:
        c = _get(session, candidate_id)
        ordinance = session.get(Ordinance, c.ordinance_id) if c.ordinance_id else None
        if c.status != "approved" or ordinance is None or ordinance.status != "draft":
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Only an approved candidate's drafted ordinance can be issued.")
            )
        ordinance_id = ordinance.id
    return ordinances.issue_ordinance(ordinance_id, issued_on)

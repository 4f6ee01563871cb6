"""An adjunct's activity: the visits of the visits register, and the courses and papers noted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.services import audit, context, validate
from app.services.adjuncts.common import _get, _not_found
from db.models import AdjunctActivity, Visit, VisitGuest
from db.models.faculty import ACTIVITY_KINDS


@dataclass(frozen=True)
class Activity:
    """A line of an adjunct's activity: a visit from the visits register, or a course or paper noted."""

    kind: str  # visit, course, paper, other
    id: int  # the visit's or the noted entry's id
    on: dt.date | None
    title: str
    note: str = ""


def clean_activity(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": validate.choice(data, "kind", ACTIVITY_KINDS),
        "title": validate.text(data, "title", max_len=400, required=True),
        "on": validate.date(data, "on"),
        "note": validate.long_text(data, "note", max_len=4000),
    }


def add_activity(candidate_id: int, data: dict[str, Any]) -> int:
    """Note a course taught or a joint paper for an adjunct; returns the entry's id."""
    values = clean_activity(data)
    with context.database().writing() as session:
        c = _get(session, candidate_id)
        entry = AdjunctActivity(candidate_id=c.id, **values)
        session.add(entry)
        session.flush()
        audit.record(session, "adjunct_activities", entry.id, "create", {"title": (None, entry.title)})
        return entry.id


def remove_activity(activity_id: int) -> None:
    """Take back an entry noted by mistake."""
    with context.database().writing() as session:
        entry = session.get(AdjunctActivity, activity_id) if validate.is_record_id(activity_id) else None
        if entry is None:
            raise _not_found()
        session.delete(entry)
        audit.record(session, "adjunct_activities", entry.id, "remove", {"title": (entry.title, None)})


def activity(candidate_id: int, lang: str = "fa") -> list[Activity]:
    """The adjunct's visits (as a guest of the visits register) and the courses and papers noted, by date."""
    with context.database().reading() as session:
        c = _get(session, candidate_id)
        found = [
            Activity(
                "visit", v.id, v.arrival_date, (v.purpose_fa if lang == "fa" else v.purpose_en) or v.reference
            )
            for v in session.execute(
                select(Visit)
                .join(VisitGuest, VisitGuest.visit_id == Visit.id)
                .where(VisitGuest.person_id == c.person_id, Visit.archived_at.is_(None))
                .order_by(Visit.arrival_date)
            ).scalars()
        ]
        found += [
            Activity(a.kind, a.id, a.on, a.title, a.note)
            for a in session.execute(
                select(AdjunctActivity)
                .where(AdjunctActivity.candidate_id == c.id)
                .order_by(AdjunctActivity.id)
            ).scalars()
        ]
    return sorted(found, key=lambda a: (a.on or dt.date.max, a.kind, a.id))

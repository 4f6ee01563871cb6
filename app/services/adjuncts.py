"""International adjunct faculty (اعضای هیئت علمی وابسته بین‌المللی): candidates, the recruitment
committee's decision, the appointment ordinance and the current adjuncts with their activity.

A candidate (a person of the directory, proposed by a department, from a partner institution) is put on
the agenda of a recruitment committee meeting as a linked item (`propose`); the committee's resolution on
that item decides (apply_committee_resolution, called by the meetings register inside the resolution's
transaction, see app/services/links.py): approval drafts the appointment ordinance with its term,
rejection keeps the reason, deferral sends the candidate back to be proposed again. "Appointed" is not
stored: it is the drafted ordinance once issued (from here or from the Ordinances tab).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.clock import utcnow
from app.common.text import normalize_for_search
from app.services import audit, context, validate
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from db.models import (
    AdjunctActivity,
    AdjunctCandidate,
    AgendaItem,
    Institution,
    Meeting,
    Ordinance,
    OrdinanceKind,
    Person,
    Unit,
    Visit,
    VisitGuest,
)
from db.models.faculty import ACTIVITY_KINDS, ADJUNCT_STATUSES

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


# ---------------------------------------------------------------- candidates


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


# ---------------------------------------------------------------- the list


@dataclass(frozen=True)
class AdjunctRow:
    """A candidate as the register lists it; `state` adds "appointed" (ordinance issued, term running) and
    "ended" (its term over, or the ordinance revoked or superseded) to the stored status."""

    id: int
    person_id: int
    name_fa: str
    name_en: str
    unit_fa: str
    unit_en: str
    partner_fa: str
    partner_en: str
    country: str
    fields: str
    status: str
    state: str
    meeting_number: str
    ordinance_id: int | None
    ordinance_number: str
    term_start: dt.date | None
    term_end: dt.date | None
    archived: bool
    version: int = 0  # as the list read it: a step taken from the row checks it (versions.acting)

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)

    def unit(self, lang: str) -> str:
        return (self.unit_fa or self.unit_en) if lang == "fa" else (self.unit_en or self.unit_fa)

    def partner(self, lang: str) -> str:
        return (self.partner_fa or self.partner_en) if lang == "fa" else (self.partner_en or self.partner_fa)


def state_of(status: str, ordinance: Ordinance | None, on: dt.date) -> str:
    """The state shown: the stored status, or appointed / ended once the appointment ordinance is issued."""
    if status != "approved" or ordinance is None or ordinance.number is None:
        return status
    if ordinance.status == "issued" and (ordinance.term_end is None or ordinance.term_end >= on):
        return "appointed"
    if ordinance.status in ("issued", "revoked", "superseded"):
        return "ended"
    return status


def _names(p: Person | None) -> tuple[str, str]:
    if p is None:
        return "", ""
    return person_name("", p.first_name_fa, p.last_name_fa), person_name(
        p.title, p.first_name_en, p.last_name_en
    )


def list_adjuncts(
    search: str = "", state: str = "", include_archived: bool = False, on: dt.date | None = None
) -> list[AdjunctRow]:
    """Every candidate, newest first, filtered by typed words and by state ("" all, "current" appointed)."""
    on = on or dates.today()
    stmt = (
        select(AdjunctCandidate, Person, Unit, Institution, Ordinance, Meeting)
        .join(Person, Person.id == AdjunctCandidate.person_id)
        .outerjoin(Unit, Unit.id == AdjunctCandidate.unit_id)
        .outerjoin(Institution, Institution.id == AdjunctCandidate.institution_id)
        .outerjoin(Ordinance, Ordinance.id == AdjunctCandidate.ordinance_id)
        .outerjoin(AgendaItem, AgendaItem.id == AdjunctCandidate.agenda_item_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .order_by(AdjunctCandidate.id.desc())
    )
    if not include_archived:
        stmt = stmt.where(AdjunctCandidate.archived_at.is_(None))
    for word in normalize_for_search(search).split():
        stmt = stmt.where(AdjunctCandidate.search_key.contains(word))
    rows = []
    with context.database().reading() as session:
        for c, person, unit, partner, ordinance, meeting in session.execute(stmt):
            row_state = state_of(c.status, ordinance, on)
            if state and row_state != (state if state != "current" else "appointed"):
                continue
            rows.append(
                AdjunctRow(
                    c.id,
                    c.person_id,
                    *_names(person),
                    unit.name_fa if unit else "",
                    unit.name_en if unit else "",
                    partner.name_fa if partner else "",
                    partner.name_en if partner else "",
                    (partner.country if partner else "") or person.country or "",
                    c.fields,
                    c.status,
                    row_state,
                    meeting.number if meeting else "",
                    c.ordinance_id,
                    (ordinance.number or "") if ordinance else "",
                    ordinance.term_start if ordinance else None,
                    ordinance.term_end if ordinance else None,
                    c.archived_at is not None,
                    c.version,
                )
            )
    return rows


def ending_within(on: dt.date, days: int) -> list[AdjunctRow]:
    """The current adjuncts whose term ends within `days` of `on` (soonest first)."""
    last = on + dt.timedelta(days=days)
    found = [
        r for r in list_adjuncts(state="current", on=on) if r.term_end is not None and r.term_end <= last
    ]
    return sorted(found, key=lambda r: (r.term_end, r.id))


# ---------------------------------------------------------------- the committee


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


# ---------------------------------------------------------------- activity


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


def today_entries(session: Session, on: dt.date, limits: Any, totals: dict[str, int]) -> list[Any]:
    """Today's "adjunct terms ending" lines (rule adjunct_ending): current adjuncts whose appointment
    ordinance ends within the ordinances' reminder period, soonest first, each opening its candidate."""
    from app.services.today.lists import SHOWN, Entry
    from app.services.today.ordinances import has_renewal

    last = on + dt.timedelta(days=limits.ordinance_days)
    stmt = (
        select(AdjunctCandidate, Person, Institution, Ordinance)
        .join(Person, Person.id == AdjunctCandidate.person_id)
        .join(Ordinance, Ordinance.id == AdjunctCandidate.ordinance_id)
        .outerjoin(Institution, Institution.id == AdjunctCandidate.institution_id)
        .where(
            AdjunctCandidate.archived_at.is_(None),
            AdjunctCandidate.status == "approved",
            Ordinance.status == "issued",
            Ordinance.term_end >= on,
            Ordinance.term_end <= last,
            ~has_renewal(),
        )
        .order_by(Ordinance.term_end, AdjunctCandidate.id)
    )
    rows = session.execute(stmt).all()
    totals["adjunct_ending"] = len(rows)
    return [
        Entry(
            "adjunct_ending",
            "adjuncts",
            c.id,
            o.term_end,
            *_names(person),
            o.number or "",
            "appointed",
            (partner.name_fa or partner.name_en) if partner else "",
            (partner.name_en or partner.name_fa) if partner else "",
        )
        for c, person, partner, o in rows[:SHOWN]
    ]

"""Visits: the record, its guests and costs, the status flow, the register's list.

A visit is saved whole (details, guests, costs) in one transaction with its audit entry; bad input
changes nothing. Guests are people of the directory of the foreign-guest kind; one of them heads the
delegation. The status moves one step at a time along STATUS_FLOW, or to "cancelled" with a reason
from any state before the visit is completed; every move is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.common import dates
from app.common.clock import utcnow
from app.common.countries import country_name
from app.common.text import normalize_for_search
from app.services import audit, context, numbering, validate
from app.services.directory import mask_passport, person_name
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from app.services.visits.register import (  # noqa: F401 (also re-exported here, the old path)
    VisitRow,
    list_visits,
)
from app.services.visits.validation import (  # noqa: F401 (also re-exported here, the old path)
    MAX_AMOUNT,
    _guests,
    clean_visit,
    time_value,
)
from db.models import Agreement, Institution, Person, Unit, Visit, VisitCost, VisitGuest
from db.models.visits import COST_KINDS, COSTS_BY, VISIT_KINDS, VISIT_STATUSES

REGISTER = "visits"
GUEST_KIND = "foreign_guest"
STATUS_FLOW = ("proposed", "approved", "invited", "confirmed", "in_progress", "completed", "report_filed")
CANCELLABLE = ("proposed", "approved", "invited", "confirmed", "in_progress")
LOCKED = ("report_filed", "cancelled")  # a filed or cancelled visit is kept as it was

__all__ = ["COSTS_BY", "COST_KINDS", "VISIT_KINDS", "VISIT_STATUSES"]


def names_of(person: Person) -> tuple[str, str]:
    """A person's name in Latin script (with title) and in Persian, each falling back to the other."""
    en = person_name(person.title, person.first_name_en, person.last_name_en)
    fa = person_name("", person.first_name_fa, person.last_name_fa)
    return en or fa, fa or en


# ---------------------------------------------------------------- validation


def _check_refs(session: Session, values: dict[str, Any]) -> dict[int, Person]:
    """References point at live records of the right kind; returns the guests' people by id."""
    for key, model in (
        ("institution_id", Institution),
        ("agreement_id", Agreement),
        ("host_unit_id", Unit),
        ("host_person_id", Person),
    ):
        if values[key] is not None and session.get(model, values[key]) is None:
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    agreement = session.get(Agreement, values["agreement_id"]) if values["agreement_id"] else None
    if (
        agreement is not None
        and values["institution_id"]
        and agreement.institution_id != values["institution_id"]
    ):
        raise ValidationError(
            "agreement_id",
            QT_TRANSLATE_NOOP("errors", "This agreement belongs to another partner institution."),
        )
    people: dict[int, Person] = {}
    for person_id, _head in values["guests"]:
        person = session.get(Person, person_id)
        if person is None or person.archived_at is not None:
            raise ValidationError(
                "guests", QT_TRANSLATE_NOOP("errors", "Choose the guests from the directory.")
            )
        if person.kind != GUEST_KIND:
            raise ValidationError(
                "guests",
                QT_TRANSLATE_NOOP("errors", "{name} is not a foreign guest in the directory."),
                name=names_of(person)[0],
            )
        people[person_id] = person
    return people


def _summary(values: dict[str, Any], people: dict[int, Person]) -> dict[str, Any]:
    """The list's guest names and country and the search key, kept with the record."""
    ordered = sorted(values["guests"], key=lambda g: not g[1])
    names = [names_of(people[person_id]) for person_id, _ in ordered]
    more = f" (+{len(names) - 1})" if len(names) > 1 else ""
    head = people[ordered[0][0]] if ordered else None
    words = [values["purpose_en"], values["purpose_fa"], values["arrival_flight"], values["accommodation"]]
    for person_id, _ in ordered:
        person = people[person_id]
        words += [*names_of(person), person.email]  # never the passport number: search keys are not private
    country = head.country if head is not None else ""
    words += [country_name(country, "en"), country_name(country, "fa")]
    return {
        "guests_en": (names[0][0] + more) if names else "",
        "guests_fa": (names[0][1] + more) if names else "",
        "country": country,
        "search_words": " ".join(w for w in words if w),
    }


def _search_key(session: Session, visit: Visit, words: str) -> str:
    extra = [visit.reference]
    for key, model in (("institution_id", Institution), ("host_person_id", Person), ("host_unit_id", Unit)):
        obj = session.get(model, getattr(visit, key)) if getattr(visit, key) else None
        if obj is not None:
            extra += list(names_of(obj)) if isinstance(obj, Person) else [obj.name_en, obj.name_fa]
    return normalize_for_search(" ".join([*extra, words]))[:2000]


def get_visit_obj(session: Session, visit_id: int) -> Visit:
    visit = session.get(Visit, visit_id) if validate.is_record_id(visit_id) else None
    if visit is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return visit


def editable(visit: Visit) -> None:
    if visit.status in LOCKED:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "A cancelled visit or one whose report is filed cannot be changed.")
        )
    if visit.archived_at is not None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Restore the visit from the archive before changing it.")
        )


def _new_reference(session: Session, day: dt.date | None) -> str:
    year = dates.jalali_year(day or dates.today())
    return f"V-{year}-{numbering.take_next(session, REGISTER, year):03d}"


# ---------------------------------------------------------------- save, get, archive


def save_visit(data: dict[str, Any], visit_id: int | None = None) -> int:
    """Create a visit (visit_id None: it gets the next reference of its year) or change one; returns the
    id."""
    values = clean_visit(data)
    guests, costs = values.pop("guests"), values.pop("costs")
    with context.database().writing() as session:
        people = _check_refs(session, {**values, "guests": guests})
        summary = _summary({**values, "guests": guests}, people)
        words = summary.pop("search_words")
        values.update(summary)
        if visit_id is None:
            visit = Visit(
                reference=_new_reference(session, values["arrival_date"]), status="proposed", **values
            )
            session.add(visit)
            changes: dict[str, tuple[Any, Any]] = {k: (None, v) for k, v in values.items() if v}
            action = "create"
        else:
            visit = get_visit_obj(session, visit_id)
            editable(visit)
            changes = audit.apply(visit, values)
            action = "update"
        old_guests = [(g.person_id, g.is_head) for g in visit.guests]
        if old_guests != guests:
            visit.guests.clear()
            session.flush()  # the old rows go before the new ones arrive (one guest once per visit)
            visit.guests = [VisitGuest(person_id=p, is_head=h, position=i) for i, (p, h) in enumerate(guests)]
            changes["guests"] = (old_guests or None, guests)
        old_costs = [
            {"kind": c.kind, "currency": c.currency, "amount": c.amount, "note": c.note} for c in visit.costs
        ]
        if old_costs != costs:
            visit.costs = [VisitCost(position=i, **c) for i, c in enumerate(costs)]
            changes["costs"] = (old_costs or None, costs)
        session.flush()
        visit.search_key = _search_key(session, visit, words)
        changes.pop("search_key", None)
        if changes or action == "create":
            audit.record(session, "visits", visit.id, action, changes)
        return visit.id


def get_visit(visit_id: int) -> dict[str, Any]:
    """A visit's fields, with its guests (names, masked passports) and costs, status and reference."""
    with context.database().reading() as session:
        visit = get_visit_obj(session, visit_id)
        names = (
            "reference",
            "kind",
            "purpose_en",
            "purpose_fa",
            "institution_id",
            "agreement_id",
            "host_unit_id",
            "host_person_id",
            "arrival_date",
            "arrival_time",
            "arrival_flight",
            "arrival_airport",
            "departure_date",
            "departure_time",
            "departure_flight",
            "departure_airport",
            "accommodation",
            "local_transport",
            "interpreter",
            "costs_by",
            "notes",
            "status",
            "cancel_reason",
            "report_summary",
            "report_meetings",
            "report_agreements",
        )
        values: dict[str, Any] = {name: getattr(visit, name) for name in names}
        values["id"] = visit.id
        values["archived"] = visit.archived_at is not None
        values["guests"] = []
        for guest in visit.guests:
            person = session.get(Person, guest.person_id)
            en, fa = names_of(person)
            values["guests"].append(
                {
                    "person_id": guest.person_id,
                    "is_head": guest.is_head,
                    "name_en": en,
                    "name_fa": fa,
                    "country": person.country,
                    "passport_masked": mask_passport(person.passport_number),
                    "needs": person.needs,
                }
            )
        values["costs"] = [
            {"kind": c.kind, "currency": c.currency, "amount": c.amount, "note": c.note} for c in visit.costs
        ]
        host = session.get(Person, visit.host_person_id) if visit.host_person_id else None
        values["host_name"] = names_of(host) if host is not None else ("", "")
        return values


def _set_archived(visit_id: int, archived: bool) -> None:
    with context.database().writing() as session:
        visit = get_visit_obj(session, visit_id)
        if (visit.archived_at is not None) == archived:
            return
        visit.archived_at = utcnow() if archived else None
        audit.record(session, "visits", visit.id, "archive" if archived else "restore")


def archive_visit(visit_id: int) -> None:
    _set_archived(visit_id, True)


def restore_visit(visit_id: int) -> None:
    _set_archived(visit_id, False)


# ---------------------------------------------------------------- the status flow


def next_statuses(status: str) -> list[str]:
    """Where a visit in `status` can go next: the following step, and "cancelled" before completion."""
    following = []
    if status in STATUS_FLOW and status != STATUS_FLOW[-1]:
        following.append(STATUS_FLOW[STATUS_FLOW.index(status) + 1])
    if status in CANCELLABLE:
        following.append("cancelled")
    return following


def _ready_for(visit: Visit, status: str) -> None:
    """What each step needs before the visit can take it."""
    if status in ("approved", "invited", "confirmed", "in_progress"):
        if not visit.guests:
            raise StateError(QT_TRANSLATE_NOOP("errors", "Add the guests before moving the visit on."))
        if not (visit.arrival_date and visit.departure_date):
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors", "Enter the arrival and departure dates before moving the visit on."
                )
            )
    if status == "report_filed" and not visit.report_summary.strip():
        raise StateError(QT_TRANSLATE_NOOP("errors", "Write the post-visit report before filing it."))


def set_status(visit_id: int, status: str, reason: str = "") -> None:
    """Move a visit to its next status, or cancel it with a reason (before it is completed)."""
    if status == "cancelled":
        reason = validate.long_text({"cancel_reason": reason}, "cancel_reason", max_len=2000, required=True)
    with context.database().writing() as session:
        visit = get_visit_obj(session, visit_id)
        if visit.archived_at is not None:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Restore the visit from the archive before changing it.")
            )
        if status not in next_statuses(visit.status):
            raise StateError(QT_TRANSLATE_NOOP("errors", "A visit cannot go from this status to that one."))
        _ready_for(visit, status)
        changes: dict[str, tuple[Any, Any]] = {"status": (visit.status, status)}
        visit.status = status
        if status == "cancelled":
            changes["cancel_reason"] = (visit.cancel_reason, reason)
            visit.cancel_reason = reason
        audit.record(session, "visits", visit.id, "status", changes)


# ---------------------------------------------------------------- the register

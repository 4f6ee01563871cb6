"""What can be wrong with a visit's programme: items outside the visit's days or overlapping, and places or
people booked elsewhere at the time (through app.services.bookings)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.text import persian_sort_key
from app.services import bookings, context
from app.services.errors import QT_TRANSLATE_NOOP, InLanguages, ServiceError
from app.services.visits.core import get_visit_obj, names_of
from app.services.visits.items import SOURCE, ItemRow, _items
from db.models import Person, Visit, VisitItem


class ItineraryProblem(ServiceError):
    """A clash found in an itinerary: `kind` is overlap, person, room, outside, before_arrival or
    after_departure; `item_id` is the item it is about."""

    def __init__(self, kind: str, item_id: int, message: str, **params: object) -> None:
        super().__init__(message, **params)
        self.kind = kind
        self.item_id = item_id


def _span(item: VisitItem | ItemRow) -> tuple[dt.datetime, dt.datetime]:
    start = item.start_time if isinstance(item, VisitItem) else item.start
    end = item.end_time if isinstance(item, VisitItem) else item.end
    return dt.datetime.combine(item.day, start), dt.datetime.combine(item.day, end)


def _booking(item: VisitItem, reference: str) -> bookings.Booking:
    start, end = _span(item)
    people = {p.person_id for p in item.participants}
    if item.host_person_id:
        people.add(item.host_person_id)
    label = f"{reference}: {item.title_en or item.title_fa}"
    return bookings.Booking(
        SOURCE, item.id, label, start, end, frozenset(people), bookings.room_key(item.location)
    )


def bookings_between(session: Session, start: dt.datetime, end: dt.datetime) -> list[bookings.Booking]:
    """The itinerary items of live visits (not archived, not cancelled) overlapping [start, end)."""
    stmt = (
        select(VisitItem, Visit.reference)
        .join(Visit, VisitItem.visit_id == Visit.id)
        .where(Visit.archived_at.is_(None), Visit.status != "cancelled")
        .where(VisitItem.day >= start.date(), VisitItem.day <= end.date())
    )
    found = []
    for item, reference in session.execute(stmt):
        booking = _booking(item, reference)
        if booking.start < end and start < booking.end:
            found.append(booking)
    return found


def _fmt(moment: dt.time | None) -> str:
    return moment.strftime("%H:%M") if moment else ""


def _people_names(session: Session, ids: frozenset[int]) -> InLanguages:
    """The people's names for a message: in Latin script for the English one, in Persian for the Persian."""
    names = [names_of(p) for p in session.execute(select(Person).where(Person.id.in_(ids))).scalars()]
    return InLanguages(
        ", ".join(sorted(en for en, _fa in names)),
        "، ".join(sorted((fa for _en, fa in names), key=persian_sort_key)),
    )


def _timing_problems(visit: Visit, item: VisitItem) -> list[ItineraryProblem]:
    problems = []
    first, last = visit.arrival_date, visit.departure_date
    if (first and item.day < first) or (last and item.day > last):
        problems.append(
            ItineraryProblem(
                "outside", item.id, QT_TRANSLATE_NOOP("errors", "This item falls outside the visit's dates.")
            )
        )
    elif first and item.day == first and visit.arrival_time and item.start_time < visit.arrival_time:
        problems.append(
            ItineraryProblem(
                "before_arrival",
                item.id,
                QT_TRANSLATE_NOOP("errors", "This item starts before the flight lands ({time})."),
                time=_fmt(visit.arrival_time),
            )
        )
    elif last and item.day == last and visit.departure_time and item.end_time > visit.departure_time:
        problems.append(
            ItineraryProblem(
                "after_departure",
                item.id,
                QT_TRANSLATE_NOOP("errors", "This item ends after the flight leaves ({time})."),
                time=_fmt(visit.departure_time),
            )
        )
    return problems


def _overlaps(items: list[VisitItem]) -> list[ItineraryProblem]:
    problems = []
    by_day: dict[dt.date, list[VisitItem]] = defaultdict(list)
    for item in items:
        by_day[item.day].append(item)
    for same_day in by_day.values():
        for item in same_day:
            for other in same_day:
                if (
                    other.id != item.id
                    and other.start_time < item.end_time
                    and item.start_time < other.end_time
                ):
                    problems.append(
                        ItineraryProblem(
                            "overlap",
                            item.id,
                            QT_TRANSLATE_NOOP("errors", "Overlaps «{other}» ({start}–{end})."),
                            other=other.title_en or other.title_fa,
                            start=_fmt(other.start_time),
                            end=_fmt(other.end_time),
                        )
                    )
    return problems


def _booking_problems(session: Session, visit: Visit, items: list[VisitItem]) -> list[ItineraryProblem]:
    mine = [_booking(item, visit.reference) for item in items]
    own = {item.id for item in items}
    problems = []
    for booking, clash in bookings.clashes(session, mine):
        if clash.other.source == SOURCE and clash.other.record_id in own:
            continue  # the same visit's items: already said as an overlap
        when = f"{_fmt(clash.other.start.time())}–{_fmt(clash.other.end.time())}"
        if clash.people:
            problems.append(
                ItineraryProblem(
                    "person",
                    booking.record_id,
                    QT_TRANSLATE_NOOP("errors", "{names} also booked for «{other}» ({when})."),
                    names=_people_names(session, clash.people),
                    other=clash.other.label,
                    when=when,
                )
            )
        if clash.room:
            problems.append(
                ItineraryProblem(
                    "room",
                    booking.record_id,
                    QT_TRANSLATE_NOOP("errors", "The place is taken by «{other}» ({when})."),
                    other=clash.other.label,
                    when=when,
                )
            )
    return problems


def check_itinerary(visit_id: int) -> dict[int, list[ItineraryProblem]]:
    """Every clash of the visit's itinerary, by item id (items without a problem are left out)."""
    with context.database().reading() as session:
        visit = get_visit_obj(session, visit_id)
        items = _items(session, visit_id)
        problems = [p for item in items for p in _timing_problems(visit, item)]
        problems += _overlaps(items)
        problems += _booking_problems(session, visit, items)
    found: dict[int, list[ItineraryProblem]] = defaultdict(list)
    for problem in problems:
        found[problem.item_id].append(problem)
    return dict(found)

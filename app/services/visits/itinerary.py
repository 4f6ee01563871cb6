"""A visit's itinerary: day-by-day items, the clash checks, and the tools that build a programme fast.

Each item books its responsible host, its participants from the directory and its place. Clashes are
found, not refused (a programme is drafted before every detail is settled) and shown where they occur:
items of the visit that overlap, people or rooms taken at the same time by another visit or a meeting
(through the shared check of app.services.bookings), items outside the visit's dates, and items on the
arrival day that start before the flight lands (or on the departure day that end after it leaves).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.services.visits.clashes import (  # noqa: F401 (also re-exported here, the old path)
    ItineraryProblem,
    _booking,
    _span,
    bookings_between,
    check_itinerary,
)
from app.services.visits.core import editable, get_visit_obj, time_value
from app.services.visits.items import SOURCE, ItemRow, _items, _rows
from db.models import Person, Visit, VisitItem, VisitItemPerson

ITEM_FIELDS = (
    "day",
    "start_time",
    "end_time",
    "title_en",
    "title_fa",
    "location",
    "host_person_id",
    "participants_text",
    "transport",
    "notes",
)
# Items added in one step: key -> (English title, Persian title, preferred start, minutes).
COMMON_ITEMS: dict[str, tuple[str, str, dt.time, int]] = {
    "welcome": (
        "Welcome meeting with the Vice-Chancellor",
        "دیدار و خوشامدگویی با معاون دانشکده",
        dt.time(9, 0),
        60,
    ),
    "campus_tour": ("Campus tour", "بازدید از پردیس دانشکده", dt.time(10, 30), 90),
    "hospital": ("Hospital visit", "بازدید از بیمارستان آموزشی", dt.time(9, 0), 180),
    "lecture": ("Lecture", "سخنرانی علمی", dt.time(14, 0), 90),
    "farewell": ("Farewell dinner", "ضیافت شام خداحافظی", dt.time(19, 30), 120),
}


# ---------------------------------------------------------------- items


def clean_item(data: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {
        "day": validate.date(data, "day", required=True),
        "start_time": time_value(data, "start_time", required=True),
        "end_time": time_value(data, "end_time", required=True),
    }
    if values["end_time"] <= values["start_time"]:
        raise ValidationError("end_time", QT_TRANSLATE_NOOP("errors", "The item must end after it starts."))
    values["title_en"] = validate.text(data, "title_en", max_len=300)
    values["title_fa"] = validate.text(data, "title_fa", max_len=300)
    if not (values["title_en"] or values["title_fa"]):
        raise ValidationError(
            "title_en", QT_TRANSLATE_NOOP("errors", "Enter the activity in English or in Persian.")
        )
    values["location"] = validate.text(data, "location", max_len=200)
    values["host_person_id"] = validate.record_id(data, "host_person_id")
    values["participants_text"] = validate.text(data, "participants_text", max_len=500)
    values["transport"] = validate.text(data, "transport", max_len=200)
    values["notes"] = validate.long_text(data, "notes", max_len=5000)
    raw = data.get("participant_ids") or []
    if not isinstance(raw, list | tuple) or not all(validate.is_record_id(p) for p in raw):
        raise ValidationError(
            "participant_ids", QT_TRANSLATE_NOOP("errors", "Choose the participants from the directory.")
        )
    values["participant_ids"] = list(dict.fromkeys(raw))
    return values


def _get_item(session: Session, item_id: int) -> VisitItem:
    item = session.get(VisitItem, item_id) if validate.is_record_id(item_id) else None
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return item


def _check_people(session: Session, values: dict[str, Any]) -> None:
    if values["host_person_id"] is not None and session.get(Person, values["host_person_id"]) is None:
        raise ValidationError("host_person_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    for person_id in values["participant_ids"]:
        if session.get(Person, person_id) is None:
            raise ValidationError(
                "participant_ids", QT_TRANSLATE_NOOP("errors", "Choose the participants from the directory.")
            )


def _write_item(session: Session, visit: Visit, values: dict[str, Any], item: VisitItem | None) -> VisitItem:
    participants = values.pop("participant_ids")
    if item is None:
        item = VisitItem(visit_id=visit.id, **values)
        session.add(item)
        changes: dict[str, tuple[Any, Any]] = {k: (None, v) for k, v in values.items() if v}
        action = "create"
    else:
        changes = audit.apply(item, values)
        action = "update"
    old = sorted(p.person_id for p in item.participants)
    if old != sorted(participants):
        item.participants = [VisitItemPerson(person_id=p) for p in participants]
        changes["participant_ids"] = (old or None, participants)
    session.flush()
    if changes:
        audit.record(session, SOURCE, item.id, action, {"visit_id": (None, visit.id), **changes})
    return item


def save_item(visit_id: int, data: dict[str, Any], item_id: int | None = None) -> int:
    """Add an item to a visit's itinerary (item_id None) or change one; returns the item's id."""
    values = clean_item(data)
    with context.database().writing() as session:
        visit = get_visit_obj(session, visit_id)
        editable(visit)
        _check_people(session, values)
        item = None
        if item_id is not None:
            item = _get_item(session, item_id)
            if item.visit_id != visit.id:
                raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        return _write_item(session, visit, values, item).id


def _item_values(item: VisitItem) -> dict[str, Any]:
    values = {name: getattr(item, name) for name in ITEM_FIELDS}
    values["participant_ids"] = [p.person_id for p in item.participants]
    return values


def remove_item(item_id: int) -> None:
    """Take an item out of the itinerary; the audit log keeps everything it held."""
    with context.database().writing() as session:
        item = _get_item(session, item_id)
        editable(get_visit_obj(session, item.visit_id))
        audit.record(
            session, SOURCE, item.id, "remove", {k: (v, None) for k, v in _item_values(item).items() if v}
        )
        session.delete(item)


def list_items(visit_id: int) -> list[ItemRow]:
    """The visit's itinerary in time order."""
    with context.database().reading() as session:
        get_visit_obj(session, visit_id)
        return _rows(session, _items(session, visit_id))


def get_item(item_id: int) -> dict[str, Any]:
    with context.database().reading() as session:
        item = _get_item(session, item_id)
        return {"id": item.id, "visit_id": item.visit_id, "version": item.version, **_item_values(item)}


# ---------------------------------------------------------------- bookings and clashes


# ---------------------------------------------------------------- tools


def _visit_for_change(session: Session, visit_id: int) -> Visit:
    visit = get_visit_obj(session, visit_id)
    editable(visit)
    return visit


def duplicate_day(visit_id: int, source: dt.date, target: dt.date) -> list[int]:
    """Copy every item of day `source` to day `target` (same times, people and places); returns the new
    ids."""
    target = validate.date({"target": target}, "target", required=True)
    with context.database().writing() as session:
        visit = _visit_for_change(session, visit_id)
        copied = [item for item in _items(session, visit.id) if item.day == source]
        if not copied:
            raise ValidationError("source", QT_TRANSLATE_NOOP("errors", "That day has no items to copy."))
        if target == source:
            raise ValidationError("target", QT_TRANSLATE_NOOP("errors", "Choose another day to copy to."))
        return [
            _write_item(session, visit, {**_item_values(item), "day": target}, None).id for item in copied
        ]


def move_item_to_day(item_id: int, day: dt.date) -> None:
    """Move an item to another day, keeping its times."""
    day = validate.date({"day": day}, "day", required=True)
    with context.database().writing() as session:
        item = _get_item(session, item_id)
        visit = _visit_for_change(session, item.visit_id)
        _write_item(session, visit, {**_item_values(item), "day": day}, item)


def move_item(item_id: int, step: int) -> None:
    """Move an item up (step -1) or down (+1) within its day: it trades places with its neighbour, each
    keeping its length, the pair starting when the earlier one started."""
    if isinstance(step, bool) or step not in (-1, 1):
        raise ValidationError("step", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    with context.database().writing() as session:
        item = _get_item(session, item_id)
        visit = _visit_for_change(session, item.visit_id)
        day = [i for i in _items(session, visit.id) if i.day == item.day]
        index = day.index(item)
        other_index = index + (1 if step > 0 else -1)
        if not 0 <= other_index < len(day):
            return
        first, second = sorted((item, day[other_index]), key=day.index)
        start = dt.datetime.combine(item.day, first.start_time)
        gap = dt.datetime.combine(item.day, second.start_time) - dt.datetime.combine(item.day, first.end_time)
        second_length = _span(second)[1] - _span(second)[0]
        first_length = _span(first)[1] - _span(first)[0]
        new_second_start = start
        new_first_start = start + second_length + max(gap, dt.timedelta(0))
        if (new_first_start + first_length).date() != item.day:
            raise ValidationError(
                "start_time", QT_TRANSLATE_NOOP("errors", "The items do not fit in the day that way.")
            )
        for moved, begin, length in (
            (second, new_second_start, second_length),
            (first, new_first_start, first_length),
        ):
            values = {**_item_values(moved), "start_time": begin.time(), "end_time": (begin + length).time()}
            _write_item(session, visit, values, moved)


def add_common_items(visit_id: int, day: dt.date, keys: list[str]) -> list[int]:
    """Add the common items named by `keys` (see COMMON_ITEMS) to a day in one step; each goes at its usual
    time, or later on the day when that time is taken."""
    day = validate.date({"day": day}, "day", required=True)
    if (
        not isinstance(keys, list | tuple)
        or not keys
        or any(not isinstance(k, str) or k not in COMMON_ITEMS for k in keys)
    ):
        raise ValidationError(
            "common_items", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options.")
        )
    with context.database().writing() as session:
        visit = _visit_for_change(session, visit_id)
        taken = [_span(item) for item in _items(session, visit.id) if item.day == day]
        ids = []
        for key in keys:
            title_en, title_fa, preferred, minutes = COMMON_ITEMS[key]
            start = dt.datetime.combine(day, preferred)
            length = dt.timedelta(minutes=minutes)
            while True:
                blocking = [end for begin, end in taken if begin < start + length and start < end]
                if not blocking:
                    break
                start = max(blocking)
            if (start + length).date() != day or start.date() != day:
                raise ValidationError(
                    "common_items", QT_TRANSLATE_NOOP("errors", "The items do not fit in the day that way.")
                )
            taken.append((start, start + length))
            values = {
                "day": day,
                "start_time": start.time(),
                "end_time": (start + length).time(),
                "title_en": title_en,
                "title_fa": title_fa,
                "location": "",
                "host_person_id": None,
                "participants_text": "",
                "transport": "",
                "notes": "",
                "participant_ids": [],
            }
            ids.append(_write_item(session, visit, values, None).id)
        return ids

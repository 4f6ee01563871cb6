"""Who and what is booked when, across the registers: the shared clash check.

Meetings and visit itineraries each book people and rooms for a span of time. Each register gives its
bookings through a provider (a function named in app.services.links.PROVIDERS, imported when first
needed so this module stays light); a clash check asks every provider and compares. A register that
books people or rooms adds itself to PROVIDERS.

A provider is `provider(session, start, end) -> list[Booking]`: every booking of that register that
overlaps the span [start, end), archived and cancelled records left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.services import links


@dataclass(frozen=True)
class Booking:
    """One span of time for which people and/or a room are taken."""

    source: str  # the register's table, e.g. "meetings", "visit_items"
    record_id: int
    label: str  # what a secretary recognises, e.g. "Scholarship council 1405/3"
    start: dt.datetime
    end: dt.datetime
    person_ids: frozenset[int] = field(default_factory=frozenset)
    room: str = ""  # normalised place name; empty when the booking takes no room


@dataclass(frozen=True)
class Clash:
    """`other` overlaps the booking checked; `people` are the person ids booked in both, `room` is set
    when both take the same room."""

    other: Booking
    people: frozenset[int]
    room: str


def room_key(place: str) -> str:
    """Places compared without case, spacing or Arabic/Persian letter variants."""
    from app.common.text import normalize_for_search

    return " ".join(normalize_for_search(place).split())


def bookings(session: Session, start: dt.datetime, end: dt.datetime) -> list[Booking]:
    """Every register's bookings overlapping [start, end)."""
    found: list[Booking] = []
    for path in links.PROVIDERS:
        found.extend(links.load(path)(session, start, end))
    return found


def clashes(session: Session, checked: Iterable[Booking]) -> list[tuple[Booking, Clash]]:
    """For each booking checked, the other bookings that take one of its people or its room at an
    overlapping time. A booking never clashes with itself (same source and record id)."""
    checked = list(checked)
    if not checked:
        return []
    start = min(b.start for b in checked)
    end = max(b.end for b in checked)
    others = bookings(session, start, end)
    return clashes_among(checked, others)


def clashes_among(checked: Iterable[Booking], others: Iterable[Booking]) -> list[tuple[Booking, Clash]]:
    """The clashes between bookings already at hand (no database): see clashes()."""
    others = list(others)
    found: list[tuple[Booking, Clash]] = []
    for mine in checked:
        for other in others:
            if (other.source, other.record_id) == (mine.source, mine.record_id):
                continue
            if not (other.start < mine.end and mine.start < other.end):
                continue
            people = mine.person_ids & other.person_ids
            room = mine.room if mine.room and mine.room == other.room else ""
            if people or room:
                found.append((mine, Clash(other, frozenset(people), room)))
    return found

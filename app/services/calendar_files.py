"""Calendar (.ics) files: the SEQUENCE of each event, kept so that a changed event replaces the old one in
calendar clients. The services gather the events as plain data; app/documents/calendar.py writes the file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from app.common import clock
from app.services import context

if TYPE_CHECKING:
    from app.documents.calendar import CalendarEvent


def sequenced(events: Iterable[CalendarEvent], keys: Iterable[str] | None = None) -> list[CalendarEvent]:
    """The events with their SEQUENCE: the one last written for the UID, raised by one when the event now
    holds something else (its time, title, place, agenda...), and never below the event's own (a postponed
    meeting starts at 1). The new sequences are recorded, except on a database open read-only, where the
    file still carries the raised number. `keys` (one per event) says what counts as a change when the
    event's own text does not (a meeting written in either language is one event: its key covers both)."""
    from app.documents.calendar import content_key
    from db.models import CalendarRevision

    events = list(events)
    keys = list(keys) if keys is not None else [content_key(e) for e in events]
    database = context.database()
    unit = database.reading if database.readonly else database.writing
    out: list[CalendarEvent] = []
    with unit() as session:
        for event, key in zip(events, keys, strict=True):
            stored = session.get(CalendarRevision, event.uid)
            if stored is None:
                sequence = event.sequence
                if not database.readonly:
                    session.add(
                        CalendarRevision(
                            uid=event.uid, sequence=sequence, content_key=key, written_at=clock.utcnow()
                        )
                    )
            else:
                changed = stored.content_key != key
                sequence = max(stored.sequence + changed, event.sequence)
                if not database.readonly and (changed or sequence != stored.sequence):
                    stored.sequence, stored.content_key, stored.written_at = sequence, key, clock.utcnow()
            out.append(replace(event, sequence=sequence))
    return out


def ics_file(
    product: str, events: Iterable[CalendarEvent], name: str = "", keys: Iterable[str] | None = None
) -> bytes:
    """The .ics file of `events` (their SEQUENCE assigned and recorded here, see sequenced())."""
    from app.documents.calendar import CalendarFile, build_ics, events_in_order

    return build_ics(
        CalendarFile(
            product=product, events=events_in_order(sequenced(events, keys)), stamp=clock.utcnow(), name=name
        )
    )

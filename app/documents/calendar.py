"""iCalendar (.ics, RFC 5545) files from plain data: a meeting, a visit's itinerary.

Times are the office's wall-clock times in Tehran, written with TZID=Asia/Tehran and the VTIMEZONE that
zoneinfo gives for the years of the events (Iran has kept +03:30 all year since 2022, with summer time
before), so a guest's phone abroad shows the right hour. The file is written here by hand, line by line,
so that a second parser (the icalendar library in the tests) judges it independently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

TZID = "Asia/Tehran"
_STATUSES = ("TENTATIVE", "CONFIRMED", "CANCELLED")
_ROLES = ("CHAIR", "REQ-PARTICIPANT", "OPT-PARTICIPANT", "NON-PARTICIPANT")
_PARTSTATS = ("NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE")


@dataclass(frozen=True)
class Attendee:
    email: str
    name: str = ""
    role: str = "REQ-PARTICIPANT"
    partstat: str = "NEEDS-ACTION"


@dataclass(frozen=True)
class CalendarEvent:
    """One event; `starts` and `ends` are naive wall-clock times in Tehran."""

    uid: str
    starts: dt.datetime
    ends: dt.datetime
    summary: str
    location: str = ""
    description: str = ""
    url: str = ""
    status: str = ""  # TENTATIVE, CONFIRMED, CANCELLED or empty
    sequence: int = 0
    attendees: tuple[Attendee, ...] = ()


@dataclass(frozen=True)
class CalendarFile:
    product: str  # "Meetings", "Visits": the PRODID's last part
    events: tuple[CalendarEvent, ...]
    stamp: dt.datetime  # when the file is written, in UTC (naive or aware)
    name: str = ""  # the calendar's name shown by some clients (X-WR-CALNAME)
    zone: str = field(default=TZID)


def content_key(event: CalendarEvent) -> str:
    """A digest of what a calendar client shows of the event (everything but its SEQUENCE): when it changes,
    the event was revised and its SEQUENCE must rise."""
    lines = _event_lines(event, TZID, with_sequence=False)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def build_ics(calendar: CalendarFile) -> bytes:
    """The calendar as an .ics file: CRLF line ends, lines folded at 75 octets, UTF-8."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//IVC Desk//{_text(calendar.product)}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if calendar.name:
        lines.append(f"X-WR-CALNAME:{_text(calendar.name)}")
    if calendar.events:
        lines.append(f"X-WR-TIMEZONE:{calendar.zone}")
        first = min(e.starts for e in calendar.events)
        last = max(e.ends for e in calendar.events)
        lines += vtimezone(calendar.zone, first.date(), last.date())
    stamp = _utc(calendar.stamp)
    for event in calendar.events:
        lines += ["BEGIN:VEVENT", f"DTSTAMP:{stamp}"]
        lines += _event_lines(event, calendar.zone, with_sequence=True)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return b"".join(_fold(line) + b"\r\n" for line in lines)


def _event_lines(event: CalendarEvent, zone: str, *, with_sequence: bool) -> list[str]:
    if event.ends < event.starts:
        raise ValueError("an event cannot end before it starts")
    lines = [
        f"UID:{_text(event.uid)}",
        f"DTSTART;TZID={zone}:{_local(event.starts)}",
        f"DTEND;TZID={zone}:{_local(event.ends)}",
        f"SUMMARY:{_text(event.summary)}",
    ]
    if with_sequence:
        lines.append(f"SEQUENCE:{max(0, int(event.sequence))}")
    if event.location:
        lines.append(f"LOCATION:{_text(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{_text(event.description)}")
    if event.url:
        lines.append(f"URL:{_uri(event.url)}")
    if event.status:
        if event.status not in _STATUSES:
            raise ValueError(f"unknown event status {event.status!r}")
        lines.append(f"STATUS:{event.status}")
    for a in event.attendees:
        if a.role not in _ROLES or a.partstat not in _PARTSTATS:
            raise ValueError("unknown attendee role or participation state")
        params = f";ROLE={a.role};PARTSTAT={a.partstat}"
        if a.name:
            params = f";CN={_param(a.name)}" + params
        lines.append(f"ATTENDEE{params}:mailto:{_uri(a.email)}")
    return lines


# ---------------------------------------------------------------- the time zone


def vtimezone(zone: str, first: dt.date, last: dt.date) -> list[str]:
    """The VTIMEZONE of `zone` covering `first`..`last`: the offset in force on 1 January of the first
    year, then every change of offset (summer time) until the end of the last year, from zoneinfo."""
    tz = ZoneInfo(zone)
    start = _as_utc(dt.datetime(first.year, 1, 1), tz)
    end = _as_utc(dt.datetime(last.year + 1, 1, 1), tz)
    offset = _offset_at(tz, start)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone}", *_observance(tz, start, offset, offset)]
    for instant, before, after in _transitions(tz, start, end):
        lines += _observance(tz, instant, before, after)
    lines.append("END:VTIMEZONE")
    return lines


def _as_utc(local: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    return local.replace(tzinfo=tz).astimezone(dt.UTC).replace(tzinfo=None)


def _offset_at(tz: ZoneInfo, utc: dt.datetime) -> dt.timedelta:
    return utc.replace(tzinfo=dt.UTC).astimezone(tz).utcoffset() or dt.timedelta(0)


def _observance(tz: ZoneInfo, instant: dt.datetime, before: dt.timedelta, after: dt.timedelta) -> list[str]:
    """An observance starting at `instant` (naive UTC); its DTSTART is the onset in the local time that
    was in force just before it (RFC 5545 3.6.5)."""
    aware = instant.replace(tzinfo=dt.UTC).astimezone(tz)
    kind = "DAYLIGHT" if aware.dst() else "STANDARD"
    return [
        f"BEGIN:{kind}",
        f"DTSTART:{_local(instant + before)}",
        f"TZOFFSETFROM:{_offset(before)}",
        f"TZOFFSETTO:{_offset(after)}",
        f"TZNAME:{_text(aware.tzname() or _offset(after))}",
        f"END:{kind}",
    ]


def _transitions(
    tz: ZoneInfo,
    start: dt.datetime,
    end: dt.datetime,
) -> Iterator[tuple[dt.datetime, dt.timedelta, dt.timedelta]]:
    """(the instant in naive UTC, the offset before, the offset after) of each change of offset in
    (start, end], found by stepping six hours at a time and then narrowing to the minute."""
    step = dt.timedelta(hours=6)
    moment, current = start, _offset_at(tz, start)
    while moment < end:
        after = _offset_at(tz, moment + step)
        if after != current:
            low, high = 0, int(step.total_seconds() // 60)  # the change is within (low, high] minutes
            while high - low > 1:
                middle = (low + high) // 2
                if _offset_at(tz, moment + dt.timedelta(minutes=middle)) == current:
                    low = middle
                else:
                    high = middle
            yield moment + dt.timedelta(minutes=high), current, after
            current = after
        moment += step


# ---------------------------------------------------------------- values


def _local(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{rest:02d}"


def _text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line ends escaped, controls dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(c for c in value if c == "\n" or c == "\t" or ord(c) >= 32 and ord(c) != 127)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _param(value: str) -> str:
    """A parameter value: quoted (a double quote cannot appear in one, so it becomes a single quote)."""
    value = "".join(c for c in value if ord(c) >= 32 and ord(c) != 127).replace('"', "'")
    return f'"{value}"'


def _uri(value: str) -> str:
    return "".join(c for c in value.strip() if ord(c) > 32 and ord(c) != 127 and c not in '"<>\\')


def _fold(line: str) -> bytes:
    """Lines longer than 75 octets go on in continuation lines that start with a space; a character's UTF-8
    bytes are never split."""
    out = bytearray()
    width = 0
    for char in line:
        encoded = char.encode("utf-8")
        if width + len(encoded) > 75:
            out += b"\r\n "
            width = 1
        out += encoded
        width += len(encoded)
    return bytes(out)


def events_in_order(events: Iterable[CalendarEvent]) -> tuple[CalendarEvent, ...]:
    """The events by start, then UID (a stable order, so two exports of the same data are the same file)."""
    return tuple(sorted(events, key=lambda e: (e.starts, e.uid)))

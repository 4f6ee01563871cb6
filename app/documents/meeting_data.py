"""The plain data the meetings' documents are printed from, one document in one language each (built by
app.services.meetings.documents, printed by app.documents.meetings)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class MeetingHeader:
    """What every meeting document shows about the meeting, in the document's language."""

    lang: str
    number: str  # "7/1405"
    kind_name: str
    title: str
    date_text: str  # formatted in the document's calendar
    date_text_alt: str = ""  # the other calendar, on English documents
    start: str  # "10:00"
    end: str
    location: str = ""
    online_link: str = ""
    mode: str = "in_person"
    chair: str = ""
    secretary: str = ""


@dataclass(frozen=True)
class AgendaLine:
    title: str
    description: str
    presenter: str
    minutes: int
    start: str
    end: str


@dataclass(frozen=True)
class ActionLine:
    text: str
    owner: str
    due_text: str
    status: str  # open, done, cancelled
    overdue: bool = False
    meeting: str = ""  # the meeting that decided it ("7/1405 — 1405/09/03"), in lists across meetings


@dataclass(frozen=True)
class AgendaDoc:
    header: MeetingHeader
    items: list[AgendaLine]
    follow_ups: list[ActionLine] = field(default_factory=list)


@dataclass(frozen=True)
class AttendanceLine:
    name: str
    position: str
    role: str


@dataclass(frozen=True)
class AttendanceDoc:
    header: MeetingHeader
    people: list[AttendanceLine]


@dataclass(frozen=True)
class ResolutionLine:
    text: str
    outcome: str
    votes: tuple[int | None, int | None, int | None] = (None, None, None)
    amount_text: str = ""


@dataclass(frozen=True)
class MinutesItem:
    title: str
    presenter: str
    discussion: str
    resolutions: list[ResolutionLine]


@dataclass(frozen=True, kw_only=True)
class MinutesDoc:
    header: MeetingHeader
    present: list[str]
    excused: list[str]
    absent: list[str]
    guests: list[str]  # invitees and guests who came
    quorum: tuple[int, int, int, bool]  # members, present, required (0: no rule), met
    notes: str
    follow_ups: list[ActionLine]
    items: list[MinutesItem]
    actions: list[ActionLine]
    signatures: list[tuple[str, str]]  # (name, role) of the voting members present
    draft: bool  # minutes not yet approved


@dataclass(frozen=True)
class FollowUpDoc:
    lang: str
    subtitle: str  # e.g. the kind, or "all meetings"
    date_text: str
    actions: list[ActionLine]


MeetingDocument = AgendaDoc | AttendanceDoc | MinutesDoc | FollowUpDoc

"""Meetings: configurable kinds with standing members, meetings numbered per kind and Jalali year,
participants, the agenda with its resolutions, and the action items followed up until done."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Archivable, Base, Money, Timestamped

# How many standing members must be present: more than half, two thirds, all, a fixed count, or no rule.
QUORUM_RULES = ("majority", "two_thirds", "all", "count", "none")
MEETING_MODES = ("in_person", "online", "hybrid", "written")
MEETING_STATUSES = ("planned", "invited", "held", "approved", "cancelled", "postponed")
PARTICIPANT_ROLES = ("chair", "secretary", "member", "invitee", "guest")
PARTICIPANT_STATES = ("invited", "confirmed", "declined", "present", "excused", "absent")
OUTCOMES = ("approved", "rejected", "deferred", "noted")
ACTION_STATUSES = ("open", "done", "cancelled")


class MeetingKind(Timestamped, Archivable, Base):
    """A kind of meeting (the scholarship council, planning meetings...): its own yearly numbering."""

    __tablename__ = "meeting_kinds"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)  # stable: numbering and other registers use it
    name_fa: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    quorum_rule: Mapped[str] = mapped_column(String(12), default="majority")
    quorum_count: Mapped[int] = mapped_column(Integer, default=0)  # for the "count" rule
    default_minutes: Mapped[int] = mapped_column(Integer, default=90)  # a new meeting's length
    default_location: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class MeetingKindMember(Base):
    """A standing member of a kind (a council's membership list), invited to every meeting of it."""

    __tablename__ = "meeting_kind_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("meeting_kinds.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(12), default="member")
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("kind_id", "person_id", name="uq_meeting_kind_members_kind_person"),)


class Meeting(Timestamped, Archivable, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("meeting_kinds.id"), index=True)
    # Given at creation from the kind's sequence of the meeting date's Jalali year; never reused.
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))  # "7/1405"
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)  # naive local time
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    location: Mapped[str] = mapped_column(String(200), default="")
    online_link: Mapped[str] = mapped_column(String(300), default="")
    mode: Mapped[str] = mapped_column(String(12), default="in_person")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="planned", index=True)
    status_note: Mapped[str] = mapped_column(Text, default="")  # why cancelled or postponed
    postponed_from: Mapped[dt.datetime | None] = mapped_column(
        DateTime
    )  # the first date of a postponed meeting
    notes: Mapped[str] = mapped_column(Text, default="")  # opening remarks of the minutes
    held_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    search_key: Mapped[str] = mapped_column(String(1000), default="")

    __table_args__ = (
        UniqueConstraint("kind_id", "year", "sequence", name="uq_meetings_kind_year_sequence"),
        # Covers the filter: the words in the key, or the meeting's kind (whose names match a word).
        Index("ix_meetings_search", "search_key", "archived_at", "kind_id"),
        Index("ix_meetings_report", "status", "starts_at", "archived_at", "kind_id"),  # annual report (0012)
    )


class MeetingParticipant(Base):
    __tablename__ = "meeting_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(12), default="member")
    standing: Mapped[bool] = mapped_column(Boolean, default=False)  # a standing member: counts for the quorum
    state: Mapped[str] = mapped_column(String(12), default="invited")
    note: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_meeting_participants_meeting_person"),
    )


class AgendaItem(Timestamped, Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(400))
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    minutes: Mapped[int] = mapped_column(Integer, default=0)  # time allotted
    description: Mapped[str] = mapped_column(Text, default="")
    discussion: Mapped[str] = mapped_column(Text, default="")  # notes taken during the meeting
    recurring: Mapped[bool] = mapped_column(
        Boolean, default=False
    )  # copied into the next meeting of the kind
    # The case the item is about (a funding request, an ordinance draft, a visit), when it has one.
    linked_table: Mapped[str] = mapped_column(String(60), default="")
    linked_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_agenda_items_link", "linked_table", "linked_id"),)


class Resolution(Timestamped, Base):
    __tablename__ = "resolutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(10))
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstain: Mapped[int | None] = mapped_column(Integer)
    amount: Mapped[int | None] = mapped_column(Money)  # rials decided, for an item on a funding request


class ActionItem(Timestamped, Base):
    """Something a person must do after a meeting; open ones are followed up in the kind's next meetings."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolutions.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    progress: Mapped[str] = mapped_column(Text, default="")  # follow-up notes
    search_key: Mapped[str] = mapped_column(String(1000), default="")

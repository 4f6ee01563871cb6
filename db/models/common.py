"""Tables every register uses: settings, audit log, numbering sequences, attachments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Archivable, Base, Money
from db.clock import utcnow


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))  # create, update, archive, restore, issue, void, ...
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field -> [old, new]

    __table_args__ = ({"sqlite_autoincrement": True},)


class NumberSequence(Base):
    """The last number given in a register for a Jalali year; numbers are never reused."""

    __tablename__ = "number_sequences"

    register: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Attachment(Archivable, Base):
    """A file copied into the data folder under a generated name; the original name is only data."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    storage_name: Mapped[str] = mapped_column(String(80))
    original_name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Money)
    sha256: Mapped[str] = mapped_column(String(64))
    owner_table: Mapped[str] = mapped_column(String(60))
    owner_id: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("storage_name"),)


class CalendarRevision(Base):
    """The SEQUENCE of an event as last written to an .ics file, with a digest of what it held then: the
    next file that holds something else for the same UID raises it, so calendar clients update the event."""

    __tablename__ = "calendar_revisions"

    uid: Mapped[str] = mapped_column(String(200), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    content_key: Mapped[str] = mapped_column(String(64))
    written_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

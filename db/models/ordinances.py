"""Ordinances (احکام): numbered decrees signed by the vice-chancellor, and their kinds with templates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Archivable, Base, Timestamped

# draft -> issued -> revoked (with a reason) / superseded (by a renewal or a new appointment);
# void: a number given by mistake, kept in the register. "Expired" is derived from the term, not stored.
ORDINANCE_STATUSES = ("draft", "issued", "revoked", "superseded", "void")
# What issuing an ordinance of a kind does: appoint (holds a position for a term), revoke an earlier
# ordinance, or nothing beyond the document itself (appreciation).
KIND_EFFECTS = ("appointment", "revocation", "none")


class OrdinanceKind(Timestamped, Archivable, Base):
    """A kind of ordinance with its body templates in both languages (fields in braces: {recipient_name})."""

    __tablename__ = "ordinance_kinds"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(
        String(40), default=""
    )  # the seeded kinds' codes; "" for the office's own
    name_fa: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    effect: Mapped[str] = mapped_column(String(20), default="none")
    # A position every department and hospital has (one holder at a time): shown in the current holders.
    unit_position: Mapped[bool] = mapped_column(Boolean, default=False)
    position_fa: Mapped[str] = mapped_column(String(200), default="")
    position_en: Mapped[str] = mapped_column(String(200), default="")
    term_months: Mapped[int] = mapped_column(Integer, default=0)  # 0: no term
    body_fa: Mapped[str] = mapped_column(Text, default="")
    body_en: Mapped[str] = mapped_column(Text, default="")


class Ordinance(Timestamped, Archivable, Base):
    __tablename__ = "ordinances"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("ordinance_kinds.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    # Given at issue from the "ordinances" register: never reused, a voided number stays here.
    year: Mapped[int | None] = mapped_column(Integer)
    sequence: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    issued_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    issued_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Required for a draft; empty only for a record recovered from the journal whose person is gone.
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    # The recipient as printed (names taken from the directory when the draft is saved).
    recipient_title_fa: Mapped[str] = mapped_column(String(80), default="")
    recipient_title_en: Mapped[str] = mapped_column(String(80), default="")
    recipient_name_fa: Mapped[str] = mapped_column(String(250), default="")
    recipient_name_en: Mapped[str] = mapped_column(String(250), default="")
    position_fa: Mapped[str] = mapped_column(String(200), default="")
    position_en: Mapped[str] = mapped_column(String(200), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    term_start: Mapped[dt.date | None] = mapped_column(Date)
    term_end: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # The text with its fields; filled in (and so frozen) when the ordinance is issued.
    body_fa: Mapped[str] = mapped_column(Text, default="")
    body_en: Mapped[str] = mapped_column(Text, default="")
    signatory_name_fa: Mapped[str] = mapped_column(String(200), default="")
    signatory_name_en: Mapped[str] = mapped_column(String(200), default="")
    signatory_title_fa: Mapped[str] = mapped_column(String(200), default="")
    signatory_title_en: Mapped[str] = mapped_column(String(200), default="")
    copies_to_fa: Mapped[str] = mapped_column(Text, default="")  # one a line
    copies_to_en: Mapped[str] = mapped_column(Text, default="")
    # The ordinance this one renews, supersedes or revokes.
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("ordinances.id"), index=True)
    # How it ended (revoked, superseded, void): since when, by which ordinance, why.
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_by_id: Mapped[int | None] = mapped_column(Integer)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    # The issued PDFs (one per language), stored under documents/ so a reprint is the same document.
    pdf_fa: Mapped[str] = mapped_column(String(120), default="")
    pdf_en: Mapped[str] = mapped_column(String(120), default="")
    pdf_sha256_fa: Mapped[str] = mapped_column(String(64), default="")
    pdf_sha256_en: Mapped[str] = mapped_column(String(64), default="")
    search_key: Mapped[str] = mapped_column(String(2000), default="")

    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_ordinances_year_sequence"),
        Index("ix_ordinances_search", "search_key", "archived_at"),
        Index("ix_ordinances_holder", "unit_id", "kind_id", "status"),
        # the annual report's counts, read from the index alone (migration 0012_speedsr)
        Index("ix_ordinances_report", "status", "issued_on", "archived_at", "kind_id"),
        Index("ix_ordinances_held", "unit_id", "kind_id", "status", "term_start", "term_end", "ended_on"),
    )

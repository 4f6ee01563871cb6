"""The outgoing letters register: every official letter takes a number and its issued PDF is kept."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Archivable, Base, Timestamped

LETTER_STATUSES = ("draft", "issued", "void")


class Letter(Timestamped, Archivable, Base):
    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    lang: Mapped[str] = mapped_column(String(2), default="fa")
    paper: Mapped[str] = mapped_column(String(2), default="a4", server_default="a4")  # "a4" or "a5"
    # Given at issue: the number's year and sequence, and the formatted number; never reused.
    year: Mapped[int | None] = mapped_column(Integer)
    sequence: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(60), unique=True)
    issued_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    issued_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    recipient_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    recipient: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(400), default="")
    salutation: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(String(200), default="")
    attachments_text: Mapped[str] = mapped_column(String(200), default="")
    copies_to: Mapped[str] = mapped_column(Text, default="")  # one recipient a line
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    # The record a letter belongs to (a visit, a funding request, a meeting), when it has one.
    linked_table: Mapped[str] = mapped_column(String(60), default="")
    linked_id: Mapped[int | None] = mapped_column(Integer)
    # The issued PDF, stored under documents/ so a reprint is the same document byte for byte.
    pdf_name: Mapped[str] = mapped_column(String(120), default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    void_reason: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(2000), default="")

    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_letters_year_sequence"),
        Index("ix_letters_search", "search_key", "archived_at"),
        Index("ix_letters_report", "status", "issued_on", "archived_at"),  # the annual report (0012_speedsr)
    )

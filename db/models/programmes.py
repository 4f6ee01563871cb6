"""Seasonal schools and exchange programmes (مدارس فصلی و برنامه‌های تبادل): an event with a partner and
dates, its incoming participants (foreign guests of the directory) and outgoing ones (the faculty's own
people, each linked to their support request when they have one)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Archivable, Base, Timestamped

PROGRAMME_KINDS = ("seasonal_school", "exchange")
DIRECTIONS = ("incoming", "outgoing")


class Programme(Timestamped, Archivable, Base):
    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="seasonal_school")
    title_fa: Mapped[str] = mapped_column(String(300), default="")
    title_en: Mapped[str] = mapped_column(String(300), default="")
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(1000), default="")


class ProgrammeParticipant(Base):
    __tablename__ = "programme_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    direction: Mapped[str] = mapped_column(String(10))
    funding_request_id: Mapped[int | None] = mapped_column(ForeignKey("funding_requests.id"))
    note: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("programme_id", "person_id", name="uq_programme_participants_person"),)

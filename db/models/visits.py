"""Foreign guest visits: the visit, its guests (people of the directory), costs, itinerary and letters."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Archivable, Base, Money, Timestamped

VISIT_KINDS = (
    "visiting_professor",
    "delegation",
    "external_examiner",
    "accreditation",
    "mou_signing",
    "other",
)
VISIT_STATUSES = (
    "proposed",
    "approved",
    "invited",
    "confirmed",
    "in_progress",
    "completed",
    "report_filed",
    "cancelled",
)
COST_KINDS = ("honorarium", "hotel", "travel", "meals", "transport", "other")
COSTS_BY = ("faculty", "guest", "partner", "shared")
VISIT_LETTER_KINDS = ("visa", "certificate")


class Visit(Timestamped, Archivable, Base):
    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)  # e.g. "V-1405-012", given by the app
    kind: Mapped[str] = mapped_column(String(30), default="visiting_professor")
    purpose_en: Mapped[str] = mapped_column(String(400), default="")
    purpose_fa: Mapped[str] = mapped_column(String(400), default="")
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id"), index=True)
    host_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    host_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    arrival_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    arrival_time: Mapped[dt.time | None] = mapped_column(Time)
    arrival_flight: Mapped[str] = mapped_column(String(40), default="")
    arrival_airport: Mapped[str] = mapped_column(String(120), default="")
    departure_date: Mapped[dt.date | None] = mapped_column(Date)
    departure_time: Mapped[dt.time | None] = mapped_column(Time)
    departure_flight: Mapped[str] = mapped_column(String(40), default="")
    departure_airport: Mapped[str] = mapped_column(String(120), default="")
    accommodation: Mapped[str] = mapped_column(String(300), default="")
    local_transport: Mapped[str] = mapped_column(String(300), default="")
    interpreter: Mapped[str] = mapped_column(String(200), default="")
    costs_by: Mapped[str] = mapped_column(String(20), default="faculty")  # who covers the costs
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # The post-visit report: what happened, meetings held, agreements reached.
    report_summary: Mapped[str] = mapped_column(Text, default="")
    report_meetings: Mapped[str] = mapped_column(Text, default="")
    report_agreements: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(2000), default="")
    guests_en: Mapped[str] = mapped_column(String(400), default="")  # shown in the list, kept with the guests
    guests_fa: Mapped[str] = mapped_column(String(400), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # the head of delegation's country

    guests: Mapped[list[VisitGuest]] = relationship(
        back_populates="visit", order_by="VisitGuest.position", cascade="all, delete-orphan"
    )
    costs: Mapped[list[VisitCost]] = relationship(
        back_populates="visit", order_by="VisitCost.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_visits_search", "search_key", "archived_at"),
        Index("ix_visits_departure_date", "departure_date"),  # Today: guests leaving
        Index(
            "ix_visits_status_departure", "status", "departure_date"
        ),  # Today: reports late after departure
        Index("ix_visits_partner_arrival", "institution_id", "arrival_date"),  # Today: a partner's last visit
        Index(  # the annual report's counts, read from the index alone (migration 0011_lists)
            "ix_visits_report",
            "arrival_date",
            "status",
            "archived_at",
            "country",
            "kind",
            "host_unit_id",
            "departure_date",
            "agreement_id",
            "institution_id",
        ),
    )


class VisitGuest(Base):
    """A guest of a visit (a person of the directory); one guest of a delegation is its head."""

    __tablename__ = "visit_guests"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    is_head: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    visit: Mapped[Visit] = relationship(back_populates="guests")

    __table_args__ = (UniqueConstraint("visit_id", "person_id", name="uq_visit_guests_visit_person"),)


class VisitCost(Base):
    __tablename__ = "visit_costs"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[int] = mapped_column(Money)  # minor units of the currency
    note: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    visit: Mapped[Visit] = relationship(back_populates="costs")


class VisitItem(Timestamped, Base):
    """One item of a visit's itinerary; it books its responsible host, its participants and its place."""

    __tablename__ = "visit_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_fa: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    host_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    participants_text: Mapped[str] = mapped_column(String(500), default="")  # others, not in the directory
    transport: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    participants: Mapped[list[VisitItemPerson]] = relationship(cascade="all, delete-orphan")


class VisitItemPerson(Base):
    """A participant of an itinerary item who is in the directory (and so can be double-booked)."""

    __tablename__ = "visit_item_people"

    item_id: Mapped[int] = mapped_column(ForeignKey("visit_items.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True, index=True)


class VisitLetter(Base):
    """A letter of the outgoing register made for a visit (visa support, certificate of visit)."""

    __tablename__ = "visit_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id")
    )  # the guest, for one guest's letter

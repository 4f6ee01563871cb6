"""The directory: people, units, partner institutions and their agreements (MoUs)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Archivable, Base, Timestamped
from db.clock import utcnow

PERSON_KINDS = ("faculty", "resident", "phd_student", "msc_student", "student", "staff", "foreign_guest")
ACADEMIC_RANKS = ("instructor", "assistant_professor", "associate_professor", "professor")
UNIT_KINDS = ("department", "hospital", "research_centre", "other")
AGREEMENT_STATUSES = ("draft", "active", "expired", "terminated")
REVIEW_DECISIONS = ("renew", "renegotiate", "lapse")  # a review before expiry decides one of these
# What the ranking indicators read of a person (app/services/reports/indicators.py), in one index
INDICATOR_COLUMNS = (
    "kind",
    "archived_at",
    "at_faculty_from",
    "at_faculty_until",
    "employed_elsewhere",
    "study_mode",
    "nationality",
    "nationality2",
    "nationality2_at_birth",
)
STUDY_MODES = ("on_campus", "offshore", "distance")  # how a student studies (QS counts on campus only)
ADDRESS_FORMS = ("", "mr", "ms")  # how a letter addresses a person: جناب آقای / سرکار خانم, Mr / Ms


class Unit(Timestamped, Archivable, Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name_fa: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(String(500), default="")
    sort_fa: Mapped[str] = mapped_column(String(200), default="", index=True)  # Persian dictionary order
    name_key: Mapped[str] = mapped_column(String(200), unique=True)  # normalised Persian name, for uniqueness


class Institution(Timestamped, Archivable, Base):
    """A partner university or institute abroad (or at home)."""

    __tablename__ = "institutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(250))
    name_fa: Mapped[str] = mapped_column(String(250), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    city: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(250), default="")
    search_key: Mapped[str] = mapped_column(String(600), default="")
    sort_fa: Mapped[str] = mapped_column(String(250), default="", index=True)
    name_key: Mapped[str] = mapped_column(String(250), unique=True)

    agreements: Mapped[list[Agreement]] = relationship(back_populates="institution")


class Agreement(Timestamped, Archivable, Base):
    """A memorandum of understanding with a partner institution."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, index=True)
    scope: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="active")
    search_key: Mapped[str] = mapped_column(String(1000), default="")
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreements.id"), index=True
    )  # the one it renews

    institution: Mapped[Institution] = relationship(back_populates="agreements")

    __table_args__ = (  # the annual report's counts, read from the index alone (migration 0012_speedsr)
        Index("ix_agreements_report", "signed_on", "status", "valid_until", "archived_at", "institution_id"),
    )


class AgreementReview(Base):
    """A review of an agreement before it expires: the decision, its note, and what the decision drafted."""

    __tablename__ = "agreement_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date] = mapped_column(Date)
    new_agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id"))
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Person(Timestamped, Archivable, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(String(40), default="")  # the English title: Dr., Prof.
    title_fa: Mapped[str] = mapped_column(String(40), default="", server_default="")  # دکتر, پروفسور
    address_form: Mapped[str] = mapped_column(String(2), default="", server_default="")  # ADDRESS_FORMS
    first_name_en: Mapped[str] = mapped_column(String(120), default="")
    last_name_en: Mapped[str] = mapped_column(String(120), default="")
    first_name_fa: Mapped[str] = mapped_column(String(120), default="")
    last_name_fa: Mapped[str] = mapped_column(String(120), default="")
    academic_rank: Mapped[str] = mapped_column(String(30), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    affiliation: Mapped[str] = mapped_column(String(250), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    nationality: Mapped[str] = mapped_column(String(2), default="")
    # A second citizenship, and whether it (rather than `nationality`) is the citizenship at birth: the
    # ranking indicators read a dual citizen by citizenship at birth (migration 0013_citizenship)
    nationality2: Mapped[str] = mapped_column(String(2), default="")
    nationality2_at_birth: Mapped[bool] = mapped_column(Boolean, default=False)
    at_faculty_from: Mapped[dt.date | None] = mapped_column(Date)  # a faculty member's or student's time
    at_faculty_until: Mapped[dt.date | None] = mapped_column(Date)  # at the faculty (open when empty)
    employed_elsewhere: Mapped[bool] = mapped_column(  # a visiting academic whose employer is elsewhere
        Boolean, default=False
    )
    study_mode: Mapped[str] = mapped_column(String(12), default="on_campus")
    passport_number: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")  # dietary or access needs of a guest
    search_key: Mapped[str] = mapped_column(String(1000), default="")
    sort_fa: Mapped[str] = mapped_column(String(250), default="")  # family then first name, dictionary order

    unit: Mapped[Unit | None] = relationship()
    institution: Mapped[Institution | None] = relationship()

    __table_args__ = (
        Index("ix_people_last_name_en", "last_name_en"),
        Index("ix_people_sort_fa", "sort_fa"),
        Index("ix_people_search", "search_key", "archived_at"),
        Index("ix_people_citizenship", "id", "nationality", "country"),  # the annual report's guests
        Index("ix_people_indicators", *INDICATOR_COLUMNS),  # the ranking indicators, read from the index
    )

"""Conference funding requests: the request, its requested lines, its documents, its history, the rules of
each fiscal year and the dated exchange rates that turn foreign amounts into rials."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Archivable, Base, Money, Timestamped
from db.clock import utcnow

# The kinds of support request: conference funding is the first; the council decides the others the same way.
REQUEST_KINDS = ("conference", "sabbatical", "mission", "student_study", "travel_plan")
LANGUAGE_CERTIFICATES = ("ielts", "toefl_ibt", "msrt", "mhle", "other")
APPLICANT_KINDS = ("faculty", "resident", "phd_student", "msc_student")
PRESENTATION_KINDS = ("oral", "poster", "invited_talk", "workshop")
LINE_KINDS = ("registration", "airfare", "accommodation", "per_diem", "visa", "stipend", "tuition")
FUNDING_STATUSES = (
    "draft",
    "submitted",
    "on_agenda",
    "approved",
    "partly_approved",
    "rejected",
    "deferred",
    "paid",
    "report_received",
    "closed",
    "withdrawn",
)
DOCUMENT_KINDS = (
    "acceptance_letter",
    "abstract",
    "registration_invoice",
    "cv",
    "supervisor_letter",
    "department_approval",
    "passport_copy",
    "attendance_certificate",
    "trip_report",
    "host_acceptance",
    "research_plan",
    "language_certificate",
    "other",
)


class FundingRequest(Timestamped, Archivable, Base):
    """One applicant's request for support: to present at a conference abroad, or a sabbatical, an educational
    mission, a student's study opportunity or short course, a travel plan (`kind`). For the other kinds
    `conference` holds the case's title (the research project, the mission's purpose)."""

    __tablename__ = "funding_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(
        String(20), default="conference", server_default="conference", index=True
    )
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)  # Jalali year whose budget pays
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    applicant_kind: Mapped[str] = mapped_column(String(20))
    academic_rank: Mapped[str] = mapped_column(String(30), default="")  # faculty members only
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # students only
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)  # the department
    conference: Mapped[str] = mapped_column(String(300))
    organiser: Mapped[str] = mapped_column(String(250), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    presentation_kind: Mapped[str] = mapped_column(String(20))
    paper_title: Mapped[str] = mapped_column(String(400), default="")
    author_position: Mapped[int] = mapped_column(Integer, default=1)  # 1 = first author
    notes: Mapped[str] = mapped_column(Text, default="")
    # Fixed at submission: the day, and the requested total in rials at that day's exchange rates.
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    requested_irr: Mapped[int] = mapped_column(Money, default=0)
    # The council's decision and the payment.
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id"), index=True
    )  # the council's meeting
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_irr: Mapped[int | None] = mapped_column(Money)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decision_letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    paid_irr: Mapped[int | None] = mapped_column(Money)
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    payment_reference: Mapped[str] = mapped_column(String(100), default="")
    report_received_on: Mapped[dt.date | None] = mapped_column(Date)
    # The other kinds' own fields: the host (a partner institution of the directory when there is one),
    # the months of a sabbatical, the plan, the supervisor's approval, the language certificate.
    host_institution: Mapped[str] = mapped_column(String(250), default="", server_default="")
    host_institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"))
    duration_months: Mapped[int | None] = mapped_column(Integer)
    study_plan: Mapped[str] = mapped_column(Text, default="", server_default="")
    supervisor_approved: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    language_certificate: Mapped[str] = mapped_column(String(20), default="", server_default="")
    language_score: Mapped[int | None] = mapped_column(Integer)  # tenths: IELTS 6.5 is 65, TOEFL 90 is 900
    search_key: Mapped[str] = mapped_column(String(2000), default="")

    __table_args__ = (
        Index("ix_funding_requests_search", "search_key", "archived_at"),
        # the annual report's counts, read from the index alone (migration 0012_speedsr)
        Index(
            "ix_funding_requests_report",
            "fiscal_year",
            "status",
            "archived_at",
            "kind",
            "applicant_kind",
            "presentation_kind",
            "unit_id",
            "country",
            "submitted_on",
            "starts_on",
        ),
        Index(
            "ix_funding_requests_decided",
            "status",
            "decided_on",
            "archived_at",
            "unit_id",
            "kind",
            "approved_irr",
            "paid_irr",
        ),
    )


class FundingLine(Base):
    """One requested cost (registration, airfare...) in its own currency, in integer minor units."""

    __tablename__ = "funding_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("funding_requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[int] = mapped_column(Money)

    __table_args__ = (UniqueConstraint("request_id", "kind", name="uq_funding_lines_request_kind"),)


class FundingDocument(Base):
    """Which required document an attachment of a request is (the checklist ticks itself from these)."""

    __tablename__ = "funding_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("funding_requests.id"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(30))


class FundingTransition(Base):
    """One step of a request's workflow: who moved it, when, from where to where, and why."""

    __tablename__ = "funding_transitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("funding_requests.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    amount_irr: Mapped[int | None] = mapped_column(Money)
    note: Mapped[str] = mapped_column(Text, default="")


class FundingRules(Base):
    """The rules of one Jalali fiscal year; caps and required documents are JSON maps checked by the
    service."""

    __tablename__ = "funding_rules"

    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    budget_irr: Mapped[int] = mapped_column(Money, default=0)
    caps: Mapped[str] = mapped_column(Text, default="{}")  # {"applicant_kind": {"faculty": 900000000}, ...}
    max_awards: Mapped[int] = mapped_column(Integer, default=1)  # at most this many awards...
    award_window_years: Mapped[int] = mapped_column(Integer, default=1)  # ...in this many fiscal years
    min_days_before: Mapped[int] = mapped_column(Integer, default=30)
    report_required: Mapped[bool] = mapped_column(Boolean, default=True)
    required_documents: Mapped[str] = mapped_column(Text, default="{}")  # {"faculty": ["acceptance_letter"]}
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SupportRules(Base):
    """One fiscal year's rules for one kind of support request other than conferences (the year's budget and
    the conference rules stay in FundingRules); the maps are JSON checked by the service."""

    __tablename__ = "support_rules"

    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    applicant_kinds: Mapped[str] = mapped_column(Text, default="[]")  # who may apply; [] = anyone
    ranks: Mapped[str] = mapped_column(Text, default="[]")  # faculty ranks that may apply; [] = any
    min_service_years: Mapped[int] = mapped_column(Integer, default=0)  # since the last sabbatical
    min_language_scores: Mapped[str] = mapped_column(Text, default="{}")  # {"ielts": 60} in tenths
    stipends: Mapped[str] = mapped_column(Text, default="{}")  # {"professor": {"1": rials a month}}
    country_groups: Mapped[str] = mapped_column(Text, default="{}")  # {"DE": "1"}; others are group 3
    lump_sum_irr: Mapped[int | None] = mapped_column(Money)  # the most one request can be given
    max_months: Mapped[int] = mapped_column(Integer, default=12)
    required_documents: Mapped[str] = mapped_column(Text, default="[]")
    report_required: Mapped[bool] = mapped_column(Boolean, default=True)  # a report (or return) is due
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ExchangeRate(Base):
    """Rials for one unit of a currency from a day on (until the next dated rate)."""

    __tablename__ = "exchange_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    rials: Mapped[int] = mapped_column(Money)

    __table_args__ = (UniqueConstraint("currency", "effective_on", name="uq_exchange_rates_currency_day"),)

"""International adjunct faculty (اعضای هیئت علمی وابسته بین‌المللی) and English evaluations for promotion.

An adjunct candidate is a person of the directory proposed by a department; the recruitment committee
decides on a linked agenda item and an approval drafts the appointment ordinance. An English evaluation
session is a meeting of the English-evaluation kind with its criteria and pass mark; each candidate (a
faculty member) gets a score per criterion, an outcome and a result letter from the letters register.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Archivable, Base, Timestamped

# candidate -> proposed (on a recruitment committee's agenda) -> approved / rejected by its resolution;
# "appointed" is derived: the appointment ordinance drafted at approval has been issued.
ADJUNCT_STATUSES = ("candidate", "proposed", "approved", "rejected")
ACTIVITY_KINDS = ("course", "paper", "other")
OVERRIDES = ("", "pass", "fail")


class AdjunctCandidate(Timestamped, Archivable, Base):
    """A foreign or expatriate academic proposed as an international adjunct faculty member."""

    __tablename__ = "adjunct_candidates"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)  # proposing department
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    expatriate: Mapped[bool] = mapped_column(Boolean, default=False)  # an Iranian academic abroad
    fields: Mapped[str] = mapped_column(Text, default="")  # fields of expertise, one a line
    status: Mapped[str] = mapped_column(String(12), default="candidate", index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    term_months: Mapped[int] = mapped_column(Integer, default=24)
    ordinance_id: Mapped[int | None] = mapped_column(ForeignKey("ordinances.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(1000), default="")


class AdjunctActivity(Timestamped, Base):
    """A course taught or a joint paper, noted by the office for an adjunct."""

    __tablename__ = "adjunct_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("adjunct_candidates.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12), default="course")
    title: Mapped[str] = mapped_column(String(400))
    on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class EvaluationSession(Timestamped, Base):
    """The English evaluation held at a meeting: its criteria (JSON list) and the pass mark (percent)."""

    __tablename__ = "evaluation_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), unique=True)
    criteria: Mapped[str] = mapped_column(Text, default="[]")
    pass_mark: Mapped[int] = mapped_column(Integer, default=60)


class EnglishEvaluation(Timestamped, Archivable, Base):
    """One faculty member evaluated in a session: scores per criterion (JSON), the outcome, the letter."""

    __tablename__ = "english_evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("evaluation_sessions.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    scores: Mapped[str] = mapped_column(Text, default="{}")
    override: Mapped[str] = mapped_column(String(8), default="")  # "", pass or fail
    override_reason: Mapped[str] = mapped_column(Text, default="")
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("session_id", "person_id", name="uq_english_evaluations_candidate"),)

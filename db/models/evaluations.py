"""English-language evaluations for faculty promotion (ارزیابی زبان انگلیسی برای ارتقا).

A session is a meeting of the kind "english-evaluation"; each candidate (a faculty member) has one
evaluation in it, with the panel, a score per criterion and the outcome. The result certificate is a letter
of the outgoing register, one per language.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Archivable, Base, Timestamped

# "" until the panel decides; passed and failed close the evaluation (a certificate can be issued);
# deferred leaves it open for a later sitting.
OUTCOMES = ("passed", "failed", "deferred")


class EvaluationCriterion(Timestamped, Archivable, Base):
    """A criterion the panel scores (presentation, questions and answers, language), with its maximum."""

    __tablename__ = "evaluation_criteria"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name_fa: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    max_score: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)


class EnglishEvaluation(Timestamped, Archivable, Base):
    """One candidate's evaluation in one session."""

    __tablename__ = "english_evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(10), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    letter_fa_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    letter_en_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    search_key: Mapped[str] = mapped_column(String(1000), default="")

    __table_args__ = (UniqueConstraint("meeting_id", "person_id", name="uq_english_evaluations_candidate"),)


class EvaluationScore(Base):
    """A criterion's score in one evaluation."""

    __tablename__ = "evaluation_scores"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("english_evaluations.id"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("evaluation_criteria.id"))
    score: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("evaluation_id", "criterion_id", name="uq_evaluation_scores_criterion"),
    )


class EvaluationPanelMember(Base):
    """A member of an evaluation's panel, in the order given."""

    __tablename__ = "evaluation_panel"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("english_evaluations.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("evaluation_id", "person_id", name="uq_evaluation_panel_person"),)

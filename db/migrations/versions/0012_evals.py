"""English-language evaluations for promotion: the criteria (seeded with presentation, questions and
answers, and language), each candidate's evaluation in a session, its panel and its scores; seasonal
schools and exchange programmes with their incoming and outgoing participants

Revision ID: 0012_evals
Revises: 0012_docs3
Create Date: 2026-12-02 07:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_evals"
down_revision = "0012_docs3"
branch_labels = None
depends_on = None

CRITERIA = (
    ("presentation", "ارائه علمی به زبان انگلیسی", "Scientific presentation in English", 40, 1),
    ("questions", "پرسش و پاسخ", "Questions and answers", 30, 2),
    ("language", "مهارت زبانی (دستور، واژگان، تلفظ)", "Language (grammar, vocabulary, pronunciation)", 30, 3),
)


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
        sa.Column("updated_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
    ]


def upgrade() -> None:
    op.create_table(
        "evaluation_criteria",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(30), nullable=False, unique=True),
        sa.Column("name_fa", sa.String(200), nullable=False),
        sa.Column("name_en", sa.String(200), nullable=False),
        sa.Column("max_score", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_stamps(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "english_evaluations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meetings.id"), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("letter_fa_id", sa.Integer(), sa.ForeignKey("letters.id"), nullable=True),
        sa.Column("letter_en_id", sa.Integer(), sa.ForeignKey("letters.id"), nullable=True),
        sa.Column("search_key", sa.String(1000), nullable=False),
        *_stamps(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("meeting_id", "person_id", name="uq_english_evaluations_candidate"),
    )
    op.create_index("ix_english_evaluations_meeting_id", "english_evaluations", ["meeting_id"])
    op.create_index("ix_english_evaluations_person_id", "english_evaluations", ["person_id"])
    op.create_table(
        "evaluation_scores",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("evaluation_id", sa.Integer(), sa.ForeignKey("english_evaluations.id"), nullable=False),
        sa.Column("criterion_id", sa.Integer(), sa.ForeignKey("evaluation_criteria.id"), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.UniqueConstraint("evaluation_id", "criterion_id", name="uq_evaluation_scores_criterion"),
    )
    op.create_index("ix_evaluation_scores_evaluation_id", "evaluation_scores", ["evaluation_id"])
    op.create_table(
        "evaluation_panel",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("evaluation_id", sa.Integer(), sa.ForeignKey("english_evaluations.id"), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("evaluation_id", "person_id", name="uq_evaluation_panel_person"),
    )
    op.create_index("ix_evaluation_panel_evaluation_id", "evaluation_panel", ["evaluation_id"])
    op.create_table(
        "programmes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title_fa", sa.String(300), nullable=False),
        sa.Column("title_en", sa.String(300), nullable=False),
        sa.Column("institution_id", sa.Integer(), sa.ForeignKey("institutions.id"), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.String(1000), nullable=False),
        *_stamps(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_programmes_institution_id", "programmes", ["institution_id"])
    op.create_index("ix_programmes_starts_on", "programmes", ["starts_on"])
    op.create_table(
        "programme_participants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("programme_id", sa.Integer(), sa.ForeignKey("programmes.id"), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("funding_request_id", sa.Integer(), sa.ForeignKey("funding_requests.id"), nullable=True),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("programme_id", "person_id", name="uq_programme_participants_person"),
    )
    op.create_index("ix_programme_participants_programme_id", "programme_participants", ["programme_id"])
    op.create_index("ix_programme_participants_person_id", "programme_participants", ["person_id"])
    criteria = sa.table(
        "evaluation_criteria",
        *(sa.column(name) for name in ("code", "name_fa", "name_en", "max_score", "position", "version")),
    )
    op.bulk_insert(
        criteria,
        [
            {"code": c, "name_fa": fa, "name_en": en, "max_score": top, "position": n, "version": 1}
            for c, fa, en, top, n in CRITERIA
        ],
    )


def downgrade() -> None:
    op.drop_table("programme_participants")
    op.drop_table("programmes")
    op.drop_table("evaluation_panel")
    op.drop_table("evaluation_scores")
    op.drop_table("english_evaluations")
    op.drop_table("evaluation_criteria")

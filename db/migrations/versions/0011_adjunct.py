"""international adjunct faculty: candidates and their activity; the adjunct appointment ordinance kind
with its Persian and English templates

Revision ID: 0011_adjunct
Revises: 0011_lists
Create Date: 2026-12-02 03:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_adjunct"
down_revision = "0011_lists"
branch_labels = None
depends_on = None

ADJUNCT_FA = (
    "با سلام و احترام،\n"
    "نظر به سوابق علمی ارزنده جنابعالی و بنا به پیشنهاد {unit} و تصویب کمیته جذب اعضای هیئت علمی وابسته "
    "بین‌المللی، به موجب این حکم به عنوان {position} {unit} از {term_start} تا {term_end} منصوب می‌شوید.\n"
    "امید است با مشارکت در آموزش، راهنمایی پژوهش‌های مشترک و گسترش همکاری‌های علمی میان دانشکده و مؤسسه "
    "متبوع خود، در اعتلای جایگاه بین‌المللی دانشکده سهیم باشید.\n"
    "توفیق روزافزون جنابعالی را از خداوند متعال خواستارم."
)
ADJUNCT_EN = (
    "Dear {recipient_title} {recipient_name},\n"
    "In recognition of your distinguished academic record, on the proposal of the {unit} and with the "
    "approval of the International Adjunct Faculty Recruitment Committee, you are hereby appointed "
    "{position} of the {unit} for the term from {term_start} to {term_end}.\n"
    "We look forward to your part in teaching, in guiding joint research and in widening the scientific "
    "cooperation between the School and your home institution.\n"
    "With my best wishes for your success."
)
KIND = {
    "code": "adjunct",
    "name_fa": "حکم عضویت هیئت علمی وابسته بین‌المللی",
    "name_en": "Appointment of International Adjunct Faculty",
    "effect": "appointment",
    "unit_position": False,
    "position_fa": "عضو هیئت علمی وابسته بین‌المللی",
    "position_en": "International Adjunct Faculty Member",
    "term_months": 24,
    "body_fa": ADJUNCT_FA,
    "body_en": ADJUNCT_EN,
}


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
        sa.Column("updated_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
    ]


def upgrade() -> None:
    op.create_table(
        "adjunct_candidates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id"), nullable=True),
        sa.Column("institution_id", sa.Integer(), sa.ForeignKey("institutions.id"), nullable=True),
        sa.Column("expatriate", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), sa.ForeignKey("agenda_items.id"), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("ordinance_id", sa.Integer(), sa.ForeignKey("ordinances.id"), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.String(1000), nullable=False),
        *_stamps(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
    )
    for column in ("person_id", "unit_id", "institution_id", "status"):
        op.create_index(f"ix_adjunct_candidates_{column}", "adjunct_candidates", [column])
    op.create_table(
        "adjunct_activities",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("candidate_id", sa.Integer(), sa.ForeignKey("adjunct_candidates.id"), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("title", sa.String(400), nullable=False),
        sa.Column("on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
    )
    op.create_index("ix_adjunct_activities_candidate_id", "adjunct_activities", ["candidate_id"])
    kinds = sa.table(
        "ordinance_kinds",
        *(sa.column(name) for name in KIND),
        sa.column("version"),
    )
    op.bulk_insert(kinds, [{**KIND, "version": 1}])


def downgrade() -> None:
    op.execute(
        "DELETE FROM ordinance_kinds WHERE code = 'adjunct' AND id NOT IN (SELECT kind_id FROM ordinances)"
    )
    op.drop_table("adjunct_activities")
    op.drop_table("adjunct_candidates")

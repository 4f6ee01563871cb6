"""support requests of several kinds: sabbaticals, missions, students' study opportunities, travel plans

Revision ID: 0011_cases
Revises: 0011_adjunct
Create Date: 2026-12-02 03:45:00

Every existing request is a conference request (the column's default fills them); the other kinds' own
fields are empty on them. Each kind's rules of a fiscal year live in support_rules.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_cases"
down_revision = "0011_adjunct"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added in place (ALTER TABLE ... ADD COLUMN): the table is not rebuilt, so the rows its lines,
    # documents and history point at stay where they are.
    columns = (
        sa.Column("kind", sa.String(20), nullable=False, server_default="conference"),
        sa.Column("host_institution", sa.String(250), nullable=False, server_default=""),
        sa.Column("duration_months", sa.Integer(), nullable=True),
        sa.Column("study_plan", sa.Text(), nullable=False, server_default=""),
        sa.Column("supervisor_approved", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("language_certificate", sa.String(20), nullable=False, server_default=""),
        sa.Column("language_score", sa.Integer(), nullable=True),
    )
    for column in columns:
        op.add_column("funding_requests", column)
    if op.get_bind().dialect.name == "sqlite":  # SQLite takes a reference only inline, with the column
        op.execute(
            "ALTER TABLE funding_requests ADD COLUMN host_institution_id INTEGER REFERENCES institutions (id)"
        )
    else:
        op.add_column("funding_requests", sa.Column("host_institution_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_funding_requests_host_institution_id",
            "funding_requests",
            "institutions",
            ["host_institution_id"],
            ["id"],
        )
    op.create_index("ix_funding_requests_kind", "funding_requests", ["kind"])
    op.create_table(
        "support_rules",
        sa.Column("fiscal_year", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("applicant_kinds", sa.Text(), nullable=False),
        sa.Column("ranks", sa.Text(), nullable=False),
        sa.Column("min_service_years", sa.Integer(), nullable=False),
        sa.Column("min_language_scores", sa.Text(), nullable=False),
        sa.Column("stipends", sa.Text(), nullable=False),
        sa.Column("country_groups", sa.Text(), nullable=False),
        sa.Column("lump_sum_irr", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=True),
        sa.Column("max_months", sa.Integer(), nullable=False),
        sa.Column("required_documents", sa.Text(), nullable=False),
        sa.Column("report_required", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("support_rules")
    op.drop_index("ix_funding_requests_kind", table_name="funding_requests")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_funding_requests_host_institution_id", "funding_requests", type_="foreignkey")
    with op.batch_alter_table("funding_requests") as batch:
        for column in (
            "language_score",
            "language_certificate",
            "supervisor_approved",
            "study_plan",
            "duration_months",
            "host_institution_id",
            "host_institution",
            "kind",
        ):
            batch.drop_column(column)

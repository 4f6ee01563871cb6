"""agreements remember the one they renew, and the reviews made before they expire

Revision ID: 0010_agreements
Revises: 0009_docs
Create Date: 2026-12-02 01:25:00

A review records its decision (renew, renegotiate, let lapse), its note and, for a renewal, the new draft
agreement and the draft letter to the partner.
"""

import sqlalchemy as sa
from alembic import op

revision = '0010_agreements'
down_revision = '0009_docs'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreements") as batch:
        batch.add_column(sa.Column("previous_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_agreements_previous_id", "agreements", ["previous_id"], ["id"])
        batch.create_index("ix_agreements_previous_id", ["previous_id"])
    op.create_table(
        "agreement_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("agreement_id", sa.Integer(), sa.ForeignKey("agreements.id"), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("new_agreement_id", sa.Integer(), sa.ForeignKey("agreements.id"), nullable=True),
        sa.Column("letter_id", sa.Integer(), sa.ForeignKey("letters.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
    )
    op.create_index("ix_agreement_reviews_agreement_id", "agreement_reviews", ["agreement_id"])


def downgrade() -> None:
    op.drop_index("ix_agreement_reviews_agreement_id", table_name="agreement_reviews")
    op.drop_table("agreement_reviews")
    with op.batch_alter_table("agreements") as batch:
        batch.drop_index("ix_agreements_previous_id")
        batch.drop_constraint("fk_agreements_previous_id", type_="foreignkey")
        batch.drop_column("previous_id")

"""the paper a letter is printed on: A4 or A5

Revision ID: 0012_docs3
Revises: 0011_cases
Create Date: 2026-12-02 07:50:00

Every existing letter was printed on A4 (the column's default fills them); an issued letter's stored PDF
keeps the paper it was issued on.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_docs3"
down_revision = "0011_cases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("letters", sa.Column("paper", sa.String(2), nullable=False, server_default="a4"))


def downgrade() -> None:
    with op.batch_alter_table("letters") as batch:
        batch.drop_column("paper")

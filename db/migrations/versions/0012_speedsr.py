"""the search box's word index, for what is typed in one or two letters

Revision ID: 0012_speedsr
Revises: 0011_cases
Create Date: 2026-12-02 07:40:00

SQLite: one FTS5 table per register over its folded search key, split into words, with prefix indexes of
one and two characters (db.word_index), and the triggers that keep each in step with its register. On
PostgreSQL nothing is added: the same rule is read with a regular expression, and the first matches by id
come from the primary key.
"""

from alembic import op

from db import word_index

revision = "0012_speedsr"
down_revision = "0011_cases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    word_index.create(op.get_bind())


def downgrade() -> None:
    word_index.drop(op.get_bind())

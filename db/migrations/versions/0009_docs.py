"""calendar files: each event's SEQUENCE and the digest of what it held when last written

Revision ID: 0009_docs
Revises: 0008_pg
Create Date: 2026-12-02 00:10:00

An .ics file's event keeps its UID; when what it holds changes, its SEQUENCE must rise so that calendar
clients replace the event they have. This table keeps, per UID, the last SEQUENCE written and a digest of
the event's content then.
"""

from alembic import op
import sqlalchemy as sa


revision = '0009_docs'
down_revision = '0008_pg'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'calendar_revisions',
        sa.Column('uid', sa.String(length=200), nullable=False),
        sa.Column('sequence', sa.Integer(), nullable=False),
        sa.Column('content_key', sa.String(length=64), nullable=False),
        sa.Column('written_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('uid', name=op.f('pk_calendar_revisions')),
    )


def downgrade() -> None:
    op.drop_table('calendar_revisions')

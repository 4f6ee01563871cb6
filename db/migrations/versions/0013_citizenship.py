"""citizenship and time at the faculty, for the ranking indicators (issue 17 section 2)

Revision ID: 0013_citizenship
Revises: 0012_speedsr
Create Date: 2026-12-02 18:00:00

People get a second citizenship (`nationality2`) and a mark saying whether it, rather than `nationality`, is
the citizenship at birth (QS reads a dual citizen by citizenship at birth); their time at the faculty (from,
until: both open when empty); whether a visiting academic is employed elsewhere (QS leaves them out); and a
student's study mode (on campus, offshore, distance: QS counts on campus only).

Added in place (ALTER TABLE ... ADD COLUMN): the people table is not rebuilt, so the visits, letters and
requests that point at its rows are untouched. The server defaults make every existing person a single
citizen, on campus, employed here, with no dates.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_citizenship"
down_revision = "0012_speedsr"
branch_labels = None
depends_on = None



def _columns() -> tuple[sa.Column, ...]:  # new objects each time: a Column belongs to one table
    return (
        sa.Column("nationality2", sa.String(2), nullable=False, server_default=""),
        sa.Column("nationality2_at_birth", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("at_faculty_from", sa.Date(), nullable=True),
        sa.Column("at_faculty_until", sa.Date(), nullable=True),
        sa.Column("employed_elsewhere", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("study_mode", sa.String(12), nullable=False, server_default="on_campus"),
    )


# written out here, as the model (db/models/directory.py) holds it at this revision
INDICATOR_COLUMNS = [
    "kind",
    "archived_at",
    "at_faculty_from",
    "at_faculty_until",
    "employed_elsewhere",
    "study_mode",
    "nationality",
    "nationality2",
    "nationality2_at_birth",
]


def upgrade() -> None:
    for column in _columns():
        op.add_column("people", column)
    op.create_index("ix_people_indicators", "people", INDICATOR_COLUMNS)  # the indicators read the index alone


def downgrade() -> None:
    op.drop_index("ix_people_indicators", table_name="people")
    for column in reversed(_columns()):  # ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later): no rebuild
        op.drop_column("people", column.name)

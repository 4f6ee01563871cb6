"""indexes the annual report counts through: a year's visits and their guests' citizenship

Revision ID: 0011_lists
Revises: 0010_agreements
Create Date: 2026-12-02 04:00:00

The annual report counts a year's visits by country, purpose, host unit and month, and their guests by
citizenship, with GROUP BY queries (app/services/reports/counts.py). These two indexes hold every column those
queries read, so that a year of 40,000 visits is counted from the index alone rather than from the wide rows.
"""

from alembic import op

revision = "0011_lists"
down_revision = "0010_agreements"
branch_labels = None
depends_on = None

VISITS_REPORT = [
    "arrival_date",
    "status",
    "archived_at",
    "country",
    "kind",
    "host_unit_id",
    "departure_date",
    "agreement_id",
    "institution_id",
]


def upgrade() -> None:
    op.create_index("ix_visits_report", "visits", VISITS_REPORT)
    op.create_index("ix_people_citizenship", "people", ["id", "nationality", "country"])


def downgrade() -> None:
    op.drop_index("ix_people_citizenship", table_name="people")
    op.drop_index("ix_visits_report", table_name="visits")

"""search keys without Latin accents ("Núñez" is found as "nunez"); the search box's index; Today's indexes

Revision ID: 0007_today
Revises: 0006
Create Date: 2026-12-02 00:10:00

The search keys' normal form now drops the accents of Latin letters, as the one search box and every list
filter fold what is typed. Stored keys are folded the same way; nothing else in them changes. Keys that
hold only ASCII (most of them) are left alone.
"""

import unicodedata

from alembic import op
import sqlalchemy as sa

from db import search_index


revision = '0007_today'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ("people", "units", "institutions", "agreements", "letters", "meetings", "action_items", "visits",
          "funding_requests", "ordinances")


def without_accents(key: str) -> str:
    decomposed = unicodedata.normalize("NFD", key)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def upgrade() -> None:
    # Today's lists: guests leaving in the next days, and visits whose report is late after their departure
    op.create_index("ix_visits_departure_date", "visits", ["departure_date"])
    op.create_index("ix_visits_status_departure", "visits", ["status", "departure_date"])
    op.create_index("ix_visits_partner_arrival", "visits", ["institution_id", "arrival_date"])  # dormant agreements
    connection = op.get_bind()
    for table in TABLES:
        rows = connection.execute(sa.text(f"SELECT id, search_key FROM {table}"))
        changed = [{"id": row_id, "key": without_accents(key)} for row_id, key in rows
                   if key and not key.isascii() and without_accents(key) != key]
        if changed:
            connection.execute(sa.text(f"UPDATE {table} SET search_key = :key WHERE id = :id"), changed)
    search_index.create(connection)  # the one search box's index (SQLite's FTS5), from the folded keys


def downgrade() -> None:
    search_index.drop(op.get_bind())
    op.drop_index("ix_visits_partner_arrival", table_name="visits")
    op.drop_index("ix_visits_status_departure", table_name="visits")
    op.drop_index("ix_visits_departure_date", table_name="visits")
    # the accents are not put back into the search keys: the earlier form found the same records but for them

"""search keys without Latin accents ("Núñez" is found as "nunez")

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
    connection = op.get_bind()
    for table in TABLES:
        rows = connection.execute(sa.text(f"SELECT id, search_key FROM {table}"))
        changed = [{"id": row_id, "key": without_accents(key)} for row_id, key in rows
                   if key and not key.isascii() and without_accents(key) != key]
        if changed:
            connection.execute(sa.text(f"UPDATE {table} SET search_key = :key WHERE id = :id"), changed)


def downgrade() -> None:
    pass  # the accents are not put back: the keys of the earlier form found the same records but for them

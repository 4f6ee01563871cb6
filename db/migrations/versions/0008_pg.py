"""a version on every editable record; on PostgreSQL 64-bit money columns and trigram search indexes

Revision ID: 0008_pg
Revises: 0007_today
Create Date: 2026-12-02 00:30:00

Every editable record carries a version, raised by each change, so that a save over another PC's change
is caught instead of overwriting it. On PostgreSQL the registers' search keys get trigram (pg_trgm) GIN
indexes, so filtering as one types ("contains") stays fast on the server; SQLite has no such index and
keeps its own.
"""

from alembic import op
import sqlalchemy as sa


revision = '0008_pg'
down_revision = '0007_today'
branch_labels = None
depends_on = None

VERSIONED = ("action_items", "agenda_items", "agreements", "funding_requests", "institutions", "letters",
             "meeting_kinds", "meetings", "ordinance_kinds", "ordinances", "people", "resolutions", "units",
             "visit_items", "visits")
# money in minor units and byte sizes: PostgreSQL's INTEGER is 32-bit (SQLite's is 64-bit already)
WIDE = (("attachments", "size"), ("exchange_rates", "rials"), ("funding_rules", "budget_irr"),
        ("visit_costs", "amount"), ("funding_requests", "requested_irr"), ("funding_requests", "approved_irr"),
        ("funding_requests", "paid_irr"), ("resolutions", "amount"), ("funding_lines", "amount"),
        ("funding_transitions", "amount_irr"))
SEARCHED = ("units", "institutions", "agreements", "people", "funding_requests", "letters", "meetings",
            "action_items", "ordinances", "visits")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    if op.get_bind().dialect.name == "postgresql":
        for table, column in WIDE:
            op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table in SEARCHED:
            op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_search_trgm ON {table} "
                       "USING gin (search_key gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in SEARCHED:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_trgm")
        for table, column in WIDE:
            op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger())
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")

"""the search box's word index, for what is typed in one or two letters; the annual report's indexes

Revision ID: 0012_speedsr
Revises: 0012_evals
Create Date: 2026-12-02 07:40:00

SQLite: one FTS5 table per register over its folded search key, split into words, with prefix indexes of
one and two characters (db.word_index), and the triggers that keep each in step with its register. On
PostgreSQL no word index is added: the same rule is read with a regular expression, and the first matches by
id come from the primary key.

Both: covering indexes for the annual report's counts (issue 17), so that each COUNT ... GROUP BY of a year
reads one index and not the register's rows (at 100,000 records a register, the rows are most of the file).
"""

from alembic import op

from db import word_index

revision = "0012_speedsr"
down_revision = "0012_evals"
branch_labels = None
depends_on = None

# name -> (table, columns): written out here, as the models (db/models) hold them at this revision
REPORT_INDEXES = {
    "ix_ordinances_report": ("ordinances", ["status", "issued_on", "archived_at", "kind_id"]),
    "ix_ordinances_held": (
        "ordinances",
        ["unit_id", "kind_id", "status", "term_start", "term_end", "ended_on"],
    ),
    "ix_letters_report": ("letters", ["status", "issued_on", "archived_at"]),
    "ix_funding_requests_report": (
        "funding_requests",
        [
            "fiscal_year",
            "status",
            "archived_at",
            "kind",
            "applicant_kind",
            "presentation_kind",
            "unit_id",
            "country",
            "submitted_on",
            "starts_on",
        ],
    ),
    "ix_funding_requests_decided": (
        "funding_requests",
        ["status", "decided_on", "archived_at", "unit_id", "kind", "approved_irr", "paid_irr"],
    ),
    "ix_meetings_report": ("meetings", ["status", "starts_at", "archived_at", "kind_id"]),
    "ix_agreements_report": (
        "agreements",
        ["signed_on", "status", "valid_until", "archived_at", "institution_id"],
    ),
}


def upgrade() -> None:
    for name, (table, columns) in REPORT_INDEXES.items():
        op.create_index(name, table, columns)
    word_index.create(op.get_bind())


def downgrade() -> None:
    word_index.drop(op.get_bind())
    for name, (table, _columns) in REPORT_INDEXES.items():
        op.drop_index(name, table_name=table)

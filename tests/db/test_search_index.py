"""The search box's index (SQLite FTS5) follows every register after every migration: a migration that
rebuilds a register's table (Alembic's batch mode) drops its triggers, and the upgrade must put them back."""

from __future__ import annotations

import sqlite3

import pytest

from app.services import context, directory
from db import search_index

pytestmark = pytest.mark.sqlite_only


def _triggers_and_tables(path) -> set[str]:  # type: ignore[no-untyped-def]
    with sqlite3.connect(path) as conn:
        return {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        }


def test_every_index_and_trigger_exists_after_the_upgrade_from_empty(db):
    present = _triggers_and_tables(db)
    for name in search_index.INDEXES:
        assert name in present
        for suffix in ("ai", "ad", "au"):
            assert f"{name}_{suffix}" in present, f"{name}_{suffix} was lost by a migration"


def test_a_new_agreement_is_found_through_the_index(db):
    partner = directory.save_institution({"name_en": "Karolinska Institutet", "country": "SE"})
    agreement = directory.save_agreement(
        {"institution_id": partner, "title": "Research exchange", "signed_on": None, "status": "active"}
    )
    with context.database().reading() as session:
        assert search_index.matching_ids(session, "fts_agreements", ["research"], 10) == [agreement]


def test_lost_triggers_are_rebuilt_and_the_index_filled_again(tmp_path):
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE agreements (id INTEGER PRIMARY KEY, search_key TEXT)"))
        for table in {table for table, _column in search_index.INDEXES.values()} - {"agreements"}:
            columns = ", ".join(sorted({c for t, c in search_index.INDEXES.values() if t == table}))
            conn.execute(text(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, {columns})"))
        search_index.create(conn)
        conn.execute(text("INSERT INTO agreements (id, search_key) VALUES (1, 'research exchange')"))
        conn.execute(text("DROP TRIGGER fts_agreements_ai"))  # as a table rebuilt by a migration loses them
        conn.execute(text("INSERT INTO agreements (id, search_key) VALUES (2, 'summer school')"))
        assert search_index.ensure(conn) is True
        assert search_index.ensure(conn) is False  # whole now: nothing more to do
        found = conn.execute(text("SELECT rowid FROM fts_agreements WHERE fts_agreements MATCH '\"school\"'"))
        assert [row[0] for row in found] == [2]

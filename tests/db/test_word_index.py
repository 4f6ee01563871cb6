"""The short words' index (SQLite FTS5, db.word_index) exists after the upgrade, follows its register, and
is made whole again when a migration step loses its triggers."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, text

from app.services import context, directory
from db import search_index, word_index

pytestmark = pytest.mark.sqlite_only


def test_every_word_index_and_trigger_exists_after_the_upgrade(db):
    with sqlite3.connect(db) as conn:
        present = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        }
    for name in word_index.INDEXES:
        assert name in present and search_index.is_index_table(name)
        assert {f"{name}_{s}" for s in ("ai", "ad", "au")} <= present


def test_a_new_unit_is_found_by_the_start_of_its_words(db):
    unit = directory.save_unit({"kind": "department", "name_fa": "گروه کودکان", "name_en": "Paediatrics"})
    with context.database().reading() as session:
        assert word_index.matching_ids(session, "units", ["pa"], 10) == [unit]
        assert word_index.matching_ids(session, "units", ["کو"], 10) == [unit]
        assert word_index.matching_ids(session, "units", ["ae"], 10) == []  # inside a word
        assert word_index.matching_ids(session, "units", ["pa"], 10, whole=True) == []


def test_lost_triggers_are_rebuilt_and_the_word_index_filled_again(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.begin() as conn:
        for table in set(word_index.INDEXES.values()):
            conn.execute(text(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, search_key TEXT)"))
        word_index.create(conn)
        conn.execute(text("INSERT INTO units (id, search_key) VALUES (1, 'anatomy')"))
        conn.execute(text("DROP TRIGGER fts_units_words_ai"))  # as a table rebuilt by a migration loses them
        conn.execute(text("INSERT INTO units (id, search_key) VALUES (2, 'summer school')"))
        assert word_index.ensure(conn) is True
        assert word_index.ensure(conn) is False
        found = conn.execute(text("SELECT rowid FROM fts_units_words WHERE fts_units_words MATCH '\"sc\"*'"))
        assert [row[0] for row in found] == [2]
        word_index.drop(conn)
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert not any(name.endswith("_words") or "_words_" in name for name in names)

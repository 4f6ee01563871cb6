"""Migration 0011_adjunct from the released schemas: the adjunct tables arrive empty, the
adjunct appointment ordinance kind is seeded with both templates, the old records stay; and it goes back."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from app.services import context
from db.migrate import alembic_config

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite3"))
TABLES = ("adjunct_candidates", "adjunct_activities")


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_the_adjunct_migration_from_a_released_schema(fixture, data_dir):
    path = data_dir / "old.sqlite3"
    shutil.copyfile(fixture, path)
    with sqlite3.connect(path) as conn:
        people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    assert not set(TABLES) & _tables(path)
    context.open_database(path)
    context.close_database()
    assert set(TABLES) <= _tables(path)
    with sqlite3.connect(path) as conn:
        assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES] == [0, 0]
        kind = conn.execute(
            "SELECT effect, term_months, body_fa, body_en, version FROM ordinance_kinds"
            " WHERE code = 'adjunct'"
        ).fetchall()
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == people
    [(effect, months, body_fa, body_en, version)] = kind
    assert (effect, months, version) == ("appointment", 24, 1)
    assert "{term_end}" in body_fa and "هیئت علمی وابسته" in body_fa and "Adjunct Faculty" in body_en

    config = alembic_config(f"sqlite:///{path}")
    command.downgrade(config, "0010_agreements")
    assert not set(TABLES) & _tables(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM ordinance_kinds WHERE code = 'adjunct'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == people
    command.upgrade(config, "head")
    assert set(TABLES) <= _tables(path)

"""Migration 0012_evals from the released schemas: the evaluation tables arrive empty, the three criteria are
seeded, the old records stay; it goes back and forward again."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from app.services import context
from db.migrate import alembic_config

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite3"))
TABLES = (
    "english_evaluations",
    "evaluation_scores",
    "evaluation_panel",
    "programmes",
    "programme_participants",
    "evaluation_criteria",
)


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_the_evaluations_migration_from_a_released_schema(fixture, data_dir):
    path = data_dir / "old.sqlite3"
    shutil.copyfile(fixture, path)
    before = {t: _count(path, t) for t in ("people", "letters")}
    assert not set(TABLES) & _tables(path)
    context.open_database(path)
    context.close_database()
    assert set(TABLES) <= _tables(path)
    assert [_count(path, t) for t in TABLES[:5]] == [0, 0, 0, 0, 0]
    with sqlite3.connect(path) as conn:
        criteria = conn.execute(
            "SELECT code, max_score, position, version FROM evaluation_criteria ORDER BY position"
        ).fetchall()
        kinds = conn.execute(
            "SELECT count(*) FROM meeting_kinds WHERE code = 'english-evaluation'"
        ).fetchone()
    assert criteria == [("presentation", 40, 1, 1), ("questions", 30, 2, 1), ("language", 30, 3, 1)]
    assert kinds == (1,)
    assert {t: _count(path, t) for t in before} == before

    config = alembic_config(f"sqlite:///{path}")
    command.downgrade(config, "0012_docs3")
    assert not set(TABLES) & _tables(path)
    assert {t: _count(path, t) for t in before} == before
    command.upgrade(config, "head")
    assert set(TABLES) <= _tables(path)
    assert _count(path, "evaluation_criteria") == 3

"""Migration 0012_docs3 from the released schemas: every existing letter is on A4; and it goes back."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from app.services import context
from db.migrate import alembic_config

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite3"))


def _columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[1] for row in conn.execute("PRAGMA table_info(letters)")]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_letters_get_their_paper(fixture, data_dir):
    path = data_dir / "old.sqlite3"
    shutil.copyfile(fixture, path)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT id, number, subject FROM letters ORDER BY id").fetchall()
    assert "paper" not in _columns(path)
    context.open_database(path)
    context.close_database()
    with sqlite3.connect(path) as conn:
        after = conn.execute("SELECT id, number, subject, paper FROM letters ORDER BY id").fetchall()
    assert before and [row[:3] for row in after] == before and {row[3] for row in after} <= {"a4"}

    config = alembic_config(f"sqlite:///{path}")
    command.downgrade(config, "0011_cases")
    assert "paper" not in _columns(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id, number, subject FROM letters ORDER BY id").fetchall() == before
    command.upgrade(config, "head")
    assert "paper" in _columns(path)

"""Migration 0013_citizenship from the released schemas: every person comes through with one citizenship, on
campus, employed here and no dates; it goes back and forward again without losing a person."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from app.services import context
from db.migrate import alembic_config

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite3"))
NEW = ("nationality2", "nationality2_at_birth", "at_faculty_from", "at_faculty_until", "employed_elsewhere")


def _columns(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[1] for r in conn.execute("PRAGMA table_info(people)")}


def _people(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id, kind, last_name_en, nationality FROM people ORDER BY id").fetchall()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_the_citizenship_migration_brings_the_people_through(fixture, data_dir):
    path = data_dir / "old.sqlite3"
    shutil.copyfile(fixture, path)
    with sqlite3.connect(path) as conn:  # a person of the old schema, whatever the fixture holds
        conn.execute(
            "INSERT INTO people (kind, title, first_name_en, last_name_en, first_name_fa, last_name_fa, "
            "academic_rank, position, affiliation, email, phone, country, nationality, passport_number, "
            "notes, search_key, sort_fa, created_at, updated_at) VALUES ('faculty', '', 'Old', 'Timer', "
            "'', '', '', '', '', '', '', 'DE', 'DE', '', '', 'old timer', 'timer', '2025-01-01 00:00:00', "
            "'2025-01-01 00:00:00')"
        )
    before = _people(path)
    assert before and not set(NEW) & _columns(path)
    context.open_database(path)
    context.close_database()
    assert {*NEW, "study_mode"} <= _columns(path)
    assert _people(path) == before
    with sqlite3.connect(path) as conn:
        defaults = set(
            conn.execute(
                "SELECT nationality2, nationality2_at_birth, at_faculty_from, at_faculty_until, "
                "employed_elsewhere, study_mode FROM people"
            ).fetchall()
        )
    assert defaults == {("", 0, None, None, 0, "on_campus")}

    config = alembic_config(f"sqlite:///{path}")
    command.downgrade(config, "0012_speedsr")
    assert not set(NEW) & _columns(path)
    assert _people(path) == before
    command.upgrade(config, "head")
    assert _people(path) == before and set(NEW) <= _columns(path)

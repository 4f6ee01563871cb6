"""Migration 0013_address from the released schemas: the old title is carried into the English and Persian
titles and the form of address; and it goes back."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from app.services import context
from db.migrate import alembic_config

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-*.sqlite3"))
TYPED = {1: "Mrs.", 2: "جناب آقای دکتر", 3: "Prof. Dr."}  # titles typed by hand before 0013


def _columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[1] for row in conn.execute("PRAGMA table_info(people)")]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_people_keep_their_titles_in_both_languages(fixture, data_dir):
    path = data_dir / "old.sqlite3"
    shutil.copyfile(fixture, path)
    with sqlite3.connect(path) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM people ORDER BY id LIMIT 3")]
        for person_id, title in zip(ids, TYPED.values(), strict=True):
            conn.execute("UPDATE people SET title = ? WHERE id = ?", (title, person_id))
        before = dict(conn.execute("SELECT id, title FROM people"))
    assert "title_fa" not in _columns(path)
    context.open_database(path)
    context.close_database()
    with sqlite3.connect(path) as conn:
        after = {
            row[0]: row[1:] for row in conn.execute("SELECT id, title, title_fa, address_form FROM people")
        }
    assert [after[i] for i in ids] == [
        ("", "", "ms"),
        ("Dr.", "دکتر", "mr"),
        ("Prof. Dr.", "پروفسور دکتر", ""),
    ]
    for person_id, title in before.items():
        if person_id not in ids:
            expected = {"": ("", "", ""), "Dr.": ("Dr.", "دکتر", ""), "Prof.": ("Prof.", "پروفسور", "")}[
                title
            ]
            assert after[person_id] == expected

    command.downgrade(alembic_config(f"sqlite:///{path}"), "0013_citizenship")
    assert "title_fa" not in _columns(path) and "address_form" not in _columns(path)
    command.upgrade(alembic_config(f"sqlite:///{path}"), "head")
    assert "title_fa" in _columns(path)

"""`ivc-desk import log` and `ivc-desk import undo BATCH` (issue 16): the past imports one line each, an undo
that archives the batch, and an undo refused in one sentence naming the record changed since."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests import test_cli_imports
from tests.services.import_sheets import people_sheet
from tests.test_cli_records import ivc, one_sentence

home = test_cli_imports.home  # the fixture: an empty database, as after the first start


def _archived(folder: Path) -> int:
    with sqlite3.connect(folder / "ivc-desk.sqlite3") as con:
        return con.execute("SELECT count(*) FROM people WHERE archived_at IS NOT NULL").fetchone()[0]


def _batch(folder: Path, tmp_path: Path) -> str:
    result = ivc(folder, "import", "people", str(people_sheet(tmp_path / "people.xlsx")), "--skip-refused")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].split("batch ")[1].split(":")[0]


def test_the_log_lists_each_import_and_undo_archives_it(home, tmp_path):
    assert ivc(home, "import", "log").stdout.strip() == "no import yet"
    batch = _batch(home, tmp_path)
    [line] = ivc(home, "import", "log").stdout.strip().splitlines()
    cells = line.split("\t")
    assert cells[0] == batch and cells[3] == "people" and cells[4].startswith("people.xlsx")
    assert cells[5:] == ["4 added, 0 updated", "in place"]
    result = ivc(home, "import", "undo", batch)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"import {batch} undone: 6 records moved to the archive"
    assert _archived(home) == 4
    assert ivc(home, "import", "log").stdout.strip().endswith("\tundone")
    assert one_sentence(ivc(home, "import", "undo", batch)) == f"ivc-desk: Import {batch} was already undone."


def test_an_undo_is_refused_in_words_when_a_record_was_changed_since(home, tmp_path):
    batch = _batch(home, tmp_path)
    with sqlite3.connect(home / "ivc-desk.sqlite3") as con:
        karimi = con.execute("SELECT id FROM people WHERE last_name_en = 'Karimi'").fetchone()[0]
    from app.services import context, directory

    context.open_database(home / "ivc-desk.sqlite3")
    try:
        directory.save_person({**directory.get_person(karimi).values, "position": "Head"}, karimi)
    finally:
        context.close_database()
    sentence = one_sentence(ivc(home, "import", "undo", batch))
    assert sentence.startswith("ivc-desk: This import cannot be undone")
    assert "«\u2068Maryam Karimi\u2069 / \u2068مریم کریمی\u2069» (5)" in sentence  # each name isolated
    assert _archived(home) == 0


def test_the_log_commands_want_their_arguments(home):
    assert "give the import's number" in one_sentence(ivc(home, "import", "undo"))
    assert "give the import's number" in one_sentence(ivc(home, "import", "undo", "x"))
    assert "There is no import 999" in one_sentence(ivc(home, "import", "undo", "999"))
    assert "say which file to import" in one_sentence(ivc(home, "import", "people"))

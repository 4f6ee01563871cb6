"""`ivc-desk import` and the directory's exports (issue 16): a line per row that is not a plain addition, the
summary line, nothing written while a row is refused unless --skip-refused, and what the database holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.commands.imports import IMPORTABLE
from app.services.imports import REGISTERS
from tests.services.import_sheets import agreements_sheet, people_sheet
from tests.test_cli_records import ivc, one_sentence


@pytest.fixture
def home(tmp_path: Path) -> Path:
    from app.services import context

    folder = tmp_path / "home"
    folder.mkdir()
    context.open_database(folder / "ivc-desk.sqlite3")  # an empty database, as after the first start
    context.close_database()
    return folder


def _count(home: Path, table: str) -> int:
    with sqlite3.connect(home / "ivc-desk.sqlite3") as con:
        return con.execute(f"SELECT count(*) FROM {table} WHERE archived_at IS NULL").fetchone()[0]


def test_the_command_line_names_every_register_that_imports():
    assert tuple(sorted(REGISTERS)) == IMPORTABLE


def test_a_dry_run_prints_each_row_that_is_not_a_plain_addition_and_writes_nothing(home, tmp_path):
    sheet = people_sheet(tmp_path / "people.xlsx")
    result = ivc(home, "import", "people", str(sheet), "--dry-run")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "4 to add, 1 duplicates, 3 refused"
    assert (
        "row 8: refused: This row names a delegation (5 people), not one person: put each member on a row of "
        "their own." in lines
    )
    assert any(line.startswith("row 7: Possible duplicate of «دکتر علی رضایی» on row 4") for line in lines)
    assert not any(line.startswith(("row 10", "row 12: refused")) for line in lines)
    assert _count(home, "people") == 0


def test_refused_rows_write_nothing_unless_skipped(home, tmp_path):
    sheet = people_sheet(tmp_path / "people.xlsx")
    assert "nothing was written" in one_sentence(ivc(home, "import", "people", str(sheet)))
    assert _count(home, "people") == 0
    result = ivc(home, "import", "people", str(sheet), "--skip-refused")
    assert result.returncode == 0, result.stderr
    assert "row 11: refused: «فضانورد» is not one of the allowed values" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("imported as batch 1: 4 added")
    assert _count(home, "people") == 4 and _count(home, "units") == 2


def test_map_a_field_to_a_column_or_leave_it_out(home, tmp_path):
    sheet = agreements_sheet(tmp_path / "agreements.xlsx")
    result = ivc(
        home, "import", "agreements", str(sheet), "--map", "status=", "--map", "scope=5", "--skip-refused"
    )
    assert result.returncode == 0, result.stderr
    assert "«معلق»" not in result.stdout  # the status column is left out: every row is active
    with sqlite3.connect(home / "ivc-desk.sqlite3") as con:
        assert {s for (s,) in con.execute("SELECT status FROM agreements")} == {"active"}
        assert "معلق" in {
            s for (s,) in con.execute("SELECT scope FROM agreements")
        }  # the 5th column, as scope
    assert "is not a field of this register" in one_sentence(
        ivc(home, "import", "agreements", str(sheet), "--map", "x=1")
    )
    assert "has no column Nope" in one_sentence(
        ivc(home, "import", "agreements", str(sheet), "--map", "title=Nope")
    )
    assert "--map takes FIELD=COLUMN" in one_sentence(
        ivc(home, "import", "agreements", str(sheet), "--map", "title")
    )
    assert "no sheet named Other" in one_sentence(
        ivc(home, "import", "agreements", str(sheet), "--sheet", "Other")
    )


@pytest.mark.parametrize("register", ["people", "units", "partners", "agreements"])
def test_every_directory_list_exports(home, tmp_path, register):
    people_sheet(tmp_path / "people.xlsx")
    agreements_sheet(tmp_path / "agreements.xlsx")
    assert ivc(home, "import", "people", str(tmp_path / "people.xlsx"), "--skip-refused").returncode == 0
    assert (
        ivc(home, "import", "agreements", str(tmp_path / "agreements.xlsx"), "--skip-refused").returncode == 0
    )
    target = tmp_path / f"{register}.xlsx"
    result = ivc(home, "export", register, "-o", str(target))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(target).active
    table = {"people": "people", "units": "units", "partners": "institutions", "agreements": "agreements"}[
        register
    ]
    assert sheet.max_row - 1 == _count(home, table) > 0

"""A sheet imported a second time: every row the first import wrote is now a possible duplicate of its
record, in every register (issue 16, "sees every duplicate before anything is written").

A visit with a partner once never matched its stored record: the sheet's row was keyed under its partner and
the stored visit was not, so a year's visits imported twice came in twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import imports
from tests.services.import_sheets import agreements_sheet, funding_sheet, people_sheet, visits_sheet

SHEETS = {
    "people": people_sheet,
    "agreements": agreements_sheet,
    "visits": visits_sheet,
    "funding": funding_sheet,
}


def _preview(register: str, path: Path) -> imports.Preview:
    table = imports.open_sheet(register, path)
    return imports.preview(register, table, imports.guess_mapping(register, table))


@pytest.mark.parametrize("register", list(SHEETS))
def test_a_sheet_imported_twice_finds_each_record_it_wrote(register, db, tmp_path):
    path = SHEETS[register](tmp_path / f"{register}.xlsx")
    first = _preview(register, path)
    added = {r.row for r in first.rows if r.outcome == imports.ADD}
    assert added, "the sheet has rows to add"
    imports.apply_import(first, skip_refused=True)

    again = {r.row: r for r in _preview(register, path).rows}
    for row in added:
        outcome = again[row]
        assert outcome.outcome == imports.DUPLICATE, (row, outcome.display, outcome.outcome)
        assert outcome.duplicate_of is not None, (row, outcome.display, "matched only an earlier row")
        assert outcome.decision == imports.KEEP  # nothing is added twice unless the secretary says so
    result = imports.apply_import(_preview(register, path), skip_refused=True)
    assert result.added == 0

"""`ivc-desk export today` and `ivc-desk export search TEXT` (issue 16 §3): Today's lists and the search
results as workbooks, read back with openpyxl; a search export without its text is refused in one sentence."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from app import cli
from app.services import context, directory, meetings
from tests.services.meetings_helpers import council_id


def _rows(path):  # type: ignore[no-untyped-def]
    return [tuple(r) for r in load_workbook(path).active.iter_rows(values_only=True)]


def test_export_today_writes_every_entry_with_its_list(db, frozen_clock, capsys, tmp_path):
    frozen_clock(dt.datetime(2026, 11, 30, 8, 0))  # 1405/09/09
    near = meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "Council",
            "starts_at": dt.datetime(2026, 12, 3, 10),
            "ends_at": dt.datetime(2026, 12, 3, 12),
        }
    )
    context.close_database()
    target = tmp_path / "today.xlsx"
    assert cli.main(["export", "today", "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"1 rows written to {target}"
    rows = _rows(target)
    assert rows[0] == ("section", "list", "register", "id", "date", "number", "title", "details")
    [(section, rule, register, record, day, _number, title, _detail)] = rows[1:]
    assert (section, rule, register, record, title) == (
        "In the next 14 days",
        "meeting",
        "meetings",
        near,
        "Council",
    )
    assert day.date() == dt.date(2026, 12, 3)  # a date cell, not text


def test_export_search_writes_the_results_and_wants_its_text(db, capsys, tmp_path):
    ana = directory.save_person({"kind": "foreign_guest", "first_name_en": "Ana", "last_name_en": "Núñez"})
    directory.save_person({"kind": "foreign_guest", "first_name_en": "=cmd", "last_name_en": "Nunez"})
    context.close_database()
    target = tmp_path / "found.xlsx"
    assert cli.main(["export", "search", "nunez", "-o", str(target)]) == 0
    rows = _rows(target)
    assert rows[0] == ("register", "id", "number", "title", "details")
    assert {(r[0], r[1]) for r in rows[1:]} >= {("People", ana)} and len(rows) == 3
    assert {r[3] for r in rows[1:]} == {"Ana Núñez", "=cmd Nunez"}  # text, never a formula
    capsys.readouterr()
    assert cli.main(["export", "search", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "say what to look for" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()

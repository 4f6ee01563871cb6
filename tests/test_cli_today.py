"""`ivc-desk today` and `ivc-desk search`: the same lists as the Today tab and the search box, on a frozen
day."""

from __future__ import annotations

import datetime as dt

from app import cli
from app.services import context, directory, meetings
from tests.services.meetings_helpers import council_id


def test_today_prints_the_sections_and_the_days_option(db, frozen_clock, capsys):
    frozen_clock(dt.datetime(2026, 11, 30, 8, 0))  # 1405/09/09
    near = meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "Council",
            "starts_at": dt.datetime(2026, 12, 3, 10),
            "ends_at": dt.datetime(2026, 12, 3, 12),
        }
    )
    meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "Later council",
            "starts_at": dt.datetime(2026, 12, 12, 10),
            "ends_at": dt.datetime(2026, 12, 12, 12),
        }
    )
    context.close_database()
    assert cli.main(["today"]) == 0
    out = capsys.readouterr().out
    assert "Today: 2026-11-30 (1405/09/09)" in out
    assert "In the next 14 days (2)" in out and "Waiting for the office" in out and "Late (0)" in out
    assert f"meetings {near}\t2026-12-03 (1405/09/12)" in out
    assert cli.main(["today", "--days", "5"]) == 0
    out = capsys.readouterr().out
    assert "In the next 5 days (1)" in out and "Later council" not in out
    assert cli.main(["--lang", "fa", "today", "--days", "5"]) == 0
    assert "۱۴۰۵/۰۹/۱۲" in capsys.readouterr().out
    assert cli.main(["today", "--days", "0"]) == 2
    assert "--days must be between 1 and 366" in capsys.readouterr().err


def test_search_prints_groups_or_says_nothing_was_found(db, capsys):
    person = directory.save_person({"kind": "foreign_guest", "first_name_en": "Ana", "last_name_en": "Núñez"})
    context.close_database()
    assert cli.main(["search", "nunez"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "People (1)" and lines[1].split("\t")[0].strip() == str(person)
    assert cli.main(["search", "no such name"]) == 1
    assert capsys.readouterr().err.strip() == "nothing found"

"""Migration 0011_cases: the released schema's conference requests come through unchanged, as conferences."""

import shutil
import sqlite3
from pathlib import Path

from app.services import context, funding

FIXTURE = Path(__file__).parent / "fixtures" / "schema-0005.sqlite3"


def _rows(path: Path, columns: list[str]) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT {', '.join(columns)} FROM funding_requests ORDER BY id").fetchall()


def test_released_conference_requests_migrate_unchanged_as_conferences(data_dir):
    path = data_dir / "old.sqlite3"
    shutil.copyfile(FIXTURE, path)
    with sqlite3.connect(path) as conn:
        old_columns = [row[1] for row in conn.execute("PRAGMA table_info(funding_requests)")]
        lines_before = conn.execute("SELECT * FROM funding_lines ORDER BY id").fetchall()
    before = _rows(path, old_columns)
    assert len(before) > 10
    context.open_database(path)
    try:
        page = funding.list_funding(funding.PageRequest(limit=100), funding.FundingFilter(kind="conference"))
        assert page.total == len(before)
        sabbaticals = funding.list_funding(funding.PageRequest(), funding.FundingFilter(kind="sabbatical"))
        assert sabbaticals.total == 0
        record = funding.get_request(before[0][0])
        assert record.values["kind"] == "conference"
        assert record.values["host_institution"] == "" and record.values["duration_months"] is None
    finally:
        context.close_database()
    assert _rows(path, old_columns) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT * FROM funding_lines ORDER BY id").fetchall() == lines_before
        kinds = conn.execute("SELECT DISTINCT kind, supervisor_approved, study_plan FROM funding_requests")
        assert kinds.fetchall() == [("conference", 0, "")]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        references = [row[2] for row in conn.execute("PRAGMA foreign_key_list(funding_requests)")]
        assert "institutions" in references

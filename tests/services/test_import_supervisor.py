"""A student's supervisor on imported funding requests (issue 16 §1): matched with the faculty member of that
name (any spelling), or added to the faculty with the import; refused in words when it is the applicant."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from app.services import context, directory, imports
from db.models import FundingRequest, Person

HEADERS = ["نام متقاضی", "نوع متقاضی", "استاد راهنما", "همایش", "کشور", "تاریخ شروع", "تاریخ پایان", "وضعیت"]


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.append(HEADERS)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_students_supervisor_is_matched_or_added_and_the_applicant_refused_as_own(db, tmp_path):
    known = directory.save_person(
        {"kind": "faculty", "first_name_fa": "مریم", "last_name_fa": "کریمی", "last_name_en": "Karimi"}
    )
    rows = [
        [
            "سارا احمدی",
            "دانشجوی دکتری",
            "دکتر مريم كريمي",
            "ERS Congress",
            "Spain",
            "1403/06/01",
            "1403/06/04",
            "تصویب شد",
        ],
        [
            "نیما صالحی",
            "دانشجوی ارشد",
            "دکتر رضا نوری",
            "ISN Congress",
            "Japan",
            "1403/07/01",
            "1403/07/03",
            "ارسال شده",
        ],
        [
            "علی مرادی",
            "دانشجوی دکتری",
            "علی مرادی",
            "EHA Congress",
            "Spain",
            "1403/03/23",
            "1403/03/26",
            "ارسال شده",
        ],
        [
            "رضا کاظمی",
            "دستیار",
            "دکتر مریم کریمی",
            "ESC Congress",
            "France",
            "1403/06/03",
            "1403/06/07",
            "ارسال شده",
        ],
    ]
    table = imports.open_sheet("funding", _sheet(tmp_path / "funding.xlsx", rows))
    mapping = imports.guess_mapping("funding", table)
    assert mapping["supervisor"] == 2
    result = imports.preview("funding", table, mapping)
    outcomes = [r.outcome for r in result.rows]
    assert outcomes == [imports.ADD, imports.ADD, imports.REFUSED, imports.ADD]
    assert result.rows[2].about == "supervisor"
    assert imports.describe(result.rows[2]).text() == "The supervisor cannot be the applicant."
    done = imports.apply_import(result, skip_refused=True)
    with context.database().reading() as session:
        requests = {r.conference: r for r in session.execute(select(FundingRequest)).scalars()}
        assert requests["ERS Congress"].supervisor_id == known  # the Arabic spelling, with a title, matched
        nouri = session.get(Person, requests["ISN Congress"].supervisor_id)
        assert (nouri.kind, nouri.first_name_fa, nouri.last_name_fa) == ("faculty", "رضا", "نوری")
        assert requests["ESC Congress"].supervisor_id is None  # a resident names no supervisor
    assert imports.undo_import(done.batch) >= 3  # the supervisor added with the import goes with it
    with context.database().reading() as session:
        assert session.get(Person, nouri.id).archived_at is not None
        assert session.get(Person, known).archived_at is None

"""Importing the office's own sheets (issue 16): what the database holds afterwards, duplicates before
anything is written, one transaction, and undo (the cells read and their refusals in words:
test_import_values.py)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import jdatetime
import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.services import context, directory, imports
from app.services.errors import StateError, ValidationError
from db.models import Institution, Person, Unit
from tests.services.import_sheets import funding_sheet, people_sheet, visits_sheet


def _people(session) -> list[Person]:  # type: ignore[no-untyped-def]
    return list(session.execute(select(Person).order_by(Person.id)).scalars())


def _by_row(preview: imports.Preview) -> dict[int, imports.RowOutcome]:
    return {r.row: r for r in preview.rows}


@pytest.fixture
def people_preview(db: Path, tmp_path: Path) -> imports.Preview:
    directory.save_person({"kind": "foreign_guest", "first_name_en": "Jurgen", "last_name_en": "Muller"})
    table = imports.open_sheet("people", people_sheet(tmp_path / "people.xlsx"))
    return imports.preview("people", table, imports.guess_mapping("people", table))


def test_the_header_row_is_found_past_the_merged_title_and_the_row_number_column_left_out(db, tmp_path):
    table = imports.open_sheet("people", people_sheet(tmp_path / "people.xlsx"))
    assert table.header_row == 3
    assert table.right_to_left
    assert table.sheets == ["Sheet1", "Notes"]
    assert "ردیف" not in table.headers and table.headers[0] == "نام و نام خانوادگی"
    assert [n for n, _ in table.rows] == [4, 5, 7, 8, 9, 10, 11, 12]  # the blank row 6 is not a row


def test_the_preview_says_every_rows_outcome_and_writes_nothing(people_preview, db):
    rows = _by_row(people_preview)
    assert people_preview.summary() == "3 to add, 2 duplicates, 3 refused"
    assert rows[4].outcome == rows[5].outcome == rows[12].outcome == imports.ADD
    assert rows[7].outcome == imports.DUPLICATE and rows[7].duplicate_row == 4
    assert rows[10].outcome == imports.DUPLICATE and rows[10].duplicate_name == "Jurgen Muller"
    assert "delegation (5 people)" in imports.describe(rows[8]).text()
    assert "formula" in imports.describe(rows[9]).text() and "CONCATENATE" in imports.describe(rows[9]).text()
    unknown = imports.describe(rows[11]).text()
    assert unknown == (
        "«فضانورد» is not one of the allowed values: Faculty member, Resident, PhD student, MSc student, "
        "Student, Staff member, Foreign guest."
    )  # the labels, not the stored codes (foreign_guest)
    assert imports.describe(rows[11]).params["allowed"].fa == (
        "عضو هیئت علمی، دستیار، دانشجوی دکتری، دانشجوی کارشناسی ارشد، دانشجو، کارمند، مهمان خارجی"
    )
    assert [n.text() for n in rows[4].notes] == ["The unit «گروه قلب» will be created."]
    assert [n.text() for n in rows[5].notes] == ["The unit «گروه قلب» will be created."]  # «قلب» is the same
    with context.database().reading() as session:
        assert len(_people(session)) == 1


def test_a_dry_run_leaves_the_database_byte_for_byte_unchanged(db, tmp_path):
    table = imports.open_sheet("people", people_sheet(tmp_path / "people.xlsx"))
    files = [db, Path(f"{db}-wal")]

    def digest() -> list[str]:
        return [hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else "" for f in files]

    before = digest()
    imports.preview("people", table, imports.guess_mapping("people", table))
    assert digest() == before


def test_the_import_holds_clean_values_units_matched_by_folded_name_and_the_batch(people_preview, db):
    result = imports.apply_import(people_preview, skip_refused=True)
    assert (result.added, result.kept, result.refused, result.created) == (3, 2, 3, 2)
    with context.database().reading() as session:
        people = _people(session)
        rezaei = next(p for p in people if p.last_name_en == "Rezaei")
        assert (rezaei.title_fa, rezaei.title, rezaei.first_name_fa, rezaei.last_name_fa) == (
            "دکتر",
            "Dr.",  # the Persian title has its English counterpart
            "علی",
            "رضایی",
        )  # ي made ی
        assert (rezaei.kind, rezaei.academic_rank, rezaei.country, rezaei.email) == (
            "faculty",
            "associate_professor",
            "IR",
            "ali@example.ir",
        )
        karimi = next(p for p in people if p.last_name_en == "Karimi")
        assert karimi.last_name_fa == "کریمی" and karimi.unit_id == rezaei.unit_id  # «قلب» is «گروه قلب»
        kazemi = next(p for p in people if p.last_name_en == "Kazemi")
        assert kazemi.country == "DE"  # «آلمان»
        assert session.get(Unit, kazemi.unit_id).kind == "hospital"
        assert session.get(Unit, rezaei.unit_id).name_fa == "گروه قلب"  # the double space made one
        assert len(people) == 4
    [batch] = imports.list_imports()
    assert (batch.register, batch.file, batch.sheet, batch.added, batch.actor) == (
        "people",
        "people.xlsx",
        "Sheet1",
        3,
        "tester",
    )


def test_duplicates_keep_update_or_add_anyway(people_preview, db):
    rows = _by_row(people_preview)
    imports.decide(rows[10], imports.UPDATE)
    imports.decide(rows[7], imports.ADD_ANYWAY)
    with pytest.raises(ValidationError):
        imports.decide(rows[7], imports.UPDATE)  # an earlier row is not a stored record
    imports.apply_import(people_preview, skip_refused=True)
    with context.database().reading() as session:
        people = _people(session)
        muller = session.get(Person, 1)
        assert (muller.first_name_en, muller.last_name_en, muller.title, muller.country) == (
            "Jürgen",
            "Müller",
            "Prof.",
            "DE",
        )
        assert sum(p.last_name_en == "Rezaei" for p in people) == 2
        assert len(people) == 5


def test_refused_rows_stop_the_whole_import_unless_skipped(people_preview, db):
    with pytest.raises(StateError) as refused:
        imports.apply_import(people_preview)
    assert "3 rows are refused" in refused.value.text()
    with context.database().reading() as session:
        assert len(_people(session)) == 1
        assert session.execute(select(func.count(Unit.id))).scalar_one() == 0


def test_a_failure_midway_leaves_nothing_half_imported(people_preview, db, monkeypatch):
    from app.services.imports import writing

    calls = []

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 4:
            raise OSError("disk gone")
        return original(*args, **kwargs)

    original = writing.audit.entry  # the fourth record's mark fails, after units and people were flushed
    monkeypatch.setattr(writing.audit, "entry", failing)
    with pytest.raises(OSError):
        imports.apply_import(people_preview, skip_refused=True)
    with context.database().reading() as session:
        assert len(_people(session)) == 1
        assert session.execute(select(func.count(Unit.id))).scalar_one() == 0
    assert imports.list_imports() == []


KILLED = """
import os, signal, sys
from pathlib import Path
from app.services import context, imports
context.open_database(Path(sys.argv[1])); context.set_actor("t")
table = imports.open_sheet("people", Path(sys.argv[2]))
preview = imports.preview("people", table, imports.guess_mapping("people", table))
def kill(done, total):
    if done >= 400:
        os.kill(os.getpid(), signal.SIGKILL)
imports.apply_import(preview, progress=kill)
"""


def test_an_import_killed_midway_leaves_nothing(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["نام", "نام خانوادگی", "گروه"])
    for n in range(1000):
        book.active.append([f"نام{n}", f"خانواده{n}", f"گروه {n % 7}"])
    book.save(tmp_path / "many.xlsx")
    context.close_database()
    done = subprocess.run(
        [sys.executable, "-c", KILLED, str(db), str(tmp_path / "many.xlsx")],
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    context.open_database(db)
    with context.database().reading() as session:
        assert session.execute(select(func.count(Person.id))).scalar_one() == 0
        assert session.execute(select(func.count(Unit.id))).scalar_one() == 0


def test_the_mapping_is_remembered_per_register(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Nom", "Famille", "Courriel"])
    book.active.append(["Jean", "Dupont", "jean@example.fr"])
    book.save(tmp_path / "fr.xlsx")
    table = imports.open_sheet("people", tmp_path / "fr.xlsx")
    assert imports.guess_mapping("people", table)["last_name_en"] is None
    mapping = imports.mapping_from_names(
        "people", table, {"first_name_en": "Nom", "last_name_en": "Famille", "email": "3"}
    )
    imports.apply_import(imports.preview("people", table, mapping))
    again = imports.guess_mapping("people", table)
    assert (again["first_name_en"], again["last_name_en"], again["email"]) == (0, 1, 2)
    assert imports.guess_mapping("units", table)["name_en"] is None
    with pytest.raises(ValidationError) as unknown:
        imports.mapping_from_names("people", table, {"shoe_size": "Nom"})
    assert "shoe_size is not a field" in unknown.value.text()


def test_undo_archives_the_batch_unless_a_record_was_used_since(people_preview, db):
    result = imports.apply_import(people_preview, skip_refused=True)
    with context.database().reading() as session:
        karimi = session.execute(select(Person).where(Person.last_name_en == "Karimi")).scalar_one()
    directory.save_person({**directory.get_person(karimi.id).values, "position": "Head"}, karimi.id)
    with pytest.raises(StateError) as used:
        imports.undo_import(result.batch)
    assert (
        "«\u2068Maryam Karimi\u2069 / \u2068مریم کریمی\u2069» (5)" in used.value.text()
    )  # by name, with the sheet's row
    directory.save_person({**directory.get_person(karimi.id).values, "position": ""}, karimi.id)


def test_undo_puts_everything_back(people_preview, db):
    imports.decide(_by_row(people_preview)[10], imports.UPDATE)
    result = imports.apply_import(people_preview, skip_refused=True)
    assert imports.undo_import(result.batch) == 5  # three people and two units
    with context.database().reading() as session:
        assert [p.id for p in _people(session) if p.archived_at is None] == [1]
        muller = session.get(Person, 1)
        assert (muller.first_name_en, muller.title, muller.country) == ("Jurgen", "", "")
    assert imports.list_imports()[0].undone
    with pytest.raises(StateError):
        imports.undo_import(result.batch)


def test_the_template_has_both_languages_and_maps_itself(db, tmp_path):
    for name, spec in imports.REGISTERS.items():
        path = tmp_path / f"{name}.xlsx"
        imports.save_template(name, path)
        headers = [c.value for c in load_workbook(path).active[1]]
        assert headers[0] == imports.template_rows(name)[0] and " / " in headers[0]
        table = imports.open_sheet(name, path)
        assert imports.guess_mapping(name, table) == {f.key: i for i, f in enumerate(spec.fields)}


def test_a_year_of_visits_with_their_outcome_not_run_through_the_workflow(db, tmp_path):
    from app.services import visits
    from db.models import Visit

    table = imports.open_sheet("visits", visits_sheet(tmp_path / "visits.xlsx"))
    preview = imports.preview("visits", table, imports.guess_mapping("visits", table))
    rows = _by_row(preview)
    assert imports.describe(rows[8]).text() == "An amount cannot be negative (-۵۰۰٬۰۰۰)."
    assert imports.describe(rows[9]).text() == "The end date comes before the start date."
    assert preview.summary() == "4 to add, 0 duplicates, 2 refused"
    result = imports.apply_import(preview, skip_refused=True)
    assert result.added == 4
    with context.database().reading() as session:
        found = {v.notes.splitlines()[-1]: v for v in session.execute(select(Visit)).scalars()}
        rossi = found["# V/12"]
        assert (rossi.status, rossi.arrival_date, rossi.country) == (
            "completed",
            jdatetime.date(1403, 2, 10).togregorian(),
            "IT",
        )
        assert [(c.currency, c.amount) for c in rossi.costs] == [("IRR", 12_500_000)]
        assert rossi.reference == f"V-1403-{1:03d}" and rossi.guests_en == "Prof. Anna Rossi"
        delegation = found["# V/13"]
        assert (delegation.kind, delegation.guests, delegation.country) == ("delegation", [], "TR")
        assert "هیئت دانشگاه آنکارا (۶ نفر) (6)" in delegation.notes
        assert session.get(Unit, delegation.host_unit_id).kind == "hospital"
        pair = found["# V/14"]
        assert (
            pair.guests_en == "Dr. John Smith (+1)" and len(pair.guests) == 2 and pair.status == "in_progress"
        )
        cancelled = found["# V/15"]
        assert (cancelled.status, cancelled.cancel_reason) == ("cancelled", "عدم صدور روادید")
        assert session.get(Institution, pair.institution_id).name_en == "University of Leeds"
    assert visits.get_visit(cancelled.id)["status"] == "cancelled"
    assert imports.undo_import(result.batch) == 4 + 4 + 4 + 2  # visits, guests, partners, units
    with context.database().reading() as session:
        assert all(v.archived_at is not None for v in session.execute(select(Visit)).scalars())


def test_past_funding_requests_land_with_their_outcome_and_one_imported_history_entry(db, tmp_path):
    from app.services import funding
    from db.models import FundingRequest, FundingTransition

    table = imports.open_sheet("funding", funding_sheet(tmp_path / "funding.xlsx"))
    preview = imports.preview("funding", table, imports.guess_mapping("funding", table))
    rows = _by_row(preview)
    assert imports.describe(rows[7]).text() == "An amount cannot be negative (-90,000,000)."
    assert imports.describe(rows[8]).text() == "The end date comes before the start date."
    assert (
        imports.describe(rows[9])
        .text()
        .startswith(
            "«در صف انتظار» is not one of the allowed values: Submitted, Approved, Partly approved, Rejected"
        )
    )
    result = imports.apply_import(preview, skip_refused=True)
    assert (result.added, result.refused) == (3, 3)
    with context.database().reading() as session:
        found = {r.conference: r for r in session.execute(select(FundingRequest)).scalars()}
        esc = found["ESC Congress"]
        assert (esc.status, esc.requested_irr, esc.approved_irr, esc.paid_irr) == (
            "paid",
            250_000_000,
            200_000_000,
            200_000_000,
        )
        assert esc.paid_on == jdatetime.date(1402, 7, 15).togregorian() and esc.fiscal_year == 1402
        assert (esc.applicant_kind, esc.academic_rank, esc.country) == (
            "faculty",
            "associate_professor",
            "FR",
        )
        assert (found["ATS Conference"].status, found["ATS Conference"].decision_reason) == (
            "rejected",
            "سقف سالانه",
        )
        assert found["EHA Congress"].approved_irr == 100_000_000
        history = (
            session.execute(select(FundingTransition).where(FundingTransition.request_id == esc.id))
            .scalars()
            .all()
        )
        assert [(h.from_status, h.to_status, h.note) for h in history] == [("", "paid", "imported")]
        rezaei = session.get(Person, esc.applicant_id)
        assert (rezaei.last_name_fa, rezaei.title_fa, rezaei.title) == ("رضایی", "دکتر", "Dr.")
        assert found["EHA Congress"].unit_id != esc.unit_id == found["ATS Conference"].unit_id
    assert funding.get_request(esc.id).values["status"] == "paid"
    again = imports.preview("funding", table, imports.guess_mapping("funding", table))
    assert _by_row(again)[4].outcome == imports.DUPLICATE  # the same request, the same applicant: not twice


def test_cancel_stops_the_preview_and_the_import_with_nothing_written(people_preview, db, tmp_path):
    table = imports.open_sheet("people", people_sheet(tmp_path / "again.xlsx"))
    with pytest.raises(imports.Cancelled):
        imports.preview(
            "people", table, imports.guess_mapping("people", table), progress=lambda done, total: False
        )
    with pytest.raises(imports.Cancelled) as cancelled:
        imports.apply_import(people_preview, skip_refused=True, progress=lambda done, total: False)
    assert cancelled.value.text() == "The import was cancelled; nothing was written."
    with context.database().reading() as session:
        assert len(_people(session)) == 1
    assert imports.list_imports() == []

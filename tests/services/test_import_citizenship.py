"""The people import reads a second citizenship (تابعیت دوم); a row updating a person keeps the fields the
sheet has no column for: which citizenship is the one at birth, the employer, the study mode (issue 17)."""

from __future__ import annotations

from app.services import context, directory, imports
from db.models import Person
from tests.services.import_sheets import _sheet


def test_a_second_citizenship_is_read_and_an_update_keeps_the_rest(db, tmp_path):
    kept = directory.save_person(
        {
            "kind": "faculty",
            "first_name_en": "Ahmad",
            "last_name_en": "Sadeghi",
            "nationality": "IQ",
            "nationality2": "IR",
            "nationality2_at_birth": True,
            "employed_elsewhere": True,
        }
    )
    path = _sheet(
        tmp_path / "people.xlsx",
        "people",
        ["Full name", "نوع", "تابعیت", "تابعیت دوم"],
        [["Ahmad Sadeghi", "faculty", "عراق", ""], ["Lena Vogel", "student", "Iran", "Germany"]],
    )
    table = imports.open_sheet("people", path)
    mapping = imports.guess_mapping("people", table)
    assert (mapping["nationality"], mapping["nationality2"]) == (2, 3)
    preview = imports.preview("people", table, mapping)
    rows = {r.row: r for r in preview.rows}
    duplicate = next(r for r in rows.values() if r.duplicate_of == kept)
    imports.decide(duplicate, imports.UPDATE)
    imports.apply_import(preview, skip_refused=True)
    with context.database().reading() as session:
        sadeghi = session.get(Person, kept)
        assert (sadeghi.nationality, sadeghi.nationality2, sadeghi.nationality2_at_birth) == (
            "IQ",
            "IR",
            True,
        )
        assert sadeghi.employed_elsewhere
        vogel = session.query(Person).filter_by(last_name_en="Vogel").one()
        assert (vogel.nationality, vogel.nationality2, vogel.nationality2_at_birth) == ("IR", "DE", False)
        assert vogel.study_mode == "on_campus"

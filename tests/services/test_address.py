"""People's titles in both languages and their form of address: how letters, ordinances and visit papers
address them (issue 22)."""

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from app.services import directory, letters, ordinances
from app.services.errors import FieldErrors, ValidationError

MARYAM = {
    "kind": "faculty",
    "address_form": "ms",
    "title_fa": "دکتر",
    "title": "Dr.",
    "first_name_fa": "مریم",
    "last_name_fa": "احمدی",
    "first_name_en": "Maryam",
    "last_name_en": "Ahmadi",
    "position": "",
}


def _person(**changes):
    return directory.save_person({**MARYAM, **changes})


def test_titles_and_form_are_kept_and_shown_back(db):
    person = _person()
    values = directory.get_person(person).values
    assert (values["address_form"], values["title_fa"], values["title"]) == ("ms", "دکتر", "Dr.")
    assert directory.list_people().rows[0].name_en == "Dr. Maryam Ahmadi"
    # the Persian title is searched for too
    assert [r.id for r in directory.list_people(directory.PageRequest(search="دکتر")).rows] == [person]


@pytest.mark.parametrize(
    "changes, fa, en",
    [
        ({}, "سرکار خانم دکتر مریم احمدی", "Dr. Maryam Ahmadi"),
        ({"title_fa": "", "title": ""}, "سرکار خانم مریم احمدی", "Ms Maryam Ahmadi"),
        (
            {"address_form": "mr", "title_fa": "پروفسور", "title": "Prof."},
            "جناب آقای پروفسور مریم احمدی",
            "Prof. Maryam Ahmadi",
        ),
        ({"address_form": "", "title": ""}, "دکتر مریم احمدی", "Maryam Ahmadi"),
        # a guest with a Latin name only: the Persian words, then the name as written
        (
            {"first_name_fa": "", "last_name_fa": "", "title_fa": "پروفسور"},
            "سرکار خانم پروفسور Maryam Ahmadi",
            "Dr. Maryam Ahmadi",
        ),
    ],
)
def test_a_letters_recipient_block_addresses_the_person(db, changes, fa, en):
    person = _person(**changes)
    assert letters.recipient_text(person, "fa").splitlines()[0] == fa
    assert letters.recipient_text(person, "en").splitlines()[0] == en


def test_an_english_letter_greets_by_title_or_form(db, pdf_text):
    doctor, plain = _person(), _person(title="", title_fa="", last_name_en="Karimi", last_name_fa="کریمی")
    english = {"lang": "en", "subject": "Invitation", "body": "We would be honoured.", "salutation": ""}
    for person, greeting in ((doctor, "Dear Dr. Ahmadi,"), (plain, "Dear Ms Karimi,")):
        letter = letters.save_draft(
            {**english, "recipient_person_id": person, "recipient": letters.recipient_text(person, "en")}
        )
        letters.issue_letter(letter, dt.date(2026, 11, 24))
        assert greeting in pdf_text(letters.letter_pdf(letter))


def test_an_ordinance_addresses_the_recipient_with_form_and_title(db):
    titles = ordinances.recipient_for(_person())
    assert (titles["recipient_title_fa"], titles["recipient_title_en"]) == ("سرکار خانم دکتر", "Dr.")
    titles = ordinances.recipient_for(_person(title="", title_fa="", address_form="mr", kind="staff"))
    assert (titles["recipient_title_fa"], titles["recipient_title_en"]) == ("جناب آقای", "Mr")
    # titles never entered: as before, a faculty member is a doctor, with the form of address in Persian
    titles = ordinances.recipient_for(_person(title="", title_fa=""))
    assert (titles["recipient_title_fa"], titles["recipient_title_en"]) == ("سرکار خانم دکتر", "Dr.")


def test_bad_titles_are_refused_by_field_together(db):
    with pytest.raises(FieldErrors) as refused:
        _person(title="دکتر", title_fa="Dr.", address_form="mrs")
    assert {e.field for e in refused.value.errors} == {"title", "title_fa", "address_form"}
    for field, value in (("title", "Mrs."), ("title_fa", "سرکار خانم دکتر")):
        with pytest.raises(ValidationError) as one:
            _person(**{field: value})
        assert one.value.field == field and "Form of address" in one.value.message


def _migration():
    path = Path(__file__).parents[2] / "db/migrations/versions/0013_address.py"
    spec = importlib.util.spec_from_file_location("m0013", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "old, carried",
    [
        ("Dr.", ("Dr.", "دکتر", "")),
        ("Prof.", ("Prof.", "پروفسور", "")),
        ("Prof. Dr.", ("Prof. Dr.", "پروفسور دکتر", "")),
        ("Mrs", ("", "", "ms")),
        ("Mr. Dr.", ("Dr.", "دکتر", "mr")),
        ("دکتر", ("Dr.", "دکتر", "")),
        ("سرکار خانم پروفسور", ("Prof.", "پروفسور", "ms")),
        ("Eng.", ("Eng.", "", "")),
    ],
)
def test_the_migration_carries_the_old_title(old, carried):
    assert _migration().carried(old) == carried
    # a title read from a sheet's cell is sorted by the same rule
    assert tuple(directory.sorted_title(old)[k] for k in ("title", "title_fa", "address_form")) == carried

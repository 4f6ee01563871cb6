"""Directory services: validation, audit, archive instead of delete, search in either script."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.services import context, directory
from app.services.directory import PageRequest
from app.services.errors import NotFoundError, ValidationError
from db.models import AuditEntry, Person

ANNA = {
    "kind": "foreign_guest",
    "title": "Prof.",
    "first_name_en": "Anna",
    "last_name_en": "Schmidt",
    "email": "anna.schmidt@charite.de",
    "country": "DE",
    "nationality": "DE",
    "passport_number": "c01x 23456",
}
ALI = {
    "kind": "faculty",
    "first_name_fa": "علي",
    "last_name_fa": "كريمي",
    "first_name_en": "Ali",
    "last_name_en": "Karimi",
    "academic_rank": "associate_professor",
    "country": "IR",
    "phone": "+98 21 8899 1234",
}


def table_counts():
    with context.database().reading() as session:
        return (
            session.execute(select(func.count(Person.id))).scalar(),
            session.execute(select(func.count(AuditEntry.id))).scalar(),
        )


def test_create_find_in_either_script_and_audit(db):
    anna = directory.save_person(ANNA)
    ali = directory.save_person(ALI)
    assert [r.id for r in directory.list_people(PageRequest(search="schmidt")).rows] == [anna]
    # typed with Persian yeh and keheh, stored with Arabic ones: the same letters to a user
    assert [r.id for r in directory.list_people(PageRequest(search="علی کریمی")).rows] == [ali]
    assert [r.id for r in directory.list_people(PageRequest(search="karimi 8899")).rows] == [ali]
    page = directory.list_people(PageRequest(search="", sort="name_en"))
    assert page.total == 2
    row = next(r for r in page.rows if r.id == anna)
    assert row.passport_masked.endswith("456") and "C01X" not in row.passport_masked
    with context.database().reading() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.record_id == anna)).scalar_one()
    assert entry.actor == "tester" and entry.action == "create"
    assert json.loads(entry.changes)["last_name_en"] == [None, "Schmidt"]


def test_update_records_only_what_changed(db):
    anna = directory.save_person(ANNA)
    directory.save_person({**ANNA, "email": "anna@uni-berlin.de"}, anna)
    directory.save_person({**ANNA, "email": "anna@uni-berlin.de"}, anna)  # no change, no entry
    with context.database().reading() as session:
        entries = session.execute(select(AuditEntry).where(AuditEntry.action == "update")).scalars().all()
    assert len(entries) == 1
    assert json.loads(entries[0].changes) == {
        "email": ["anna.schmidt@charite.de", "anna@uni-berlin.de"],
        "search_key": json.loads(entries[0].changes)["search_key"],
    }


def test_archive_and_restore_instead_of_delete(db):
    anna = directory.save_person(ANNA)
    directory.archive_person(anna)
    assert directory.list_people().total == 0
    assert [r.id for r in directory.list_people(PageRequest(archived=True)).rows] == [anna]
    directory.restore_person(anna)
    assert directory.list_people().total == 1
    with pytest.raises(NotFoundError):
        directory.archive_person(9999)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"last_name_en": "", "last_name_fa": ""}, "last_name_fa"),
        ({"email": "not an email"}, "email"),
        ({"phone": "call me maybe"}, "phone"),
        ({"kind": "alien"}, "kind"),
        ({"country": "XX"}, "country"),
        ({"first_name_en": "x" * 500}, "first_name_en"),
        ({"unit_id": 12345}, "unit_id"),
        ({"academic_rank": "emperor"}, "academic_rank"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(db, change, field):
    before = table_counts()
    with pytest.raises(ValidationError) as caught:
        directory.save_person({**ANNA, **change})
    assert caught.value.field == field
    assert caught.value.text()
    assert table_counts() == before


def test_units_and_partners_are_unique_by_name(db):
    directory.save_unit({"kind": "department", "name_fa": "گروه داخلی", "name_en": "Internal Medicine"})
    with pytest.raises(ValidationError) as caught:
        directory.save_unit({"kind": "department", "name_fa": "گروه  داخلي"})  # same name, other letters
    assert caught.value.field == "name_fa"
    inst = directory.save_institution(
        {"name_en": "Karolinska Institutet", "country": "SE", "website": "ki.se"}
    )
    with pytest.raises(ValidationError):
        directory.save_institution({"name_en": "karolinska institutet", "country": "SE"})
    agreement = directory.save_agreement(
        {"institution_id": inst, "title": "MoU", "status": "active", "signed_on": None, "valid_until": None}
    )
    assert directory.list_agreements().rows[0].id == agreement
    assert directory.list_institutions().rows[0].agreements == 1


def test_agreement_dates_must_be_in_order(db):
    import datetime as dt

    inst = directory.save_institution({"name_en": "Kyoto University", "country": "JP"})
    with pytest.raises(ValidationError) as caught:
        directory.save_agreement(
            {
                "institution_id": inst,
                "title": "MoU",
                "status": "active",
                "signed_on": dt.date(2026, 1, 1),
                "valid_until": dt.date(2025, 1, 1),
            }
        )
    assert caught.value.field == "valid_until"


BAD_TEXT = st.one_of(
    st.text(min_size=0, max_size=50),
    st.text(alphabet=st.sampled_from("<>&\"'\x00\x01\x1b\u202e\u200c/\\=+-@ يكیک"), max_size=30),
    st.just("x" * 5000),
    st.integers(),
    st.none(),
    st.lists(st.integers(), max_size=3),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(sorted(set(ANNA) | {"unit_id", "academic_rank", "notes"})), BAD_TEXT))
def test_anything_thrown_at_save_person_is_saved_or_refused_cleanly(db, changes):
    before = table_counts()
    try:
        directory.save_person({**ANNA, **changes})
    except ValidationError as error:
        assert error.field and error.text()
        assert table_counts() == before
    else:
        assert table_counts()[0] == before[0] + 1

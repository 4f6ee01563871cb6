"""Two secretaries edit one record: the second save is refused, naming who changed it and when; nothing is
overwritten. Runs on SQLite and (make test-pg) on the server, where the two work on two connections."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import context, directory, versions

ANNA = {
    "kind": "foreign_guest",
    "title": "Prof.",
    "first_name_en": "Anna",
    "last_name_en": "Schmidt",
    "email": "anna@example.org",
}


def _as(name: str) -> None:
    context.set_actor(name)


def test_a_save_over_another_secretarys_change_is_refused_and_says_who_and_when(db, frozen_clock):
    frozen_clock(dt.datetime(2027, 3, 20, 23, 30))  # Nowruz eve, late
    anna = directory.save_person(ANNA)
    opened_by_sara = versions.current("people", anna)
    opened_by_maryam = versions.current("people", anna)
    assert opened_by_sara == opened_by_maryam == 1

    _as("Maryam")
    with versions.expecting("people", anna, opened_by_maryam):
        directory.save_person({**ANNA, "email": "a.schmidt@uni.example"}, anna)
    assert versions.current("people", anna) == 2

    _as("Sara")
    with (
        pytest.raises(versions.EditConflictError) as caught,
        versions.expecting("people", anna, opened_by_sara),
    ):
        directory.save_person({**ANNA, "phone": "+49 30 1234"}, anna)
    other = caught.value.other
    assert other.actor == "Maryam" and other.version == 2
    assert other.changes["email"] == ["anna@example.org", "a.schmidt@uni.example"]
    assert "Maryam" in caught.value.text()
    saved = directory.get_person(anna).values
    assert saved["email"] == "a.schmidt@uni.example" and not saved["phone"]  # Maryam's change stands

    # Sara compared both and keeps hers (on top of Maryam's version): saved, nothing silent
    with versions.expecting("people", anna, other.version):
        directory.save_person({**ANNA, "email": "a.schmidt@uni.example", "phone": "+49 30 1234"}, anna)
    assert directory.get_person(anna).values["phone"] == "+49 30 1234"
    assert versions.current("people", anna) == 3


def test_a_second_session_on_the_same_database_sees_the_change(db):
    """Two connections (two PCs): the change one commits is what the other's version check reads."""
    from db.engine import Database

    anna = directory.save_person(ANNA)
    database = context.database()
    other = Database(database.path) if database.path is not None else Database(url=database.url)
    try:
        with other.writing() as session:
            from db.models import Person

            session.get(Person, anna).email = "other.pc@example.org"
    finally:
        other.dispose()
    assert versions.current("people", anna) == 2
    with pytest.raises(versions.EditConflictError), versions.expecting("people", anna, 1):
        directory.save_person({**ANNA, "email": "mine@example.org"}, anna)
    assert directory.get_person(anna).values["email"] == "other.pc@example.org"


def test_a_save_that_writes_its_record_more_than_once_is_checked_once(db):
    """A visit's save writes the visit, its guests and its search key in several flushes: the save at the
    version seen goes through, the save at an older one is refused and changes nothing."""
    from app.services import visits

    guest = directory.save_person(ANNA)
    plan = {
        "kind": "other",
        "purpose_en": "Lecture series",
        "costs_by": "guest",
        "arrival_date": dt.date(2027, 4, 10),
        "departure_date": dt.date(2027, 4, 14),
        "guests": [{"person_id": guest}],
    }
    visit = visits.save_visit(plan)
    seen = versions.current("visits", visit)
    with versions.expecting("visits", visit, seen):
        visits.save_visit({**plan, "purpose_en": "Lectures", "accommodation": "Guest house"}, visit)
    assert visits.get_visit(visit)["accommodation"] == "Guest house"
    with pytest.raises(versions.EditConflictError), versions.expecting("visits", visit, seen):
        visits.save_visit({**plan, "purpose_en": "Stale"}, visit)
    assert visits.get_visit(visit)["purpose_en"] == "Lectures"

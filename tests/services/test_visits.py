"""Visits: saving whole or not at all, guests of the directory, the status flow, the register's list."""

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.services import context, directory, visits
from app.services.errors import StateError, ValidationError
from db.models import AuditEntry, Visit, VisitCost, VisitGuest

ARRIVAL = dt.date(2026, 12, 7)


def guest(first="Anna", last="Schmidt", country="DE", passport="C01X00T47") -> int:
    return directory.save_person(
        {
            "kind": "foreign_guest",
            "title": "Prof.",
            "first_name_en": first,
            "last_name_en": last,
            "country": country,
            "nationality": country,
            "passport_number": passport,
            "needs": "Vegetarian",
        }
    )


def visit_data(*guests: int, **changes) -> dict:
    data = {
        "kind": "delegation",
        "purpose_en": "Joint research planning",
        "purpose_fa": "برنامه‌ریزی پژوهش مشترک",
        "arrival_date": ARRIVAL,
        "arrival_time": dt.time(6, 30),
        "arrival_flight": "lh600",
        "arrival_airport": "IKA",
        "departure_date": ARRIVAL + dt.timedelta(days=2),
        "departure_time": dt.time(22, 0),
        "costs_by": "faculty",
        "accommodation": "Faculty guest house",
        "guests": [{"person_id": g, "is_head": i == 0} for i, g in enumerate(guests)],
        "costs": [{"kind": "hotel", "currency": "EUR", "amount": 45000, "note": "3 nights"}],
    }
    data.update(changes)
    return data


def counts() -> tuple[int, ...]:
    with context.database().reading() as session:
        return tuple(
            session.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (Visit, VisitGuest, VisitCost, AuditEntry)
        )


def test_a_visit_is_saved_whole_with_a_reference_and_audit(db):
    a, b = guest(), guest("Thomas", "Müller", passport="C7788")
    visit_id = visits.save_visit(visit_data(a, b))
    values = visits.get_visit(visit_id)
    assert values["reference"] == "V-1405-001" and values["status"] == "proposed"
    assert values["arrival_flight"] == "LH600"
    assert [g["person_id"] for g in values["guests"]] == [a, b] and values["guests"][0]["is_head"]
    assert (
        values["guests"][0]["passport_masked"] == "••••••T47" and values["guests"][0]["needs"] == "Vegetarian"
    )
    assert values["costs"] == [{"kind": "hotel", "currency": "EUR", "amount": 45000, "note": "3 nights"}]
    assert visits.save_visit(visit_data(a)) and visits.get_visit(visit_id + 1)["reference"] == "V-1405-002"
    row = visits.list_visits(visits.PageRequest(sort="id")).rows[0]
    assert row.guests_en == "Prof. Anna Schmidt (+1)" and row.country == "DE"
    visits.save_visit(visit_data(b, a, purpose_en="Changed"), visit_id)
    with context.database().reading() as session:
        entry = (
            session.execute(
                select(AuditEntry).where(AuditEntry.table_name == "visits").order_by(AuditEntry.id.desc())
            )
            .scalars()
            .first()
        )
        changes = json.loads(entry.changes)
    assert entry.action == "update" and changes["purpose_en"] == ["Joint research planning", "Changed"]
    assert "guests" in changes
    # Filter by guest name, passport, flight or country (either script), and by status.
    assert visits.list_visits(visits.PageRequest(search="müller")).total == 1
    assert visits.list_visits(visits.PageRequest(search="آلمان")).total == 2
    assert visits.list_visits(visits.PageRequest(), status="approved").total == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"purpose_en": "", "purpose_fa": ""}, "purpose_en"),
        ({"departure_date": ARRIVAL - dt.timedelta(days=1)}, "departure_date"),
        ({"departure_date": ARRIVAL, "departure_time": dt.time(6, 0)}, "departure_time"),
        ({"arrival_date": "2026-12-07"}, "arrival_date"),
        ({"arrival_date": dt.date(1800, 1, 1)}, "arrival_date"),
        ({"arrival_time": "06:30"}, "arrival_time"),
        ({"kind": "holiday"}, "kind"),
        ({"costs_by": ""}, "costs_by"),
        ({"costs": [{"kind": "hotel", "currency": "XXX", "amount": 1}]}, "costs"),
        ({"costs": [{"kind": "hotel", "currency": "EUR", "amount": -5}]}, "costs"),
        ({"costs": [{"kind": "hotel", "currency": "EUR", "amount": 1.5}]}, "costs"),
        ({"host_person_id": 999}, "host_person_id"),
        ({"institution_id": 999}, "institution_id"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(db, changes, field):
    a = guest()
    before = counts()
    with pytest.raises(ValidationError) as caught:
        visits.save_visit(visit_data(a, **changes))
    assert caught.value.field == field
    assert counts() == before


def test_guests_are_foreign_guests_of_the_directory_listed_once_with_one_head(db):
    a = guest()
    staff = directory.save_person({"kind": "staff", "last_name_fa": "رضایی"})
    before = counts()
    for bad in (
        [{"person_id": a}, {"person_id": a}],
        [{"person_id": a, "is_head": True}, {"person_id": guest("Wei", "Zhang", "CN"), "is_head": True}],
        [{"person_id": staff}],
        [{"person_id": 12345}],
        "Anna",
    ):
        with pytest.raises(ValidationError) as caught:
            visits.save_visit(visit_data(guests=bad))
        assert caught.value.field == "guests"
    assert counts()[0] == before[0]
    no_head = visits.save_visit(visit_data(guests=[{"person_id": a}]))
    assert visits.get_visit(no_head)["guests"][0]["is_head"]


def test_status_moves_one_step_at_a_time_and_is_audited(db):
    visit_id = visits.save_visit(visit_data(guest()))
    assert visits.next_statuses("proposed") == ["approved", "cancelled"]
    with pytest.raises(StateError):
        visits.set_status(visit_id, "confirmed")
    for status in visits.STATUS_FLOW[1:6]:
        visits.set_status(visit_id, status)
    assert visits.get_visit(visit_id)["status"] == "completed"
    with pytest.raises(StateError):
        visits.set_status(visit_id, "cancelled", "too late")
    with pytest.raises(StateError):  # the report must be written first
        visits.set_status(visit_id, "report_filed")
    visits.save_visit(
        visit_data(guest("Wei", "Zhang", "CN"), report_summary="Two lectures, one MoU draft."), visit_id
    )
    visits.set_status(visit_id, "report_filed")
    assert visits.next_statuses("report_filed") == []
    with pytest.raises(StateError):  # a filed visit is kept as it was
        visits.save_visit(visit_data(guest("Li", "Wei", "CN")), visit_id)
    with context.database().reading() as session:
        moves = (
            session.execute(select(AuditEntry.changes).where(AuditEntry.action == "status")).scalars().all()
        )
    assert [json.loads(m)["status"] for m in moves][-1] == ["completed", "report_filed"]
    assert len(moves) == 6


def test_cancel_needs_a_reason_and_a_visit_needs_guests_and_dates_to_move_on(db):
    empty = visits.save_visit(visit_data(guests=[], arrival_date=None, departure_date=None))
    with pytest.raises(StateError):
        visits.set_status(empty, "approved")
    with pytest.raises(ValidationError) as caught:
        visits.set_status(empty, "cancelled", "  ")
    assert caught.value.field == "cancel_reason"
    visits.set_status(empty, "cancelled", "The guest fell ill.")
    values = visits.get_visit(empty)
    assert values["status"] == "cancelled" and values["cancel_reason"] == "The guest fell ill."
    with pytest.raises(StateError):
        visits.set_status(empty, "approved")


def test_archive_and_restore(db):
    visit_id = visits.save_visit(visit_data(guest()))
    visits.archive_visit(visit_id)
    assert (
        visits.list_visits().total == 0 and visits.list_visits(visits.PageRequest(archived=True)).total == 1
    )
    with pytest.raises(StateError):
        visits.save_visit(visit_data(guest("Wei", "Zhang", "CN")), visit_id)
    visits.restore_visit(visit_id)
    assert visits.list_visits().rows[0].id == visit_id


values = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=False),
    st.dates(),
    st.times(),
    st.lists(st.integers(), max_size=3),
)
FIELDS = (
    "kind",
    "purpose_en",
    "purpose_fa",
    "arrival_date",
    "arrival_time",
    "departure_date",
    "departure_time",
    "host_person_id",
    "institution_id",
    "costs_by",
    "guests",
    "costs",
    "arrival_flight",
    "notes",
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(FIELDS), values, max_size=5))
def test_any_input_is_saved_or_refused_in_words_with_nothing_changed(db, changes):
    data = visit_data(**changes)
    before = counts()
    try:
        visit_id = visits.save_visit(data)
    except ValidationError as error:
        assert error.field in FIELDS and error.text()
        assert counts() == before
    else:
        assert visits.get_visit(visit_id)["reference"].startswith("V-")

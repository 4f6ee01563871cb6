"""The itinerary: items validated, clashes found (in the visit, across visits, with meetings), the tools."""

import datetime as dt
import sys
import types

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.services import bookings, context, directory, links, visits
from app.services.errors import ValidationError
from db.models import AuditEntry, VisitItem
from tests.services.test_visits import ARRIVAL, guest, visit_data

T = dt.time
NINE, TEN = T(9), T(10)


def item(day=ARRIVAL, start=NINE, end=TEN, **changes) -> dict:
    data = {
        "day": day,
        "start_time": start,
        "end_time": end,
        "title_en": "Welcome meeting",
        "title_fa": "جلسه خوشامدگویی",
        "location": "IVC meeting room",
    }
    data.update(changes)
    return data


@pytest.fixture
def visit(db):
    return visits.save_visit(visit_data(guest()))


@pytest.fixture
def host(db):
    return directory.save_person(
        {
            "kind": "faculty",
            "title": "Dr.",
            "first_name_en": "Maryam",
            "last_name_en": "Hosseini",
            "first_name_fa": "مریم",
            "last_name_fa": "حسینی",
        }
    )


def kinds(problems, item_id):
    return sorted(p.kind for p in problems.get(item_id, []))


def item_count() -> int:
    with context.database().reading() as session:
        return session.execute(select(func.count(VisitItem.id))).scalar_one()


def test_items_are_listed_in_time_order_with_names(visit, host):
    later = visits.save_item(visit, item(start=T(14), end=T(15), title_en="Lecture", host_person_id=host))
    first = visits.save_item(visit, item(participant_ids=[host, host]))
    rows = visits.list_items(visit)
    assert [r.id for r in rows] == [first, later]
    assert rows[1].host_en == "Dr. Maryam Hosseini" and rows[1].host_fa == "مریم حسینی"
    assert rows[0].participant_ids == (host,)
    assert visits.check_itinerary(visit) == {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end_time": T(8)}, "end_time"),
        ({"end_time": T(9)}, "end_time"),
        ({"day": None}, "day"),
        ({"day": "2026-12-07"}, "day"),
        ({"start_time": "9:00"}, "start_time"),
        ({"title_en": "", "title_fa": " "}, "title_en"),
        ({"host_person_id": 4242}, "host_person_id"),
        ({"participant_ids": [4242]}, "participant_ids"),
        ({"participant_ids": "everyone"}, "participant_ids"),
    ],
)
def test_bad_items_are_refused_by_field_and_nothing_is_saved(visit, changes, field):
    with pytest.raises(ValidationError) as caught:
        visits.save_item(visit, item(**changes))
    assert caught.value.field == field
    assert item_count() == 0


def test_overlaps_dates_and_flights_are_found(visit):
    a = visits.save_item(visit, item(start=T(9), end=T(10, 30)))
    b = visits.save_item(visit, item(start=T(10), end=T(11), title_en="Campus tour", location="Main gate"))
    early = visits.save_item(
        visit, item(day=ARRIVAL, start=T(5), end=T(6), title_en="Breakfast", location="")
    )
    late = visits.save_item(
        visit, item(day=ARRIVAL + dt.timedelta(days=2), start=T(21), end=T(23), location="x")
    )
    before = visits.save_item(visit, item(day=ARRIVAL - dt.timedelta(days=1), location="y"))
    after = visits.save_item(visit, item(day=ARRIVAL + dt.timedelta(days=5), location="z"))
    problems = visits.check_itinerary(visit)
    assert kinds(problems, a) == ["overlap", "room"] or kinds(problems, a) == ["overlap"]
    assert kinds(problems, b) == ["overlap"]
    assert "Campus tour" in problems[a][0].text() and "10:00–11:00" in problems[a][0].text()
    assert kinds(problems, early) == ["before_arrival"] and "06:30" in problems[early][0].text()
    assert kinds(problems, late) == ["after_departure"]
    assert kinds(problems, before) == ["outside"] and kinds(problems, after) == ["outside"]
    # Fixed: the tour moves after the meeting, breakfast after the landing.
    visits.save_item(
        visit, item(start=T(10, 30), end=T(11, 30), title_en="Campus tour", location="Main gate"), b
    )
    visits.save_item(visit, item(start=T(8), end=T(8, 45), title_en="Breakfast", location=""), early)
    problems = visits.check_itinerary(visit)
    assert a not in problems and b not in problems and early not in problems


def test_a_host_or_a_room_booked_by_another_visit_is_a_clash(db, host):
    first = visits.save_visit(visit_data(guest()))
    second = visits.save_visit(visit_data(guest("Kenji", "Tanaka", "JP")))
    mine = visits.save_item(first, item(host_person_id=host, location="Room 12"))
    theirs = visits.save_item(
        second,
        item(start=T(9, 30), end=T(11), title_en="Lab visit", participant_ids=[host], location="room  12"),
    )
    problems = visits.check_itinerary(first)
    assert kinds(problems, mine) == ["person", "room"]
    text = " ".join(p.text() for p in problems[mine])
    assert "Dr. Maryam Hosseini" in text and "V-1405-002: Lab visit" in text
    assert kinds(visits.check_itinerary(second), theirs) == ["person", "room"]
    # A cancelled visit books nobody.
    visits.set_status(second, "cancelled", "Postponed to spring")
    assert visits.check_itinerary(first) == {}


def test_a_clash_with_a_meeting_is_found_through_the_shared_providers(visit, host, monkeypatch):
    module = types.ModuleType("fake_meetings")

    def bookings_between(_session, start, end):
        meeting = bookings.Booking(
            "meetings",
            7,
            "Scholarship council 1405/3",
            dt.datetime(2026, 12, 7, 9, 30),
            dt.datetime(2026, 12, 7, 11),
            frozenset({host}),
            bookings.room_key("Council hall"),
        )
        return [meeting] if meeting.start < end and start < meeting.end else []

    module.bookings_between = bookings_between
    monkeypatch.setitem(sys.modules, "fake_meetings", module)
    monkeypatch.setattr(links, "PROVIDERS", [*links.PROVIDERS, "fake_meetings:bookings_between"])
    by_host = visits.save_item(visit, item(host_person_id=host, location="IVC office"))
    by_room = visits.save_item(
        visit, item(day=ARRIVAL, start=T(10, 30), end=T(12), location="COUNCIL HALL", title_en="Talk")
    )
    free = visits.save_item(
        visit, item(start=T(12), end=T(13), host_person_id=host, location="Council hall", title_en="Lunch")
    )
    problems = visits.check_itinerary(visit)
    assert kinds(problems, by_host) == ["person"]
    assert "Scholarship council 1405/3" in problems[by_host][0].text()
    assert kinds(problems, by_room) == ["room"]
    assert free not in problems


def test_duplicate_a_day_move_items_and_add_common_items(visit, host):
    day2 = ARRIVAL + dt.timedelta(days=1)
    ids = visits.add_common_items(visit, ARRIVAL, ["welcome", "hospital", "lecture"])
    rows = visits.list_items(visit)
    assert [(r.title_en, r.start, r.end) for r in rows] == [
        ("Welcome meeting with the Vice-Chancellor", T(9), T(10)),
        ("Hospital visit", T(10), T(13)),  # its usual 09:00 was taken: it follows the welcome
        ("Lecture", T(14), T(15, 30)),
    ]
    assert rows[0].title_fa and all(r.title_fa for r in rows)
    assert visits.check_itinerary(visit) == {}
    copies = visits.duplicate_day(visit, ARRIVAL, day2)
    assert [r.day for r in visits.list_items(visit)].count(day2) == 3 and len(copies) == 3
    with pytest.raises(ValidationError):
        visits.duplicate_day(visit, ARRIVAL + dt.timedelta(days=9), day2)
    # Move the hospital visit up: it now starts at 09:00 and the welcome follows it.
    visits.move_item(ids[1], -1)
    first_day = [r for r in visits.list_items(visit) if r.day == ARRIVAL]
    assert [(r.title_en[:7], r.start, r.end) for r in first_day] == [
        ("Hospita", T(9), T(12)),
        ("Welcome", T(12), T(13)),
        ("Lecture", T(14), T(15, 30)),
    ]
    visits.move_item(ids[2], +1)  # the last item cannot go further down
    visits.move_item_to_day(ids[2], day2)
    assert kinds(visits.check_itinerary(visit), ids[2]) == ["overlap"]  # the copied lecture is there already
    with pytest.raises(ValidationError):
        visits.add_common_items(visit, ARRIVAL, ["picnic"])
    with context.database().reading() as session:
        audited = session.execute(
            select(func.count(AuditEntry.id)).where(AuditEntry.table_name == "visit_items")
        ).scalar_one()
    assert audited >= 9


def test_removing_an_item_is_audited(visit):
    item_id = visits.save_item(visit, item())
    visits.remove_item(item_id)
    assert visits.list_items(visit) == []
    with context.database().reading() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "remove")).scalar_one()
    assert "Welcome meeting" in entry.changes


values = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.integers(),
    st.dates(),
    st.times(),
    st.lists(st.integers(), max_size=2),
)
ITEM_FIELDS = (
    "day",
    "start_time",
    "end_time",
    "title_en",
    "title_fa",
    "location",
    "host_person_id",
    "participant_ids",
    "notes",
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(ITEM_FIELDS), values, max_size=4))
def test_any_item_input_is_saved_or_refused_in_words(visit, changes):
    before = item_count()
    try:
        visits.save_item(visit, item(**changes))
    except ValidationError as error:
        assert error.field in ITEM_FIELDS and error.text()
        assert item_count() == before
    else:
        assert item_count() == before + 1

"""Clashes across registers with the real providers: a host booked in a visit's programme and in a meeting at
the same time, or a room taken by both, is found from either side."""

import datetime as dt

from app.services import meetings, visits
from tests.services import meetings_helpers as mh
from tests.services.test_visits import ARRIVAL, guest, visit_data


def test_a_visit_item_and_a_meeting_see_each_other(db):
    host = mh.person("Hosseini", "حسینی", "Maryam", "مریم")
    meeting = mh.new_council(dt.datetime.combine(ARRIVAL, dt.time(9, 30)), location="Council hall")
    meetings.add_participant(meeting, {"person_id": host})
    visit = visits.save_visit(visit_data(guest()))
    lecture = visits.save_item(
        visit,
        {
            "day": ARRIVAL,
            "start_time": dt.time(9),
            "end_time": dt.time(10),
            "title_en": "Lecture",
            "title_fa": "سخنرانی",
            "host_person_id": host,
            "location": "Lecture theatre",
        },
    )
    tour = visits.save_item(
        visit,
        {
            "day": ARRIVAL,
            "start_time": dt.time(11),
            "end_time": dt.time(12),
            "title_en": "Tour",
            "title_fa": "بازدید",
            "location": "COUNCIL  HALL",
        },
    )
    lunch = visits.save_item(
        visit,
        {
            "day": ARRIVAL,
            "start_time": dt.time(12),
            "end_time": dt.time(13),
            "title_en": "Lunch",
            "title_fa": "ناهار",
            "host_person_id": host,
            "location": "Council hall",
        },
    )

    problems = visits.check_itinerary(visit)
    assert [p.kind for p in problems[lecture]] == ["person"]
    assert [p.kind for p in problems[tour]] == ["room"]
    assert lunch not in problems  # the meeting ends at 11:30; lunch starts at 12:00

    warnings = meetings.meeting_clashes(meeting)
    assert sorted((w.source, w.record_id) for w in warnings) == [
        ("visit_items", lecture),
        ("visit_items", tour),
    ]
    by_item = {w.record_id: w for w in warnings}
    assert by_item[lecture].people_en and "Hosseini" in by_item[lecture].people_en[0]
    assert by_item[tour].room

    meetings.cancel_meeting(meeting, "Moved to January")  # a cancelled meeting books nobody
    assert visits.check_itinerary(visit) == {}

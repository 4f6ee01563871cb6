"""Meetings' follow-up: open actions carried to the next meeting, the overdue list, a new meeting from the
previous one, and the list's filters."""

import datetime as dt

import pytest

from app.services import meetings
from app.services.errors import ValidationError
from app.services.paging import PageRequest
from tests.services.meetings_helpers import START, council_id, council_members, new_council, person


def test_open_actions_are_carried_until_closed(db):
    owner = person("Nouri", "نوری")
    first = new_council(dt.datetime(2026, 10, 1, 10))
    item = meetings.add_agenda_item(first, {"title": "Exchange with Karolinska"})
    resolution = meetings.record_resolution(item, {"text": "Draft the MoU.", "outcome": "approved"})
    open_one = meetings.add_action(
        first,
        {
            "text": "Draft the MoU",
            "owner_id": owner,
            "due_on": dt.date(2026, 10, 20),
            "resolution_id": resolution,
        },
    )
    done_one = meetings.add_action(first, {"text": "Send the list to finance", "owner_id": owner})
    meetings.set_action_status(done_one, "done", "sent", dt.date(2026, 10, 5))
    second = new_council(dt.datetime(2026, 11, 1, 10))
    third = new_council(dt.datetime(2026, 12, 1, 10))
    other_kind = meetings.create_meeting(
        {
            "kind_id": meetings.kind_by_code("planning").id,
            "title": "Planning",
            "starts_at": dt.datetime(2026, 11, 2, 10),
            "ends_at": dt.datetime(2026, 11, 2, 11),
        }
    )
    assert [a.id for a in meetings.follow_ups(second)] == [open_one]
    assert meetings.follow_ups(second)[0].meeting_number == "1/1405"
    assert meetings.follow_ups(other_kind) == []
    assert [a.id for a in meetings.follow_ups(third)] == [open_one]
    meetings.set_action_status(open_one, "done", "signed", dt.date(2026, 11, 10))
    assert [a.id for a in meetings.follow_ups(second)] == [
        open_one
    ]  # it was still open at the second meeting
    assert meetings.follow_ups(third) == []  # closed before the third
    with pytest.raises(ValidationError):
        meetings.set_action_status(open_one, "done", None, dt.date(2026, 9, 1))


def test_follow_up_list_marks_overdue(db, frozen_clock):
    frozen_clock(dt.datetime(2026, 11, 24, 9))  # between the late action's day and the future one's
    owner = person("Nouri", "نوری")
    first = new_council(dt.datetime(2026, 1, 10, 10))
    late = meetings.add_action(
        first, {"text": "Late report", "owner_id": owner, "due_on": dt.date(2026, 2, 1)}
    )
    meetings.add_action(first, {"text": "Future work", "owner_id": owner, "due_on": dt.date(2030, 2, 1)})
    meetings.add_action(first, {"text": "Someday"})
    page = meetings.list_actions(PageRequest(sort="due_on"))
    assert page.total == 3 and [r.text for r in page.rows] == ["Late report", "Future work", "Someday"]
    assert [r.overdue(dt.date(2026, 11, 24)) for r in page.rows] == [True, False, False]
    assert [r.id for r in meetings.list_actions(PageRequest(), overdue_only=True).rows] == [late]
    assert meetings.list_actions(PageRequest(search="نوری")).total == 2
    meetings.set_action_status(late, "done")
    assert meetings.list_actions(PageRequest()).total == 2
    assert meetings.list_actions(PageRequest(), open_only=False).total == 3


def test_new_meeting_from_the_previous_one(db):
    members = council_members(3)
    first = new_council()
    guest = person("Guest", "مهمان")
    meetings.add_participant(first, {"person_id": guest, "role": "guest"})
    meetings.add_agenda_item(first, {"title": "Report of the secretary", "minutes": 10, "recurring": True})
    meetings.add_agenda_item(first, {"title": "One-off item", "minutes": 20})
    meetings.set_states(first, {p.id: "present" for p in meetings.participants(first)})
    second = meetings.new_from_previous(first, START + dt.timedelta(days=30))
    values = meetings.get_meeting(second)
    assert values["number"] == "2/1405" and values["ends_at"] - values["starts_at"] == dt.timedelta(hours=2)
    rows = meetings.participants(second)
    assert [r.person_id for r in rows] == members and {r.state for r in rows} == {"invited"}
    assert [i.title for i in meetings.agenda_items(second)] == ["Report of the secretary"]
    assert meetings.previous_meeting(second) == first and meetings.latest_of_kind(council_id()) == second


def test_list_filters_and_sorts(db):
    new_council(dt.datetime(2026, 10, 1, 10), title="Council on sabbaticals")
    new_council(dt.datetime(2026, 11, 1, 10), title="شورای بورس آبان")
    meetings.create_meeting(
        {
            "kind_id": meetings.kind_by_code("english-evaluation").id,
            "title": "English test",
            "starts_at": dt.datetime(2026, 9, 1, 10),
            "ends_at": dt.datetime(2026, 9, 1, 11),
        }
    )
    page = meetings.list_meetings()
    assert page.total == 3 and [r.title for r in page.rows][0] == "شورای بورس آبان"  # newest first
    assert meetings.list_meetings(PageRequest(search="sabbatical")).total == 1
    assert meetings.list_meetings(PageRequest(search="شورای بورس")).total == 2  # the kind's name matches
    assert meetings.list_meetings(PageRequest(search="1405/07")).total == 1  # a Jalali date: 1405/07/09
    by_number = meetings.list_meetings(PageRequest(sort="number")).rows
    assert [r.number for r in by_number] == ["1/1405", "1/1405", "2/1405"]
    assert by_number[0].kind_name("en") in (
        "Scholarship council",
        "English-language evaluation session for faculty promotion",
    )

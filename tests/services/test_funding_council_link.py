"""The council link is one unit of work: the agenda items and the requests' new state are written
together or not at all; and the step is first shown (which meeting, which requests, the time) to confirm."""

import datetime as dt

import pytest

from app.services import funding, meetings
from app.services.funding import council
from tests.services import meetings_helpers as mh
from tests.services.funding_helpers import TODAY, person, ready_request, set_up_year


@pytest.fixture
def two_pending(db, frozen_clock, tmp_path):
    frozen_clock(dt.datetime.combine(TODAY, dt.time(9)))
    set_up_year()
    mh.council_members(3)
    meeting = mh.new_council(dt.datetime(2026, 12, 20, 10, 0))
    first = ready_request(tmp_path)
    second = ready_request(tmp_path, person("Tehrani", "تهرانی"))
    funding.submit(first, on=TODAY)
    funding.submit(second, on=TODAY)
    return meeting, first, second


def test_a_failure_between_the_item_and_the_mark_leaves_neither(two_pending, monkeypatch):
    meeting, first, second = two_pending
    marked = []

    def mark_then_fail(session, request, meeting_id, item_id, note=""):
        if marked:  # the first request's item and mark are written; the second's item too, then it fails
            raise RuntimeError("the disk went away")
        marked.append(request.id)
        return real(session, request, meeting_id, item_id, note)

    real = council.mark_on_agenda
    monkeypatch.setattr(council, "mark_on_agenda", mark_then_fail)
    with pytest.raises(RuntimeError):
        funding.put_pending_on_agenda(meeting)
    assert meetings.agenda_items(meeting) == []
    assert [funding.get_request(r).values["status"] for r in (first, second)] == ["submitted", "submitted"]
    assert funding.get_request(first).values["agenda_item_id"] is None


def test_a_refused_mark_leaves_no_item_on_the_agenda(two_pending, monkeypatch):
    """The first write of all (one item) undone when its request's mark is refused."""
    meeting, first, _ = two_pending
    from app.services.errors import StateError

    def refuse(*_args, **_kwargs):
        raise StateError("refused")

    monkeypatch.setattr(council, "mark_on_agenda", refuse)
    with pytest.raises(StateError):
        funding.put_pending_on_agenda(meeting, [first])
    assert meetings.agenda_items(meeting) == []


def test_the_plan_names_the_meeting_the_requests_and_the_time(two_pending):
    meeting, first, second = two_pending
    plan = funding.council_agenda_plan(lang="en")
    assert (plan.meeting_id, plan.planned_minutes, plan.agenda_minutes, plan.invited) == (
        meeting,
        120,
        0,
        False,
    )
    assert [r.id for r in plan.requests] == [first, second]
    assert plan.requests[1].applicant.endswith("Tehrani")
    assert plan.minutes_after({first, second}) == 20 and not plan.runs_over({first, second})
    assert meetings.agenda_items(meeting) == []  # the plan changes nothing


def test_the_plan_warns_of_an_invitation_out_and_of_time_running_over(two_pending):
    meeting, first, second = two_pending
    meetings.add_agenda_item(meeting, {"title": "Reports", "presenter_id": None, "minutes": 110})
    meetings.mark_invited(meeting)
    plan = funding.council_agenda_plan(meeting)
    assert plan.invited and plan.agenda_minutes == 110
    assert not plan.runs_over({first}) and plan.runs_over({first, second})


def test_only_the_requests_ticked_go_on_the_agenda(two_pending):
    meeting, first, second = two_pending
    assert funding.put_pending_on_agenda(meeting, [second]) == (meeting, 1)
    assert [i.linked_id for i in meetings.agenda_items(meeting)] == [second]
    assert funding.get_request(first).values["status"] == "submitted"
    assert [r.id for r in funding.council_agenda_plan(meeting).requests] == [first]

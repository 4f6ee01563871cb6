"""Meetings: numbering per kind and year, status flow and lock, quorum, agenda, resolutions, carry-over."""

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from app.services import audit, context, links, meetings
from app.services.errors import NotFoundError, ServiceError, StateError, ValidationError
from app.services.paging import PageRequest
from db.models import AuditEntry, Meeting, Resolution
from tests.services.meetings_helpers import COUNCIL, START, council_members, new_council, person


def test_default_kinds_are_seeded(db):
    codes = {k.code for k in meetings.list_kinds()}
    assert {
        "scholarship-council",
        "adjunct-recruitment",
        "planning",
        "deputies-annual",
        "english-evaluation",
    } <= codes
    council = meetings.kind_by_code(COUNCIL)
    assert council.name_fa == "شورای بورس" and council.name_en == "Scholarship council"
    assert council.quorum_rule == "majority"


def test_numbers_run_per_kind_and_per_jalali_year(db):
    first = new_council(dt.datetime(2026, 3, 19, 9))  # 1404/12/28
    second = new_council(dt.datetime(2026, 3, 22, 9))  # 1405/01/02
    third = new_council(dt.datetime(2026, 4, 5, 9))
    planning = meetings.kind_by_code("planning").id
    other = meetings.create_meeting(
        {
            "kind_id": planning,
            "title": "Planning",
            "starts_at": dt.datetime(2026, 4, 5, 14),
            "ends_at": dt.datetime(2026, 4, 5, 15),
        }
    )
    numbers = [meetings.get_meeting(i)["number"] for i in (first, second, third, other)]
    assert numbers == ["1/1404", "1/1405", "2/1405", "1/1405"]
    meetings.cancel_meeting(third, "the chair is travelling")
    fourth = new_council(dt.datetime(2026, 5, 5, 9))
    assert meetings.get_meeting(fourth)["number"] == "3/1405"  # a cancelled meeting keeps its number


def test_standing_members_are_invited_and_quorum_is_live(db):
    members = council_members(5)
    meeting = new_council()
    rows = meetings.participants(meeting)
    assert [r.person_id for r in rows] == members and all(r.standing for r in rows)
    assert (
        rows[0].role == "chair" and rows[0].name_fa == "سارا رضایی" and rows[0].name_en == "Dr. Sara Rezaei"
    )
    guest = person("Schmidt", "", "Anna", "")
    meetings.add_participant(meeting, {"person_id": guest, "role": "guest"})
    q = meetings.quorum(meeting)
    assert (q.members, q.present, q.required, q.met) == (5, 0, 3, False)
    ids = {r.person_id: r.id for r in meetings.participants(meeting)}
    meetings.set_states(
        meeting, {ids[members[0]]: "present", ids[members[1]]: "present", ids[guest]: "present"}
    )
    assert (
        meetings.quorum(meeting).present == 2 and not meetings.quorum(meeting).met
    )  # a guest does not count
    meetings.update_participant(ids[members[2]], {"role": "member", "state": "present"})
    assert meetings.quorum(meeting).met


def test_quorum_rules():
    assert [meetings.required_present("majority", 0, n) for n in (0, 1, 4, 5)] == [0, 1, 3, 3]
    assert [meetings.required_present("two_thirds", 0, n) for n in (3, 4, 6)] == [2, 3, 4]
    assert meetings.required_present("all", 0, 7) == 7
    assert meetings.required_present("count", 4, 9) == 4
    assert meetings.required_present("none", 0, 9) == 0


def test_duplicate_participant_is_refused_and_nothing_changes(db):
    members = council_members(3)
    meeting = new_council()
    before = meetings.participants(meeting)
    with pytest.raises(ValidationError) as err:
        meetings.add_participant(meeting, {"person_id": members[1], "role": "invitee"})
    assert err.value.field == "person_id"
    assert meetings.participants(meeting) == before
    assert meetings.add_standing_members(meeting) == 0


def test_end_before_start_is_refused_and_nothing_is_numbered(db):
    with pytest.raises(ValidationError) as err:
        new_council(ends_at=START - dt.timedelta(minutes=30))
    assert err.value.field == "ends_at"
    with context.database().reading() as session:
        assert session.execute(select(func.count(Meeting.id))).scalar_one() == 0
    assert meetings.get_meeting(new_council())["number"] == "1/1405"  # the failed attempt took no number


def test_agenda_is_ordered_and_times_add_up(db):
    meeting = new_council()
    presenter = person("Karimi", "کریمی")
    a = meetings.add_agenda_item(
        meeting, {"title": "Report of the secretary", "minutes": 15, "presenter_id": presenter}
    )
    b = meetings.add_agenda_item(meeting, {"title": "Sabbatical requests", "minutes": 45})
    c = meetings.add_agenda_item(
        meeting,
        {"title": "Conference funding", "minutes": 30, "linked_table": "funding_requests", "linked_id": 7},
    )
    items = meetings.agenda_items(meeting)
    assert [i.id for i in items] == [a, b, c]
    assert [i.starts_at.strftime("%H:%M") for i in items] == ["10:00", "10:15", "11:00"]
    assert items[-1].ends_at == dt.datetime(2026, 12, 1, 11, 30)
    assert items[0].presenter_en == "Dr. Sara Karimi"
    assert (items[2].linked_table, items[2].linked_id) == ("funding_requests", 7)
    meetings.move_agenda_item(c, -1)
    assert [i.id for i in meetings.agenda_items(meeting)] == [a, c, b]
    meetings.move_agenda_item(a, -1)  # already first: nothing moves
    assert [i.position for i in meetings.agenda_items(meeting)] == [1, 2, 3]
    meetings.remove_agenda_item(c)
    assert [(i.id, i.position) for i in meetings.agenda_items(meeting)] == [(a, 1), (b, 2)]
    assert meetings.items_linked_to("funding_requests", 7) == []


def test_status_flow_lock_and_recorded_reopen(db):
    council_members(3)
    meeting = new_council()
    item = meetings.add_agenda_item(meeting, {"title": "Sabbatical of Dr. Karimi"})
    meetings.mark_invited(meeting)
    with pytest.raises(StateError):
        meetings.approve_minutes(meeting)  # not held yet
    meetings.mark_held(meeting)
    resolution = meetings.record_resolution(
        item,
        {
            "text": "Approved for six months.",
            "outcome": "approved",
            "votes_for": 3,
            "votes_against": 0,
            "votes_abstain": 0,
        },
    )
    with pytest.raises(ValidationError) as err:
        meetings.approve_minutes(meeting)  # attendance not recorded
    assert err.value.field == "participants"
    meetings.set_states(meeting, {p.id: "present" for p in meetings.participants(meeting)})
    meetings.approve_minutes(meeting)
    assert meetings.get_meeting(meeting)["locked"]
    for attempt in (
        lambda: meetings.add_agenda_item(meeting, {"title": "late item"}),
        lambda: meetings.record_resolution(item, {"text": "again", "outcome": "noted"}),
        lambda: meetings.update_resolution(resolution, {"text": "changed", "outcome": "rejected"}),
        lambda: meetings.set_discussion(item, "more notes"),
        lambda: meetings.add_participant(meeting, {"person_id": person("Late", "دیر")}),
        lambda: meetings.add_action(meeting, {"text": "write a letter"}),
        lambda: meetings.update_meeting(meeting, {**meetings.get_meeting(meeting), "title": "changed"}),
    ):
        with pytest.raises(StateError, match="locked"):
            attempt()
    assert meetings.get_resolution(resolution).text == "Approved for six months."
    with pytest.raises(ValidationError):
        meetings.reopen_minutes(meeting, "  ")
    meetings.reopen_minutes(meeting, "typo in the resolution")
    meetings.update_resolution(
        resolution, {"text": "Approved for six months from Farvardin.", "outcome": "approved"}
    )
    entries = audit.list_entries(
        PageRequest(limit=100), audit.AuditFilter(table="meetings", record_id=meeting)
    ).rows
    reopen = next(e for e in entries if e.action == "reopen")
    assert reopen.changes["reason"] == ["", "typo in the resolution"] and reopen.actor == "tester"
    meetings.approve_minutes(meeting)


def test_cancelled_and_postponed_meetings(db):
    meeting = new_council()
    new_start = START + dt.timedelta(days=7)
    meetings.postpone_meeting(meeting, new_start, new_start + dt.timedelta(hours=1), "public holiday")
    values = meetings.get_meeting(meeting)
    assert (
        values["status"] == "postponed"
        and values["postponed_from"] == START
        and values["starts_at"] == new_start
    )
    meetings.mark_invited(meeting)
    meetings.cancel_meeting(meeting, "no quorum expected")
    with pytest.raises(StateError, match="cancelled"):
        meetings.add_agenda_item(meeting, {"title": "x"})
    with pytest.raises(StateError):
        meetings.mark_held(meeting)
    assert meetings.get_meeting(meeting)["status_note"] == "no quorum expected"


def test_next_meeting_of_a_kind(db):
    past = new_council(dt.datetime(2026, 11, 1, 10))
    held = new_council(dt.datetime(2026, 11, 20, 10))
    meetings.mark_held(held)
    soon = new_council(dt.datetime(2026, 12, 1, 10))
    later = new_council(dt.datetime(2026, 12, 15, 10))
    meetings.mark_invited(later)
    found = meetings.next_meeting(COUNCIL, dt.date(2026, 11, 15))
    assert found.id == soon and found.number == "3/1405" and found.status == "planned"
    assert found.starts_at == dt.datetime(2026, 12, 1, 10) and found.title == "جلسه شورای بورس"
    meetings.cancel_meeting(soon, "merged with the next")
    assert meetings.next_meeting(COUNCIL, dt.date(2026, 11, 15)).id == later
    assert meetings.next_meeting(COUNCIL, dt.date(2026, 10, 1)).id == past
    assert meetings.next_meeting(COUNCIL, dt.date(2027, 1, 1)) is None
    assert meetings.next_meeting("planning", dt.date(2026, 1, 1)) is None


def test_people_and_rooms_booked_twice_are_warned(db):
    members = council_members(2)
    council = new_council()
    planning = meetings.create_meeting(
        {
            "kind_id": meetings.kind_by_code("planning").id,
            "title": "Planning",
            "location": "Other room",
            "starts_at": START + dt.timedelta(hours=1),
            "ends_at": START + dt.timedelta(hours=3),
        }
    )
    meetings.add_participant(planning, {"person_id": members[1], "role": "member"})
    [warning] = meetings.meeting_clashes(council)
    assert warning.record_id == planning and warning.people_en == ["Dr. Sara Karimi"] and not warning.room
    meetings.update_meeting(
        planning, {**meetings.get_meeting(planning), "location": "اتاق جلسات  معاونت بين‌الملل"}
    )
    assert meetings.meeting_clashes(council)[0].room  # same room, written a little differently
    pid = next(p.id for p in meetings.participants(planning))
    meetings.update_participant(pid, {"role": "member", "state": "declined"})
    meetings.update_meeting(
        planning, {**meetings.get_meeting(planning), "mode": "online", "online_link": "meet.example.org/x"}
    )
    assert meetings.meeting_clashes(council) == []
    assert "app.services.meetings:bookings_between" in links.PROVIDERS


def test_resolution_on_a_linked_item_calls_the_register_handler(db, monkeypatch):
    import sys
    import types

    calls = []

    def handler(session, item, resolution):
        calls.append((item.linked_id, resolution.outcome, resolution.amount))
        if resolution.amount and resolution.amount > 1000:
            raise ServiceError("Over budget by {amount} rials.", amount=resolution.amount - 1000)

    module = types.ModuleType("fake_funding")
    module.apply = handler
    monkeypatch.setitem(sys.modules, "fake_funding", module)
    monkeypatch.setitem(links.LINK_HANDLERS, "funding_requests", "fake_funding:apply")
    meeting = new_council()
    item = meetings.add_agenda_item(
        meeting, {"title": "Request 12", "linked_table": "funding_requests", "linked_id": 12}
    )
    plain = meetings.add_agenda_item(meeting, {"title": "Other business"})
    meetings.record_resolution(item, {"text": "Approved in part.", "outcome": "approved", "amount": 800})
    with pytest.raises(ServiceError, match="Over budget by 500"):
        meetings.record_resolution(item, {"text": "More.", "outcome": "approved", "amount": 1500})
    assert calls == [(12, "approved", 800), (12, "approved", 1500)]
    assert [r.amount for r in meetings.agenda_items(meeting)[0].resolutions] == [
        800
    ]  # the refused one is gone
    with pytest.raises(ValidationError) as err:
        meetings.record_resolution(plain, {"text": "x", "outcome": "noted", "amount": 5})
    assert err.value.field == "amount"
    meetings.record_resolution(plain, {"text": "Noted.", "outcome": "noted"})
    assert len(calls) == 2  # items not linked never look a handler up


def test_unknown_records_are_not_found(db):
    with pytest.raises(NotFoundError):
        meetings.get_meeting(999)
    with pytest.raises(NotFoundError):
        meetings.add_agenda_item(999, {"title": "x"})
    with pytest.raises(NotFoundError):
        meetings.record_resolution(999, {"text": "x", "outcome": "noted"})


def test_kinds_can_be_added_and_their_code_is_kept(db):
    kind = meetings.save_kind(
        {
            "code": "research-committee",
            "name_fa": "کمیته پژوهش",
            "name_en": "Research committee",
            "quorum_rule": "count",
            "quorum_count": 4,
        }
    )
    with pytest.raises(ValidationError) as err:
        meetings.save_kind({"code": "planning", "name_fa": "x", "name_en": "x", "quorum_rule": "none"})
    assert err.value.field == "code"
    with pytest.raises(ValidationError) as err:
        meetings.save_kind({"code": "r", "name_fa": "x", "name_en": "x", "quorum_rule": "count"}, kind)
    meetings.create_meeting(
        {"kind_id": kind, "title": "First", "starts_at": START, "ends_at": START + dt.timedelta(hours=1)}
    )
    with pytest.raises(ValidationError, match="code cannot change"):
        meetings.save_kind({"code": "research", "name_fa": "x", "name_en": "x", "quorum_rule": "none"}, kind)
    meetings.set_kind_archived(kind, True)
    assert "research-committee" not in {k.code for k in meetings.list_kinds()}


def test_every_change_is_audited(db):
    meeting = new_council()
    item = meetings.add_agenda_item(meeting, {"title": "Item"})
    meetings.record_resolution(item, {"text": "Done.", "outcome": "noted"})
    with context.database().reading() as session:
        tables = {json.dumps([e.table_name, e.action]) for e in session.execute(select(AuditEntry)).scalars()}
    assert {'["meetings", "create"]', '["agenda_items", "create"]', '["resolutions", "create"]'} <= tables
    with context.database().reading() as session:
        assert session.execute(select(func.count(Resolution.id))).scalar_one() == 1


def test_agenda_items_take_attachments(db, tmp_path):
    from app.services import attachments

    meeting = new_council()
    item = meetings.add_agenda_item(meeting, {"title": "Sabbatical request"})
    letter = tmp_path / "request.pdf"
    letter.write_bytes(b"%PDF-1.4 request")
    attachments.add_attachment("agenda_items", item, letter)
    [row] = attachments.list_attachments("agenda_items", item)
    assert (
        row.original_name == "request.pdf"
        and attachments.attachment_path(row.id).read_bytes() == b"%PDF-1.4 request"
    )


def test_a_missing_register_for_a_linked_case_is_a_clear_error(db, monkeypatch):
    monkeypatch.setitem(links.LINK_HANDLERS, "ordinances", "app.services.no_such_register:apply")
    meeting = new_council()
    item = meetings.add_agenda_item(
        meeting, {"title": "Ordinance draft", "linked_table": "ordinances", "linked_id": 3}
    )
    with pytest.raises(StateError, match="cannot be recorded"):
        meetings.record_resolution(item, {"text": "Approved.", "outcome": "approved"})
    assert meetings.agenda_items(meeting)[0].resolutions == []


def test_the_next_meeting_does_not_carry_the_old_month_in_its_title(db):
    from app.services.meetings.core import title_without_month

    assert title_without_month("شورای بورس — آذر ۱۴۰۵") == "شورای بورس"
    assert title_without_month("Council — December 2026") == "Council"
    assert title_without_month("Planning, Esfand") == "Planning"
    assert (
        title_without_month("Azar session of the council") == "Azar session of the council"
    )  # not at the end
    assert title_without_month("آذر") == "آذر"  # nothing would be left
    council_members(2)
    first = new_council(title="جلسه شورای بورس — آذر ۱۴۰۵")
    second = meetings.new_from_previous(first, START + dt.timedelta(days=30))
    assert meetings.get_meeting(second)["title"] == "جلسه شورای بورس"

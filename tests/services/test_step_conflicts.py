"""Two secretaries, one record, a status step: Sara looks at a row (its version as her list read it),
Maryam changes or advances that record on another PC, then Sara takes the step. It is refused, naming
Maryam and when, and nothing of Sara's step is done: no number taken, no status moved, no money recorded.
Read again, the step goes through when it still applies. Runs on SQLite and (make test-pg) on the server."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import context, funding, letters, meetings, ordinances, versions, visits
from tests.services import funding_helpers, meetings_helpers, ordinance_helpers
from tests.services.funding_helpers import TODAY, ready_request, set_up_year

LETTER = {
    "lang": "fa",
    "recipient": "جناب آقای دکتر Thomas Müller\nدانشگاه هایدلبرگ",
    "subject": "دعوت‌نامه بازدید علمی",
    "body": "با سلام و احترام\nبدین‌وسیله از جنابعالی برای بازدید از دانشکده دعوت می‌شود.",
}


def _as(name: str) -> None:
    context.set_actor(name)


def _row(rows: list, record_id: int):  # type: ignore[no-untyped-def]
    return next(r for r in rows if r.id == record_id)


def _refused_by_maryam(caught: pytest.ExceptionInfo) -> None:
    error = caught.value
    assert isinstance(error, versions.StepConflictError)
    assert error.other.actor == "Maryam" and error.other.at is not None
    text = error.text()
    assert "Maryam" in text and error.other.at.strftime("%Y-%m-%d %H:%M") in text
    assert "step was not taken" in text


def test_a_letter_changed_meanwhile_is_not_issued_and_takes_no_number(db):
    draft = letters.save_draft(LETTER)
    seen = _row(letters.list_letters().rows, draft)  # Sara's list

    _as("Maryam")
    letters.save_draft({**LETTER, "subject": "دعوت‌نامه بازدید علمی (اصلاح‌شده)"}, draft)

    _as("Sara")
    with pytest.raises(versions.StepConflictError) as caught, versions.acting("letters", draft, seen.version):
        letters.issue_letter(draft, dt.date(2026, 11, 24))
    _refused_by_maryam(caught)
    letter = letters.get_letter(draft)
    assert letter["status"] == "draft" and not letter["number"]  # not issued, no number used
    assert letter["subject"].endswith("(اصلاح‌شده)")  # Maryam's change stands

    again = _row(letters.list_letters().rows, draft)  # the list read again: Sara sees the new subject
    with versions.acting("letters", draft, again.version):
        assert letters.issue_letter(draft, dt.date(2026, 11, 24)) == "1405/0001/IVC"  # no gap


def test_an_issued_letter_is_not_voided_on_a_stale_row(db):
    letter = letters.save_draft(LETTER)
    stale = _row(letters.list_letters().rows, letter)
    _as("Maryam")
    letters.issue_letter(letter, dt.date(2026, 11, 24))
    _as("Sara")
    with (
        pytest.raises(versions.StepConflictError) as caught,
        versions.acting("letters", letter, stale.version),
    ):
        letters.archive_letter(letter)  # her row still showed a draft
    _refused_by_maryam(caught)
    assert letters.get_letter(letter)["status"] == "issued" and not letters.get_letter(letter)["archived"]


def test_a_meeting_postponed_meanwhile_is_not_marked_held(db):
    meetings_helpers.council_members(3)
    meeting = meetings_helpers.new_council()
    seen = _row(meetings.list_meetings().rows, meeting)
    assert seen.version == meetings.get_meeting(meeting)["version"]

    _as("Maryam")
    start = meetings_helpers.START + dt.timedelta(days=7)
    meetings.postpone_meeting(meeting, start, start + dt.timedelta(hours=2), "رئیس شورا در سفر است")

    _as("Sara")
    with (
        pytest.raises(versions.StepConflictError) as caught,
        versions.acting("meetings", meeting, seen.version),
    ):
        meetings.mark_held(meeting)
    _refused_by_maryam(caught)
    stored = meetings.get_meeting(meeting)
    assert stored["status"] == "postponed" and stored["held_at"] is None


def test_a_meeting_cancelled_meanwhile_says_who_cancelled_it_not_only_that_the_step_is_impossible(db):
    meetings_helpers.council_members(3)
    meeting = meetings_helpers.new_council()
    seen = meetings.get_meeting(meeting)  # Sara's open meeting editor

    _as("Maryam")
    meetings.cancel_meeting(meeting, "تعطیل رسمی")

    _as("Sara")
    with (
        pytest.raises(versions.StepConflictError) as caught,
        versions.acting("meetings", meeting, seen["version"]),
    ):
        meetings.mark_held(meeting)  # without the check: "This step is not possible now"
    _refused_by_maryam(caught)
    assert meetings.get_meeting(meeting)["status"] == "cancelled"


def test_a_change_between_the_check_and_the_write_is_caught_on_the_write(db):
    """The first check passes; Maryam's save lands before Sara's step writes: the write refuses it."""
    meetings_helpers.council_members(3)
    meeting = meetings_helpers.new_council()
    seen = meetings.get_meeting(meeting)["version"]
    with pytest.raises(versions.StepConflictError) as caught, versions.acting("meetings", meeting, seen):
        _as("Maryam")
        meetings.mark_invited(meeting)  # at the version seen: goes through, and raises it
        _as("Sara")
        meetings.mark_held(meeting)
    _refused_by_maryam(caught)
    assert meetings.get_meeting(meeting)["status"] == "invited"


@pytest.fixture
def council(db, frozen_clock):
    frozen_clock(dt.datetime.combine(TODAY, dt.time(9)))
    set_up_year()
    meetings_helpers.council_members(3)
    return meetings_helpers.new_council(dt.datetime(2026, 12, 20, 10, 0))


def _approved(tmp_path) -> int:  # type: ignore[no-untyped-def]
    request_id = ready_request(tmp_path)
    funding.submit(request_id, on=TODAY)
    funding.put_pending_on_agenda(request_ids=[request_id])
    item = funding.get_request(request_id).values["agenda_item_id"]
    meetings.record_resolution(item, {"text": "Approved.", "outcome": "approved"})
    return request_id


def test_a_payment_recorded_meanwhile_is_not_recorded_twice(council, tmp_path):
    request_id = _approved(tmp_path)
    seen = _row(funding.list_funding().rows, request_id)
    assert seen.status == "approved"

    _as("Maryam")
    funding.record_payment(request_id, 600_000_000, dt.date(2026, 12, 22), "FIN-1405-77")

    _as("Sara")
    with (
        pytest.raises(versions.StepConflictError) as caught,
        versions.acting("funding_requests", request_id, seen.version),
    ):
        funding.record_payment(request_id, 500_000_000, dt.date(2026, 12, 23), "FIN-1405-78")
    _refused_by_maryam(caught)
    values = funding.get_request(request_id).values
    assert values["status"] == "paid" and values["paid_irr"] == 600_000_000
    assert values["payment_reference"] == "FIN-1405-77"
    assert [t.to_status for t in funding.get_request(request_id).history].count("paid") == 1


def test_a_request_withdrawn_meanwhile_is_not_submitted(council, tmp_path):
    request_id = ready_request(tmp_path)
    seen = _row(funding.list_funding().rows, request_id)

    _as("Maryam")
    funding.save_request(
        {
            **funding_helpers.request_data(funding.get_request(request_id).values["applicant_id"]),
            "city": "Wien",
        },
        request_id,
    )

    _as("Sara")
    with (
        pytest.raises(versions.StepConflictError) as caught,
        versions.acting("funding_requests", request_id, seen.version),
    ):
        funding.submit(request_id, on=TODAY)
    _refused_by_maryam(caught)
    values = funding.get_request(request_id).values
    assert values["status"] == "draft" and values["city"] == "Wien"


def test_an_ordinance_changed_meanwhile_is_not_issued_and_takes_no_number(db):
    ids = ordinance_helpers.setting_up()
    data = ordinances.new_draft_values(
        ordinance_helpers.kind("deputy"), ids["rezaei"], ids["anatomy"], dt.date(2026, 9, 23)
    )
    draft = ordinances.save_draft(data)
    seen = _row(ordinances.list_ordinances().rows, draft)

    _as("Maryam")
    ordinances.save_draft({**data, "term_end": dt.date(2027, 9, 22)}, draft)

    _as("Sara")
    with (
        pytest.raises(versions.StepConflictError) as caught,
        versions.acting("ordinances", draft, seen.version),
    ):
        ordinances.issue_ordinance(draft, dt.date(2026, 9, 20))
    _refused_by_maryam(caught)
    stored = ordinances.get_ordinance(draft)
    assert stored["status"] == "draft" and not stored["number"]
    assert stored["term_end"] == dt.date(2027, 9, 22)

    again = _row(ordinances.list_ordinances().rows, draft)
    with versions.acting("ordinances", draft, again.version):
        assert ordinances.issue_ordinance(draft, dt.date(2026, 9, 20)).endswith("/0001/IVC-H")  # no gap


def test_a_visit_cancelled_meanwhile_is_not_confirmed(db):
    guest = funding_helpers.person("Tanaka", "تاناکا", kind="foreign_guest")
    visit = visits.save_visit(
        {
            "kind": "other",
            "purpose_en": "Lecture series",
            "costs_by": "guest",
            "arrival_date": dt.date(2027, 4, 10),
            "departure_date": dt.date(2027, 4, 14),
            "guests": [{"person_id": guest}],
        }
    )
    seen = _row(visits.list_visits().rows, visit)
    nexts = visits.next_statuses(seen.status)
    step = next(s for s in nexts if s != "cancelled")

    _as("Maryam")
    visits.set_status(visit, "cancelled", "The guest's visa was refused.")

    _as("Sara")
    with pytest.raises(versions.StepConflictError) as caught, versions.acting("visits", visit, seen.version):
        visits.set_status(visit, step)
    _refused_by_maryam(caught)
    assert visits.get_visit(visit)["status"] == "cancelled"


def test_the_other_pc_on_its_own_connection(db):
    """Maryam's PC is a second connection to the same database: her issue is what Sara's check reads."""
    from db.engine import Database
    from db.models import Letter

    draft = letters.save_draft(LETTER)
    seen = _row(letters.list_letters().rows, draft)
    database = context.database()
    other = Database(database.path) if database.path is not None else Database(url=database.url)
    try:
        with other.writing() as session:
            session.get(Letter, draft).subject = "Changed on the other PC"
    finally:
        other.dispose()
    with pytest.raises(versions.StepConflictError), versions.acting("letters", draft, seen.version):
        letters.issue_letter(draft, dt.date(2026, 11, 24))
    assert letters.get_letter(draft)["status"] == "draft"


def test_an_action_item_changed_meanwhile_is_neither_closed_nor_overwritten(db):
    """The meeting's sub-records carry their versions in the rows the editor's pages show."""
    meetings_helpers.council_members(3)
    meeting = meetings_helpers.new_council()
    action = meetings.add_action(meeting, {"text": "Write to Heidelberg"})
    item = meetings.add_agenda_item(meeting, {"title": "Sabbatical of Dr. Karimi"})
    seen = _row(meetings.actions(meeting), action)
    seen_item = _row(meetings.agenda_items(meeting), item)

    _as("Maryam")
    meetings.update_action(action, {"text": "Write to Heidelberg and to Bonn"})
    meetings.update_agenda_item(item, {"title": "Sabbatical of Dr. Maryam Karimi", "minutes": 30})

    _as("Sara")
    with (
        pytest.raises(versions.StepConflictError) as caught,
        versions.acting("action_items", action, seen.version),
    ):
        meetings.set_action_status(action, "done", "Sent.")
    _refused_by_maryam(caught)
    assert _row(meetings.actions(meeting), action).status == "open"
    with (
        pytest.raises(versions.EditConflictError),
        versions.expecting("agenda_items", item, seen_item.version),
    ):
        meetings.update_agenda_item(item, {"title": "Sabbatical of Dr. Karimi", "description": "Six months."})
    assert _row(meetings.agenda_items(meeting), item).title == "Sabbatical of Dr. Maryam Karimi"


def test_an_adjunct_candidate_proposed_meanwhile_is_not_archived(db, frozen_clock):
    from app.services import adjuncts
    from tests.services import adjunct_helpers

    frozen_clock(adjunct_helpers.COMMITTEE_DAY - dt.timedelta(days=10))
    ids = adjunct_helpers.setting_up()
    adjunct_helpers.committee()
    cid = adjunct_helpers.candidate(ids)
    seen = _row(adjuncts.list_adjuncts(), cid)

    _as("Maryam")
    adjuncts.propose(cid)

    _as("Sara")
    with (
        pytest.raises(versions.StepConflictError) as caught,
        versions.acting(adjuncts.TABLE, cid, seen.version),
    ):
        adjuncts.archive_candidate(cid)
    _refused_by_maryam(caught)
    row = _row(adjuncts.list_adjuncts(), cid)
    assert row.status == "proposed" and not row.archived

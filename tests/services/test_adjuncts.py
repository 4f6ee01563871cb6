"""International adjunct faculty: candidates, the recruitment committee's decision on a linked agenda item
(all or nothing), the appointment ordinance drafted at approval, the current adjuncts and their activity."""

import datetime as dt

import jdatetime
import pytest

from app.services import adjuncts, meetings, ordinances, visits
from app.services.errors import NotFoundError, StateError, ValidationError
from tests.services import adjunct_helpers as ah


@pytest.fixture
def ids(db, frozen_clock):
    frozen_clock(dt.datetime(2026, 12, 5, 22, 30))  # late in the evening
    return ah.setting_up()


def _status(candidate_id: int) -> str:
    return adjuncts.get_candidate(candidate_id)["status"]


def test_a_candidate_needs_a_person_a_department_and_fields(ids):
    with pytest.raises(ValidationError) as refused:
        adjuncts.save_candidate({"unit_id": ids["unit"], "fields": "Cardiology"})
    assert refused.value.field == "person_id"
    with pytest.raises(ValidationError) as refused:
        adjuncts.save_candidate({"person_id": ids["person"], "fields": "Cardiology"})
    assert refused.value.field == "unit_id"
    with pytest.raises(ValidationError) as refused:
        adjuncts.save_candidate({"person_id": ids["person"], "unit_id": ids["unit"], "fields": "  "})
    assert refused.value.field == "fields"
    with pytest.raises(ValidationError) as refused:
        ah.candidate(ids, term_months=0)
    assert refused.value.field == "term_months"
    with pytest.raises(ValidationError) as refused:
        ah.candidate(ids, institution_id=99999)
    assert refused.value.field == "institution_id"
    assert adjuncts.list_adjuncts() == []


def test_a_new_candidate_is_listed_with_its_department_and_partner(ids):
    cid = ah.candidate(ids, expatriate=False)
    [row] = adjuncts.list_adjuncts()
    assert (row.id, row.state, row.name("en"), row.unit("fa"), row.partner("en"), row.country) == (
        cid,
        "candidate",
        "Prof. Helen McAllister",
        "گروه قلب و عروق",
        "University of Edinburgh",
        "GB",
    )
    assert [r.id for r in adjuncts.list_adjuncts("ادینبورگ")] == [cid]
    assert adjuncts.list_adjuncts("Oxford") == []


def test_proposing_puts_a_linked_item_on_the_next_committee(ids):
    meeting = ah.committee()
    cid = ah.candidate(ids)
    assert adjuncts.propose(cid)[0] == meeting
    [item] = meetings.agenda_items(meeting)
    assert (item.linked_table, item.linked_id) == ("adjunct_candidates", cid)
    assert "مک‌آلیستر" in item.title
    assert _status(cid) == "proposed"
    with pytest.raises(StateError):
        adjuncts.propose(cid)  # already on an agenda
    assert len(meetings.agenda_items(meeting)) == 1


def test_no_committee_to_come_is_said_in_words_and_nothing_changes(ids):
    cid = ah.candidate(ids)
    with pytest.raises(StateError) as refused:
        adjuncts.propose(cid)
    assert "recruitment committee" in refused.value.message
    assert _status(cid) == "candidate"


def test_a_meeting_of_another_kind_is_refused(ids):
    other = meetings.create_meeting(
        {
            "kind_id": meetings.kind_by_code("scholarship-council").id,
            "title": "شورای بورس",
            "starts_at": ah.COMMITTEE_DAY,
            "ends_at": ah.COMMITTEE_DAY + dt.timedelta(hours=1),
        }
    )
    cid = ah.candidate(ids)
    with pytest.raises(ValidationError) as refused:
        adjuncts.propose(cid, other)
    assert refused.value.field == "meeting_id"
    assert meetings.agenda_items(other) == []


def test_the_item_and_the_status_are_written_together_or_not_at_all(ids, monkeypatch):
    meeting = ah.committee()
    cid = ah.candidate(ids)

    def fail(*_args, **_kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(adjuncts.committee.audit, "record", fail)
    with pytest.raises(RuntimeError):
        adjuncts.propose(cid, meeting)
    monkeypatch.undo()
    assert meetings.agenda_items(meeting) == []
    assert _status(cid) == "candidate"


def test_approval_drafts_the_appointment_ordinance_with_its_term(ids):
    meeting = ah.committee()
    cid = ah.candidate(ids, term_months=36)
    adjuncts.propose(cid, meeting)
    adjuncts.record_committee_decision(cid, "approved", "با عضویت وابسته موافقت شد.")
    c = adjuncts.get_candidate(cid)
    assert (c["status"], c["decided_on"]) == ("approved", dt.date(2026, 12, 20))
    ordinance = ordinances.get_ordinance(c["ordinance_id"])
    kind = next(k for k in ordinances.list_kinds() if k.id == ordinance["kind_id"])
    assert kind.code == "adjunct"
    assert (ordinance["status"], ordinance["person_id"], ordinance["unit_id"]) == (
        "draft",
        ids["person"],
        ids["unit"],
    )
    # 36 Jalali months from the committee's day 1405/09/29 end on 1408/09/28 (jdatetime as reference)
    assert ordinance["term_start"] == dt.date(2026, 12, 20)
    assert ordinance["term_end"] == jdatetime.date(1408, 9, 28).togregorian()
    assert ordinance["position_en"] == "International Adjunct Faculty Member"


def test_issuing_the_ordinance_makes_the_candidate_an_adjunct(ids, frozen_clock):
    meeting = ah.committee()
    cid = ah.candidate(ids)
    adjuncts.propose(cid, meeting)
    adjuncts.record_committee_decision(cid, "approved", "موافقت شد.")
    frozen_clock(dt.datetime(2026, 12, 21, 9, 0))
    number = adjuncts.appoint(cid)
    [row] = adjuncts.list_adjuncts()
    assert (row.state, row.ordinance_number) == ("appointed", number)
    assert [r.id for r in adjuncts.list_adjuncts(state="current")] == [cid]
    with pytest.raises(StateError):
        adjuncts.appoint(cid)  # issued once


def test_rejection_keeps_the_reason_and_drafts_nothing(ids):
    meeting = ah.committee()
    cid = ah.candidate(ids)
    adjuncts.propose(cid, meeting)
    before = len(ordinances.list_ordinances().rows)
    adjuncts.record_committee_decision(cid, "rejected", "سوابق آموزشی کافی نیست.")
    c = adjuncts.get_candidate(cid)
    assert (c["status"], c["decision_note"], c["ordinance_id"]) == (
        "rejected",
        "سوابق آموزشی کافی نیست.",
        None,
    )
    assert len(ordinances.list_ordinances().rows) == before


def test_deferral_sends_the_candidate_back_to_be_proposed_again(ids):
    first = ah.committee()
    later = ah.committee(ah.COMMITTEE_DAY + dt.timedelta(days=30))
    cid = ah.candidate(ids)
    adjuncts.propose(cid, first)
    adjuncts.record_committee_decision(cid, "deferred", "مدارک تکمیل شود.")
    assert _status(cid) == "candidate"
    adjuncts.propose(cid, later)
    assert _status(cid) == "proposed"


def test_noted_changes_nothing(ids):
    meeting = ah.committee()
    cid = ah.candidate(ids)
    _, item = adjuncts.propose(cid, meeting)
    meetings.record_resolution(item, {"text": "گزارش شد.", "outcome": "noted"})
    assert _status(cid) == "proposed"


def test_a_corrected_resolution_sets_the_drafted_ordinance_aside(ids):
    meeting = ah.committee()
    cid = ah.candidate(ids)
    adjuncts.propose(cid, meeting)
    resolution = adjuncts.record_committee_decision(cid, "approved", "موافقت شد.")
    drafted = adjuncts.get_candidate(cid)["ordinance_id"]
    meetings.update_resolution(resolution, {"text": "مخالفت شد.", "outcome": "rejected"})
    c = adjuncts.get_candidate(cid)
    assert (c["status"], c["ordinance_id"]) == ("rejected", None)
    assert ordinances.get_ordinance(drafted)["archived"] is True


def test_a_correction_after_the_ordinance_is_issued_is_refused_and_undone(ids):
    meeting = ah.committee()
    cid = ah.candidate(ids)
    adjuncts.propose(cid, meeting)
    resolution = adjuncts.record_committee_decision(cid, "approved", "موافقت شد.")
    adjuncts.appoint(cid)
    with pytest.raises(StateError):
        meetings.update_resolution(resolution, {"text": "مخالفت شد.", "outcome": "rejected"})
    assert meetings.get_resolution(resolution).outcome == "approved"
    assert _status(cid) == "approved"


def test_a_failed_draft_undoes_the_resolution(ids, monkeypatch):
    """All or nothing: when the ordinance cannot be drafted, the minutes do not record the approval."""
    meeting = ah.committee()
    cid = ah.candidate(ids)
    _, item = adjuncts.propose(cid, meeting)

    def refuse(*_args, **_kwargs):
        raise StateError("refused")

    monkeypatch.setattr(ordinances, "save_draft_in", refuse)
    with pytest.raises(StateError):
        meetings.record_resolution(item, {"text": "موافقت شد.", "outcome": "approved"})
    [row] = meetings.agenda_items(meeting)
    assert row.resolutions == []
    assert _status(cid) == "proposed"


def test_a_resolution_on_an_item_linked_by_hand_to_a_candidate_not_proposed_is_refused(ids):
    meeting = ah.committee()
    cid = ah.candidate(ids)
    item = meetings.add_agenda_item(
        meeting, {"title": "x", "linked_table": "adjunct_candidates", "linked_id": cid}
    )
    with pytest.raises(StateError):
        meetings.record_resolution(item, {"text": "موافقت شد.", "outcome": "approved"})
    assert meetings.agenda_items(meeting)[0].resolutions == []
    assert _status(cid) == "candidate"


def test_a_decided_candidate_keeps_its_fields_but_the_notes_change(ids):
    meeting = ah.committee()
    cid = ah.candidate(ids)
    adjuncts.propose(cid, meeting)
    adjuncts.record_committee_decision(cid, "rejected", "نه")
    values = adjuncts.get_candidate(cid)
    with pytest.raises(StateError):
        adjuncts.save_candidate({**values, "fields": "Something else"}, cid)
    adjuncts.save_candidate({**values, "notes": "Reapply next year"}, cid)
    assert adjuncts.get_candidate(cid)["notes"] == "Reapply next year"


def test_a_proposed_candidate_stays_in_the_register(ids):
    meeting = ah.committee()
    cid = ah.candidate(ids)
    adjuncts.propose(cid, meeting)
    with pytest.raises(StateError):
        adjuncts.archive_candidate(cid)
    other = ah.candidate(ids)
    adjuncts.archive_candidate(other)
    assert [r.id for r in adjuncts.list_adjuncts()] == [cid]
    adjuncts.restore_candidate(other)
    assert {r.id for r in adjuncts.list_adjuncts()} == {cid, other}


def _appointed(ids, frozen_clock, start: dt.datetime, months: int) -> int:
    meeting = ah.committee(start)
    cid = ah.candidate(ids, term_months=months)
    adjuncts.propose(cid, meeting)
    adjuncts.record_committee_decision(cid, "approved", "موافقت شد.")
    adjuncts.appoint(cid, start.date())
    return cid


def test_terms_ending_soon_at_the_year_boundary(ids, frozen_clock):
    """A one-month term from 1405/11/29 ends on 1405/12/28; on Nowruz eve it has ended, two days earlier
    it ends within the week."""
    cid = _appointed(ids, frozen_clock, dt.datetime(2027, 2, 18, 10, 0), 1)  # 1405/11/29
    end = jdatetime.date(1405, 12, 28).togregorian()
    assert adjuncts.list_adjuncts()[0].term_end == end
    assert [r.id for r in adjuncts.ending_within(end - dt.timedelta(days=2), 7)] == [cid]
    assert adjuncts.ending_within(end - dt.timedelta(days=10), 7) == []
    nowruz_eve = jdatetime.date(1405, 12, 29).togregorian()
    assert adjuncts.ending_within(nowruz_eve, 60) == []
    assert adjuncts.list_adjuncts(on=nowruz_eve)[0].state == "ended"


def test_the_leap_year_end_of_esfand(ids, frozen_clock):
    """A term from 1403/11/30 of one month ends on 1403/12/29, the day before Esfand 30 of leap 1403."""
    frozen_clock(dt.datetime(2025, 2, 18, 23, 30))
    cid = _appointed(ids, frozen_clock, dt.datetime(2025, 2, 18, 10, 0), 1)
    end = adjuncts.list_adjuncts(on=dt.date(2025, 2, 18))[0].term_end
    assert end == jdatetime.date(1403, 12, 29).togregorian()
    esfand_30 = jdatetime.date(1403, 12, 30).togregorian()
    assert adjuncts.list_adjuncts(on=esfand_30)[0].state == "ended"
    assert [r.id for r in adjuncts.ending_within(end, 0)] == [cid]


def test_activity_lists_visits_and_the_noted_courses_and_papers(ids, frozen_clock):
    cid = ah.candidate(ids)
    visit = visits.save_visit(
        {
            "kind": "visiting_professor",
            "costs_by": "faculty",
            "purpose_en": "Teaching week in cardiology",
            "purpose_fa": "هفته آموزشی قلب",
            "arrival_date": dt.date(2027, 1, 10),
            "departure_date": dt.date(2027, 1, 15),
            "guests": [{"person_id": ids["person"]}],
        }
    )
    adjuncts.add_activity(
        cid, {"kind": "course", "title": "Echocardiography for residents", "on": dt.date(2027, 1, 12)}
    )
    adjuncts.add_activity(cid, {"kind": "paper", "title": "Joint paper in Heart (2027)"})
    with pytest.raises(ValidationError) as refused:
        adjuncts.add_activity(cid, {"kind": "course", "title": ""})
    assert refused.value.field == "title"
    lines = adjuncts.activity(cid, "en")
    assert [(a.kind, a.title) for a in lines] == [
        ("visit", "Teaching week in cardiology"),
        ("course", "Echocardiography for residents"),
        ("paper", "Joint paper in Heart (2027)"),
    ]
    assert lines[0].id == visit
    adjuncts.remove_activity(lines[2].id)
    assert [a.kind for a in adjuncts.activity(cid)] == ["visit", "course"]
    with pytest.raises(NotFoundError):
        adjuncts.remove_activity(lines[2].id)


def test_today_lists_the_adjunct_terms_ending_soon(ids, frozen_clock):
    from app.services import today

    cid = _appointed(ids, frozen_clock, dt.datetime(2027, 2, 18, 10, 0), 1)  # ends 1405/12/28
    report = today.today_report(on=jdatetime.date(1405, 12, 20).togregorian())
    [entry] = report.shown("adjunct_ending")
    assert (entry.register, entry.record_id, entry.day) == (
        "adjuncts",
        cid,
        jdatetime.date(1405, 12, 28).togregorian(),
    )
    assert entry.title("en") == "Prof. Helen McAllister" and entry.detail("fa") == "دانشگاه ادینبورگ"
    assert report.totals["adjunct_ending"] == 1
    # the appointment ordinance is the same ending: it is not listed a second time among the ordinances
    assert report.shown("ordinance_ending") == [] and report.totals["ordinance_ending"] == 0
    after = today.today_report(on=jdatetime.date(1406, 1, 1).togregorian())
    assert after.shown("adjunct_ending") == [] and after.totals["adjunct_ending"] == 0


def test_the_cv_is_attached_to_the_candidate_under_a_generated_name(ids, tmp_path):
    from app.services import attachments

    cid = ah.candidate(ids)
    cv = tmp_path / "CV McAllister (2026).pdf"
    cv.write_bytes(b"%PDF-1.4 a CV")
    attachment = attachments.add_attachment(adjuncts.TABLE, cid, cv)
    [row] = attachments.list_attachments(adjuncts.TABLE, cid)
    assert (row.id, row.original_name, row.size) == (attachment, "CV McAllister (2026).pdf", 13)
    stored = attachments.attachment_path(attachment)
    assert stored.read_bytes() == b"%PDF-1.4 a CV" and "McAllister" not in stored.name
    with pytest.raises(NotFoundError):
        attachments.add_attachment(adjuncts.TABLE, 99999, cv)

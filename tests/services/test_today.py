"""Today's lists, rule by rule, on days the clock is frozen at (year boundaries and late evenings too).

Expected days come from jdatetime, not from the program's date helpers."""

from __future__ import annotations

import datetime as dt
import os
import time

import jdatetime
import pytest

from app.services import context, directory, letters, meetings, today
from app.services.errors import ValidationError
from db.models import FundingRequest, Letter, Ordinance, OrdinanceKind, VisitItem
from tests.services.meetings_helpers import person
from tests.services.today_helpers import MONDAY, NOWRUZ, NOWRUZ_EVE, _visit, add, ids, meeting_at

# ------------------------------------------------------------- the next days


def test_meetings_of_the_next_14_days_with_their_invitations(db, frozen_clock):
    frozen_clock(MONDAY)
    inside = meeting_at(MONDAY + dt.timedelta(days=14, hours=2))  # day 14, 10:00
    outside = meeting_at(MONDAY + dt.timedelta(days=15))
    past = meeting_at(MONDAY - dt.timedelta(days=1))
    invited = meeting_at(MONDAY + dt.timedelta(days=2))
    cancelled = meeting_at(MONDAY + dt.timedelta(days=3))
    meetings.mark_invited(invited)
    meetings.cancel_meeting(cancelled, "کسری اعضا")
    report = today.today_report()
    assert ids(report, "meeting") == [invited, inside]
    entry = {e.record_id: e for e in report.entries[today.COMING]}
    assert entry[invited].invited is True and entry[inside].invited is False
    assert outside not in ids(report, "meeting") and past not in ids(report, "meeting")
    assert ids(today.today_report(coming_days=15), "meeting") == [invited, inside, outside]


def test_the_next_days_across_nowruz(db, frozen_clock):
    frozen_clock(NOWRUZ_EVE)
    last_in = jdatetime.datetime(1406, 1, 14, 9, 0).togregorian()  # 1405/12/29 + 14 days
    first_out = jdatetime.datetime(1406, 1, 15, 9, 0).togregorian()
    a, b = meeting_at(last_in), meeting_at(first_out)
    assert ids(today.today_report(), "meeting") == [a]
    frozen_clock(NOWRUZ)  # one hour later: a new day and a new year
    assert ids(today.today_report(), "meeting") == [a, b]


def test_arrivals_departures_and_the_programme_of_visits_in_progress(db, frozen_clock):
    frozen_clock(MONDAY)
    day = MONDAY.date()
    coming = _visit(day + dt.timedelta(days=5))
    leaving = _visit(day - dt.timedelta(days=3), days=5, status="in_progress")
    cancelled = _visit(day + dt.timedelta(days=1), status="cancelled")
    add(
        VisitItem(
            visit_id=leaving,
            day=day,
            start_time=dt.time(9),
            end_time=dt.time(11),
            title_en="Ward round",
            title_fa="راند بخش",
        )
    )
    add(
        VisitItem(
            visit_id=leaving,
            day=day + dt.timedelta(days=1),
            start_time=dt.time(9),
            end_time=dt.time(10),
            title_en="Tomorrow",
        )
    )
    report = today.today_report()
    assert ids(report, "arrival") == [coming]
    assert ids(report, "departure") == [leaving, coming]
    programme = [e for e in report.entries[today.COMING] if e.rule == "programme"]
    assert [(e.record_id, e.detail("fa"), e.detail("en")) for e in programme] == [
        (leaving, "راند بخش", "Ward round")
    ]
    assert cancelled not in ids(report, "arrival")


# ------------------------------------------------------------- funding requests


def _request(status: str, **values) -> int:  # type: ignore[no-untyped-def]
    applicant = directory.save_person(
        {
            "kind": "faculty",
            "first_name_en": "Maryam",
            "last_name_en": "Karimi",
            "first_name_fa": "مریم",
            "last_name_fa": "کریمی",
        }
    )
    data = {
        "fiscal_year": 1405,
        "status": status,
        "applicant_id": applicant,
        "applicant_kind": "faculty",
        "conference": "ESC Congress",
        "starts_on": dt.date(2026, 12, 5),
        "ends_on": dt.date(2026, 12, 8),
        "presentation_kind": "oral",
        **values,
    }
    return add(FundingRequest(**data))


def test_requests_waiting_for_the_office_each_by_its_rule(db, frozen_clock):
    frozen_clock(MONDAY)
    submitted, deferred, agenda = _request("submitted"), _request("deferred"), _request("on_agenda")
    approved = _request("approved", starts_on=dt.date(2027, 2, 1), ends_on=dt.date(2027, 2, 3))
    letter = letters.save_draft(
        {"lang": "fa", "recipient": "دکتر کریمی", "subject": "نتیجه درخواست", "body": "متن"}
    )
    rejected_with_draft = _request("rejected", decision_letter_id=letter)
    issued_letter = letters.save_draft(
        {"lang": "fa", "recipient": "دکتر کریمی", "subject": "نتیجه", "body": "متن"}
    )
    letters.issue_letter(issued_letter)
    rejected_told = _request("rejected", decision_letter_id=issued_letter)
    paid_late = _request("paid", starts_on=dt.date(2026, 10, 1), ends_on=dt.date(2026, 10, 30))  # 31 days ago
    paid_in_time = _request(
        "paid", starts_on=dt.date(2026, 10, 5), ends_on=dt.date(2026, 10, 31)
    )  # 30 days ago
    conference = _request("partly_approved", starts_on=dt.date(2026, 12, 14), ends_on=dt.date(2026, 12, 16))
    report = today.today_report()
    assert ids(report, "not_on_agenda") == [submitted, deferred]
    assert ids(report, "no_decision") == [agenda]
    assert set(ids(report, "letter_not_issued")) == {approved, rejected_with_draft, conference}
    assert rejected_told not in ids(report, "letter_not_issued")
    assert set(ids(report, "not_paid")) == {approved, conference}
    assert ids(report, "report_overdue") == [paid_late]
    assert paid_in_time not in ids(report, "report_overdue")
    assert ids(report, "conference") == [conference]  # 14 days ahead; the February one is not yet


# ------------------------------------------------------------- drafts, minutes, actions


def test_drafts_older_than_seven_days_by_the_days_of_tehran(db, frozen_clock, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tehran")
    time.tzset()
    try:
        frozen_clock(dt.datetime(2026, 11, 21, 0, 30))  # written early on 1405/08/30 (still the 20th in UTC)
        draft = letters.save_draft(
            {"lang": "fa", "recipient": "دانشگاه تهران", "subject": "پیش‌نویس", "body": "متن"}
        )
        frozen_clock(dt.datetime(2026, 11, 28, 23, 30))  # late on the seventh day after: not more than seven
        assert draft not in ids(today.today_report(), "letter_draft")
        frozen_clock(dt.datetime(2026, 11, 29, 0, 30))  # the eighth day
        report = today.today_report()
        assert ids(report, "letter_draft") == [draft]
        entry = next(e for e in report.entries[today.WAITING] if e.rule == "letter_draft")
        assert entry.day == dt.date(2026, 11, 21)  # the office's day it was written, not UTC's
        letters.issue_letter(draft)
        assert draft not in ids(today.today_report(), "letter_draft")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
        os.environ.pop("TZ", None)


def test_meetings_held_without_approved_minutes(db, frozen_clock):
    frozen_clock(MONDAY)
    held = meeting_at(MONDAY - dt.timedelta(days=10))
    meetings.mark_held(held)
    planned = meeting_at(MONDAY - dt.timedelta(days=5))
    report = today.today_report()
    assert ids(report, "minutes_not_approved") == [held]
    assert planned not in ids(report, "minutes_not_approved")


def test_overdue_actions_from_nowruz_eve_to_the_new_year(db, frozen_clock):
    frozen_clock(dt.datetime(2027, 3, 1, 9, 0))
    owner = person("Rezaei", "رضایی")
    m = meeting_at(dt.datetime(2027, 3, 1, 10, 0))
    due_last_day = meetings.add_action(
        m, {"text": "ارسال صورتجلسه", "owner_id": owner, "due_on": jdatetime.date(1405, 12, 29).togregorian()}
    )
    done = meetings.add_action(m, {"text": "تمام شده", "due_on": dt.date(2027, 3, 5)})
    meetings.set_action_status(done, "done")
    frozen_clock(NOWRUZ_EVE)  # the last evening of the year: due today is not yet late
    assert ids(today.today_report(), "action_overdue") == []
    frozen_clock(NOWRUZ)
    late = [e for e in today.today_report().entries[today.LATE] if e.rule == "action_overdue"]
    assert [(e.record_id, e.action_id, e.detail("fa"), e.detail("en")) for e in late] == [
        (m, due_last_day, "سارا رضایی", "Dr. Sara Rezaei")
    ]
    assert late[0].number == meetings.get_meeting(m)["number"]


def test_completed_visits_whose_report_is_late(db, frozen_clock):
    frozen_clock(MONDAY)
    late = _visit(MONDAY.date() - dt.timedelta(days=40), status="completed")  # left 37 days ago
    recent = _visit(MONDAY.date() - dt.timedelta(days=20), status="completed")
    filed = _visit(MONDAY.date() - dt.timedelta(days=60), status="report_filed")
    found = ids(today.today_report(), "visit_report_overdue")
    assert found == [late] and recent not in found and filed not in found


# ------------------------------------------------------------- ending soon


def _ordinance(
    term_end: dt.date, status: str = "issued", unit: int | None = None, previous: int | None = None
) -> int:
    with context.database().reading() as session:
        kind = session.query(OrdinanceKind).filter(OrdinanceKind.unit_position.is_(True)).first()
        kind_id = kind.id
    return add(
        Ordinance(
            kind_id=kind_id,
            status=status,
            recipient_name_fa="علی رضایی",
            recipient_name_en="Ali Rezaei",
            unit_id=unit,
            term_start=term_end - dt.timedelta(days=700),
            term_end=term_end,
            previous_id=previous,
        )
    )


def test_ordinances_ending_within_60_days_and_vacant_positions(db, frozen_clock):
    frozen_clock(MONDAY)
    day = MONDAY.date()
    held = directory.save_unit({"kind": "department", "name_fa": "گروه آناتومی", "name_en": "Anatomy"})
    empty = directory.save_unit({"kind": "hospital", "name_fa": "بیمارستان سینا", "name_en": "Sina Hospital"})
    ending = _ordinance(day + dt.timedelta(days=60), unit=held)
    later = _ordinance(day + dt.timedelta(days=61), unit=held)
    renewed = _ordinance(day + dt.timedelta(days=30), unit=held)
    _ordinance(day + dt.timedelta(days=760), status="draft", unit=held, previous=renewed)
    report = today.today_report()
    assert ids(report, "ordinance_ending") == [ending]
    assert later not in ids(report, "ordinance_ending") and renewed not in ids(report, "ordinance_ending")
    assert empty in ids(report, "vacant_position") and held not in ids(report, "vacant_position")


def test_thresholds_are_settings_checked_and_audited(db, frozen_clock):
    frozen_clock(MONDAY)
    in_ten_days = meeting_at(MONDAY + dt.timedelta(days=10))
    assert ids(today.today_report(), "meeting") == [in_ten_days]
    today.save({"coming_days": 7})
    assert today.load().coming_days == 7 and ids(today.today_report(), "meeting") == []
    for bad in ({"coming_days": 0}, {"draft_days": "7"}, {"dormant_months": True}, {"nonsense": 3}):
        with pytest.raises(ValidationError) as error:
            today.save(bad)
        assert error.value.field == next(iter(bad))
    assert today.load() == today.Thresholds(coming_days=7)


def test_letters_register_keeps_its_rows_when_drafts_are_listed(db, frozen_clock):
    """Today only reads: listing changes no record."""
    frozen_clock(MONDAY - dt.timedelta(days=10))
    draft = letters.save_draft({"lang": "en", "recipient": "Karolinska", "subject": "Visit", "body": "Dear"})
    frozen_clock(MONDAY)
    with context.database().reading() as session:
        before = session.get(Letter, draft).updated_at
    assert ids(today.today_report(), "letter_draft") == [draft]
    with context.database().reading() as session:
        assert session.get(Letter, draft).updated_at == before


def test_the_next_days_alone_for_the_first_paint(db, frozen_clock):
    frozen_clock(MONDAY)
    m = meeting_at(MONDAY + dt.timedelta(days=1))
    first = today.today_report(sections=(today.COMING,))
    assert ids(first, "meeting") == [m] and first.has(today.COMING) and not first.has(today.LATE)
    assert set(first.totals) == set(today.RULES[today.COMING])
    assert today.today_report().has(today.ENDING)

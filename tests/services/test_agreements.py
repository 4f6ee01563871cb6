"""Agreements that show their life: activity, last activity and dormancy at frozen dates; the review before
expiry with its renewal (new agreement and letter together, or nothing)."""

from __future__ import annotations

import datetime as dt

import jdatetime
import pytest
from sqlalchemy import func, select

from app.services import agreements, context, directory, letters, meetings, today
from app.services.errors import ServiceError, StateError, ValidationError
from db.models import Agreement, AgreementReview, AuditEntry, Letter, Visit
from tests.services.meetings_helpers import council_id

MONDAY = dt.datetime(2026, 11, 30, 8, 0)  # 1405/09/09
NOWRUZ_EVE = jdatetime.datetime(1405, 12, 29, 23, 30).togregorian()
NOWRUZ = jdatetime.datetime(1406, 1, 1, 0, 30).togregorian()


def _partner(name: str = "Karolinska Institutet") -> int:
    return directory.save_institution({"name_en": name, "name_fa": "انستیتو کارولینسکا", "country": "SE"})


def _agreement(
    partner: int, signed: dt.date = dt.date(2022, 1, 1), until: dt.date | None = None, title: str = "MoU"
) -> int:
    return directory.save_agreement(
        {
            "institution_id": partner,
            "title": title,
            "signed_on": signed,
            "valid_until": until,
            "status": "active",
        }
    )


def _visit(arrival: dt.date, guest: int, **link) -> int:  # type: ignore[no-untyped-def]
    from app.services import visits

    visit_id = visits.save_visit(
        {
            "kind": "delegation",
            "purpose_en": "Joint research",
            "purpose_fa": "پژوهش مشترک",
            "arrival_date": arrival,
            "departure_date": arrival + dt.timedelta(days=3),
            "costs_by": "faculty",
            "guests": [{"person_id": guest, "is_head": True}],
            "costs": [],
        }
    )
    with context.database().writing() as session:
        visit = session.get(Visit, visit_id)
        for key, value in link.items():
            setattr(visit, key, value)
    return visit_id


def _person(partner: int | None, first: str = "Eva") -> int:
    return directory.save_person(
        {"kind": "foreign_guest", "first_name_en": first, "last_name_en": "Berg", "institution_id": partner}
    )


def _meeting_about(agreement: int, start: dt.datetime) -> int:
    meeting = meetings.create_meeting(
        {
            "kind_id": council_id(),
            "title": "شورای بین‌الملل",
            "starts_at": start,
            "ends_at": start + dt.timedelta(hours=2),
            "location": "اتاق جلسات",
        }
    )
    meetings.add_agenda_item(
        meeting, {"title": "Renewal of the MoU", "linked_table": "agreements", "linked_id": agreement}
    )
    return meeting


def test_the_activity_of_an_agreement_from_every_register(db, frozen_clock):
    frozen_clock(MONDAY)
    day = MONDAY.date()
    partner, other = _partner(), _partner("Uppsala University")
    mou = _agreement(partner)
    eva, stranger = _person(partner), _person(other, "Olof")
    by_people = _visit(day - dt.timedelta(days=400), eva)
    under = _visit(day - dt.timedelta(days=200), stranger, agreement_id=mou)
    unrelated = _visit(day - dt.timedelta(days=10), stranger)
    meeting = _meeting_about(mou, dt.datetime(2026, 9, 1, 10, 0))
    letter = letters.save_draft(
        {
            "lang": "en",
            "recipient": "Dr. Eva Berg",
            "recipient_person_id": eva,
            "subject": "Thanks",
            "body": "Dear colleague",
        }
    )
    letters.issue_letter(letter, day - dt.timedelta(days=30))
    life = agreements.agreement_life(mou)
    found = [(a.table, a.record_id, a.via) for a in life.activity]
    assert found == [
        ("letters", letter, "people"),
        ("meetings", meeting, "agreement"),
        ("visits", under, "agreement"),
        ("visits", by_people, "people"),
    ]
    assert ("visits", unrelated) not in [(a.table, a.record_id) for a in life.activity]
    assert life.last_activity == day - dt.timedelta(days=30) and not life.dormant
    assert life.funding_linked is True  # a support request hosted by the partner is listed (below)
    assert life.partner("fa") == "انستیتو کارولینسکا" and life.partner("en") == "Karolinska Institutet"


def test_dormant_as_today_says_at_the_year_boundary(db, frozen_clock):
    frozen_clock(NOWRUZ_EVE)
    partner = _partner()
    mou = _agreement(partner)
    guest = _person(partner)
    # A visit exactly twelve months before Nowruz eve's day is still within the period; a day earlier is not.
    edge = jdatetime.date(1404, 12, 29).togregorian()
    visit = _visit(edge, guest)
    life = agreements.agreement_life(mou)
    assert life.last_activity == edge and life.dormant is False
    assert mou not in [
        e.record_id for e in today.today_report().entries["ending"] if e.rule == "agreement_dormant"
    ]
    with context.database().writing() as session:
        session.get(Visit, visit).arrival_date = edge - dt.timedelta(days=1)
    frozen_clock(NOWRUZ)  # the new year: still dormant, the same as Today
    life = agreements.agreement_life(mou)
    assert life.dormant is True and life.last_activity == edge - dt.timedelta(days=1)
    assert mou in [
        e.record_id for e in today.today_report().entries["ending"] if e.rule == "agreement_dormant"
    ]


def test_a_young_expired_or_archived_agreement_is_not_dormant(db, frozen_clock):
    frozen_clock(MONDAY)
    day = MONDAY.date()
    partner = _partner()
    young = _agreement(partner, signed=day - dt.timedelta(days=100), title="young")
    expired = _agreement(partner, until=day - dt.timedelta(days=1), title="expired")
    old = _agreement(partner, title="old")
    assert agreements.agreement_life(old).dormant and agreements.agreement_life(old).last_activity is None
    assert not agreements.agreement_life(young).dormant and not agreements.agreement_life(expired).dormant
    directory.archive_agreement(old)
    assert not agreements.agreement_life(old).dormant


def _counts() -> tuple[int, int, int]:
    with context.database().reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m)) for m in (Agreement, Letter, AgreementReview)
        )  # type: ignore[return-value]


def test_renewal_drafts_the_new_agreement_and_the_letter_together(db, frozen_clock):
    frozen_clock(dt.datetime(2026, 11, 30, 22, 45))  # late in the evening
    partner = _partner()
    eva = _person(partner)
    mou = _agreement(partner, until=dt.date(2027, 1, 31), title="Research and exchange")
    review = agreements.review_agreement(
        mou,
        {
            "decision": "renew",
            "note": "Both sides want five more years.",
            "valid_until": dt.date(2032, 1, 31),
            "lang": "en",
        },
    )
    assert review.decided_on == dt.date(2026, 11, 30)
    new = directory.get_agreement(review.new_agreement_id)
    assert new.values["status"] == "draft" and new.values["valid_until"] == dt.date(2032, 1, 31)
    assert new.values["institution_id"] == partner and new.values["title"] == "Research and exchange"
    with context.database().reading() as session:
        assert session.get(Agreement, review.new_agreement_id).previous_id == mou
        letter = session.get(Letter, review.letter_id)
        assert (letter.status, letter.recipient_person_id, letter.linked_table, letter.linked_id) == (
            "draft",
            eva,
            "agreements",
            review.new_agreement_id,
        )
        assert "Research and exchange" in letter.subject and letter.number is None  # a draft: no number used
        actions = {(e.table_name, e.record_id, e.action) for e in session.scalars(select(AuditEntry))}
    assert {
        ("agreements", mou, "review"),
        ("agreements", review.new_agreement_id, "create"),
        ("letters", review.letter_id, "create"),
    } <= actions
    life = agreements.agreement_life(mou)
    assert [(r.decision, r.note) for r in life.reviews] == [("renew", "Both sides want five more years.")]
    with pytest.raises(StateError) as renewed_again:
        agreements.review_agreement(mou, {"decision": "renew", "valid_until": dt.date(2033, 1, 1)})
    assert "already been renewed" in str(renewed_again.value)


def test_renewal_is_all_or_nothing(db, frozen_clock, monkeypatch):
    frozen_clock(MONDAY)
    partner = _partner()
    mou = _agreement(partner, until=dt.date(2027, 1, 31))
    before = _counts()

    def broken(session, values, letter_id=None):  # type: ignore[no-untyped-def]
        raise ServiceError("The letters register refused the draft.")

    monkeypatch.setattr(letters, "save_draft_in", broken)
    with pytest.raises(ServiceError):
        agreements.review_agreement(mou, {"decision": "renew", "valid_until": dt.date(2030, 1, 31)})
    assert _counts() == before  # no new agreement, no letter, no review
    monkeypatch.undo()
    agreements.review_agreement(mou, {"decision": "renew", "valid_until": dt.date(2030, 1, 31)})
    assert _counts() == (before[0] + 1, before[1] + 1, before[2] + 1)


def test_other_decisions_and_refusals_in_words(db, frozen_clock):
    frozen_clock(MONDAY)
    partner = _partner()
    mou = _agreement(partner, until=dt.date(2027, 1, 31))
    before = _counts()
    review = agreements.review_agreement(mou, {"decision": "renegotiate", "note": "Add student exchange."})
    assert review.new_agreement_id is None and review.letter_id is None
    assert _counts() == (before[0], before[1], before[2] + 1)
    bad = [
        ({"decision": "prolong"}, "decision"),
        ({"decision": "renew"}, "valid_until"),
        ({"decision": "renew", "valid_until": dt.date(2026, 12, 31)}, "valid_until"),
        ({"decision": "lapse", "note": ""}, "note"),
    ]
    for data, field in bad:
        with pytest.raises(ValidationError) as error:
            agreements.review_agreement(mou, data)
        assert error.value.field == field and str(error.value)
    directory.archive_agreement(mou)
    with pytest.raises(StateError) as archived:
        agreements.review_agreement(mou, {"decision": "lapse", "note": "No reply in two years."})
    assert "archived agreement cannot be reviewed" in str(archived.value)
    assert _counts() == (before[0], before[1], before[2] + 1)


def test_a_planned_visit_is_listed_but_is_not_the_last_activity(db, frozen_clock):
    """Only what has happened counts: a visit planned for next month shows in the agreement's life, but the
    last activity stays the visit of last year, and the agreement is dormant, as Today says, until it
    comes."""
    frozen_clock(MONDAY)
    day = MONDAY.date()
    partner = _partner()
    mou = _agreement(partner)
    guest = _person(partner)
    past = _visit(day - dt.timedelta(days=400), guest)
    planned = _visit(day + dt.timedelta(days=30), guest)
    life = agreements.agreement_life(mou)
    assert [a.record_id for a in life.activity if a.table == "visits"] == [planned, past]
    assert life.last_activity == day - dt.timedelta(days=400)
    assert life.dormant is True
    dormant = [e for e in today.today_report().entries["ending"] if e.rule == "agreement_dormant"]
    assert [(e.record_id, e.day) for e in dormant] == [(mou, day - dt.timedelta(days=400))]
    frozen_clock(MONDAY + dt.timedelta(days=31))  # the guest came: it is activity now
    life = agreements.agreement_life(mou)
    assert life.last_activity == day + dt.timedelta(days=30) and life.dormant is False
    assert mou not in [
        e.record_id for e in today.today_report().entries["ending"] if e.rule == "agreement_dormant"
    ]


def test_a_granted_stay_at_the_partner_is_its_activity_from_its_first_day(db, frozen_clock, pdf_text):
    """A sabbatical hosted by the partner (host_institution_id) counts once the council granted it, from
    the day it starts: listed in the agreement's life, its last activity, and not dormant on Today. A draft
    or a rejected request is listed greyed or not at all, and counts for nothing."""
    from app.services import funding
    from db.models import FundingRequest
    from tests.services import funding_helpers as fh
    from tests.services.today_helpers import change, ids

    frozen_clock(NOWRUZ_EVE)  # 1405/12/29 23:30
    partner = _partner()
    mou = _agreement(partner)
    fh.set_up_year()
    draft = funding.save_request(fh.case_data(fh.person(), host_institution="", host_institution_id=partner))
    granted = funding.save_request(
        fh.case_data(fh.person("Tehrani", "تهرانی"), host_institution="", host_institution_id=partner)
    )
    rejected = funding.save_request(
        fh.case_data(fh.person("Nouri", "نوری"), host_institution="", host_institution_id=partner)
    )
    began = jdatetime.date(1405, 6, 1).togregorian()
    change(FundingRequest, granted, status="paid", starts_on=began, ends_on=began + dt.timedelta(days=180))
    change(FundingRequest, rejected, status="rejected", starts_on=began)
    life = agreements.agreement_life(mou)
    listed = {(a.table, a.record_id): a for a in life.activity}
    assert ("funding", draft) not in listed
    assert listed[("funding", granted)].counts and listed[("funding", granted)].via == "partner"
    assert listed[("funding", granted)].reference.startswith("FR-1405-")
    assert "Tehrani" in listed[("funding", granted)].title("en")
    assert not listed[("funding", rejected)].counts
    assert life.last_activity == began and not life.dormant
    assert mou not in ids(today.today_report(), "agreement_dormant")
    english = " ".join(pdf_text(agreements.partner_summary_pdf(partner, "en")).split())
    assert "Request FR-1405-0002" in english and "Paid" in english and "FR-1405-" in english, english
    assert "not linked" not in english
    persian = " ".join(pdf_text(agreements.partner_summary_pdf(partner, "fa")).split())
    assert "درخواست" in persian and "تهرانی" in persian and "پیوند ندارند" not in persian, persian
    # Planned for later, the stay is not activity yet: the agreement is dormant until the stay begins.
    change(FundingRequest, granted, starts_on=NOWRUZ.date() + dt.timedelta(days=10))
    assert agreements.agreement_life(mou).last_activity is None
    assert mou in ids(today.today_report(), "agreement_dormant")

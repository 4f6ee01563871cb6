"""Today's agreements: those ending within 90 days, dormant ones, and what counts as an agreement's activity
(a letter to the partner's people, a visit of them), with twelve months counted back over leap days."""

import datetime as dt

from app.services import context, directory, letters, today
from db.models import Visit
from tests.services.today_helpers import LEAP_LAST, MONDAY, _visit, change, ids


def _partner_agreement(signed: dt.date, until: dt.date | None, title: str = "MoU") -> tuple[int, int]:
    partner = directory.save_institution({"name_en": f"Karolinska Institutet {title}", "country": "SE"})
    agreement = directory.save_agreement(
        {
            "institution_id": partner,
            "title": title,
            "signed_on": signed,
            "valid_until": until,
            "status": "active",
        }
    )
    return partner, agreement


def test_agreements_ending_within_90_days_and_dormant_ones(db, frozen_clock):
    frozen_clock(MONDAY)
    day = MONDAY.date()
    _, ending = _partner_agreement(dt.date(2022, 1, 1), day + dt.timedelta(days=90), "ending")
    _, later = _partner_agreement(dt.date(2022, 1, 1), day + dt.timedelta(days=91), "later")
    partner, active = _partner_agreement(dt.date(2022, 1, 1), None, "visited")
    _, young = _partner_agreement(day - dt.timedelta(days=100), None, "young")
    visit = _visit(today.months_before(day, 11))
    change(Visit, visit, institution_id=partner)
    report = today.today_report()
    assert ids(report, "agreement_ending") == [ending]
    dormant = ids(report, "agreement_dormant")
    assert set(dormant) == {ending, later}  # no activity in 12 months; the visited and the young are not
    with context.database().reading() as session:
        assert today.last_activity(session)[active] == today.months_before(day, 11)
    change(
        Visit, visit, arrival_date=today.months_before(day, 13), departure_date=today.months_before(day, 13)
    )
    assert active in ids(today.today_report(), "agreement_dormant") and young not in ids(
        today.today_report(), "agreement_dormant"
    )


def test_a_letter_to_the_partners_people_or_a_visit_of_them_is_activity(db, frozen_clock):
    frozen_clock(MONDAY)
    day = MONDAY.date()
    written, written_agreement = _partner_agreement(dt.date(2022, 1, 1), None, "written")
    visited, visited_agreement = _partner_agreement(dt.date(2022, 1, 1), None, "visited")
    _, quiet = _partner_agreement(dt.date(2022, 1, 1), None, "quiet")
    colleague = directory.save_person(
        {"kind": "foreign_guest", "first_name_en": "Eva", "last_name_en": "Berg", "institution_id": written}
    )
    letter = letters.save_draft(
        {
            "lang": "en",
            "recipient": "Dr. Eva Berg",
            "recipient_person_id": colleague,
            "subject": "Thanks",
            "body": "Dear colleague",
        }
    )
    letters.issue_letter(letter, day - dt.timedelta(days=30))
    guest = directory.save_person(
        {"kind": "foreign_guest", "first_name_en": "Lars", "last_name_en": "Holm", "institution_id": visited}
    )
    from app.services import visits

    visits.save_visit(
        {
            "kind": "visiting_professor",
            "purpose_en": "Lectures",
            "arrival_date": day - dt.timedelta(days=60),
            "departure_date": day - dt.timedelta(days=55),
            "costs_by": "faculty",
            "costs": [],
            "guests": [{"person_id": guest, "is_head": True}],
        }
    )
    dormant = ids(today.today_report(), "agreement_dormant")
    assert quiet in dormant and written_agreement not in dormant and visited_agreement not in dormant
    with context.database().reading() as session:
        latest = today.last_activity(session)
    assert latest[written_agreement] == day - dt.timedelta(days=30)
    assert latest[visited_agreement] == day - dt.timedelta(days=60)


def test_twelve_months_back_on_leap_days(db):
    assert today.months_before(LEAP_LAST, 12) == dt.date(2024, 3, 20)
    assert today.months_before(dt.date(2024, 2, 29), 12) == dt.date(2023, 2, 28)
    assert today.months_before(dt.date(2027, 1, 15), 13) == dt.date(2025, 12, 15)


# ------------------------------------------------------------- the periods are settings

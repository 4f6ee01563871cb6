"""A support request refused with every bad field at once (issue 22, "show every invalid field at once"):
the editor marks them all in one Save instead of one after another, and nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import funding
from app.services.errors import FieldErrors, ValidationError
from tests.services.funding_helpers import TODAY, person, request_data, set_up_year


def _refused(data: dict) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        funding.save_request(data)
    return {e.field: e.message for e in getattr(caught.value, "errors", [caught.value])}


def test_every_bad_field_of_a_conference_request_is_named_at_once(db):
    applicant = person()
    refused = _refused(
        request_data(
            applicant,
            academic_rank="",  # a faculty member's rank is required
            conference="",
            country="IR",  # a conference abroad
            starts_on=dt.date(2027, 2, 10),
            ends_on=dt.date(2027, 2, 1),  # before it starts
            paper_title="",
            lines=[{"kind": "registration", "currency": "EUR", "amount": 0}],
        )
    )
    assert set(refused) == {"academic_rank", "conference", "country", "ends_on", "paper_title", "lines"}
    assert refused["country"] == "Funding is for conferences abroad."
    assert refused["ends_on"] == "The end date comes before the start date."
    assert funding.list_funding().total == 0


def test_a_sabbaticals_own_fields_are_named_with_the_others(db):
    applicant = person()
    refused = _refused(
        request_data(
            applicant,
            kind="sabbatical",
            conference="",
            host_institution="",
            duration_months=40,
            study_plan="",
            language_score=65,  # a score without its certificate
        )
    )
    assert {"conference", "host_institution", "duration_months", "study_plan", "language_certificate"} <= set(
        refused
    )


def test_one_bad_field_is_a_plain_refusal_and_a_good_request_saves(db, frozen_clock):
    frozen_clock(dt.datetime.combine(TODAY, dt.time(9)))  # the euro's rate below is dated before it
    set_up_year()
    applicant = person()
    with pytest.raises(ValidationError) as caught:
        funding.save_request(request_data(applicant, city="x" * 500))
    assert not isinstance(caught.value, FieldErrors) and caught.value.field == "city"
    saved = funding.save_request(request_data(applicant))
    assert funding.get_request(saved).values["city"] == "Vienna"

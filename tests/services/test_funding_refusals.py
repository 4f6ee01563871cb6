"""Bad input refused with its field and nothing changed (hypothesis): a request's fields, a year's rules and
an exchange rate."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.services import context, directory, funding
from app.services.errors import ValidationError
from db.models import AuditEntry
from tests.services.funding_helpers import YEAR, counts, person, request_data, set_up_year

BAD = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.booleans(),
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.lists(
        st.dictionaries(
            st.sampled_from(["kind", "currency", "amount"]),
            st.one_of(st.text(max_size=5), st.integers(), st.none()),
        ),
        max_size=3,
    ),
)
FIELDS = [
    "applicant_id",
    "applicant_kind",
    "academic_rank",
    "supervisor_id",
    "unit_id",
    "conference",
    "country",
    "starts_on",
    "ends_on",
    "presentation_kind",
    "paper_title",
    "author_position",
    "lines",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(FIELDS), BAD, min_size=1))
def test_bad_input_is_refused_by_its_field_and_changes_nothing(db, changes):
    set_up_year()
    people = directory.list_people(directory.PageRequest(limit=1)).rows
    applicant = people[0].id if people else person()
    before = counts()
    data = request_data(applicant, **changes)
    try:
        funding.save_request(data)
    except ValidationError as error:
        assert error.field in FIELDS and error.text()
        assert counts() == before


RULE_FIELDS = [
    "fiscal_year",
    "budget_irr",
    "max_awards",
    "award_window_years",
    "min_days_before",
    "caps",
    "required_documents",
]
ODD = st.one_of(
    BAD,
    st.dictionaries(
        st.sampled_from(["applicant_kind", "academic_rank", "x"]),
        st.one_of(
            st.dictionaries(
                st.sampled_from(["faculty", "professor", "y"]), st.one_of(st.integers(), st.text(max_size=3))
            ),
            st.lists(st.text(max_size=8)),
        ),
    ),
)


def rule_counts():
    from db.models import ExchangeRate, FundingRules

    with context.database().reading() as session:
        return tuple(
            session.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (FundingRules, ExchangeRate, AuditEntry)
        )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(RULE_FIELDS), ODD, min_size=1))
def test_bad_rules_are_refused_by_their_field_and_change_nothing(db, changes):
    before = rule_counts()
    data = {
        "fiscal_year": YEAR,
        "budget_irr": 10**9,
        "max_awards": 1,
        "award_window_years": 1,
        "min_days_before": 30,
        **changes,
    }
    try:
        funding.save_rules(data)
    except ValidationError as error:
        assert error.field in RULE_FIELDS and error.text()
        assert rule_counts() == before


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(currency=BAD, day=BAD, rials=BAD)
def test_bad_rates_are_refused_and_change_nothing(db, currency, day, rials):
    before = rule_counts()
    try:
        funding.save_rate({"currency": currency, "effective_on": day, "rials": rials})
    except ValidationError as error:
        assert error.field in ("currency", "effective_on", "rials") and error.text()
        assert rule_counts() == before

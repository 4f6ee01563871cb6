"""Every funding rule against many amounts, dates and caps (hypothesis); the budget exact to the rial;
conversions exact; a payment at most the approved amount (bad input refused with its field and nothing
changed: test_funding_refusals.py)."""

import datetime as dt
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from app.common import dates
from app.common.money import CURRENCIES
from app.services import context, directory, funding
from app.services.errors import ValidationError
from app.services.funding import rates
from app.services.funding.rules import Facts, check
from db.models import FundingLine, FundingRequest, FundingTransition
from tests.services.funding_helpers import TODAY, YEAR, counts, person, unit

RELAXED = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
AMOUNTS = st.integers(min_value=1, max_value=3_000_000_000)


def rules(**changes) -> None:
    data = {
        "fiscal_year": YEAR,
        "budget_irr": 10**12,
        "caps": {},
        "max_awards": 1,
        "award_window_years": 1,
        "min_days_before": 30,
        "report_required": True,
        "required_documents": {},
    }
    data.update(changes)
    funding.save_rules(data)


def facts(applicant: int, **changes) -> Facts:
    values = {
        "request_id": None,
        "applicant_id": applicant,
        "applicant_kind": "faculty",
        "academic_rank": "professor",
        "presentation_kind": "poster",
        "starts_on": TODAY + dt.timedelta(days=90),
        "fiscal_year": YEAR,
        "requested_irr": 100_000_000,
        "lines": 1,
        "documents": frozenset(),
    }
    values.update(changes)
    return Facts(**values)


def broken(facts_: Facts, on: dt.date = TODAY, amount: int | None = None) -> dict[str, bool]:
    with context.database().reading() as session:
        return {f.rule: f.blocking for f in check(session, facts_, on, amount)}


def the_unit() -> int:
    """The department of the test's database (made on first use: examples share one database)."""
    units = directory.list_units().rows
    return units[0].id if units else unit()


def clear_requests() -> None:
    with context.database().writing() as session:
        for model in (FundingTransition, FundingLine, FundingRequest):
            session.execute(delete(model))


def insert(
    applicant: int,
    status: str,
    fiscal_year: int = YEAR,
    approved: int | None = None,
    paid: int | None = None,
    requested: int = 0,
    unit_id: int | None = None,
    ends_on: dt.date = TODAY,
) -> None:
    with context.database().writing() as session:
        session.add(
            FundingRequest(
                fiscal_year=fiscal_year,
                status=status,
                applicant_id=applicant,
                applicant_kind="faculty",
                academic_rank="professor",
                unit_id=unit_id,
                conference="Earlier congress",
                country="DE",
                starts_on=ends_on - dt.timedelta(days=2),
                ends_on=ends_on,
                presentation_kind="oral",
                paper_title="p",
                requested_irr=requested,
                approved_irr=approved,
                paid_irr=paid,
                paid_on=ends_on if paid else None,
                decided_on=None
                if status in ("draft", "submitted", "on_agenda")
                else dates.from_jalali(fiscal_year, 6, 1),
            )
        )


@RELAXED
@given(days=st.integers(min_value=-40, max_value=400), minimum=st.integers(min_value=0, max_value=365))
def test_minimum_days_before_the_conference(db, days, minimum):
    rules(min_days_before=minimum)
    found = broken(facts(person(), starts_on=TODAY + dt.timedelta(days=days)))
    assert ("min_days" in found) == (days < minimum)


@RELAXED
@given(
    requested=AMOUNTS,
    kind_cap=st.none() | AMOUNTS,
    rank_cap=st.none() | AMOUNTS,
    poster_cap=st.none() | AMOUNTS,
    approved=AMOUNTS,
)
def test_caps_warn_at_submission_and_block_an_approval_above_them(
    db, requested, kind_cap, rank_cap, poster_cap, approved
):
    caps = {
        "applicant_kind": {"faculty": kind_cap},
        "academic_rank": {"professor": rank_cap},
        "presentation_kind": {"poster": poster_cap},
    }
    rules(caps=caps)
    applicant = person()
    at_submission = broken(facts(applicant, requested_irr=requested))
    at_approval = broken(facts(applicant, requested_irr=requested), amount=approved)
    for rule, cap in (
        ("cap_applicant_kind", kind_cap),
        ("cap_academic_rank", rank_cap),
        ("cap_presentation_kind", poster_cap),
    ):
        assert (rule in at_submission) == (cap is not None and requested > cap)
        assert at_submission.get(rule, False) is False  # a warning: the council may approve less
        assert at_approval.get(rule) == (True if cap is not None and approved > cap else None)
    assert ("above_requested" in at_approval) == (approved > requested)


@RELAXED
@given(
    awards=st.lists(st.integers(min_value=YEAR - 5, max_value=YEAR), max_size=5),
    most=st.integers(min_value=1, max_value=4),
    window=st.integers(min_value=1, max_value=4),
    withdrawn=st.integers(min_value=0, max_value=2),
)
def test_at_most_n_awards_in_m_years(db, awards, most, window, withdrawn):
    clear_requests()
    rules(max_awards=most, award_window_years=window, report_required=False)
    applicant = person()
    for year in awards:
        insert(applicant, "closed", year, approved=10, paid=10)
    for _ in range(withdrawn):  # given up: not awards
        insert(applicant, "withdrawn", YEAR, approved=10)
    insert(applicant, "rejected", YEAR)
    within = sum(1 for year in awards if YEAR - window < year <= YEAR)
    found = broken(facts(applicant))
    assert ("max_awards" in found) == (within >= most)
    if within >= most:
        assert found["max_awards"] is True


@RELAXED
@given(ended=st.integers(min_value=-30, max_value=30), required=st.booleans(), reported=st.booleans())
def test_a_missing_report_blocks_a_new_request(db, ended, required, reported):
    clear_requests()
    rules(report_required=required, max_awards=50)
    applicant = person()
    insert(
        applicant,
        "report_received" if reported else "paid",
        approved=5,
        paid=5,
        ends_on=TODAY + dt.timedelta(days=ended),
    )
    found = broken(facts(applicant))
    assert ("report_missing" in found) == (required and not reported and ended < 0)


@RELAXED
@given(
    entries=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "draft",
                    "submitted",
                    "approved",
                    "partly_approved",
                    "rejected",
                    "paid",
                    "report_received",
                    "closed",
                    "withdrawn",
                ]
            ),
            AMOUNTS,
            AMOUNTS,
            st.booleans(),
        ),
        max_size=12,
    ),
    budget=st.integers(min_value=0, max_value=10**12),
)
def test_budget_arithmetic_is_exact_to_the_rial(db, entries, budget):
    clear_requests()
    department = the_unit()
    applicant = person()
    committed = paid = 0
    for status, approved, paid_amount, in_department in entries:
        paid_amount = min(paid_amount, approved)
        has_money = status in ("approved", "partly_approved", "paid", "report_received", "closed")
        has_paid = status in ("paid", "report_received", "closed")
        insert(
            applicant,
            status,
            approved=approved if has_money else None,
            paid=paid_amount if has_paid else None,
            requested=approved,
            unit_id=department if in_department else None,
        )
        committed += approved if status in ("approved", "partly_approved") else 0
        paid += paid_amount if has_paid else 0
    rules(budget_irr=max(budget, committed + paid))
    result = funding.budget(YEAR)
    assert (result.committed_irr, result.paid_irr) == (committed, paid)
    assert result.remaining_irr == max(budget, committed + paid) - committed - paid >= 0
    assert sum(line.committed_irr for line in result.departments) == committed
    assert sum(line.paid_irr for line in result.departments) == paid


@RELAXED
@given(
    budget=st.integers(min_value=0, max_value=5 * 10**9),
    committed=st.integers(min_value=0, max_value=5 * 10**9),
    amount=AMOUNTS,
)
def test_an_approval_never_takes_the_budget_below_zero(db, budget, committed, amount):
    clear_requests()
    applicant = person()
    rules(budget_irr=budget + committed, max_awards=50)
    if committed:
        insert(applicant, "approved", approved=committed, requested=committed)
    found = broken(facts(person(), requested_irr=amount), amount=amount)
    assert ("budget" in found) == (amount > budget)


def test_the_budget_cannot_be_set_below_what_is_used(db):
    rules(budget_irr=1000)
    insert(person(), "approved", approved=800)
    insert(person(), "paid", approved=200, paid=150)
    try:
        rules(budget_irr=949)
    except ValidationError as error:
        assert error.field == "budget_irr" and "950" in error.text()
    else:
        raise AssertionError("a budget below what is used was accepted")
    rules(budget_irr=950)
    assert funding.budget(YEAR).remaining_irr == 0


@given(
    amount=st.integers(min_value=0, max_value=10**13),
    rate=st.integers(min_value=1, max_value=10**8),
    code=st.sampled_from(sorted(CURRENCIES)),
)
def test_conversion_to_rials_rounds_half_up_exactly(amount, rate, code):
    exact = Fraction(amount * rate, 10 ** CURRENCIES[code].minor_digits)
    result = rates.to_rials(amount, code, rate)
    assert result - Fraction(1, 2) <= exact < result + Fraction(1, 2)


def test_the_rate_of_a_day_is_the_latest_before_it(db):
    funding.save_rate({"currency": "EUR", "effective_on": dt.date(2026, 1, 1), "rials": 500_000})
    funding.save_rate({"currency": "EUR", "effective_on": dt.date(2026, 6, 1), "rials": 600_000})
    funding.save_rate({"currency": "EUR", "effective_on": dt.date(2026, 6, 1), "rials": 610_000})  # corrected
    with context.database().reading() as session:
        assert rates.rate_on(session, "EUR", dt.date(2026, 5, 31)) == 500_000
        assert rates.rate_on(session, "EUR", dt.date(2026, 6, 1)) == 610_000
    assert len(funding.list_rates("EUR")) == 2


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    amount=st.one_of(
        st.integers(min_value=-(2**40), max_value=2**40), st.booleans(), st.none(), st.text(max_size=4)
    ),
    reference=st.text(max_size=120),
)
def test_a_payment_is_at_most_the_approved_amount(db, amount, reference):
    clear_requests()
    rules(max_awards=50)
    insert(person(), "approved", approved=1_000, requested=1_000)
    with context.database().reading() as session:
        request_id = session.execute(select(FundingRequest.id)).scalar_one()
    before = counts()
    try:
        funding.record_payment(request_id, amount, TODAY, reference)
    except ValidationError as error:
        assert error.field in ("paid_irr", "payment_reference") and counts() == before
    else:
        assert isinstance(amount, int) and 0 < amount <= 1_000 and reference.strip()
        assert funding.get_request(request_id).values["status"] == "paid"

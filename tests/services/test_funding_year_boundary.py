"""Which fiscal year a request belongs to at the Jalali new year, on the program's clock frozen at the
boundary: a submission is checked against the rules of the day it is submitted; the council's decision
commits (or refuses) money from the budget of the year of the meeting."""

import datetime as dt

import pytest

from app.services import funding, meetings
from tests.services import meetings_helpers as mh
from tests.services.funding_helpers import EUR_RATE, ready_request, set_up_year

NOWRUZ_EVE = dt.datetime(2027, 3, 20, 23, 30)  # 1405/12/29, the last evening of 1405
FIRST_FARVARDIN = dt.datetime(2027, 3, 21, 0, 30)  # 1406/01/01
LEAP_ESFAND_30 = dt.datetime(2025, 3, 20, 12, 0)  # 1403/12/30, the last day of leap year 1403


def _submitted(tmp_path, at: dt.datetime, years: tuple[int, ...], budget: int = 5_000_000_000) -> int:
    """A complete request submitted at `at` (the clock's day), with rules for each of `years`."""
    for year in years:
        set_up_year(year, budget)
    funding.save_rate({"currency": "EUR", "effective_on": dt.date(2025, 1, 1), "rials": EUR_RATE})
    start = at.date() + dt.timedelta(days=60)
    request_id = ready_request(tmp_path, starts_on=start, ends_on=start + dt.timedelta(days=3))
    funding.submit(request_id)
    return request_id


def _decide_at(request_id: int, council_at: dt.datetime, amount: int | None = None) -> None:
    council = mh.new_council(council_at)
    funding.put_pending_on_agenda(council)
    item = funding.get_request(request_id).values["agenda_item_id"]
    meetings.record_resolution(item, {"text": "Approved.", "outcome": "approved", "amount": amount})


@pytest.mark.parametrize(
    ("submitted_at", "council_at", "submission_year", "budget_year"),
    [
        (NOWRUZ_EVE, dt.datetime(2027, 3, 20, 10, 0), 1405, 1405),  # council on Esfand 29: the old year pays
        (
            NOWRUZ_EVE,
            dt.datetime(2027, 4, 10, 10, 0),
            1405,
            1406,
        ),  # submitted in Esfand, decided in Farvardin
        (FIRST_FARVARDIN, dt.datetime(2027, 4, 10, 10, 0), 1406, 1406),
        (LEAP_ESFAND_30, dt.datetime(2025, 3, 20, 16, 0), 1403, 1403),
        (LEAP_ESFAND_30, dt.datetime(2025, 3, 21, 10, 0), 1403, 1404),
    ],
)
def test_the_budget_of_the_council_s_year_pays(
    db, tmp_path, frozen_clock, submitted_at, council_at, submission_year, budget_year
):
    mh.council_members(3)
    frozen_clock(submitted_at)
    request_id = _submitted(tmp_path, submitted_at, (submission_year, budget_year))
    values = funding.get_request(request_id).values
    assert values["fiscal_year"] == submission_year and values["submitted_on"] == submitted_at.date()
    frozen_clock(council_at)
    _decide_at(request_id, council_at)
    values = funding.get_request(request_id).values
    assert (
        values["fiscal_year"] == submission_year and values["decided_on"] == council_at.date()
    )  # its reference
    assert funding.budget(budget_year).committed_irr == values["approved_irr"] > 0
    if submission_year != budget_year:
        assert funding.budget(submission_year).committed_irr == 0
        assert funding.list_funding(where=funding.FundingFilter(fiscal_year=submission_year)).total == 1
    funding.record_payment(
        request_id, values["approved_irr"], council_at.date() + dt.timedelta(days=3), "FIN-1"
    )
    assert funding.budget(budget_year).paid_irr == values["approved_irr"]  # paid where it was committed
    assert (
        funding.budget(submission_year if submission_year != budget_year else budget_year + 1).paid_irr == 0
    )


def test_a_draft_of_nowruz_eve_submitted_after_midnight_belongs_to_the_new_year(db, tmp_path, frozen_clock):
    frozen_clock(NOWRUZ_EVE)
    set_up_year(1405)
    start = dt.date(2027, 5, 10)
    request_id = ready_request(tmp_path, starts_on=start, ends_on=start + dt.timedelta(days=3))
    frozen_clock(FIRST_FARVARDIN)  # an hour later: the new year has no rules yet
    with pytest.raises(funding.FundingRuleError) as error:
        funding.submit(request_id)
    assert {f.rule for f in error.value.findings} == {"no_rules"} and "fiscal year 1406" in str(error.value)
    set_up_year(1406)
    funding.submit(request_id)
    assert funding.get_request(request_id).values["fiscal_year"] == 1406


def test_the_new_year_s_budget_and_rules_decide_a_request_of_esfand(db, tmp_path, frozen_clock):
    mh.council_members(3)
    frozen_clock(NOWRUZ_EVE)
    set_up_year(1406, 100_000_000)  # 1405 has money (below); 1406 almost none
    request_id = _submitted(tmp_path, NOWRUZ_EVE, (1405,))
    assert not [f for f in funding.current_checks(request_id) if f.blocking]  # as of its submission, in 1405
    council_at = dt.datetime(2027, 4, 10, 10, 0)
    frozen_clock(council_at)
    council = mh.new_council(council_at)
    funding.put_pending_on_agenda(council)
    assert {f.rule for f in funding.preview_approval(request_id, None)} == {"budget"}  # the warning before OK
    item = funding.get_request(request_id).values["agenda_item_id"]
    with pytest.raises(funding.FundingRuleError) as error:
        meetings.record_resolution(item, {"text": "Approved.", "outcome": "approved", "amount": None})
    assert "fiscal year 1406" in str(error.value)
    values = funding.get_request(request_id).values
    assert values["status"] == "on_agenda" and funding.budget(1406).committed_irr == 0  # nothing changed
    assert not [f for f in funding.current_checks(request_id) if f.blocking]  # submission checks unchanged
    meetings.record_resolution(
        item, {"text": "Approved in part.", "outcome": "approved", "amount": 100_000_000}
    )
    assert funding.budget(1406).remaining_irr == 0 and funding.budget(1405).committed_irr == 0

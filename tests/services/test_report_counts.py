"""The annual report's SQL counts (COUNT / SUM ... GROUP BY, app/services/reports/counts.py) against the same
rules applied record by record (app/services/reports/records.py, the traces): every figure, every breakdown's
groups and the 12-month line agree on a sample database of every register, in both languages, for the year
and the year before. The hand-counted answers are in test_reports.py."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from app.common import clock, dates
from app.services import context, demo
from app.services.ordinances.holders import current_holders, position_counts, vacant_positions
from app.services.reports.annual import DEFINITIONS, MONEY
from app.services.reports.counts import MONTHLY, Counts
from app.services.reports.definitions import RATIOS, share
from app.services.reports.records import Year

SUMMED = (*MONEY, "days_hosted")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("counts")
    with pytest.MonkeyPatch.context() as patch, clock.frozen(dt.datetime(2026, 11, 30, 8, 0)):  # 1405/09/09
        patch.setenv(
            "IVC_DESK_HOME", str(folder)
        )  # its documents and number journal stay in the test's folder
        context.open_database(folder / "ivc-desk.sqlite3")
        demo.fill_every_register(80)
        yield
        context.close_database()


@pytest.mark.parametrize("lang", ["fa", "en"])
@pytest.mark.parametrize("year", [1404, 1405])
def test_sql_counts_agree_with_the_records_one_by_one(sample, lang, year):
    today = dt.date(2026, 11, 30)
    with context.database().reading() as session:
        counted = Counts(session, year, lang, today)
        traced = Year(session, year, lang, today).gather()
    traced.positions(current_holders(on=counted.cut, within_days=0))  # the holders' list, one by one
    compared = 0
    for key in DEFINITIONS:
        items = traced.items[key]
        if key in RATIOS:  # a share lists the records it is a share of, and is the share of the two counts
            part, whole = RATIOS[key]
            assert counted.value(key) == share(len(traced.items[part]), len(traced.items[whole])), key
            assert items == traced.items[whole]
            continue
        expected = sum(i.trace.amount or 0 for i in items) if key in SUMMED else len(items)
        assert counted.value(key) == expected, key
        compared += expected
    assert any(counted.value(key) for key in RATIOS), "the sample has international faculty or students"
    assert compared > 100  # the sample holds records of the year in every register
    for (key, group), groups in counted.groups.items():
        expected_groups: Counter[str] = Counter()
        for item in traced.items[key]:
            if group in item.groups:
                expected_groups[item.groups[group]] += (item.trace.amount or 0) if key in MONEY else 1
        assert +groups == +expected_groups, (key, group)
    months = [0] * 12
    for key in MONTHLY:
        for item in traced.items[key]:
            if item.month:
                months[item.month - 1] += 1
    assert counted.monthly() == tuple(months)
    assert sum(months) > 0 and dates.jalali_year(today) == 1405


@pytest.mark.parametrize("day", ["1404-06-31", "1405-01-01", "1405-09-09", "1405-12-29"])
def test_positions_counted_in_sql_are_the_holders_list(sample, day):
    """Filled and vacant deputy positions, counted in SQL, against the holders' list on days of both years
    (terms beginning and ending, revoked and superseded ordinances, units of every kind)."""
    y, m, d = (int(part) for part in day.split("-"))
    on = dates.from_jalali(y, m, d)
    holdings = current_holders(on=on, within_days=0)
    with context.database().reading() as session:
        counted = Counts(session, y, "en", on)
    assert counted.cut == on
    vacant = sum(1 for h in holdings if h.vacant)
    assert counted.value("positions_vacant") == vacant
    assert counted.value("positions_filled") == len(holdings) - vacant
    assert len(holdings) > vacant > 0  # the sample has both on each of these days
    with context.database().reading() as session:
        assert position_counts(session, on) == (len(holdings), len(holdings) - vacant)
        first = vacant_positions(session, on, 5)
        every = vacant_positions(session, on, len(holdings))
    expected = [h for h in holdings if h.vacant]
    assert {(h.unit_id, h.kind_id) for h in every} == {(h.unit_id, h.kind_id) for h in expected}
    assert first == every[:5] and [(h.unit_kind, h.kind_id) for h in every] == [
        (h.unit_kind, h.kind_id) for h in expected
    ]  # in the list's order: by the unit's kind and name, then the position
    assert all(h.vacant and h.position_en for h in every)

"""The annual report's figures against a database counted by hand (tests/services/reports_fixture.py), the
year's turn at Nowruz, the records behind each figure, and the indicator pack's workbook."""

from __future__ import annotations

import datetime as dt

import jdatetime
import pytest
from openpyxl import load_workbook

from app.services import reports
from app.services.errors import ValidationError
from tests.services import reports_fixture as fx


@pytest.fixture
def built(db, frozen_clock):
    ids = fx.build()
    frozen_clock(fx.NOW)
    return ids


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_every_figure_is_the_hand_count(built, lang):
    report = reports.annual_report(1405, lang)
    found = {key: (report.figure(key).this_year, report.figure(key).last_year) for key in fx.EXPECTED}
    assert found == fx.EXPECTED
    # Every figure that counts records lists exactly as many traces as its value (sums list their records).
    for key, (this, _last) in fx.EXPECTED.items():
        figure = report.figure(key)
        if key in ("approved", "paid", "days_hosted"):
            assert sum(t.amount for t in figure.traces) == this
        else:
            assert len(figure.traces) == this


def test_the_year_turns_at_nowruz_midnight(built):
    """1405/12/29 23:30 is 1405's, 1406/01/01 00:30 is 1406's: meetings, letters, visits, ordinances."""
    assert (fx.EVE.date(), fx.NOWRUZ.date()) == (dt.date(2027, 3, 20), dt.date(2027, 3, 21))
    assert not jdatetime.date(1405, 1, 1).isleap()  # so 1405/12/29 is the year's last day
    old, new = reports.annual_report(1405, "en"), reports.annual_report(1406, "en")
    assert [t.name for t in old.figure("letters").traces] == ["Issued on Nowruz eve"]
    assert [t.name for t in new.figure("letters").traces] == ["Issued on the first of Farvardin"]
    assert "1/1405" in [t.reference for t in old.figure("meetings").traces]
    assert [t.reference for t in new.figure("meetings").traces] == ["1/1406"]
    assert "V-1405-002" in [t.reference for t in old.figure("visits").traces]
    assert [t.reference for t in new.figure("visits").traces] == ["V-1406-001"]
    assert [t.reference for t in new.figure("ordinances").traces] == ["1406/1"]
    # 1406 beside 1405: the year before is the same count the 1405 report gives.
    assert new.figure("letters").last_year == old.figure("letters").this_year == 1
    # The request of 1405 decided on 1406/01/05 commits 1406's money, not 1405's.
    assert new.figure("approved").this_year == 700_000_000
    assert new.figure("requests").this_year == 0


def test_the_report_read_at_the_year_turn(built, frozen_clock):
    """With the clock at 00:30 on 1 Farvardin 1406, the current year's overdue actions are read on today."""
    frozen_clock(fx.NOWRUZ)
    report = reports.annual_report(1406, "en")
    # A2 is still open on 1406/01/01; A3 was closed only on 1406/01/10, so it is overdue on that day too.
    assert sorted(t.name for t in report.figure("actions_overdue").traces) == ["A2", "A3"]
    frozen_clock(dt.datetime.combine(fx.j(1406, 1, 15), dt.time(9)))
    assert [t.name for t in reports.annual_report(1406, "en").figure("actions_overdue").traces] == ["A2"]


def test_breakdowns_by_country_department_and_kind(built):
    report = reports.annual_report(1405, "en")
    rows = {r.label: (r.this_year, r.last_year) for r in report.breakdown("visits_by_country").rows}
    assert rows == {"Germany": (1, 1), "France": (2, 0)}
    guests = {r.label: (r.this_year, r.last_year) for r in report.breakdown("guests_by_country").rows}
    assert guests == {"France": (2, 0), "Germany": (1, 1)}
    money = {r.label: r.this_year for r in report.breakdown("approved_by_department").rows}
    assert money == {"Cardiology": 500_000_000, "Pediatrics": 300_000_000}
    kinds = {r.label: r.this_year for r in report.breakdown("requests_by_applicant").rows}
    assert kinds == {"Faculty member": 2, "Resident": 1}
    line = report.chart("activity_by_month")
    # Farvardin..Esfand of 1405: V1 and O1 (Khordad), M3 (Mordad), V7 (Aban), the three requests by their
    # conference month (Azar), V2, M1, O2 and the eve letter (Esfand).
    assert line.this_year == (0, 0, 2, 0, 1, 0, 0, 1, 3, 0, 0, 4)
    assert reports.annual_report(1405, "fa").breakdown("visits_by_country").rows[0].label in (
        "آلمان",
        "فرانسه",
    )


def test_a_figure_opens_into_its_names(built):
    guests = reports.annual_report(1405, "en").figure("guests")
    assert sorted(t.name for t in guests.traces) == ["Anna Schmidt", "Luc Martin", "Marie Dubois"]
    anna = next(t for t in guests.traces if t.name == "Anna Schmidt")
    assert (anna.register, anna.record_id, anna.reference) == ("people", built["anna"], "V-1405-001")


def test_the_indicator_workbook_holds_the_same_figures(built, tmp_path):
    target = tmp_path / "indicators.xlsx"
    reports.export_indicators(1405, target)
    book = load_workbook(target)
    summary = {row[0]: (row[1], row[2]) for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Visits"] == fx.EXPECTED["visits"]
    assert summary["Approved (rials)"] == fx.EXPECTED["approved"]
    sheet = book["actions_overdue"]
    names = [row[3] for row in sheet.iter_rows(min_row=8, values_only=True)]
    assert sorted(names) == ["A2", "A3"]


@pytest.mark.parametrize("year", [None, "1405", 1304, 1500, True])
def test_a_wrong_year_is_refused_in_words(db, year):
    with pytest.raises(ValidationError) as caught:
        reports.annual_report(year, "en")  # type: ignore[arg-type]
    assert caught.value.field == "year"

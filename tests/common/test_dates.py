import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common import dates


def test_known_jalali_dates():
    assert dates.from_jalali(1405, 1, 1) == dt.date(2026, 3, 21)
    assert dates.to_jalali(dt.date(2026, 11, 24)) == (1405, 9, 3)
    assert dates.from_jalali(1403, 12, 30) == dt.date(2025, 3, 20)  # 1403 is a leap year
    with pytest.raises(dates.DateError):
        dates.from_jalali(1404, 12, 30)  # 1404 is not


def test_fiscal_year_is_the_jalali_year():
    first, last = dates.fiscal_year_bounds(1405)
    assert first == dt.date(2026, 3, 21)
    assert last == dt.date(2027, 3, 20)
    assert dates.jalali_year(dt.date(2026, 3, 20)) == 1404
    assert dates.jalali_year(dt.date(2026, 3, 21)) == 1405


def test_format_in_both_calendars_and_digits():
    day = dt.date(2026, 11, 24)
    assert dates.format_date(day, dates.JALALI, "fa") == "۱۴۰۵/۰۹/۰۳"
    assert dates.format_date(day, dates.JALALI, "en") == "1405/09/03"
    assert dates.format_date(day, dates.JALALI, "fa", "long") == "۳ آذر ۱۴۰۵"
    assert dates.format_date(day, dates.GREGORIAN, "en", "long") == "24 November 2026"
    assert dates.format_date(day, dates.GREGORIAN, "en") == "2026-11-24"
    assert dates.format_date(None) == ""


def test_parse_accepts_both_digit_scripts_and_refuses_nonsense():
    assert dates.parse_date("۱۴۰۵/۹/۳") == dt.date(2026, 11, 24)
    assert dates.parse_date("1405-09-03") == dt.date(2026, 11, 24)
    assert dates.parse_date("2026-11-24", dates.GREGORIAN) == dt.date(2026, 11, 24)
    for bad in ("", "1405/13/01", "1404/12/30", "yesterday", "2026-02-30", "9999/01/01"):
        with pytest.raises(dates.DateError):
            dates.parse_date(bad, dates.GREGORIAN if bad.startswith("2026") else dates.JALALI)


@given(st.dates(min_value=dates.MIN_DATE, max_value=dates.MAX_DATE))
def test_round_trip_through_text(day):
    for calendar in dates.CALENDARS:
        for lang in ("fa", "en"):
            assert dates.parse_date(dates.format_date(day, calendar, lang), calendar) == day

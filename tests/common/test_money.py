import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common.money import MoneyError, format_amount, parse_amount


def test_parse_and_format_in_both_languages():
    assert parse_amount("1,250.50", "EUR") == 125050
    assert parse_amount("۱٬۲۵۰٫۵", "EUR") == 125050
    assert parse_amount("15,000,000", "IRR") == 15_000_000
    assert format_amount(125050, "EUR") == "1,250.50 EUR"
    assert format_amount(125050, "EUR", "fa") == "۱٬۲۵۰٫۵۰ یورو"
    assert format_amount(15_000_000, "IRR", "fa", with_currency=False) == "۱۵٬۰۰۰٬۰۰۰"


@pytest.mark.parametrize("text", ["", "abc", "1.234", "1.2.3", "-5", "1e5", "١٫٢٫٣"])
def test_bad_amounts_are_refused(text):
    with pytest.raises(MoneyError):
        parse_amount(text, "EUR")


def test_floats_and_unknown_currencies_are_refused():
    with pytest.raises(MoneyError):
        format_amount(12.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        parse_amount("10", "XXX")


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["EUR", "IRR", "USD", "JPY"]))
def test_round_trip(minor, code):
    for lang in ("fa", "en"):
        assert parse_amount(format_amount(minor, code, lang, with_currency=False), code) == minor

"""Money as integers in minor units, never floats, with formatting for both languages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.common.text import to_latin_digits, to_persian_digits


@dataclass(frozen=True)
class Currency:
    code: str
    minor_digits: int
    name_en: str
    name_fa: str


CURRENCIES: dict[str, Currency] = {
    c.code: c
    for c in (
        Currency("IRR", 0, "Rial", "ریال"),
        Currency("EUR", 2, "Euro", "یورو"),
        Currency("USD", 2, "US dollar", "دلار آمریکا"),
        Currency("GBP", 2, "Pound sterling", "پوند انگلیس"),
        Currency("CHF", 2, "Swiss franc", "فرانک سوئیس"),
        Currency("TRY", 2, "Turkish lira", "لیر ترکیه"),
        Currency("AED", 2, "UAE dirham", "درهم امارات"),
        Currency("CNY", 2, "Yuan", "یوان چین"),
        Currency("JPY", 0, "Yen", "ین ژاپن"),
    )
}


class MoneyError(ValueError):
    """An amount that cannot be read as money in the given currency."""


def currency(code: str) -> Currency:
    try:
        return CURRENCIES[code.upper()]
    except KeyError:
        raise MoneyError(f"unknown currency: {code!r}") from None


# Thousands separators of both scripts (and the spaces people type between groups); one kind per amount.
_SEPARATORS = ",٬،'\u0020\u00a0\u2009\u202f"
_PLAIN = re.compile(r"^\d+$")
_GROUPED = re.compile(rf"^\d{{1,3}}(?P<sep>[{_SEPARATORS}])\d{{3}}(?:(?P=sep)\d{{3}})*$")
# Far beyond any amount a request, a visit or a budget will hold; every sum of such amounts stays well inside
# SQLite's 64-bit integers (an amount beyond is refused in words, never an OverflowError).
MAX_MINOR = 10**15


def parse_amount(text: str, code: str) -> int:
    """Text typed by a user ("1,250.50", "۱٬۲۵۰") as minor units of the currency; raises MoneyError.

    Separators must set off groups of three digits and the decimal part follows a point («٫» in Persian):
    an amount that could be read two ways ("12,50": 12.50 or 1,250? "1 2 3 4") is refused, not guessed.
    """
    cur = currency(code)
    cleaned = to_latin_digits(text or "").strip().replace("٫", ".")
    whole, point, frac = cleaned.partition(".")
    if not (_PLAIN.match(whole) or _GROUPED.match(whole)) or (point and not _PLAIN.match(frac)):
        if any(ch in _SEPARATORS for ch in whole) and re.fullmatch(rf"[\d{_SEPARATORS}]+", whole):
            raise MoneyError(
                f"ambiguous amount: {text!r} (separators set off groups of three digits; decimals follow a "
                "point)"
            )
        raise MoneyError(f"not an amount: {text!r}")
    if len(frac) > cur.minor_digits:
        raise MoneyError(f"{cur.code} has {cur.minor_digits} decimal places")
    minor = int(re.sub(r"\D", "", whole)) * 10**cur.minor_digits + int(frac.ljust(cur.minor_digits, "0") or 0)
    if minor > MAX_MINOR:
        raise MoneyError(f"too large an amount: {text!r}")
    return minor


def format_amount(minor: int, code: str, lang: str = "en", with_currency: bool = True) -> str:
    """Minor units as text with thousands separators: "1,250.50 EUR" or "۱٬۲۵۰٫۵۰ یورو"."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise MoneyError("amounts are whole numbers of minor units")
    cur = currency(code)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**cur.minor_digits) if cur.minor_digits else (abs(minor), 0)
    text = f"{whole:,}"
    if cur.minor_digits:
        text += "." + str(frac).zfill(cur.minor_digits)
    if lang == "fa":
        text = to_persian_digits(text.replace(",", "٬").replace(".", "٫"))
        return f"{sign}{text} {cur.name_fa}" if with_currency else sign + text
    return f"{sign}{text} {cur.code}" if with_currency else sign + text

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


_AMOUNT = re.compile(r"^(?P<int>\d+)(?:\.(?P<frac>\d+))?$")


def parse_amount(text: str, code: str) -> int:
    """Text typed by a user ("1,250.50", "۱٬۲۵۰") as minor units of the currency; raises MoneyError."""
    cur = currency(code)
    cleaned = to_latin_digits(text or "").strip().replace("٫", ".")
    cleaned = re.sub(r"[,٬،'\s]", "", cleaned)  # thousands separators of both scripts
    match = _AMOUNT.match(cleaned)
    if not match:
        raise MoneyError(f"not an amount: {text!r}")
    frac = match.group("frac") or ""
    if len(frac) > cur.minor_digits:
        raise MoneyError(f"{cur.code} has {cur.minor_digits} decimal places")
    return int(match.group("int")) * 10**cur.minor_digits + int(frac.ljust(cur.minor_digits, "0") or 0)


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

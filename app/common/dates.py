"""Qt-free date helpers on jdatetime: the one source of truth for Jalali and Gregorian dates.

Everything the app shows or takes as a date goes through here; the Qt date widgets are checked
against these functions in the tests.
"""

from __future__ import annotations

import datetime as dt
import re

from app.common import clock
from app.common.text import to_latin_digits, to_persian_digits

JALALI = "jalali"
GREGORIAN = "gregorian"
CALENDARS = (JALALI, GREGORIAN)

# The range of dates the app accepts (Qt's Jalali calendar agrees with jdatetime inside it).
MIN_DATE = dt.date(1925, 3, 21)  # 1304-01-01
MAX_DATE = dt.date(2057, 3, 19)  # 1435-12-29

JALALI_MONTHS_FA = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
JALALI_MONTHS_EN = (
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
)
GREGORIAN_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
GREGORIAN_MONTHS_FA = (
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
)


class DateError(ValueError):
    """Text that is not a valid date in the calendar it was read in."""


def default_calendar(lang: str) -> str:
    """Jalali with the Persian interface, Gregorian with the English one."""
    return JALALI if lang == "fa" else GREGORIAN


def to_jalali(day: dt.date) -> tuple[int, int, int]:
    import jdatetime  # on first use: not needed to paint the window

    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def from_jalali(year: int, month: int, day: int) -> dt.date:
    import jdatetime

    try:
        return jdatetime.date(year, month, day).togregorian()
    except ValueError as exc:
        raise DateError(f"{year}/{month}/{day} is not a Jalali date") from exc


def jalali_year(day: dt.date) -> int:
    """The Jalali year of a date: also the office's fiscal year and the numbering year."""
    return to_jalali(day)[0]


def fiscal_year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of Jalali (fiscal) year `year`."""
    first = from_jalali(year, 1, 1)
    last = from_jalali(year + 1, 1, 1) - dt.timedelta(days=1)
    return first, last


def format_date(day: dt.date | None, calendar: str = JALALI, lang: str = "fa", style: str = "short") -> str:
    """A date for people: "1405/09/03" or "3 Azar 1405" (Persian digits when lang is "fa").

    style "short" is numeric (year/month/day for Jalali, YYYY-MM-DD for Gregorian);
    style "long" spells the month.
    """
    if day is None:
        return ""
    if calendar == JALALI:
        y, m, d = to_jalali(day)
        if style == "long":
            months = JALALI_MONTHS_FA if lang == "fa" else JALALI_MONTHS_EN
            text = f"{d} {months[m - 1]} {y}"
        else:
            text = f"{y:04d}/{m:02d}/{d:02d}"
    else:
        if style == "long":
            months = GREGORIAN_MONTHS_FA if lang == "fa" else GREGORIAN_MONTHS_EN
            text = f"{day.day} {months[day.month - 1]} {day.year}"
        else:
            text = day.isoformat()
    return to_persian_digits(text) if lang == "fa" else text


def written(day: dt.date | None, lang: str) -> str:
    """A date as documents write it: Jalali in Persian ("۱۴۰۵/۰۹/۱۰"), and in English the Gregorian date
    with its month spelled out ("1 December 2026"), never the ISO form; "" for None."""
    if lang == "fa":
        return format_date(day, JALALI, "fa")
    return format_date(day, GREGORIAN, "en", "long")


def other_calendar(calendar: str) -> str:
    return GREGORIAN if calendar == JALALI else JALALI


# Separators a secretary types between the parts of a date: / - . and the Persian decimal and thousands marks.
_NUMERIC = re.compile(
    r"^\s*(\d{1,4})\s*[/\-.\\\u066b\u066c]\s*(\d{1,2})\s*[/\-.\\\u066b\u066c]\s*(\d{1,4})\s*$"
)
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def parse_date(text: str, calendar: str = JALALI) -> dt.date:
    """Read a typed date in `calendar`: "1405/9/3", "14050903", "۱۴۰۵/۰۹/۰۳" (Jalali), "2026-11-24" or
    "20261124" (Gregorian), in Latin, Persian or Arabic-Indic digits; raises DateError.

    A date that does not exist (1405/13/01, 1404/12/30 in a common year) is an error, never moved to a near
    day.
    """
    latin = to_latin_digits(text or "")
    match = _NUMERIC.match(latin) or _COMPACT.match(latin)
    if not match:
        raise DateError(f"not a date: {text!r}")
    a, b, c = (int(g) for g in match.groups())
    year, month, day = (a, b, c) if a > 31 else (c, b, a)
    try:
        result = from_jalali(year, month, day) if calendar == JALALI else dt.date(year, month, day)
    except ValueError as exc:
        raise DateError(f"not a date: {text!r}") from exc
    check_in_range(result)
    return result


_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[:.\u066b]\s*(\d{2}))?\s*$")
_TIME_COMPACT = re.compile(r"^\s*(\d{1,2})(\d{2})\s*$")


def parse_time(text: str) -> dt.time:
    """Read a typed time of day: "9:30", "09:30", "0930", "930", "9", "۰۹:۳۰"; raises DateError."""
    latin = to_latin_digits(text or "")
    match = _TIME.match(latin) or _TIME_COMPACT.match(latin)
    if not match:
        raise DateError(f"not a time: {text!r}")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise DateError(f"not a time: {text!r}")
    return dt.time(hour, minute)


def format_time(value: dt.time | None, lang: str = "fa") -> str:
    """A time of day for people, "09:30" (Persian digits when lang is "fa")."""
    if value is None:
        return ""
    text = f"{value.hour:02d}:{value.minute:02d}"
    return to_persian_digits(text) if lang == "fa" else text


def check_in_range(day: dt.date) -> None:
    if not MIN_DATE <= day <= MAX_DATE:
        raise DateError(f"{day.isoformat()} is outside the dates the app accepts")


def today() -> dt.date:
    """The office's date today, from the program's one clock (app.common.clock)."""
    return clock.today()

"""Reading one cell of an office's sheet as the value it means; a cell that cannot be read is refused in
words.

Each reader takes the raw cell (text, number, date or a Formula as read from the file) and returns the clean
value or raises ValidationError naming the field. The date and money rules are the app's own
(app.common.dates, app.common.money); these readers only undo what spreadsheets do to values.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence

from app.common import dates
from app.common.money import MoneyError, parse_amount
from app.common.text import clean_line, normalize_for_search, to_latin_digits
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError


class Formula(str):
    """The text of a formula cell (=A1+B1): kept as text, never evaluated nor written back as a formula."""


# Arabic letters a Persian sheet often carries (from Arabic keyboards or old software), stored in Persian.
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def tidy(value: object) -> str:
    """A cell as one line of text: Arabic ي/ك made Persian, runs of spaces made one, surrounding spaces
    gone."""
    if value is None:
        return ""
    if isinstance(value, str):  # read again by each check of the row: once is enough
        return _tidy_text(str(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        value = value.isoformat()
    return _SPACES.sub(" ", clean_line(str(value).translate(_PERSIAN_LETTERS)))


@functools.lru_cache(maxsize=65536)
def _tidy_text(value: str) -> str:
    return _SPACES.sub(" ", clean_line(value.translate(_PERSIAN_LETTERS)))


def text(value: object, field: str, max_len: int) -> str:
    result = tidy(value)
    if len(result) > max_len:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "At most {limit} characters, please."), limit=max_len
        )
    return result


def name(value: object, field: str, max_len: int = 120) -> str:
    """A name: a formula in its cell is refused (a name is typed, not computed)."""
    if isinstance(value, Formula):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "The name cell holds a formula ({formula}), not a name."),
            formula=str(value)[:40],
        )
    return text(value, field, max_len)


# ---------------------------------------------------------------- dates

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's phantom 29 Feb 1900 taken into account)
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_YEAR = re.compile(r"(\d{4})")


def year_calendar(value: object) -> str | None:
    """The calendar a text date's year belongs to (the app's Jalali and Gregorian ranges do not overlap)."""
    if not isinstance(value, str):
        return None
    match = _YEAR.search(to_latin_digits(value))
    if not match:
        return None
    year = int(match.group(1))
    if 1300 <= year <= 1500:
        return dates.JALALI
    if 1900 <= year <= 2100:
        return dates.GREGORIAN
    return None


def detect_calendar(values: Sequence[object]) -> str:
    """The calendar most of a column's text dates are written in (Jalali when none says)."""
    found = [year_calendar(v) for v in values]
    gregorian, jalali = found.count(dates.GREGORIAN), found.count(dates.JALALI)
    return dates.GREGORIAN if gregorian > jalali else dates.JALALI


def date(value: object, field: str, calendar: str) -> dt.date | None:
    """A date cell: a real date, an Excel serial number, an ISO date, or a date as text in `calendar`
    (Latin or Persian digits). A day that does not exist is refused, never moved to a near one."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 2_958_466:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("errors", "{value} is not a date."), value=tidy(value)
            )
        day = EXCEL_EPOCH + dt.timedelta(days=int(value))
    else:
        written = tidy(value)
        latin = to_latin_digits(written)
        iso = _ISO.match(latin)
        read_in = dates.GREGORIAN if iso else calendar
        try:
            day = dates.parse_date(latin[: iso.end(3)] if iso else latin, read_in)
        except dates.DateError:
            other = year_calendar(written)
            if other and other != read_in:
                message = (
                    QT_TRANSLATE_NOOP(
                        "errors", "{value} is a Jalali date, but this column is read as Gregorian."
                    )
                    if other == dates.JALALI
                    else QT_TRANSLATE_NOOP(
                        "errors", "{value} is a Gregorian date, but this column is read as Jalali."
                    )
                )
                raise ValidationError(field, message, value=written) from None
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("errors", "{value} is not a date that exists."), value=written
            ) from None
    try:
        dates.check_in_range(day)
    except dates.DateError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "{value} is outside the dates the office uses."),
            value=tidy(value),
        ) from None
    return day


def date_order(first: dt.date | None, last: dt.date | None, field: str) -> None:
    if first and last and last < first:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "The end date comes before the start date."))


# ---------------------------------------------------------------- amounts

_MINUS = ("-", "\u2212", "\u200e-", "(")


def amount(value: object, field: str, currency: str = "IRR") -> int | None:
    """An amount in minor units: a number cell, or text with «٬» or «,» separators in either digits.
    A negative amount is refused."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "{value} is not an amount."), value=tidy(value)
        )
    if isinstance(value, int | float):
        negative = value < 0
        written = (
            repr(abs(value)) if isinstance(value, float) and not value.is_integer() else str(int(abs(value)))
        )
    else:
        written = tidy(value)
        for word in ("ریال", "rials", "rial", "IRR"):
            written = written.replace(word, "").strip()
        negative = written.startswith(_MINUS) or written.endswith("-")
        written = written.strip("-\u2212\u200e()").strip()
    if negative:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "An amount cannot be negative ({value})."), value=tidy(value)
        )
    try:
        return parse_amount(written, currency)
    except MoneyError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "{value} is not an amount."), value=tidy(value)
        ) from None


# ---------------------------------------------------------------- choices written as words

_DASHES = re.compile(r"\s+[-–—:]\s+|\s*[–—:]\s*")


@functools.lru_cache(maxsize=65536)  # sheets repeat their kinds, units and countries row after row
def fold(value: str) -> str:
    """The form in which a sheet's word is compared with the known ones: search-folded, accents and
    punctuation gone."""
    folded = unicodedata.normalize("NFKD", normalize_for_search(value))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"[^\w\s]", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


_INDEXES: dict[int, tuple[object, dict[str, str]]] = {}


def _word_index(words: dict[str, Sequence[str]]) -> dict[str, str]:
    """Each folded word of a table of choices -> its code (the first code that has it), made once a table:
    a sheet's ten thousand rows look their kind up in it row after row."""
    kept = _INDEXES.get(id(words))
    if kept is None or kept[0] is not words:
        index: dict[str, str] = {}
        for code, names in words.items():
            for n in (code, *names):
                index.setdefault(fold(n), code)
        kept = _INDEXES[id(words)] = (words, index)
    return kept[1]


def choice(
    value: object, field: str, words: dict[str, Sequence[str]], allowed_shown: object
) -> tuple[str, str]:
    """A status or kind written as a word or a sentence ("لغو شد - عدم تمدید"): (the code, the reason after
    the dash). Unknown words are refused with the allowed values."""
    written = tidy(value)
    head, reason = written, ""
    parts = _DASHES.split(written, maxsplit=1)
    if len(parts) == 2:
        head, reason = parts[0], parts[1].strip()
    index = _word_index(words)
    for candidate in (written, head):
        code = index.get(fold(candidate))
        if code is not None:
            return code, (reason if candidate == head and head != written else "")
    # a sentence that starts with a known word ("cancelled by the partner")
    key = fold(head)
    for code, names in words.items():
        for n in sorted((code, *names), key=len, reverse=True):
            if fold(n) and (key == fold(n) or key.startswith(fold(n) + " ")):
                return code, (reason or head[len(n) :].strip())
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP("errors", "«{value}» is not one of the allowed values: {allowed}."),
        value=written,
        allowed=allowed_shown,
    )


# ---------------------------------------------------------------- delegations

_HEAD_COUNT = re.compile(
    r"[(\[]\s*(\d+)\s*(?:نفر|تن|people|persons|members|pax)?\s*[)\]]|(\d+)\s*(?:نفر|تن|people|persons|members|pax)\b",
    re.IGNORECASE,
)
_DELEGATION_WORDS = ("هیئت", "هیات", "هیأت", "delegation", "group of")


def head_count(value: object) -> int | None:
    """The number of people a name cell speaks for ("هیئت دانشگاه آنکارا (۵ نفر)" -> 5); None for one
    person."""
    written = to_latin_digits(tidy(value))
    match = _HEAD_COUNT.search(written)
    if match:
        count = int(match.group(1) or match.group(2))
        return count if count > 1 else None
    lowered = written.casefold()
    if any(word in lowered for word in _DELEGATION_WORDS):
        return 0  # a delegation of an unknown size
    return None

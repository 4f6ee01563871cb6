"""Field checks shared by every service; each failure is a ValidationError naming the field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from app.common.dates import MAX_DATE, MIN_DATE
from app.common.text import clean_line, to_latin_digits
from app.services.errors import QT_TRANSLATE_NOOP, FieldErrors, ValidationError

T = TypeVar("T")

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{5,30}$")
_URL = re.compile(r"^(https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/\S*)?$")


def text(data: dict[str, Any], field: str, *, max_len: int, required: bool = False) -> str:
    """A one-line text field, trimmed and without control characters."""
    value = data.get(field, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "This field takes text."))
    value = clean_line(value)
    if required and not value:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "This field is required."))
    if len(value) > max_len:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "At most {limit} characters, please."), limit=max_len
        )
    return value


def long_text(data: dict[str, Any], field: str, *, max_len: int = 20_000, required: bool = False) -> str:
    """A multi-line text: line breaks and tabs kept, other control characters removed."""
    value = data.get(field, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "This field takes text."))
    value = "\n".join(
        clean_line(line.replace("\t", "    ")) for line in value.replace("\r\n", "\n").split("\n")
    )
    value = value.strip("\n")
    if required and not value.strip():
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "This field is required."))
    if len(value) > max_len:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "At most {limit} characters, please."), limit=max_len
        )
    return value


def choice(data: dict[str, Any], field: str, options: Iterable[str], *, required: bool = True) -> str:
    value = data.get(field) or ""
    if not value and not required:
        return ""
    if not isinstance(value, str) or value not in tuple(options):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    return value


def _shaped(value: str, field: str, pattern: re.Pattern[str], message: str) -> str:
    """An optional value that, when given, must match `pattern`."""
    if value and not pattern.match(value):
        raise ValidationError(field, message)
    return value


def email(data: dict[str, Any], field: str = "email") -> str:
    return _shaped(
        text(data, field, max_len=200),
        field,
        _EMAIL,
        QT_TRANSLATE_NOOP("errors", "This is not an email address."),
    )


def phone(data: dict[str, Any], field: str = "phone") -> str:
    return _shaped(
        to_latin_digits(text(data, field, max_len=60)),
        field,
        _PHONE,
        QT_TRANSLATE_NOOP("errors", "A phone number has digits, spaces, ( ) - and an optional +."),
    )


def url(data: dict[str, Any], field: str = "website") -> str:
    return _shaped(
        text(data, field, max_len=250), field, _URL, QT_TRANSLATE_NOOP("errors", "This is not a web address.")
    )


def country(data: dict[str, Any], field: str) -> str:
    from app.common.countries import COUNTRIES

    value = (data.get(field) or "").upper() if isinstance(data.get(field) or "", str) else None
    if value is None or (value and value not in COUNTRIES):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Choose a country from the list."))
    return value


def date(data: dict[str, Any], field: str, *, required: bool = False) -> dt.date | None:
    value = data.get(field)
    if value is None or value == "":
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Enter a date."))
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "This is not a date."))
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "This date is outside the range the office uses.")
        )
    return value


def date_order(first: dt.date | None, last: dt.date | None, field: str) -> None:
    if first and last and last < first:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "The end date comes before the start date."))


MAX_ID = 2**31 - 1  # the largest id an Integer column holds on both engines (PostgreSQL: 32 bits)


def is_record_id(value: object) -> bool:
    """A value that can be a record's id: a positive int an id column holds on both engines, and not a
    bool."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ID


def record_id(data: dict[str, Any], field: str, *, required: bool = False) -> int | None:
    value = data.get(field)
    if value in (None, "", 0) and not isinstance(value, bool) and not required:
        return None
    if not is_record_id(value):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    return value


class FieldChecks:
    """Every field of a form checked before refusing, so the form shows all its bad fields at once.

    check(fn, *args) runs one field's check and gives its value, or None when it failed (the refusal is
    kept); `with check.rule():` runs a rule across fields, keeping its refusal; done() refuses with every
    refusal kept (a ValidationError for one field, FieldErrors for several). A field keeps its first refusal.
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def __call__(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        try:
            return fn(*args, **kwargs)
        except ValidationError as error:
            self._keep(error)
            return None

    def _keep(self, error: ValidationError) -> None:
        if error.field not in {kept.field for kept in self.errors}:
            self.errors.append(error)

    def passed(self, *fields: str) -> bool:
        """None of these fields was refused (a rule across them can be checked)."""
        return not any(error.field in fields for error in self.errors)

    @contextmanager
    def rule(self) -> Iterator[None]:
        try:
            yield
        except ValidationError as error:
            self._keep(error)

    def done(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise FieldErrors(self.errors)

"""The ordinances' own settings: the number format of each Jalali year and how early terms are flagged.

Kept in the settings table under keys of their own. A year's format is fixed when its first number is
issued (it is written down for that year then), so changing the default never renumbers a year.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from app.defaults import ORDINANCE_NUMBER_FORMAT, ORDINANCE_REMINDER_DAYS
from app.services import audit, context, settings, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from db.models import NumberSequence, Setting

REGISTER = "ordinances"
_FORMATS = "ordinances/number_formats"  # JSON: {"*": default, "1405": that year's format, ...}
_REMINDER = "ordinances/reminder_days"
MIN_YEAR, MAX_YEAR = 1304, 1435  # the Jalali years the office's dates cover


def _read(session: Session, key: str, default: Any) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else default


def _write(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    old = json.loads(row.value) if row is not None else None
    if old == value:
        return
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    audit.record(session, "settings", None, "update", {key: (old, value)})


def formats(session: Session | None = None) -> dict[str, str]:
    """The default format ("*") and every year's own."""
    if session is None:
        with context.database().reading() as reading:
            return formats(reading)
    return {"*": ORDINANCE_NUMBER_FORMAT, **_read(session, _FORMATS, {})}


def number_format(session: Session, year: int) -> str:
    """The format of `year`: its own if it has one, else the default."""
    found = formats(session)
    return found.get(str(year), found["*"])


def fix_year_format(session: Session, year: int) -> str:
    """Write the year's format down (at its first number), so a later change of the default keeps it."""
    found = _read(session, _FORMATS, {})
    fmt = found.get(str(year), found.get("*", ORDINANCE_NUMBER_FORMAT))
    if str(year) not in found:
        _write(session, _FORMATS, {**found, str(year): fmt})
    return fmt


def set_number_format(fmt: str, year: int | None = None) -> None:
    """Set the default format (year None) or one year's; a year that has numbers keeps its format."""
    fmt = settings.check_number_format(
        validate.text({"number_format": fmt}, "number_format", max_len=60, required=True), "number_format"
    )
    if year is not None and (
        isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR
    ):
        raise ValidationError(
            "year",
            QT_TRANSLATE_NOOP("errors", "Enter a number from {low} to {high}."),
            low=MIN_YEAR,
            high=MAX_YEAR,
        )
    with context.database().writing() as session:
        found = _read(session, _FORMATS, {})
        if year is not None:
            used = session.get(NumberSequence, (REGISTER, year))
            if (
                used is not None
                and used.last_number
                and found.get(str(year), found.get("*", ORDINANCE_NUMBER_FORMAT)) != fmt
            ):
                raise ValidationError(
                    "number_format",
                    QT_TRANSLATE_NOOP(
                        "errors", "Ordinances of {year} already have numbers; their format cannot change."
                    ),
                    year=year,
                )
        settings.check_distinct(
            [(REGISTER, fmt, None if year is None else (year,)), *settings.other_formats(session, REGISTER)],
            "number_format",
        )
        _write(session, _FORMATS, {**found, "*" if year is None else str(year): fmt})


def reminder_days() -> int:
    """How many days before its end a term is flagged in the current holders."""
    with context.database().reading() as session:
        return int(_read(session, _REMINDER, ORDINANCE_REMINDER_DAYS))


def set_reminder_days(days: int) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365:
        raise ValidationError(
            "reminder_days",
            QT_TRANSLATE_NOOP("errors", "Enter a number from {low} to {high}."),
            low=0,
            high=365,
        )
    with context.database().writing() as session:
        _write(session, _REMINDER, days)

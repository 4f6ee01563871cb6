"""What a register's import is described with: a field and the header names sheets give it, a row read from a
sheet, the register's spec, and the small readers of cells the registers share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.imports import values as read
from app.services.imports import words


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English, marked for translation in the "imports" context
    headers: tuple[str, ...]  # header names found in sheets; the first Persian one heads the template
    kind: str = "text"  # text, name, date, choice, country, unit, partner, delegation
    required: bool = False


def _f(key: str, label: str, *headers: str, kind: str = "text", required: bool = False) -> Field:
    return Field(key, label, headers, kind, required)


@dataclass
class Row:
    """One row read: the record's values, what it needs created first, how it is matched."""

    values: dict[str, Any]
    display: str
    keys: tuple[str, ...]  # match keys; equal keys make a possible duplicate
    unit: str = ""  # a unit named by the row, to be matched or created
    partner: str = ""  # a partner institution named by the row
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Register:
    name: str
    label: str
    table: str
    model: type
    fields: tuple[Field, ...]
    convert: Callable[[dict[str, Any], dict[str, str]], Row]
    finish: Callable[[dict[str, Any]], dict[str, Any]]  # computed columns (search keys) once refs are known
    unit_field: str = "unit_id"  # where the unit a row names goes
    create: Callable[[Any, dict[str, Any]], Any] | None = (
        None  # (session, values) -> a new record, when not model(**values)
    )
    keys_of: Callable[[Any], tuple[str, ...]] | None = None  # a stored record's match keys

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


def _cell(cells: dict[str, Any], key: str) -> Any:
    return cells.get(key)


def _choice(
    cells: dict[str, Any], key: str, table: dict[str, tuple[str, ...]], default: str = ""
) -> tuple[str, str]:
    value = _cell(cells, key)
    if read.tidy(value) == "":
        return default, ""
    return read.choice(value, key, table, words.allowed(table))


def _country(cells: dict[str, Any], key: str) -> str:
    written = read.tidy(_cell(cells, key))
    if not written:
        return ""
    code = words.country_code(written)
    if code is None:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("errors", "«{value}» is not a country the program knows."), value=written
        )
    return code


def _split_name(full: str) -> tuple[str, str, str]:
    """A full name as (title, first, family): the first word is the given name, the rest the family name."""
    title, rest = words.split_title(full)
    first, _, last = rest.partition(" ")
    return title, (first if last else ""), (last or first)

"""Import one sheet into a register: guess the columns, preview every row's outcome, then write it all in
one transaction (writing.py), marked as imported in the audit log, so that the whole batch can be undone.

Nothing is written before `apply_import`; a preview is a dry run. A batch is one audit entry of the table
"imports" (file, sheet, register, counts; who and when as every entry); each record it added or updated
has an audit entry "import" naming the batch and the sheet's row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import context, directory
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from app.services.imports import values as read
from app.services.imports import words
from app.services.imports.history import (  # noqa: F401 (also re-exported here, the old path)
    BATCH_TABLE,
    BatchRow,
    _typed,
    list_imports,
    undo_import,
)
from app.services.imports.mapping import (  # noqa: F401 (also re-exported here, the old path)
    REGISTERS,
    _remember,
    detect_calendars,
    guess_mapping,
    mapping_from_names,
    open_sheet,
    register,
    remembered_mapping,
    save_template,
    template_rows,
)
from app.services.imports.reading import Table
from app.services.imports.registers import Register, Row, existing_keys
from db.models import Institution, Unit

ADD, DUPLICATE, REFUSED = "add", "duplicate", "refused"
KEEP, UPDATE, ADD_ANYWAY = "keep", "update", "add"


class Note(ServiceError):
    """A sentence about a row of the preview (not an error): "the unit … will be created"."""


@dataclass
class RowOutcome:
    row: int  # the row's number in the sheet
    outcome: str  # ADD, DUPLICATE or REFUSED
    display: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    reason: ServiceError | None = None  # why a row is refused
    about: str = ""  # the field the refusal is about
    duplicate_of: int | None = None  # a stored record's id
    duplicate_row: int | None = None  # an earlier row of the sheet
    duplicate_name: str = ""
    decision: str = ADD_ANYWAY  # for duplicates: KEEP, UPDATE or ADD_ANYWAY
    notes: list[Note] = field(default_factory=list)
    unit: str = ""
    partner: str = ""


@dataclass
class Preview:
    register: str
    table: Table
    mapping: dict[str, int | None]
    calendars: dict[str, str]
    rows: list[RowOutcome]

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    def summary(self) -> str:
        return f"{self.count(ADD)} to add, {self.count(DUPLICATE)} duplicates, {self.count(REFUSED)} refused"


@dataclass(frozen=True)
class ImportResult:
    batch: int
    added: int
    updated: int
    kept: int
    refused: int
    created: int  # units and partners made for the rows that named them


# ---------------------------------------------------------------- reading and mapping


# ---------------------------------------------------------------- preview


@dataclass
class _Known:
    """What the database holds that rows are matched against."""

    records: dict[str, tuple[int, str]]  # match key -> (id, name)
    units: dict[str, int]  # unit key -> id
    partners: dict[str, int]  # partner key (English or Persian name) -> id
    proposed: dict[str, str] = field(default_factory=dict)  # unit or partner key -> the name it is created as


def _known(session: Session, spec: Register) -> _Known:
    records: dict[str, tuple[int, str]] = {}
    query = select(spec.model).where(spec.model.archived_at.is_(None)).order_by(spec.model.id)
    for obj in session.execute(query).scalars():
        shown = getattr(obj, "title", "") if spec.name == "agreements" else ""
        if spec.name == "funding":
            shown = f"FR-{obj.id} {obj.conference}"
        elif spec.name == "visits":
            shown = f"{obj.reference} {obj.guests_fa or obj.guests_en}"
        elif spec.name == "people":
            shown = directory.person_name(
                obj.title, obj.first_name_fa or obj.first_name_en, obj.last_name_fa or obj.last_name_en
            )
        elif spec.name in ("units", "partners"):
            shown = obj.name_fa if spec.name == "units" else obj.name_en
        for key in existing_keys(obj, spec):
            records.setdefault(key, (obj.id, shown))
    units = {
        words.unit_key(n): i
        for i, n in session.execute(select(Unit.id, Unit.name_fa).order_by(Unit.id.desc()))
    }
    partners: dict[str, int] = {}
    for i, en, fa in session.execute(select(Institution.id, Institution.name_en, Institution.name_fa)):
        partners[words.unit_key(en)] = i
        if fa:
            partners.setdefault(words.unit_key(fa), i)
    return _Known(records, units, partners)


def preview(
    register_name: str,
    table: Table,
    mapping: dict[str, int | None],
    calendars: dict[str, str] | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Preview:
    """Every row's outcome, writing nothing: added, a possible duplicate (of a stored record or an earlier
    row), or refused with its reason. `progress(done, total)` may return False to stop (raises Cancelled)."""
    spec = register(register_name)
    for f in spec.fields:
        if f.required and mapping.get(f.key) is None:
            raise ValidationError(
                f.key, QT_TRANSLATE_NOOP("errors", "Choose the column of {name}."), name=f.label
            )
    calendars = {**detect_calendars(register_name, table, mapping), **(calendars or {})}
    with context.database().reading() as session:
        known = _known(session, spec)
    seen: dict[str, tuple[int, str]] = {}
    outcomes: list[RowOutcome] = []
    total = len(table.rows)
    for done, (number, cells) in enumerate(table.rows):
        if progress is not None and done % 200 == 0 and progress(done, total) is False:
            raise Cancelled(QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was written."))
        by_field = {k: (cells[i] if i < len(cells) else None) for k, i in mapping.items() if i is not None}
        outcomes.append(_outcome(spec, number, by_field, calendars, known, seen))
    return Preview(register_name, table, dict(mapping), calendars, outcomes)


class Cancelled(ServiceError):
    """The user stopped the work; nothing was written."""


def _outcome(
    spec: Register,
    number: int,
    cells: dict[str, Any],
    calendars: dict[str, str],
    known: _Known,
    seen: dict[str, tuple[int, str]],
) -> RowOutcome:
    try:
        row: Row = spec.convert(cells, calendars)
    except ServiceError as exc:
        names = [cells.get(f.key) for f in spec.fields if f.kind in ("name", "partner")] + list(
            cells.values()
        )
        shown = next((v for v in names if v not in (None, "")), "")
        return RowOutcome(number, REFUSED, read.tidy(shown), reason=exc, about=getattr(exc, "field", ""))
    result = RowOutcome(number, ADD, row.display, row.values, unit=row.unit, partner=row.partner)
    keys = row.keys
    if row.unit and words.unit_key(row.unit) not in known.units:
        result.unit = known.proposed.setdefault("unit:" + words.unit_key(row.unit), row.unit)
        result.notes.append(
            Note(QT_TRANSLATE_NOOP("errors", "The unit «{unit}» will be created."), unit=result.unit)
        )
    if row.partner:
        partner_id = known.partners.get(words.unit_key(row.partner))
        if partner_id is None:
            result.partner = known.proposed.setdefault("partner:" + words.unit_key(row.partner), row.partner)
            result.notes.append(
                Note(
                    QT_TRANSLATE_NOOP("errors", "The partner «{partner}» will be created."),
                    partner=result.partner,
                )
            )
        keys = tuple(
            f"{partner_id if partner_id else 'new:' + words.unit_key(row.partner)}|{k}" for k in keys
        )
    for key in keys:
        if key in known.records:
            result.outcome, result.decision = DUPLICATE, KEEP
            result.duplicate_of, result.duplicate_name = known.records[key]
            break
        if key in seen:
            result.outcome, result.decision = DUPLICATE, KEEP
            result.duplicate_row, result.duplicate_name = seen[key]
            break
    for key in keys:
        seen.setdefault(key, (number, row.display))
    return result


def describe(outcome: RowOutcome) -> ServiceError:
    """The row's outcome in words (translated by the caller, "errors" context)."""
    if outcome.outcome == REFUSED:
        return outcome.reason or Note(QT_TRANSLATE_NOOP("errors", "Refused."))
    if outcome.outcome == DUPLICATE and outcome.duplicate_of is not None:
        return Note(
            QT_TRANSLATE_NOOP("errors", "Possible duplicate of «{name}» (record {id})."),
            name=outcome.duplicate_name,
            id=outcome.duplicate_of,
        )
    if outcome.outcome == DUPLICATE:
        return Note(
            QT_TRANSLATE_NOOP("errors", "Possible duplicate of «{name}» on row {row} of this sheet."),
            name=outcome.duplicate_name,
            row=outcome.duplicate_row or 0,
        )
    return Note(QT_TRANSLATE_NOOP("errors", "Will be added."))


def decide(outcome: RowOutcome, decision: str) -> None:
    """The user's choice for a duplicate: keep the existing one, update it, or add anyway."""
    if outcome.outcome != DUPLICATE:
        return
    if decision not in (KEEP, UPDATE, ADD_ANYWAY) or (decision == UPDATE and outcome.duplicate_of is None):
        raise ValidationError("decision", QT_TRANSLATE_NOOP("errors", "Only a stored record can be updated."))
    outcome.decision = decision


# ---------------------------------------------------------------- the log and undo


# ---------------------------------------------------------------- the template

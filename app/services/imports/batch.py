"""Import one sheet into a register: guess the columns, preview every row's outcome, then write it all in
one transaction, marked as imported in the audit log, so that the whole batch can be undone.

Nothing is written before `apply_import`; a preview is a dry run. A batch is one audit entry of the table
"imports" (file, sheet, register, counts; who and when as every entry); each record it added or updated
has an audit entry "import" naming the batch and the sheet's row.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import audit, context, directory
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError, StateError, ValidationError
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
from db.models import AuditEntry, Institution, Unit

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


# ---------------------------------------------------------------- writing


def apply_import(
    result: Preview, skip_refused: bool = False, progress: Callable[[int, int], bool] | None = None
) -> ImportResult:
    """Write the previewed rows in ONE transaction: all land, or none. Refused rows stop everything unless
    `skip_refused`. Each record is marked with the batch in the audit log."""
    spec = register(result.register)
    refused = result.count(REFUSED)
    if refused and not skip_refused:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{count} rows are refused: correct them in the sheet, or "
                "import the other rows without them. Nothing was written.",
            ),
            count=refused,
        )
    database = context.database()
    with database.writing() as session:
        known = _known(session, spec)
        batch = AuditEntry(
            actor=context.actor(), table_name=BATCH_TABLE, record_id=None, action="import", changes="{}"
        )
        session.add(batch)
        session.flush()
        batch.record_id = batch.id
        marks: list[dict[str, Any]] = []  # the audit entries, written at once at the end
        writing = [
            o
            for o in result.rows
            if not (o.outcome == REFUSED or (o.outcome == DUPLICATE and o.decision == KEEP))
        ]
        kept = sum(1 for o in result.rows if o.outcome == DUPLICATE and o.decision == KEEP)
        # The units and partners the rows name that are not stored yet: made first, in one flush.
        units_made = _make_missing(
            session, [o.unit for o in writing if o.unit], known.units, _new_unit, "units", batch.id, marks
        )
        partners_made = _make_missing(
            session,
            [o.partner for o in writing if o.partner],
            known.partners,
            _new_partner,
            "institutions",
            batch.id,
            marks,
        )
        added = updated = 0
        new: list[tuple[RowOutcome, Any]] = []
        total = len(writing)
        for done, outcome in enumerate(writing):
            if progress is not None and done % 200 == 0 and progress(done, total) is False:
                raise Cancelled(QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was written."))
            values = dict(outcome.values)
            if outcome.unit:
                key = words.unit_key(outcome.unit)
                values[spec.unit_field] = known.units.get(key) or units_made[key]
            if outcome.partner:
                key = words.unit_key(outcome.partner)
                values["institution_id"] = known.partners.get(key) or partners_made[key]
            values = spec.finish(values)
            if (
                outcome.outcome == DUPLICATE
                and outcome.decision == UPDATE
                and outcome.duplicate_of is not None
            ):
                obj = session.get(spec.model, outcome.duplicate_of)
                given = {
                    k: v
                    for k, v in values.items()  # blank cells keep what is stored
                    if v not in ("", None, []) and k in spec.model.__table__.c and k != "id"
                }
                changes = audit.apply(obj, given)
                marks.append(_mark(spec.table, obj.id, batch.id, outcome.row, changes, "import-update"))
                updated += 1
                continue
            obj = spec.create(session, values) if spec.create else spec.model(**values)
            session.add(obj)
            new.append((outcome, obj))
        session.flush()  # the records (one INSERT each on SQLite, whose RETURNING keeps no order)
        for table, record_id, values in session.info.pop(
            "import_created", []
        ):  # guests added to the directory
            marks.append(_mark(table, record_id, batch.id, 0, {k: (None, v) for k, v in values.items() if v}))
        for key in [k for k in session.info if k.startswith("import_people:")]:
            session.info.pop(key)
        for outcome, obj in new:
            marks.append(
                _mark(
                    spec.table,
                    obj.id,
                    batch.id,
                    outcome.row,
                    {k: (None, v) for k, v in outcome.values.items() if v},
                )
            )
            added += 1
        audit.record_many(session, marks)  # every row's mark: its batch and its row in the sheet
        _remember(session, result.register, result.table, result.mapping)
        summary = {
            "register": result.register,
            "file": result.table.file_name,
            "sheet": result.table.sheet,
            "added": added,
            "updated": updated,
            "kept": kept,
            "refused": refused,
            "created": len(units_made) + len(partners_made),
        }
        batch.changes = json.dumps({k: [None, v] for k, v in summary.items()}, ensure_ascii=False)
        batch_id = batch.id
    return ImportResult(batch_id, added, updated, kept, refused, len(units_made) + len(partners_made))


def _mark(
    table: str, record_id: int, batch: int, row: int, changes: dict, action: str = "import"
) -> dict[str, Any]:
    return audit.entry(table, record_id, action, {"batch": (None, batch), "row": (None, row), **changes})


def _new_unit(name: str) -> tuple[Any, dict[str, Any]]:
    values = directory.clean_unit({"kind": words.unit_kind_of(name), "name_fa": name, "name_en": ""})
    return Unit(**values), values


def _new_partner(name: str) -> tuple[Any, dict[str, Any]]:
    values = directory.clean_institution(
        {"name_en": name, "name_fa": "", "country": "", "city": "", "website": ""}
    )
    return Institution(**values), values


def _make_missing(
    session: Session,
    names: list[str],
    stored: dict[str, int],
    make: Callable[[str], tuple[Any, dict[str, Any]]],
    table: str,
    batch: int,
    marks: list[dict[str, Any]],
) -> dict[str, int]:
    """The records (units or partners) the rows name that are not stored: made, each marked with the batch;
    returns their ids by key."""
    made: dict[str, tuple[Any, dict[str, Any]]] = {}
    for name in names:
        key = words.unit_key(name)
        if key not in stored and key not in made:
            made[key] = make(name)
            session.add(made[key][0])
    session.flush()
    for obj, values in made.values():
        marks.append(_mark(table, obj.id, batch, 0, {k: (None, v) for k, v in values.items() if v}))
    return {key: obj.id for key, (obj, _values) in made.items()}


# ---------------------------------------------------------------- the log and undo


# ---------------------------------------------------------------- the template

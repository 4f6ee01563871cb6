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
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.common.clock import utcnow
from app.services import audit, context, directory
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError, StateError, ValidationError
from app.services.imports import values as read
from app.services.imports import words
from app.services.imports.funding_rows import FUNDING
from app.services.imports.reading import Table, read_table
from app.services.imports.registers import DIRECTORY_REGISTERS, Register, Row, existing_keys
from app.services.imports.visit_rows import VISITS
from db.base import Base
from db.models import AuditEntry, Institution, Setting, Unit

REGISTERS: dict[str, Register] = {**DIRECTORY_REGISTERS, "visits": VISITS, "funding": FUNDING}
ADD, DUPLICATE, REFUSED = "add", "duplicate", "refused"
KEEP, UPDATE, ADD_ANYWAY = "keep", "update", "add"
BATCH_TABLE = "imports"


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


def register(name: str) -> Register:
    try:
        return REGISTERS[name]
    except KeyError:
        raise ValidationError(
            "register",
            QT_TRANSLATE_NOOP("errors", "Sheets can be imported into: {registers}."),
            registers=", ".join(REGISTERS),
        ) from None


# ---------------------------------------------------------------- reading and mapping


def _header_matches(spec: Register) -> dict[str, str]:
    return {read.fold(h): f.key for f in reversed(spec.fields) for h in (*f.headers, f.key, f.label)}


def _header_parts(header: str) -> list[str]:
    """A header as the names it gives: "نام / First name" gives both (the template's bilingual headers)."""
    parts = [header, *header.replace("|", "/").split("/")]
    return [read.fold(p) for p in parts if read.fold(p)]


def open_sheet(register_name: str, path: Path, sheet: str | None = None) -> Table:
    """The sheet as a table, its header row found by the register's header names."""
    matches = _header_matches(register(register_name))
    return read_table(Path(path), sheet, lambda h: any(p in matches for p in _header_parts(h)))


def guess_mapping(register_name: str, table: Table) -> dict[str, int | None]:
    """Each field's column: the one remembered for this register, else one whose header names the field."""
    spec = register(register_name)
    mapping: dict[str, int | None] = {f.key: None for f in spec.fields}
    taken: set[int] = set()
    remembered = remembered_mapping(register_name)
    for key, header in remembered.items():
        if key in mapping and header in table.headers:
            mapping[key] = table.headers.index(header)
            taken.add(mapping[key])
    for f in spec.fields:  # exact names first, in the order of the fields
        if mapping[f.key] is not None:
            continue
        names = {read.fold(h) for h in f.headers} | {read.fold(f.key.replace("_", " "))}
        for index, header in enumerate(table.headers):
            if index not in taken and any(p in names for p in _header_parts(header)):
                mapping[f.key] = index
                taken.add(index)
                break
    return mapping


def mapping_from_names(register_name: str, table: Table, given: dict[str, str]) -> dict[str, int | None]:
    """`--map FIELD=COLUMN` on the command line: COLUMN is a header as written, or a column number (1, 2…);
    an empty COLUMN leaves the field out."""
    spec = register(register_name)
    mapping = guess_mapping(register_name, table)
    keys = [f.key for f in spec.fields]
    for key, column in given.items():
        if key not in keys:
            raise ValidationError(
                "map",
                QT_TRANSLATE_NOOP(
                    "errors", "{name} is not a field of this register; its fields are: {fields}."
                ),
                name=key,
                fields=", ".join(keys),
            )
        if not column:
            mapping[key] = None
        elif column in table.headers:
            mapping[key] = table.headers.index(column)
        elif column.isdigit() and 1 <= int(column) <= len(table.headers):
            mapping[key] = int(column) - 1
        else:
            raise ValidationError(
                "map",
                QT_TRANSLATE_NOOP("errors", "The sheet has no column {column}; its columns are: {columns}."),
                column=column,
                columns=", ".join(table.headers),
            )
    return mapping


def detect_calendars(register_name: str, table: Table, mapping: dict[str, int | None]) -> dict[str, str]:
    """The calendar each mapped date column is written in."""
    spec = register(register_name)
    return {
        f.key: read.detect_calendar(table.column(mapping[f.key]))  # type: ignore[arg-type]
        for f in spec.fields
        if f.kind == "date" and mapping.get(f.key) is not None
    }


def _map_key(register_name: str) -> str:
    return f"import_map:{register_name}"


def remembered_mapping(register_name: str) -> dict[str, str]:
    """The header each field was read from the last time this register was imported."""
    with context.database().reading() as session:
        row = session.get(Setting, _map_key(register_name))
        return json.loads(row.value) if row else {}


def _remember(session: Session, register_name: str, table: Table, mapping: dict[str, int | None]) -> None:
    chosen = {k: table.headers[i] for k, i in mapping.items() if i is not None}
    row = session.get(Setting, _map_key(register_name))
    text = json.dumps(chosen, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=_map_key(register_name), value=text))
    else:
        row.value = text


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
        units_made: dict[str, int] = {}
        partners_made: dict[str, int] = {}
        added = updated = kept = 0
        new: list[tuple[RowOutcome, Any]] = []
        total = len(result.rows)
        for done, outcome in enumerate(result.rows):
            if progress is not None and done % 200 == 0 and progress(done, total) is False:
                raise Cancelled(QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was written."))
            if outcome.outcome == REFUSED or (outcome.outcome == DUPLICATE and outcome.decision == KEEP):
                kept += outcome.outcome == DUPLICATE
                continue
            values = dict(outcome.values)
            if outcome.unit:
                values[spec.unit_field] = _unit_for(session, outcome.unit, known, units_made, batch.id)
            if outcome.partner:
                values["institution_id"] = _partner_for(
                    session, outcome.partner, known, partners_made, batch.id
                )
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
                _mark(session, spec.table, obj.id, batch.id, outcome.row, changes, "import-update")
                updated += 1
                continue
            obj = spec.create(session, values) if spec.create else spec.model(**values)
            session.add(obj)
            new.append((outcome, obj))
        session.flush()  # one batch of INSERTs
        for table, record_id, values in session.info.pop(
            "import_created", []
        ):  # guests added to the directory
            _mark(session, table, record_id, batch.id, 0, {k: (None, v) for k, v in values.items() if v})
        for key in [k for k in session.info if k.startswith("import_people:")]:
            session.info.pop(key)
        for outcome, obj in new:
            _mark(
                session,
                spec.table,
                obj.id,
                batch.id,
                outcome.row,
                {k: (None, v) for k, v in outcome.values.items() if v},
            )
            added += 1
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
    session: Session, table: str, record_id: int, batch: int, row: int, changes: dict, action: str = "import"
) -> None:
    audit.record(session, table, record_id, action, {"batch": (None, batch), "row": (None, row), **changes})


def _unit_for(session: Session, name: str, known: _Known, made: dict[str, int], batch: int) -> int:
    key = words.unit_key(name)
    if key in known.units:
        return known.units[key]
    if key not in made:
        values = directory.clean_unit({"kind": words.unit_kind_of(name), "name_fa": name, "name_en": ""})
        unit = Unit(**values)
        session.add(unit)
        session.flush()
        _mark(session, "units", unit.id, batch, 0, {k: (None, v) for k, v in values.items() if v})
        made[key] = unit.id
    return made[key]


def _partner_for(session: Session, name: str, known: _Known, made: dict[str, int], batch: int) -> int:
    key = words.unit_key(name)
    if key in known.partners:
        return known.partners[key]
    if key not in made:
        values = directory.clean_institution(
            {"name_en": name, "name_fa": "", "country": "", "city": "", "website": ""}
        )
        partner = Institution(**values)
        session.add(partner)
        session.flush()
        _mark(session, "institutions", partner.id, batch, 0, {k: (None, v) for k, v in values.items() if v})
        made[key] = partner.id
    return made[key]


# ---------------------------------------------------------------- the log and undo


@dataclass(frozen=True)
class BatchRow:
    id: int
    at: Any
    actor: str
    register: str
    file: str
    sheet: str
    added: int
    updated: int
    undone: bool


def list_imports() -> list[BatchRow]:
    """Every import, newest first."""
    with context.database().reading() as session:
        entries = (
            session.execute(
                select(AuditEntry).where(AuditEntry.table_name == BATCH_TABLE).order_by(AuditEntry.id.desc())
            )
            .scalars()
            .all()
        )
        undone = {e.record_id for e in entries if e.action == "undo"}
        rows = []
        for e in entries:
            if e.action != "import":
                continue
            info = {k: v[1] for k, v in json.loads(e.changes or "{}").items()}
            rows.append(
                BatchRow(
                    e.id,
                    e.at,
                    e.actor,
                    info.get("register", ""),
                    info.get("file", ""),
                    info.get("sheet", ""),
                    info.get("added", 0),
                    info.get("updated", 0),
                    e.id in undone,
                )
            )
        return rows


_TABLES = ("people", "units", "institutions", "agreements", "visits", "funding_requests")


def undo_import(batch_id: int) -> int:
    """Archive every record the import added (and put back what it updated), if none has been used since;
    otherwise refuse, naming the records that have. Returns the records archived."""
    from db.models import Agreement, FundingRequest, Person, Visit

    models = {
        "people": Person,
        "units": Unit,
        "institutions": Institution,
        "agreements": Agreement,
        "visits": Visit,
        "funding_requests": FundingRequest,
    }
    with context.database().writing() as session:
        batch = session.get(AuditEntry, batch_id) if isinstance(batch_id, int) else None
        if batch is None or batch.table_name != BATCH_TABLE or batch.action != "import":
            raise ValidationError(
                "batch", QT_TRANSLATE_NOOP("errors", "There is no import {batch}."), batch=batch_id
            )
        done = session.execute(
            select(AuditEntry.id).where(
                AuditEntry.table_name == BATCH_TABLE,
                AuditEntry.action == "undo",
                AuditEntry.record_id == batch_id,
            )
        ).first()
        if done:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Import {batch} was already undone."), batch=batch_id
            )
        marks = [
            e
            for e in session.execute(
                select(AuditEntry).where(
                    AuditEntry.id > batch_id,
                    AuditEntry.action.in_(("import", "import-update")),
                    AuditEntry.table_name.in_(tuple(_TABLES)),
                )
            ).scalars()
            if json.loads(e.changes or "{}").get("batch", [None, None])[1] == batch_id
        ]
        used: list[str] = []
        ours = {(m.table_name, m.record_id) for m in marks}
        for mark in marks:
            later = session.execute(
                select(func.count(AuditEntry.id)).where(
                    AuditEntry.table_name == mark.table_name,
                    AuditEntry.record_id == mark.record_id,
                    AuditEntry.id > mark.id,
                )
            ).scalar_one()
            refs = (
                0
                if mark.action == "import-update"
                else _references_outside(session, mark.table_name, mark.record_id, ours)
            )
            if later or refs:
                used.append(f"{mark.table_name} {mark.record_id} (row {json.loads(mark.changes)['row'][1]})")
        if used:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This import cannot be undone: these records have been changed or used since: {records}.",
                ),
                records=", ".join(used[:20]) + (" …" if len(used) > 20 else ""),
            )
        archived = 0
        now = utcnow()
        for mark in marks:
            obj = session.get(models[mark.table_name], mark.record_id)
            if mark.action == "import-update":
                old = {k: v[0] for k, v in json.loads(mark.changes).items() if k not in ("batch", "row")}
                changes = audit.apply(obj, _typed(obj, old))
                audit.record(session, mark.table_name, obj.id, "update", changes)
            elif obj.archived_at is None:
                obj.archived_at = now
                audit.record(session, mark.table_name, obj.id, "archive", {"batch": (None, batch_id)})
                archived += 1
        audit.record(session, BATCH_TABLE, batch_id, "undo", {"archived": (None, archived)})
        return archived


# Rows made with their parent record by an import (a visit's guests and costs): they are part of it.
_OWNED = {
    "visit_guests": ("visits", "visit_id"),
    "visit_costs": ("visits", "visit_id"),
    "funding_transitions": ("funding_requests", "request_id"),
}


def _references_outside(
    session: Session, table: str, record_id: int, ours: set[tuple[str, int | None]]
) -> int:
    """References to a record from records that are not of the same import (a person's unit made by it is)."""
    count = 0
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name != table:
                continue
            for row in session.execute(select(other).where(fk.parent == record_id)).mappings():
                owner = _OWNED.get(other.name)
                if owner and (owner[0], row[owner[1]]) in ours:
                    continue
                if "id" in other.c and (other.name, row["id"]) in ours:
                    continue
                count += 1
    return count


def _typed(obj: Any, old: dict[str, Any]) -> dict[str, Any]:
    """Values from the audit log's JSON back in their column's type (dates are stored as ISO text)."""
    import datetime as dt

    typed = {}
    for key, value in old.items():
        current = getattr(obj, key, None)
        if isinstance(current, dt.date) and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        typed[key] = value
    return typed


# ---------------------------------------------------------------- the template


def template_rows(register_name: str) -> list[str]:
    """The headers of an empty template: the Persian header a sheet uses, then the English one."""
    spec = register(register_name)
    rows = []
    for f in spec.fields:
        persian = next((h for h in f.headers if any("\u0600" <= ch <= "\u06ff" for ch in h)), f.key)
        rows.append(f"{persian} / {f.label}")
    return rows


def save_template(register_name: str, path: Path) -> int:
    """An empty workbook with the register's headers in both languages (right to left); returns the
    columns."""
    from app.documents.xlsx import Sheet, write_xlsx

    headers = template_rows(register_name)
    write_xlsx(
        Path(path),
        [
            Sheet(
                register(register_name).name,
                headers,
                [],
                right_to_left=True,
                widths=tuple(max(14, len(h) + 2) for h in headers),
            )
        ],
    )
    return len(headers)

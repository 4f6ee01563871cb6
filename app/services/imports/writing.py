"""Writing an import: the previewed rows in one transaction, the units and partners they name made first,
each record marked with its batch and its row in the audit log."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from app.services import audit, context, directory
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from app.services.imports import words
from app.services.imports.batch import (
    DUPLICATE,
    KEEP,
    REFUSED,
    UPDATE,
    Cancelled,
    ImportResult,
    Preview,
    RowOutcome,
    _known,
)
from app.services.imports.history import BATCH_TABLE
from app.services.imports.mapping import _remember, register
from db.models import AuditEntry, Institution, Unit


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

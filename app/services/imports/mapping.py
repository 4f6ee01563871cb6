"""Which column of a sheet holds which field: the registers' specs, guessing from the headers, the
mapping remembered from the last import, and the empty template of a register."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from app.services import context
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.imports import values as read
from app.services.imports.funding_rows import FUNDING
from app.services.imports.reading import Table, read_table
from app.services.imports.registers import DIRECTORY_REGISTERS, Register
from app.services.imports.visit_rows import VISITS
from db.models import Setting

REGISTERS: dict[str, Register] = {**DIRECTORY_REGISTERS, "visits": VISITS, "funding": FUNDING}


def register(name: str) -> Register:
    try:
        return REGISTERS[name]
    except KeyError:
        raise ValidationError(
            "register",
            QT_TRANSLATE_NOOP("errors", "Sheets can be imported into: {registers}."),
            registers=", ".join(REGISTERS),
        ) from None


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

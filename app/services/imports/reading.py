"""An office's sheet as a table: the header row found past title rows and merged cells, blank rows dropped.

xlsx workbooks are read with openpyxl (formulas kept as their text, never evaluated); CSV files in UTF-8
or Windows-1256 go through the same path.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from app.services.imports import merged
from app.services.imports.values import Formula, fold, tidy

HEADER_SCAN = 25  # rows looked at for the header row
ROW_NUMBER_HEADERS = {fold(w) for w in ("ردیف", "ردیف", "شماره ردیف", "row", "no", "#", "ش", "n")}


class ImportFileError(ServiceError):
    """The file cannot be read as a sheet (not a workbook, no such sheet, empty)."""


@dataclass
class Table:
    """One sheet: its headers (as written) and its data rows with their row numbers in the sheet."""

    file_name: str
    sheet: str
    sheets: list[str]
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    right_to_left: bool = False

    def column(self, index: int) -> list[object]:
        return [cells[index] if index < len(cells) else None for _, cells in self.rows]


def read_table(path: Path, sheet: str | None = None, known: Callable[[str], bool] | None = None) -> Table:
    """The sheet `sheet` (the first when None) of an .xlsx or .csv file; `known(header)` says whether a header
    names a field, which finds the header row below title rows."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(QT_TRANSLATE_NOOP("errors", "There is no file {file}."), file=str(path))
    if path.suffix.lower() == ".csv":
        grid, sheets, name, rtl, merges = _csv_grid(path), [path.stem], path.stem, False, []
    else:
        grid, sheets, name, rtl, merges = _xlsx_grid(path, sheet)
    return _table(path.name, name, sheets, grid, rtl, known or (lambda _h: False), merges)


def _open_book(path: Path, **options: bool):  # type: ignore[no-untyped-def]
    import zipfile

    from openpyxl import load_workbook

    try:
        return load_workbook(path, **options)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "{file} is not an Excel workbook (.xlsx) that can be read."),
            file=path.name,
        ) from None


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook (a CSV file is one sheet, named after the file)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return [path.stem]
    book = _open_book(path, read_only=True)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def _xlsx_grid(
    path: Path, sheet: str | None
) -> tuple[list[list[object]], list[str], str, bool, list[merged.Merge]]:
    # Read-only mode streams the sheet (several times faster on a year's register); a merged title keeps its
    # text in its first cell only, which is all the header search needs.
    book = _open_book(path, read_only=True, data_only=False)
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("errors", "The workbook has no sheet named {sheet}; it has: {sheets}."),
                sheet=sheet,
                sheets=", ".join(names),
            )
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        grid = [[_cell(c) for c in row] for row in ws.iter_rows()]
        return grid, names, ws.title, _right_to_left(ws), merged.merges_of(ws)
    finally:
        book.close()


_RTL = re.compile(rb"<(?:\w+:)?sheetView\b[^>]*\brightToLeft=\"(?:1|true)\"")


def _right_to_left(ws) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sheet is shown right to left (its sheetView, at the start of the sheet's XML)."""
    try:
        with ws._get_source() as source:  # openpyxl's read-only sheet has no sheet_view
            return bool(_RTL.search(source.read(8192)))
    except (AttributeError, OSError):
        return False


def _cell(cell) -> object:  # type: ignore[no-untyped-def]
    if getattr(cell, "data_type", "") == "f":
        return Formula(str(cell.value))
    value = cell.value
    if isinstance(value, str):
        return value if value.strip() else None
    return value


def _csv_grid(path: Path) -> list[list[object]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            content = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1256 decodes almost any byte
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "{file} is neither UTF-8 nor Windows-1256 text."), file=path.name
        )
    try:
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[(c if c.strip() else None) for c in row] for row in csv.reader(io.StringIO(content), dialect)]


def _blank(row: list[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def _table(
    file_name: str,
    sheet: str,
    sheets: list[str],
    grid: list[list[object]],
    rtl: bool,
    known: Callable[[str], bool],
    merges: list[merged.Merge] | None = None,
) -> Table:
    header_index = _header_index(grid, known)
    if header_index is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("errors", "The sheet {sheet} has no rows."), sheet=sheet)
    header_cells, header_index = merged.header_cells(grid, header_index, merges or [])
    width = max((len(r) for r in grid), default=0)
    headers = [tidy(header_cells[i]) if i < len(header_cells) else "" for i in range(width)]
    # Columns with neither a header nor a value, and the «ردیف» (row number) column, carry nothing.
    body = [
        (n + 1, row + [None] * (width - len(row)))
        for n, row in enumerate(grid)
        if n > header_index and not _blank(row)
    ]
    keep = [
        i
        for i in range(width)
        if fold(headers[i]) not in ROW_NUMBER_HEADERS
        and (headers[i] or any(r[i] is not None for _, r in body))
    ]
    headers = [headers[i] or f"#{i + 1}" for i in keep]
    rows = [(n, [row[i] for i in keep]) for n, row in body]
    return Table(file_name, sheet, sheets, header_index + 1, headers, rows, rtl)


def _header_index(grid: list[list[object]], known: Callable[[str], bool]) -> int | None:
    """The header row: the first of the first rows with the most cells naming known fields; failing that,
    the first row with at least two text cells (a title row has one, often merged)."""
    best, best_score = None, 0
    for index, row in enumerate(grid[:HEADER_SCAN]):
        texts = {tidy(v) for v in row if isinstance(v, str) and v.strip()}
        score = sum(1 for t in texts if known(t))
        if score > best_score:
            best, best_score = index, score
    if best is not None and best_score >= 2:
        return best
    for index, row in enumerate(grid[:HEADER_SCAN]):
        if len({tidy(v) for v in row if isinstance(v, str) and v.strip()}) >= 2:
            return index
    for index, row in enumerate(grid):
        if not _blank(row):
            return index
    return None

"""Registers as .xlsx workbooks (openpyxl, imported when a workbook is written).

Text that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) is
written as a string cell with Excel's "quote prefix" style: it shows exactly as typed and is never
evaluated. Numbers stay numbers (amounts can be summed), dates stay dates, times stay times. Every workbook
is made by "IVC Desk", each sheet has a filter on its columns and reads right to left when its headers are
Persian.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Texts a spreadsheet would read as an error value rather than as text.
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))


@dataclass
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[object]]
    right_to_left: bool | None = None  # None: right to left when the headers are Persian
    widths: Sequence[int] = field(default_factory=tuple)

    def reads_right_to_left(self) -> bool:
        if self.right_to_left is not None:
            return self.right_to_left
        return any("\u0600" <= ch <= "\u06ff" for header in self.headers for ch in header)


def is_dangerous(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> int:
    """Writes the workbook atomically; returns the number of data rows written.

    The sheets are streamed (openpyxl's write-only mode): each row is written out as it comes, so the time
    grows with the rows, not with their square, and the rows are never all held in memory."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Font
    from openpyxl.utils.cell import get_column_letter

    from app.documents.output import write_atomic

    book = Workbook(write_only=True)
    book.properties.creator = "IVC Desk"
    book.properties.lastModifiedBy = "IVC Desk"
    written = 0
    bold = Font(bold=True)
    for spec in sheets:
        sheet = book.create_sheet(title=_sheet_title(spec.title))
        sheet.sheet_view.rightToLeft = spec.reads_right_to_left()
        sheet.freeze_panes = "A2"
        for index, width in enumerate(spec.widths, start=1):  # before the first row: the columns come first
            sheet.column_dimensions[get_column_letter(index)].width = width
        header = []
        for title in spec.headers:
            cell = WriteOnlyCell(sheet, _value(title))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        rows = 1
        for row in spec.rows:
            cells: list[object] = []
            for value in row:
                value = _value(value)
                if isinstance(value, str) and (is_dangerous(value) or value in _ERROR_CODES):
                    cell = WriteOnlyCell(sheet, value)
                    cell.data_type = TYPE_STRING  # never a formula (nor an error value)
                    cell.quotePrefix = True
                    value = cell
                cells.append(value)
            sheet.append(cells)
            rows += 1
        written += rows - 1
        if spec.headers:  # a filter on every column, over the header and the rows
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(spec.headers))}{rows}"
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(path, buffer.getvalue())
    return written


def _value(value: object) -> object:
    if value is None or isinstance(value, (int, float, dt.date, dt.datetime, dt.time)):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", str(value))  # control characters a workbook cannot hold


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip() or "Sheet"
    return cleaned[:31]

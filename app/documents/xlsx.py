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
    """Writes the workbook atomically; returns the number of data rows written."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Font

    from app.documents.output import write_atomic

    book = Workbook(write_only=False)
    book.properties.creator = "IVC Desk"
    book.properties.lastModifiedBy = "IVC Desk"
    book.remove(book.active)
    written = 0
    for spec in sheets:
        sheet = book.create_sheet(title=_sheet_title(spec.title))
        sheet.sheet_view.rightToLeft = spec.reads_right_to_left()
        sheet.append(list(spec.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in spec.rows:
            sheet.append([_value(v) for v in row])
            written += 1
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and is_dangerous(cell.value):
                    cell.data_type = TYPE_STRING  # never a formula
                    cell.quotePrefix = True
        for index, width in enumerate(spec.widths, start=1):
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
        sheet.freeze_panes = "A2"
        if spec.headers:  # a filter on every column, over the header and the rows
            sheet.auto_filter.ref = (
                f"A1:{sheet.cell(1, len(spec.headers)).column_letter}{max(1, sheet.max_row)}"
            )
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

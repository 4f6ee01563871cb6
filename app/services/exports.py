"""A list as a workbook: what a register's list shows, with its current filter and sort, as an .xlsx file.

The caller says how each row is shown (the GUI passes the very texts of its columns, so the labels are the
translated ones, not the stored codes); this module reads every page of the list, turns texts that are whole
numbers back into numbers (so amounts can be summed), and writes the workbook atomically. A long list reports
its progress and can be stopped; stopped, it writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.common.text import to_latin_digits
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from app.services.paging import Page, PageRequest

PAGE = 1000
_ISOLATES = "\u2066\u2067\u2068\u2069\u200e\u200f"
# a whole number: "0", or no leading zero, its thousands separated by «,» or «٬» (folded to «,») or not at all
_NUMBER = re.compile(r"-?(0|[1-9][0-9]{0,2}(,[0-9]{3})+|[1-9][0-9]{0,14})")


class ExportCancelled(ServiceError):
    """The person stopped the export; no file was written."""


def cell_value(text: object) -> object:
    """A shown text as a workbook cell: a whole number (in any digits, with thousands separators) becomes a
    number; anything else stays text. Numbers with a leading zero (codes, phone numbers) stay text."""
    if not isinstance(text, str):
        return text
    plain = to_latin_digits(text.strip(_ISOLATES + " ")).replace("\u066c", ",")
    if _NUMBER.fullmatch(plain):
        return int(plain.replace(",", ""))
    return text


def write_table(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[int] = (),
) -> int:
    """One sheet of shown texts; returns the number of rows written."""
    from app.documents.xlsx import Sheet, write_xlsx

    cells = ([cell_value(value) for value in row] for row in rows)
    return write_xlsx(Path(path), [Sheet(title, list(headers), cells, widths=tuple(widths))])


def every_page(
    fetch: Callable[[PageRequest], Page],
    request: PageRequest,
    progress: Callable[[int, int], bool] | None = None,
) -> list[Any]:
    """Every row `fetch` gives for `request` (its filter, sort and archive flag), a page at a time.
    `progress(done, total)` is told after each page; when it returns False the export stops
    (ExportCancelled)."""
    rows: list[Any] = []
    total: int | None = None
    while True:
        page = fetch(replace(request, offset=len(rows), limit=PAGE))
        if total is None:
            total = page.total if page.total is not None else len(page.rows)
        rows.extend(page.rows)
        total = max(total, len(rows))
        if progress is not None and progress(len(rows), total) is False:
            raise ExportCancelled(
                QT_TRANSLATE_NOOP("errors", "The export was cancelled; no file was written.")
            )
        if len(page.rows) < PAGE:
            return rows


def export_list(
    path: Path,
    title: str,
    headers: Sequence[str],
    fetch: Callable[[PageRequest], Page],
    request: PageRequest,
    cells: Callable[[Any], Sequence[object]],
    progress: Callable[[int, int], bool] | None = None,
    widths: Sequence[int] = (),
) -> int:
    """The whole list `fetch(request)` gives, each row shown by `cells(row)`, written to `path`."""
    rows = every_page(fetch, request, progress)
    return write_table(path, title, headers, (cells(row) for row in rows), widths)

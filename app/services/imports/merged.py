"""Merged header cells spread across the columns they cover.

An office's sheet often has a two-row header: a merged «تاریخ» over the two columns «ورود» and «خروج», and
«نام مهمان» merged down over both rows. A merged cell keeps its text in its first cell only, so read as it is
the second date column would have no group name and the first column no header on the second row. Here each
merged cell's text is copied into every cell it covers (in the header rows only: a data row is the office's
own), and a group row's text is put before each sub-header: «تاریخ / ورود», «تاریخ / خروج» (the header
matcher reads each part of a «/» header, so both «تاریخ ورود» and «ورود» find their field).
"""

from __future__ import annotations

import re

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column; 0-based, inclusive

_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*\bref=\"([A-Z]+[0-9]+):([A-Z]+[0-9]+)\"")


def merges_of(ws) -> list[Merge]:  # type: ignore[no-untyped-def]
    """The merged ranges of a read-only openpyxl sheet (from its XML: read-only sheets do not list them)."""
    from openpyxl.utils.cell import coordinate_to_tuple

    try:
        with ws._get_source() as source:
            xml = source.read()
    except (AttributeError, OSError):
        return []
    found = []
    for first, last in _MERGE.findall(xml):
        top, left = coordinate_to_tuple(first.decode())
        bottom, right = coordinate_to_tuple(last.decode())
        found.append((top - 1, left - 1, bottom - 1, right - 1))
    return found


def _spread(grid: list[list[object]], merges: list[Merge], last_row: int) -> None:
    """Copy each merged cell's text into the cells it covers, in the rows up to `last_row`."""
    for top, left, bottom, right in merges:
        if top > last_row or top >= len(grid):
            continue
        row = grid[top]
        value = row[left] if left < len(row) else None
        if value is None:
            continue
        for r in range(top, min(bottom, last_row) + 1):
            if r >= len(grid):
                break
            cells = grid[r]
            cells.extend([None] * (right + 1 - len(cells)))
            for c in range(left, right + 1):
                if cells[c] is None:
                    cells[c] = value


def _across(merges: list[Merge], row: int) -> list[Merge]:
    """The merges of one row that span columns (a group's name over its sub-headers)."""
    return [m for m in merges if m[0] == row and m[2] == row and m[3] > m[1]]


def _texts(row: list[object]) -> int:
    return sum(1 for v in row if isinstance(v, str) and v.strip())


def header_cells(
    grid: list[list[object]], header_index: int, merges: list[Merge]
) -> tuple[list[object], int]:
    """The header's cells, and the index of its last row: one row as found, or two when the row found (or the
    one above it) is a group row, with merged cells spanning columns over a row of sub-headers."""
    if not merges:
        return grid[header_index], header_index
    for top in (header_index, header_index - 1):
        sub = top + 1
        if top < 0 or sub >= len(grid):
            continue
        groups = _across(merges, top)
        # a title row is one text over the whole width; a group row names at least two things
        if not groups or _texts(grid[top]) < 2:
            continue
        under = {c for _t, left, _b, right in groups for c in range(left, right + 1)}
        if not any(c < len(grid[sub]) and isinstance(grid[sub][c], str) for c in under):
            continue
        _spread(grid, merges, sub)
        width = max(len(grid[top]), len(grid[sub]))
        cells: list[object] = []
        for c in range(width):
            group = grid[top][c] if c < len(grid[top]) else None
            name = grid[sub][c] if c < len(grid[sub]) else None
            if c in under and group is not None and name is not None and str(name) != str(group):
                cells.append(f"{group} / {name}")
            else:
                cells.append(group if group is not None else name)
        return cells, sub
    _spread(grid, merges, header_index)
    return grid[header_index], header_index

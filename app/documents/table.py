"""Tables in the text flow: rows of wrapped cells with a ruled grid, for agendas, attendance sheets and lists.

A table is turned into ordinary flow rows (one per line of text, plus the cell padding), so it pages with
the rest of the document; each table row's lines are kept together. The grid is remembered in a Grid,
keyed by the first flow row of each table row, and drawn under the text once the page is placed.
Columns are given in reading order: in a right-to-left table the first column is at the right.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from app.documents.bidi_text import first_strong_rtl, layout
from app.documents.flow import Align, Row, Run, Style, aligned_x

_PAD = 3.5  # space above and below a cell's text
_INSET = 4.0  # space between a cell's text and its side rules
_RULE_GRAY = 0.45
_HEADER_FILL = 0.9


@dataclass(frozen=True)
class Column:
    """A column: its share of the table's width, and where its text sits ("start": the reading side)."""

    share: float
    align: str = "start"  # "start", "end" or "centre"


@dataclass(frozen=True)
class _Box:
    height: float
    edges: tuple[float, ...]  # x of every vertical rule, left to right
    fill: float | None  # gray level of the background, or None


class Grid:
    """The rules and shading of the tables on a document's pages, drawn per page after pagination."""

    def __init__(self) -> None:
        self._boxes: dict[int, _Box] = {}
        self._rows: list[Row] = []  # keeps the keyed rows alive, so their ids stay theirs

    def add(self, row: Row, box: _Box) -> None:
        self._rows.append(row)
        self._boxes[id(row)] = box

    def draw(self, canvas: Canvas, placed: Iterable[tuple[Row, float]]) -> None:
        """Shade and rule the table rows among the placed rows of one page (before its text is drawn)."""
        boxes = [(self._boxes[id(row)], top) for row, top in placed if id(row) in self._boxes]
        if not boxes:
            return
        canvas.saveState()
        for box, top in boxes:
            if box.fill is not None:
                canvas.setFillGray(box.fill)
                canvas.rect(
                    box.edges[0], top - box.height, box.edges[-1] - box.edges[0], box.height, stroke=0, fill=1
                )
        canvas.setStrokeGray(_RULE_GRAY)
        canvas.setLineWidth(0.5)
        for box, top in boxes:
            bottom = top - box.height
            canvas.line(box.edges[0], top, box.edges[-1], top)
            canvas.line(box.edges[0], bottom, box.edges[-1], bottom)
            for x in box.edges:
                canvas.line(x, top, x, bottom)
        canvas.restoreState()


def paragraph_rtl(text: str, default: bool) -> bool:
    """A paragraph's direction from its first letter (Persian or Latin), as a browser's dir="auto" does:
    an English sentence in a Persian document keeps its full stop at its end. Text without letters (numbers,
    dates) takes the document's direction."""
    return first_strong_rtl(text, default)


def _edges(columns: Sequence[Column], left: float, right: float, rtl: bool) -> list[tuple[float, float]]:
    """Each column's (left, right) in reading order."""
    total = sum(c.share for c in columns)
    spans, x = [], (right if rtl else left)
    for column in columns:
        width = (right - left) * column.share / total
        spans.append((x - width, x) if rtl else (x, x + width))
        x = x - width if rtl else x + width
    return spans


def _align(column: Column, rtl: bool) -> Align:
    if column.align == "centre":
        return "centre"
    start, end = ("right", "left") if rtl else ("left", "right")
    return start if column.align == "start" else end


def table_rows(
    cells: Sequence[Sequence[str]],
    columns: Sequence[Column],
    style: Style,
    left: float,
    right: float,
    rtl: bool,
    grid: Grid,
    *,
    header: Sequence[str] | None = None,
    header_style: Style | None = None,
    min_height: float = 0.0,
) -> list[Row]:
    """Flow rows of a table: an optional shaded header row, then one table row per entry of `cells`
    (each a list of cell texts in column order). A table row is at least `min_height` tall (room to sign).

    The header row is repeated at the top of every page the table runs onto, and the last table row is
    kept with the one before it, so that no page holds a table's last row alone."""
    spans = _edges(columns, left, right, rtl)
    edges = tuple(sorted({round(x, 3) for span in spans for x in span}))
    rows: list[Row] = []
    repeat: tuple[Row, ...] = ()
    if header is not None:
        rows += keep_with_next(
            _table_row(header, columns, spans, header_style or style, rtl, grid, edges, 0.0, _HEADER_FILL)
        )
        repeat = tuple(rows)
    for n, entry in enumerate(cells):
        keep = n == len(cells) - 2  # the last but one stays with the last
        rows += _table_row(entry, columns, spans, style, rtl, grid, edges, min_height, None, repeat, keep)
    return rows


def _table_row(
    texts: Sequence[str],
    columns: Sequence[Column],
    spans: list[tuple[float, float]],
    style: Style,
    rtl: bool,
    grid: Grid,
    edges: tuple[float, ...],
    min_height: float,
    fill: float | None,
    repeat: tuple[Row, ...] = (),
    keep: bool = False,
) -> list[Row]:
    directions = [paragraph_rtl(text or "", rtl) for text in texts]
    laid = [
        layout(text or "", (b - a) - 2 * _INSET, style.font, style.size, direction)
        for text, (a, b), direction in zip(texts, spans, directions, strict=True)
    ]
    count = max(1, max(len(lines) for lines in laid))
    marker = Run("", style.font, style.size, 0.0)  # keeps the padding row from being dropped at a page top
    rows = [Row(_PAD, (marker,), True, repeat)]
    for index in range(count):
        runs = []
        for lines, column, (a, b), direction in zip(laid, columns, spans, directions, strict=True):
            if index < len(lines):
                line = lines[index]
                x = aligned_x(line.width, a + _INSET, b - _INSET, _align(column, rtl))
                runs.append(Run(line.text, style.font, style.size, x, 0.0, line.logical, direction))
        rows.append(Row(style.leading, tuple(runs), True, repeat))
    height = _PAD * 2 + count * style.leading
    rows.append(Row(_PAD + max(0.0, min_height - height), (marker,), keep, repeat))
    grid.add(rows[0], _Box(sum(r.height for r in rows), edges, fill))
    return rows


def keep_with_next(rows: list[Row]) -> list[Row]:
    """`rows` whose last row stays on the page of what follows (a heading with its table)."""
    if rows:
        rows[-1] = dataclasses.replace(rows[-1], keep_with_next=True)
    return rows

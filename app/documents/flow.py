"""Lines of text placed on pages: building rows from user text, breaking rows into pages, drawing them.

The documents are drawn line by line on the canvas rather than through Platypus: Persian has to be laid
out line by line anyway (see bidi_text), and a letter costs a fraction of the time this way. A document is
a list of rows (a line of text, or an empty gap) laid out once; breaking them into pages then tells the
page count before anything is drawn, so "page 1 of 2" needs no second pass.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from app.documents import textlayer
from app.documents.bidi_text import layout, text_width, visual
from app.documents.markup import clean

Align = Literal["left", "right", "centre", "justify"]

# Where the baseline sits inside a row, as a share of the row's height measured from its top: leaves
# room above for Persian's tall letters (Vazirmatn's ascent is 1.03 em) and below for its descenders.
_BASELINE = 0.7


@dataclass(frozen=True, slots=True)
class Run:
    """Text in visual order drawn from `x` (its left end) on a baseline."""

    text: str
    font: str
    size: float
    x: float
    word_space: float = 0.0
    logical: str = ""  # `text` as written, when it is known: the PDF's text layer reads it (textlayer)
    rtl: bool = False  # the direction of the paragraph `logical` was laid out in


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a document (or an empty gap when `runs` is empty), `height` points tall."""

    height: float
    runs: tuple[Run, ...] = ()
    keep_with_next: bool = False
    # Rows placed first when this row opens a page: the header row of the table it belongs to.
    repeat: tuple[Row, ...] = ()


@dataclass(frozen=True, slots=True)
class Style:
    """How a block of text is set: font, size, line height (leading) and alignment."""

    font: str
    size: float
    leading: float
    align: Align = "right"


def aligned_x(width: float, left: float, right: float, align: Align) -> float:
    """Left end of a line `width` wide set between `left` and `right` with `align`."""
    if align == "right":
        return right - width
    if align == "centre":
        return (left + right - width) / 2
    return left


def text_rows(
    text: str, style: Style, left: float, right: float, rtl: bool, keep_together: bool = False
) -> list[Row]:
    """User text (newlines start paragraphs) as rows between `left` and `right`.

    Justified lines fill the width through the PDF word spacing, except each paragraph's last line,
    which sits on the paragraph's starting side. A paragraph's first and last two lines are kept together
    (no lonely line at the top or the foot of a page); `keep_together` keeps all the rows together.
    """
    lines = layout(text, right - left, style.font, style.size, rtl)
    rows: list[Row] = []
    start = 0  # index of the first line of the current paragraph
    for index, line in enumerate(lines):
        align = style.align
        word_space = 0.0
        if align == "justify":
            if line.last or not line.gaps:
                align = "right" if rtl else "left"
            else:
                word_space = (right - left - line.width) / line.gaps
        x = left if word_space else aligned_x(line.width, left, right, align)
        # Keep: the first line with the second, and the last-but-one with the last.
        keep = keep_together or (not line.last and (index == start or lines[index + 1].last))
        run = Run(line.text, style.font, style.size, x, word_space, line.logical, rtl)
        rows.append(Row(style.leading, (run,), keep))
        if line.last:
            start = index + 1
    return rows


def single_run(text: str, font: str, size: float, left: float, right: float, align: Align, rtl: bool) -> Run:
    """One line of text (no wrapping) aligned between `left` and `right`; newlines become spaces."""
    text = clean(text).replace("\n", " ")
    width = text_width(text, font, size)
    return Run(visual(text, rtl), font, size, aligned_x(width, left, right, align), 0.0, text, rtl)


def fit_size(text: str, font: str, size: float, width: float, smallest: float = 6.0) -> float:
    """`size`, or the smaller size at which one line of `text` fits `width` (a long institution name)."""
    natural = text_width(text, font, size)
    if natural <= width:
        return size
    return max(smallest, size * width / natural)


def keep_last_lines(rows: list[Row], lines: int = 2) -> list[Row]:
    """`rows` whose last `lines` lines of text stay on the page of what follows, so that a short closing
    section (a heading and a line or two) never stands alone on the last page."""
    seen = 0
    for index in range(len(rows) - 1, -1, -1):
        rows[index] = dataclasses.replace(rows[index], keep_with_next=True)
        if rows[index].runs:
            seen += 1
            if seen == lines:
                break
    return rows


def _groups(rows: list[Row]) -> Iterator[list[Row]]:
    """Rows chained by keep_with_next, each chain yielded whole."""
    group: list[Row] = []
    for row in rows:
        group.append(row)
        if not row.keep_with_next:
            yield group
            group = []
    if group:
        yield group


def paginate(
    rows: list[Row], first_top: float, next_top: float, bottom: float
) -> list[list[tuple[Row, float]]]:
    """Rows placed on pages as (row, top y) pairs: the first page's text starts at `first_top`, the others'
    at `next_top`, and none goes below `bottom`. A chain that fits no page whole is split where it must.
    Gaps at the top of a page are dropped; a table row that opens a page brings its header rows with it."""
    pages: list[list[tuple[Row, float]]] = [[]]
    y = first_top

    def place(row: Row) -> None:
        nonlocal y
        if not pages[-1] and row.repeat:
            for header in row.repeat:
                pages[-1].append((header, y))
                y -= header.height
        pages[-1].append((row, y))
        y -= row.height

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = next_top

    for group in _groups(rows):
        need = sum(row.height for row in group)
        room = next_top - bottom - sum(row.height for row in group[0].repeat)
        if pages[-1] and y - need < bottom and need <= room:
            new_page()
        for row in group:
            if not row.runs and not pages[-1]:
                continue
            if y - row.height < bottom and pages[-1]:
                new_page()
            place(row)
    return pages


def draw_runs(canvas: Canvas, placed: Iterable[tuple[Run, float]]) -> None:
    """Draw runs at their baselines in one PDF text object (far cheaper than a drawString per line)."""
    text = canvas.beginText()
    font: tuple[str, float] | None = None
    word_space = 0.0
    for run, baseline in placed:
        if not run.text:  # an empty line of a paragraph
            continue
        if (run.font, run.size) != font:
            font = (run.font, run.size)
            text.setFont(run.font, run.size)
        if run.word_space != word_space:
            word_space = run.word_space
            text.setWordSpace(word_space)
        if textlayer.wanted(run.logical, run.rtl):
            textlayer.draw_line(text, run.logical, run.rtl, run.font, run.size, run.x, baseline, word_space)
            continue
        text.setTextOrigin(run.x, baseline)
        text.textLine(run.text)
        textlayer.note_drawn(canvas, run.text)
    canvas.drawText(text)


def page_runs(page: list[tuple[Row, float]]) -> Iterator[tuple[Run, float]]:
    """Every run of a paginated page with its baseline."""
    for row, top in page:
        baseline = top - row.height * _BASELINE
        for run in row.runs:
            yield run, baseline

"""The funding register's documents on the letterhead: the payment order to finance, the council annex (the
pending requests of a meeting with their rule checks and earlier awards) and the annual funding report.

Each is a FundingDocument: a title, facts (label and value), paragraphs and tables, in one language. Tables
are set in rows of cells that wrap; a row is never split across pages. Persian documents set the columns
from the right. The decision letter is a letter of the register (app.documents.letters).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from itertools import chain

from reportlab.pdfgen.canvas import Canvas

from app.documents.bidi_text import layout
from app.documents.flow import Row, Run, Style, aligned_x, draw_runs, page_runs, paginate, text_rows
from app.documents.fonts import BOLD, REGULAR
from app.documents.frame import (
    BOTTOM,
    CONTENT_WIDTH,
    FIRST_TOP,
    LEFT,
    NEXT_TOP,
    RIGHT,
    Letterhead,
    PageContext,
    draw_frame,
)
from app.documents.pdf import new_canvas

LANGS = ("fa", "en")
_LABELS = {
    "fa": {"date": "تاریخ:", "ref": "شماره:", "year": "سال:", "signature": "امضا"},
    "en": {"date": "Date:", "ref": "Ref.:", "year": "Year:", "signature": "Signature"},
}
_UNSIGNED = "…………………………"  # the name is written by hand
_TITLE = Style(BOLD, 13.0, 22.0, "centre")
_BODY = {"fa": Style(REGULAR, 10.5, 18.5, "justify"), "en": Style(REGULAR, 10.5, 15.5, "justify")}
_HEADING = {"fa": Style(BOLD, 10.5, 20.0, "right"), "en": Style(BOLD, 10.5, 18.0, "left")}
_CELL_SIZE = 8.5
_CELL_LEADING = {"fa": 13.5, "en": 11.5}
_PAD = 3.0
_SIGNATURE_WIDTH = 230.0


@dataclass(frozen=True)
class Table:
    """Rows of cells; `widths` are shares of the text width; `numeric` columns are set at the end side."""

    headers: Sequence[str]
    widths: Sequence[float]
    rows: Sequence[Sequence[str]]
    numeric: Sequence[bool] = ()
    total: Sequence[str] | None = None  # a last row in bold


@dataclass(frozen=True)
class Section:
    heading: str = ""
    paragraphs: Sequence[str] = ()
    table: Table | None = None


@dataclass(frozen=True, kw_only=True)
class FundingDocument:
    lang: str
    title: str
    date_text: str
    reference: str = ""  # e.g. the meeting's number or the request's
    reference_label: str = "ref"  # "ref" (a number) or "year" (the annual report's fiscal year)
    facts: Sequence[tuple[str, str]] = ()  # label, value
    sections: Sequence[Section] = field(default_factory=tuple)
    signatory_name: str = ""
    signatory_title: str = ""
    draft: bool = False


# ---------------------------------------------------------------- tables as rows


@dataclass
class _Grid:
    """Where the rules of a table row go: its column edges; drawn after pagination."""

    edges: tuple[float, ...]
    top: bool  # a rule above this row
    bottom: bool  # ... and below it


def _columns(widths: Sequence[float], rtl: bool) -> list[tuple[float, float]]:
    total = sum(widths)
    spans, x = [], RIGHT if rtl else LEFT
    for share in widths:
        w = CONTENT_WIDTH * share / total
        spans.append((x - w, x) if rtl else (x, x + w))
        x = x - w if rtl else x + w
    return spans


def _table_row(
    cells: Sequence[str],
    spans: list[tuple[float, float]],
    numeric: Sequence[bool],
    font: str,
    lang: str,
    grids: dict[int, _Grid],
    repeat: tuple[Row, ...] = (),
    keep: bool = False,
) -> list[Row]:
    """One table row as lines of text (each a Row), kept together, with the grid recorded for each."""
    rtl = lang == "fa"
    leading = _CELL_LEADING[lang]
    laid = [
        layout(text or "", right - left - 2 * _PAD - 1, font, _CELL_SIZE, rtl)
        for text, (left, right) in zip(cells, spans, strict=True)
    ]
    height = max(len(lines) for lines in laid)
    # The padding rows carry an empty run, so that a page opening with one keeps it (and its header).
    marker = Run("", font, _CELL_SIZE, 0.0)
    rows = [Row(_PAD, (marker,), True, repeat)]
    for index in range(height):
        runs = []
        for column, (lines, (left, right)) in enumerate(zip(laid, spans, strict=True)):
            if index < len(lines):
                is_number = column < len(numeric) and numeric[column]
                align = ("left" if rtl else "right") if is_number else ("right" if rtl else "left")
                x = aligned_x(lines[index].width, left + _PAD, right - _PAD, align)
                runs.append(Run(lines[index].text, font, _CELL_SIZE, x, 0.0, lines[index].logical, rtl))
        rows.append(Row(leading, tuple(runs), True, repeat))
    rows.append(Row(_PAD, (marker,), keep, repeat))
    edges = tuple(sorted({x for span in spans for x in span}))
    for n, row in enumerate(rows):
        grids[id(row)] = _Grid(edges, n == 0, n == len(rows) - 1)
    return rows


def _table(table: Table, lang: str, grids: dict[int, _Grid]) -> list[Row]:
    """A table's rows: its header row again at the top of each page it runs onto, and its last two rows
    (or the last and the total) kept together, so that neither a total nor one row stands alone."""
    spans = _columns(table.widths, lang == "fa")
    rows = _table_row(table.headers, spans, (), BOLD, lang, grids, keep=True) if any(table.headers) else []
    repeat = tuple(rows)
    last_kept = len(table.rows) - 2
    for n, cells in enumerate(table.rows):
        rows += _table_row(cells, spans, table.numeric, REGULAR, lang, grids, repeat, n >= last_kept)
    if table.total:
        rows += _table_row(table.total, spans, table.numeric, BOLD, lang, grids, repeat)
    return rows


def _draw_grid(canvas: Canvas, page: list[tuple[Row, float]], grids: dict[int, _Grid]) -> None:
    canvas.saveState()
    canvas.setStrokeGray(0.45)
    canvas.setLineWidth(0.5)
    for row, top in page:
        grid = grids.get(id(row))
        if grid is None:
            continue
        bottom = top - row.height
        for x in grid.edges:
            canvas.line(x, top, x, bottom)
        if grid.top:
            canvas.line(grid.edges[0], top, grid.edges[-1], top)
        if grid.bottom:
            canvas.line(grid.edges[0], bottom, grid.edges[-1], bottom)
    canvas.restoreState()


# ---------------------------------------------------------------- the document


def _gap(height: float) -> Row:
    return Row(height, ())


def document_rows(doc: FundingDocument, grids: dict[int, _Grid]) -> list[Row]:
    """The document's text laid out in rows, from the title to the signature."""
    if doc.lang not in LANGS:
        raise ValueError(f"A document's language must be one of {LANGS}, not {doc.lang!r}")
    rtl = doc.lang == "fa"
    rows = text_rows(doc.title, _TITLE, LEFT, RIGHT, rtl, True) + [_gap(8)]
    if doc.facts:
        rows += _table(
            Table(("", ""), (1, 2.6), [(label, value) for label, value in doc.facts]), doc.lang, grids
        )
        rows.append(_gap(10))
    for section in doc.sections:
        if section.heading:
            rows += text_rows(section.heading, _HEADING[doc.lang], LEFT, RIGHT, rtl, True)
            rows[-1] = Row(rows[-1].height, rows[-1].runs, True)
        for paragraph in section.paragraphs:
            rows += text_rows(paragraph, _BODY[doc.lang], LEFT, RIGHT, rtl) + [_gap(4)]
        if section.table is not None:
            rows += _table(section.table, doc.lang, grids)
        rows.append(_gap(10))
    # The signature block is always there: with no name set, a line to write it by hand above the title.
    align = "centre" if rtl else "left"
    right = LEFT + _SIGNATURE_WIDTH
    rows += [Row(30, (), True)]
    rows += text_rows(doc.signatory_name or _UNSIGNED, Style(BOLD, 10.5, 16, align), LEFT, right, rtl, True)
    rows += text_rows(
        doc.signatory_title or _LABELS[doc.lang]["signature"], Style(REGULAR, 10, 15, align), LEFT, right, rtl
    )
    return rows


def _draw(canvas: Canvas, doc: FundingDocument, head: Letterhead) -> None:
    grids: dict[int, _Grid] = {}
    pages = paginate(document_rows(doc, grids), FIRST_TOP, NEXT_TOP, BOTTOM)
    labels = _LABELS[doc.lang]
    refs = [(labels["date"], doc.date_text)]
    if doc.reference:  # a code comes isolated from the service (app.common.text.code_for)
        refs.insert(0, (labels[doc.reference_label], doc.reference))
    context = PageContext(doc.lang, tuple(refs), doc.draft)
    for number, page in enumerate(pages, 1):
        frame_runs = draw_frame(canvas, head, context, number, len(pages))
        _draw_grid(canvas, page, grids)
        draw_runs(canvas, chain(frame_runs, page_runs(page)))
        canvas.showPage()


def build_funding_pdfs(docs: Sequence[FundingDocument], head: Letterhead) -> bytes:
    """Funding documents in one PDF (e.g. the Persian and the English version), each from a new page with its
    own page numbers; the PDF's metadata are the first's."""
    if not docs:
        raise ValueError("There is no document to print")
    buffer = BytesIO()
    office = " — ".join(part for part in head.names(docs[0].lang)[::-1] if part)
    canvas = new_canvas(buffer, lang=docs[0].lang, title=docs[0].title, author=office, subject=docs[0].title)
    for doc in docs:
        _draw(canvas, doc, head)
    canvas.save()
    return buffer.getvalue()


def build_funding_pdf(doc: FundingDocument, head: Letterhead) -> bytes:
    """One funding document as a PDF (bytes)."""
    return build_funding_pdfs([doc], head)

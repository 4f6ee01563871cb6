"""A partner institution's one-page activity summary on the letterhead: its facts, its agreements (with last
activity and the dormant mark) and its latest activity, in Persian or English.

Plain data in (PartnerSummary, texts already in the document's language and digits); the page holds what
fits, and a closing line says how many older entries were left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from itertools import chain

from app.common.text import digits_for
from app.documents.flow import Row, Style, draw_runs, page_runs, paginate, text_rows
from app.documents.fonts import BOLD, REGULAR, register_fonts
from app.documents.frame import BOTTOM, FIRST_TOP, LEFT, NEXT_TOP, RIGHT, Letterhead, PageContext, draw_frame
from app.documents.pdf import new_canvas
from app.documents.table import Column, Grid, keep_with_next, table_rows

LANGS = ("fa", "en")
_TITLE = Style(BOLD, 13.0, 22.0, "centre")
_HEADING = {"fa": Style(BOLD, 10.5, 20.0, "right"), "en": Style(BOLD, 10.5, 18.0, "left")}
_CELL = {"fa": Style(REGULAR, 8.5, 13.0, "right"), "en": Style(REGULAR, 8.5, 11.5, "left")}
_HEAD_CELL = {"fa": Style(BOLD, 8.5, 13.0, "right"), "en": Style(BOLD, 8.5, 11.5, "left")}
_NOTE = {"fa": Style(REGULAR, 9.0, 15.0, "right"), "en": Style(REGULAR, 9.0, 13.0, "left")}


@dataclass(frozen=True)
class SummaryTable:
    heading: str
    headers: Sequence[str]
    shares: Sequence[float]
    rows: Sequence[Sequence[str]]
    empty: str = ""  # said instead of the table when it has no rows


@dataclass(frozen=True, kw_only=True)
class PartnerSummary:
    lang: str
    title: str
    date_label: str
    date_text: str
    facts: Sequence[tuple[str, str]]  # label, value
    agreements: SummaryTable
    activity: SummaryTable
    notes: Sequence[str] = ()  # e.g. that funding requests are not linked to partners
    more_text: str = "{count}"  # the closing line when entries are left out; {count} is replaced


def _gap(height: float) -> Row:
    return Row(height, ())


def _table(table: SummaryTable, lang: str, grid: Grid, rows_shown: int | None = None) -> list[Row]:
    rtl = lang == "fa"
    out = keep_with_next(text_rows(table.heading, _HEADING[lang], LEFT, RIGHT, rtl, True))
    if not table.rows:
        return out + text_rows(table.empty, _NOTE[lang], LEFT, RIGHT, rtl) + [_gap(8)]
    columns = [Column(share) for share in table.shares]
    shown = table.rows if rows_shown is None else table.rows[:rows_shown]
    out += table_rows(
        shown,
        columns,
        _CELL[lang],
        LEFT,
        RIGHT,
        rtl,
        grid,
        header=table.headers,
        header_style=_HEAD_CELL[lang],
    )
    return out + [_gap(8)]


def _rows(doc: PartnerSummary, grid: Grid, activity_shown: int) -> list[Row]:
    rtl = doc.lang == "fa"
    rows = text_rows(doc.title, _TITLE, LEFT, RIGHT, rtl, True) + [_gap(6)]
    facts = SummaryTable("", ("", ""), (1, 2.6), [(label, value) for label, value in doc.facts])
    rows += table_rows(facts.rows, [Column(1), Column(2.6)], _CELL[doc.lang], LEFT, RIGHT, rtl, grid) + [
        _gap(10)
    ]
    rows += _table(doc.agreements, doc.lang, grid)
    rows += _table(doc.activity, doc.lang, grid, activity_shown)
    left_out = len(doc.activity.rows) - activity_shown
    if left_out > 0:
        rows += text_rows(
            doc.more_text.replace("{count}", digits_for(str(left_out), doc.lang)),
            _NOTE[doc.lang],
            LEFT,
            RIGHT,
            rtl,
        )
    for note in doc.notes:
        rows += text_rows(note, _NOTE[doc.lang], LEFT, RIGHT, rtl)
    return rows


def summary_pages(doc: PartnerSummary) -> tuple[list, Grid]:
    """The one page: as many of the latest activity entries as fit."""
    if doc.lang not in LANGS:
        raise ValueError(f"A document's language must be one of {LANGS}, not {doc.lang!r}")
    register_fonts()  # the layout measures text in the document's fonts
    shown = len(doc.activity.rows)
    while True:
        grid = Grid()
        pages = paginate(_rows(doc, grid, shown), FIRST_TOP, NEXT_TOP, BOTTOM)
        if len(pages) == 1 or shown == 0:
            return pages[:1], grid
        shown -= 1


def build_partner_summary_pdf(doc: PartnerSummary, head: Letterhead) -> bytes:
    pages, grid = summary_pages(doc)
    buffer = BytesIO()
    office = " — ".join(part for part in head.names(doc.lang)[::-1] if part)
    canvas = new_canvas(buffer, lang=doc.lang, title=doc.title, author=office, subject=doc.title)
    context = PageContext(doc.lang, ((doc.date_label, doc.date_text),))
    for page in pages:
        frame_runs = draw_frame(canvas, head, context, 1, 1)
        grid.draw(canvas, page)
        draw_runs(canvas, chain(frame_runs, page_runs(page)))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()

"""The page kit the visit's documents share: dates written out with the weekday, text set in two columns
side by side (English left, Persian right, aligned row by row), the day bands and rules drawn behind the
rows, and the pages with the letterhead's frame."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO
from itertools import chain

from reportlab.pdfgen.canvas import Canvas

from app.common import dates
from app.common.text import digits_for
from app.documents.bidi_text import paragraph_rtl
from app.documents.flow import Row, Style, draw_runs, page_runs, paginate, text_rows
from app.documents.fonts import BOLD, REGULAR
from app.documents.frame import BOTTOM, FIRST_TOP, LEFT, NEXT_TOP, RIGHT, Letterhead, PageContext, draw_frame
from app.documents.pdf import new_canvas

WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_FA = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
BAND_GRAY = 0.92
RULE_GRAY = 0.75


def long_date(day: dt.date | None, lang: str, weekday: bool = True) -> str:
    """ "Monday 7 December 2026" / "دوشنبه ۱۶ آذر ۱۴۰۵"."""
    if day is None:
        return ""
    if lang == "fa":
        text = dates.format_date(day, dates.JALALI, "fa", "long")
        return f"{WEEKDAYS_FA[day.weekday()]} {text}" if weekday else text
    text = dates.format_date(day, dates.GREGORIAN, "en", "long")
    return f"{WEEKDAYS_EN[day.weekday()]} {text}" if weekday else text


def time_range(start: dt.time, end: dt.time, lang: str) -> str:
    return digits_for(f"{start:%H:%M}–{end:%H:%M}", lang)


@dataclass(frozen=True)
class Column:
    """A column of text: its edges and its language (which sets the direction)."""

    left: float
    right: float
    lang: str

    @property
    def rtl(self) -> bool:
        return self.lang == "fa"


STYLES = {
    "en": {
        "body": Style(REGULAR, 9.5, 14.0, "left"),
        "bold": Style(BOLD, 10.0, 14.5, "left"),
        "small": Style(REGULAR, 8.5, 12.5, "left"),
        "head": Style(BOLD, 11.0, 17.0, "left"),
        "title": Style(BOLD, 14.0, 22.0, "centre"),
    },
    "fa": {
        "body": Style(REGULAR, 9.5, 15.0, "right"),
        "bold": Style(BOLD, 10.0, 15.5, "right"),
        "small": Style(REGULAR, 8.5, 13.5, "right"),
        "head": Style(BOLD, 11.0, 18.0, "right"),
        "title": Style(BOLD, 14.0, 23.0, "centre"),
    },
}


def column_rows(text: str, column: Column, style: str) -> list[Row]:
    """Text set in a column, each paragraph in its own direction (`paragraph_rtl`): in a Persian column a
    paragraph written only in Latin script (an English note) reads left to right, still set against the
    right edge, so its full stop stays at its end; in an English column a Persian paragraph reads right
    to left."""
    if not text.strip():
        return []
    chosen = STYLES[column.lang][style]
    rows: list[Row] = []
    for paragraph in text.split("\n"):
        rows += text_rows(paragraph, chosen, column.left, column.right, paragraph_rtl(paragraph, column.rtl))
    return rows


def side_by_side(*blocks: list[Row], keep: bool = True) -> list[Row]:
    """Blocks of rows (one per column) merged line by line: row i holds line i of every column."""
    count = max((len(b) for b in blocks), default=0)
    rows = []
    for index in range(count):
        present = [b[index] for b in blocks if index < len(b)]
        runs = tuple(run for row in present for run in row.runs)
        rows.append(Row(max(row.height for row in present), runs, keep))
    return rows


def gap(height: float, keep: bool = False) -> list[Row]:
    return [Row(height, (), keep)]


def release(rows: list[Row]) -> list[Row]:
    """The block's last row may be followed by a page break."""
    if rows:
        rows[-1] = dataclasses.replace(rows[-1], keep_with_next=False)
    return rows


@dataclass
class Decorations:
    """Graphics tied to rows (found again after pagination by identity): bands behind and rules above."""

    bands: set[int] = field(default_factory=set)
    rules: set[int] = field(default_factory=set)
    # The day an item's rows belong to: the day's heading marked "continued", repeated at the top of a page
    # that begins inside that day.
    continued: dict[int, list[Row]] = field(default_factory=dict)

    def reserve(self) -> float:
        """Room kept at the top of pages after the first for a repeated day heading."""
        return max((sum(r.height for r in rows) for rows in self.continued.values()), default=0.0)

    def page_heading(self, page: list[tuple[Row, float]], top: float) -> list[tuple[Row, float]]:
        """The repeated heading of the day a page begins inside, placed from `top`; nothing when the page
        begins with a day's own heading (or outside the programme)."""
        if not page or id(page[0][0]) in self.bands:
            return []
        placed = []
        for row in self.continued.get(id(page[0][0]), []):
            placed.append((row, top))
            top -= row.height
        return placed

    def draw(self, canvas: Canvas, page: Iterable[tuple[Row, float]]) -> None:
        for row, top in page:
            if id(row) in self.bands:
                canvas.setFillGray(BAND_GRAY)
                canvas.rect(
                    LEFT - 4, top - row.height - 1, RIGHT - LEFT + 8, row.height + 2, stroke=0, fill=1
                )
                canvas.setFillGray(0)
            if id(row) in self.rules:
                canvas.setStrokeGray(RULE_GRAY)
                canvas.setLineWidth(0.4)
                canvas.line(LEFT, top + 2, RIGHT, top + 2)


def draw_pages(
    canvas: Canvas,
    rows: list[Row],
    head: Letterhead,
    context: PageContext,
    decorations: Decorations | None = None,
) -> None:
    """Rows on letterhead pages: the frame, the decorations, then all the text in one text object."""
    reserve = decorations.reserve() if decorations is not None else 0.0
    pages = paginate(rows, FIRST_TOP, NEXT_TOP - reserve, BOTTOM)
    for number, page in enumerate(pages, 1):
        frame_runs = draw_frame(canvas, head, context, number, len(pages))
        if decorations is not None:
            if number > 1:
                page = decorations.page_heading(page, NEXT_TOP) + page
            decorations.draw(canvas, page)
        draw_runs(canvas, chain(frame_runs, page_runs(page)))
        canvas.showPage()


def new_document(buffer: BytesIO, lang: str, title: str, head: Letterhead) -> Canvas:
    pdf_lang = "en" if lang == "both" else lang
    office = " — ".join(part for part in head.names(pdf_lang)[::-1] if part)
    return new_canvas(buffer, lang=pdf_lang, title=title, author=office, subject=title)

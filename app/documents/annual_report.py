"""The annual report of international activity as a PDF: a cover on the letterhead, a table of contents,
one section per area (its figures beside the year before's, its charts, its breakdowns), the definitions of
the figures and the signature block. Built from an AnnualReport (plain data, app.documents.report_data).

The body is laid out once as flow rows (charts are rows as tall as their drawing), paginated, and only
then drawn, so the table of contents knows every section's page before the first page is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from itertools import chain

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from app.common.money import format_amount
from app.common.text import digits_for
from app.documents import chart_text
from app.documents.flow import Row, Run, Style, draw_runs, page_runs, paginate, single_run, text_rows
from app.documents.fonts import BOLD, REGULAR
from app.documents.frame import (
    BOTTOM,
    CONTENT_WIDTH,
    LEFT,
    NEXT_TOP,
    PAGE_HEIGHT,
    RIGHT,
    Letterhead,
    PageContext,
    draw_frame,
)
from app.documents.pdf import new_canvas
from app.documents.report_charts import chart_drawing
from app.documents.report_data import AnnualReport, Breakdown, Figure
from app.documents.table import Column, Grid, keep_with_next, table_rows

_WORDS = {
    "fa": {
        "contents": "فهرست مطالب",
        "figure": "شاخص",
        "change": "تغییر",
        "page": "صفحه",
        "date": "تاریخ:",
        "definitions": "تعریف شاخص‌ها",
        "compared": "در مقایسه با سال {last}",
        "made": "تهیه‌شده در {date}",
        "none": "در این دو سال موردی ثبت نشده است.",
    },
    "en": {
        "contents": "Contents",
        "figure": "Figure",
        "change": "Change",
        "page": "Page",
        "date": "Date:",
        "definitions": "Definitions of the figures",
        "compared": "compared with {last}",
        "made": "Made on {date}",
        "none": "Nothing was recorded in either year.",
    },
}
_HEADING = Style(BOLD, 12.5, 24.0)
_SUBHEADING = Style(BOLD, 10.0, 19.0)
_BODY = Style(REGULAR, 9.5, 16.0)
_CELL = {"fa": Style(REGULAR, 8.5, 13.5), "en": Style(REGULAR, 8.5, 11.5)}
_CELL_BOLD = {"fa": Style(BOLD, 8.5, 13.5), "en": Style(BOLD, 8.5, 11.5)}
_COLUMNS = (Column(3.2), Column(1.3, "end"), Column(1.3, "end"), Column(1.0, "end"))


def _styled(style: Style, rtl: bool) -> Style:
    return Style(style.font, style.size, style.leading, "right" if rtl else "left")


def value_text(value: int, lang: str, money: bool, percent: bool = False) -> str:
    """A figure as printed: digits of the language, rials grouped, a share in percent with one decimal."""
    if percent:
        text = digits_for(f"{value / 10:.1f}%", lang)
        return text.replace(".", "٫").replace("%", "٪") if lang == "fa" else text
    return format_amount(value, "IRR", lang, with_currency=False) if money else digits_for(f"{value:,}", lang)


def change_text(this: int, last: int, lang: str, percent: bool = False) -> str:
    """The change from the year before in percent ("+25%"), or "—" when the year before had none; for a share,
    the change in percentage points ("+5.6 pt")."""
    if percent:
        points = (this - last) / 10
        sign = "+" if points > 0 else ("−" if points < 0 else "")
        number = "\u2066" + digits_for(f"{sign}{abs(points):.1f}", lang).replace(
            ".", "٫" if lang == "fa" else "."
        )
        return (
            f"{number}\u2069 واحد درصد" if lang == "fa" else f"{number} pt\u2069"
        )  # the sign kept before it
    if not last:
        return "—"
    percent_change = round((this - last) * 100 / last)
    sign = "+" if percent_change > 0 else ("−" if percent_change < 0 else "")
    text = f"{sign}{abs(percent_change)}%"
    return "\u2066" + digits_for(text, lang).replace("%", "٪" if lang == "fa" else "%") + "\u2069"


class _Body:
    """The body's rows, with the grid of its tables, the charts' drawings and the sections' heading rows."""

    def __init__(self, report: AnnualReport) -> None:
        self.report = report
        self.lang = report.lang
        self.rtl = report.lang == "fa"
        self.words = _WORDS[report.lang]
        self.grid = Grid()
        self.drawings: dict[int, Drawing] = {}
        self.headings: list[tuple[str, Row]] = []
        self.rows: list[Row] = []
        self._keep: list[Row] = []  # keeps keyed rows alive, so that their ids stay theirs

    def heading(self, text: str, style: Style, listed: bool) -> None:
        rows = keep_with_next(text_rows(text, _styled(style, self.rtl), LEFT, RIGHT, self.rtl, True))
        if listed:
            self.headings.append((text, rows[0]))
        self.rows += rows

    def gap(self, height: float) -> None:
        self.rows.append(Row(height))

    def figures(self, figures: Sequence[Figure]) -> None:
        header = [self.words["figure"], self.report.year_label, self.report.last_label, self.words["change"]]
        cells = [
            [
                f.label,
                value_text(f.this_year, self.lang, f.money, f.percent),
                value_text(f.last_year, self.lang, f.money, f.percent),
                change_text(f.this_year, f.last_year, self.lang, f.percent),
            ]
            for f in figures
        ]
        self.rows += table_rows(
            cells,
            _COLUMNS,
            _CELL[self.lang],
            LEFT,
            RIGHT,
            self.rtl,
            self.grid,
            header=header,
            header_style=_CELL_BOLD[self.lang],
        )

    def breakdown(self, breakdown: Breakdown) -> None:
        self.heading(breakdown.title, _SUBHEADING, False)
        if not breakdown.rows:
            self.rows += text_rows(self.words["none"], _styled(_BODY, self.rtl), LEFT, RIGHT, self.rtl)
            return
        header = [breakdown.heading, self.report.year_label, self.report.last_label, self.words["change"]]
        cells = [
            [
                r.label,
                value_text(r.this_year, self.lang, breakdown.money),
                value_text(r.last_year, self.lang, breakdown.money),
                change_text(r.this_year, r.last_year, self.lang),
            ]
            for r in breakdown.rows
        ]
        self.rows += table_rows(
            cells,
            _COLUMNS,
            _CELL[self.lang],
            LEFT,
            RIGHT,
            self.rtl,
            self.grid,
            header=header,
            header_style=_CELL_BOLD[self.lang],
        )

    def chart(self, drawing: Drawing) -> None:
        # An empty run keeps the row from being dropped when it opens a page (see flow.paginate).
        row = Row(drawing.height + 8, (Run("", REGULAR, 8, 0.0),))
        self._keep.append(row)
        self.drawings[id(row)] = drawing
        self.rows.append(row)

    def build(self) -> _Body:
        report = self.report
        years = (report.year_label, report.last_label)
        for section in report.sections:
            self.heading(section.title, _HEADING, True)
            self.figures(section.figures)
            self.gap(8)
            for chart in section.charts:
                self.chart(chart_drawing(chart, self.lang, CONTENT_WIDTH, years))
            for breakdown in section.breakdowns:
                self.breakdown(breakdown)
                self.gap(8)
        self.heading(self.words["definitions"], _HEADING, True)
        for section in report.sections:
            for figure in section.figures:
                self.rows += text_rows(
                    f"{figure.label}: {figure.definition}", _styled(_BODY, self.rtl), LEFT, RIGHT, self.rtl
                )
        if report.signatory_name:
            align = "centre" if self.rtl else "left"
            self.rows.append(Row(30, (), True))
            self.rows += text_rows(
                report.signatory_name, Style(BOLD, 10.5, 16, align), LEFT, LEFT + 230, self.rtl, True
            )
            self.rows += text_rows(
                report.signatory_title, Style(REGULAR, 10, 15, align), LEFT, LEFT + 230, self.rtl
            )
        return self


def _cover(report: AnnualReport) -> list[tuple[Run, float]]:
    rtl = report.lang == "fa"
    words = _WORDS[report.lang]
    lines = [
        (report.title, BOLD, 22.0, PAGE_HEIGHT * 0.58),
        (report.subtitle, REGULAR, 13.0, PAGE_HEIGHT * 0.58 - 40),
        (words["compared"].format(last=report.last_label), REGULAR, 12.0, PAGE_HEIGHT * 0.58 - 66),
        (words["made"].format(date=report.date_text), REGULAR, 10.5, PAGE_HEIGHT * 0.58 - 110),
    ]
    return [
        (single_run(text, font, size, LEFT, RIGHT, "centre", rtl), y) for text, font, size, y in lines if text
    ]


def _contents(report: AnnualReport, entries: list[tuple[str, int]]) -> list[tuple[Run, float]]:
    """The table of contents: each section's title on the reading side, its page number on the other."""
    rtl = report.lang == "fa"
    words = _WORDS[report.lang]
    start, end = ("right", "left") if rtl else ("left", "right")
    runs = [(single_run(words["contents"], BOLD, 15, LEFT, RIGHT, start, rtl), NEXT_TOP - 30)]
    y = NEXT_TOP - 70
    for n, (title, page) in enumerate(entries, 1):
        left, right = (LEFT + 40, RIGHT) if rtl else (LEFT, RIGHT - 40)
        runs.append(
            (
                single_run(
                    f"{digits_for(str(n), report.lang)}. {title}", REGULAR, 11.5, left, right, start, rtl
                ),
                y,
            )
        )
        runs.append((single_run(digits_for(str(page), report.lang), REGULAR, 11.5, LEFT, RIGHT, end, rtl), y))
        y -= 24
    return runs


def _draw_report(canvas: Canvas, report: AnnualReport, head: Letterhead) -> None:
    body = _Body(report).build()
    pages = paginate(body.rows, NEXT_TOP, NEXT_TOP, BOTTOM)
    count = len(pages) + 2  # the cover and the contents come first
    on_page = {id(row): n for n, page in enumerate(pages, 3) for row, _ in page}
    entries = [(title, on_page.get(id(row), 3)) for title, row in body.headings]
    context = PageContext(report.lang, ((_WORDS[report.lang]["date"], report.date_text),))
    draw_runs(canvas, chain(draw_frame(canvas, head, context, 1, count), _cover(report)))
    canvas.showPage()
    draw_runs(canvas, chain(draw_frame(canvas, head, context, 2, count), _contents(report, entries)))
    canvas.showPage()
    for number, page in enumerate(pages, 3):
        frame_runs = draw_frame(canvas, head, context, number, count)
        body.grid.draw(canvas, page)
        for row, top in page:
            drawing = body.drawings.get(id(row))
            if drawing is not None:
                chart_text.draw(drawing, canvas, LEFT, top - drawing.height - 4)
        draw_runs(canvas, chain(frame_runs, page_runs(page)))
        canvas.showPage()


def build_annual_report_pdf(reports: Sequence[AnnualReport], head: Letterhead) -> bytes:
    """The annual report (one, or the Persian and the English one after the other) as a PDF."""
    if not reports:
        raise ValueError("There is no report to print")
    buffer = BytesIO()
    first = reports[0]
    office = " — ".join(part for part in head.names(first.lang)[::-1] if part)
    canvas = new_canvas(buffer, lang=first.lang, title=first.title, author=office, subject=first.title)
    for report in reports:
        _draw_report(canvas, report, head)
    canvas.save()
    return buffer.getvalue()

"""The annual report's charts as ReportLab drawings (reportlab.graphics shapes): horizontal bars per country
or department, and a line per month of the Jalali year. The same drawing is placed in the PDF and painted
on the Reports page, so the two cannot disagree.

Only flat Rect, Line, PolyLine, Circle and String shapes are used; a String (a chart_text.Label) holds its
text already shaped and in visual order (bidi_text.visual) with the document language's digits, and its
text as written for the PDF's text layer.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color

from app.common.money import format_amount
from app.common.text import digits_for
from app.documents.bidi_text import text_width, visual
from app.documents.chart_text import Label
from app.documents.fonts import BOLD, REGULAR, register_fonts
from app.documents.report_data import BarChart, LineChart

THIS_COLOUR = Color(0.16, 0.38, 0.62)
LAST_COLOUR = Color(0.70, 0.78, 0.86)
AXIS_COLOUR = Color(0.45, 0.45, 0.45)
GRID_COLOUR = Color(0.88, 0.88, 0.88)
TEXT_COLOUR = Color(0.1, 0.1, 0.1)
_SIZE = 8.0
_TITLE_SIZE = 9.5
_BAR_ROW = 22.0  # height of one label's pair of bars
_LEGEND = 16.0
_TOP = 20.0  # the title's band


def _drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose initial font is the documents' (not Helvetica, which would not be embedded)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = _SIZE
    return drawing


def number(value: int, lang: str, money: bool = False) -> str:
    return format_amount(value, "IRR", lang, with_currency=False) if money else digits_for(str(value), lang)


def _string(
    x: float, y: float, text: str, lang: str, anchor: str = "start", font: str = REGULAR, size: float = _SIZE
) -> String:
    rtl = lang == "fa"
    return Label(
        x,
        y,
        visual(text, rtl),
        text,
        rtl,
        fontName=font,
        fontSize=size,
        fillColor=TEXT_COLOUR,
        textAnchor=anchor,
    )


def _legend(drawing: Drawing, y: float, labels: tuple[str, str], lang: str) -> None:
    """Two swatches with the years' names, from the reading side."""
    rtl = lang == "fa"
    x = drawing.width if rtl else 0.0
    for label, colour in zip(labels, (THIS_COLOUR, LAST_COLOUR), strict=True):
        width = text_width(label, REGULAR, _SIZE)
        box_x = x - 10 if rtl else x
        drawing.add(Rect(box_x, y, 10, 8, fillColor=colour, strokeColor=None))
        text_x = box_x - 4 if rtl else box_x + 14
        drawing.add(_string(text_x, y + 1, label, lang, "end" if rtl else "start"))
        x = text_x - width - 16 if rtl else text_x + width + 16


def bar_drawing(chart: BarChart, lang: str, width: float, years: tuple[str, str]) -> Drawing:
    """Horizontal bars, the year's above the year before's, per label (labels on the reading side)."""
    register_fonts()
    rtl = lang == "fa"
    rows = max(1, len(chart.labels))
    height = _TOP + _LEGEND + rows * _BAR_ROW + 6
    drawing = _drawing(width, height)
    drawing.add(
        _string(
            width if rtl else 0, height - 13, chart.title, lang, "end" if rtl else "start", BOLD, _TITLE_SIZE
        )
    )
    _legend(drawing, height - _TOP - 12, years, lang)
    label_width = min(
        width * 0.34, max((text_width(lb, REGULAR, _SIZE) for lb in chart.labels), default=0) + 8
    )
    values = tuple(chart.this_year) + tuple(chart.last_year)
    widest = max((text_width(number(v, lang, chart.money), REGULAR, _SIZE) for v in values), default=10) + 6
    room = width - label_width - widest
    top = max(values, default=0) or 1
    axis = width - label_width if rtl else label_width
    drawing.add(Line(axis, 4, axis, height - _TOP - _LEGEND, strokeColor=AXIS_COLOUR, strokeWidth=0.6))
    if not chart.labels:
        drawing.add(_string(width / 2, height - _TOP - _LEGEND - 16, "—", lang, "middle"))
    for index, label in enumerate(chart.labels):
        row_top = height - _TOP - _LEGEND - index * _BAR_ROW
        drawing.add(
            _string(axis + 6 if rtl else axis - 6, row_top - 13, label, lang, "start" if rtl else "end")
        )
        for n, (value, colour) in enumerate(
            ((chart.this_year[index], THIS_COLOUR), (chart.last_year[index], LAST_COLOUR))
        ):
            length = room * value / top
            y = row_top - 4 - (n + 1) * 8
            x = axis - length if rtl else axis
            if length > 0:
                drawing.add(Rect(x, y, length, 7, fillColor=colour, strokeColor=None))
            text = number(value, lang, chart.money)
            drawing.add(
                _string(
                    x - 3 if rtl else axis + length + 3,
                    y + 0.5,
                    text,
                    lang,
                    "end" if rtl else "start",
                    size=_SIZE - 1,
                )
            )
    return drawing


def _ticks(top: int) -> list[int]:
    """Round steps from 0 to at least `top` (four or five of them)."""
    step = 1
    while top / step > 5:
        for factor in (2, 5 / 2, 2):  # 1, 2, 5, 10, 20, 50...
            step = int(step * factor)
            if top / step <= 5:
                break
    return list(range(0, top + step, step)) if top else [0, 1]


def line_drawing(chart: LineChart, lang: str, width: float, years: tuple[str, str]) -> Drawing:
    """The 12 months of the year (Farvardin on the reading side), a line for the year and one for the year
    before."""
    register_fonts()
    rtl = lang == "fa"
    height = 190.0
    drawing = _drawing(width, height)
    drawing.add(
        _string(
            width if rtl else 0, height - 13, chart.title, lang, "end" if rtl else "start", BOLD, _TITLE_SIZE
        )
    )
    _legend(drawing, height - _TOP - 12, years, lang)
    ticks = _ticks(max((*chart.this_year, *chart.last_year), default=0))
    tick_width = max(text_width(number(t, lang), REGULAR, _SIZE) for t in ticks) + 6
    bottom, plot_top = 30.0, height - _TOP - _LEGEND - 8
    left, right = (0.0, width - tick_width) if rtl else (tick_width, width)
    for tick in ticks:
        y = bottom + (plot_top - bottom) * tick / ticks[-1]
        drawing.add(
            Line(left, y, right, y, strokeColor=GRID_COLOUR if tick else AXIS_COLOUR, strokeWidth=0.5)
        )
        drawing.add(
            _string(
                right + 4 if rtl else left - 4, y - 3, number(tick, lang), lang, "start" if rtl else "end"
            )
        )
    step = (right - left) / 12

    def x_of(month: int) -> float:  # month 0..11
        return right - step * (month + 0.5) if rtl else left + step * (month + 0.5)

    for month, name in enumerate(chart.months):
        drawing.add(
            Line(x_of(month), bottom, x_of(month), bottom - 3, strokeColor=AXIS_COLOUR, strokeWidth=0.5)
        )
        y = (
            bottom - 12 if month % 2 == 0 else bottom - 22
        )  # alternate rows: twelve names fit a column's width
        drawing.add(_string(x_of(month), y, name, lang, "middle", size=_SIZE - 0.5))
    for values, colour in ((chart.last_year, LAST_COLOUR), (chart.this_year, THIS_COLOUR)):
        points = []
        for month, value in enumerate(values):
            points += [x_of(month), bottom + (plot_top - bottom) * value / ticks[-1]]
        drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=1.6))
        for i in range(0, len(points), 2):
            drawing.add(Circle(points[i], points[i + 1], 2.0, fillColor=colour, strokeColor=None))
    return drawing


def chart_drawing(chart: BarChart | LineChart, lang: str, width: float, years: tuple[str, str]) -> Drawing:
    """The drawing of a chart of the report, `width` points wide; `years` names the year and the year
    before."""
    if isinstance(chart, LineChart):
        return line_drawing(chart, lang, width, years)
    return bar_drawing(chart, lang, width, years)

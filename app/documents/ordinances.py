"""Ordinances (احکام) on the letterhead, and the register of a year's ordinances.

An ordinance reads, under the letterhead with its number and date: the title of the decree centred
in bold, the recipient's title and name, the text in justified paragraphs (the kind's template filled
in), the signatory's name and title in a block at the left (Persian) or flush left (English), and the
copies-to list ("رونوشت:"). The register is a table of every numbered ordinance of one Jalali year.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from itertools import chain

from reportlab.pdfgen.canvas import Canvas

from app.common.text import digits_for
from app.documents.bidi_text import ltr
from app.documents.flow import Row, Run, Style, draw_runs, page_runs, paginate, text_rows
from app.documents.fonts import BOLD, REGULAR, register_fonts
from app.documents.frame import BOTTOM, FIRST_TOP, LEFT, NEXT_TOP, RIGHT, Letterhead, PageContext, draw_frame
from app.documents.pdf import new_canvas

LANGS = ("fa", "en")
NO_NUMBER = "—"

_LABELS = {
    "fa": {
        "number": "شماره:",
        "date": "تاریخ:",
        "cc": "رونوشت:",
        "year": "سال:",
        "count": "تعداد:",
        "register": "دفتر احکام سال {year}",
    },
    "en": {
        "number": "No.:",
        "date": "Date:",
        "cc": "cc:",
        "year": "Year:",
        "count": "Ordinances:",
        "register": "Register of ordinances, {year}",
    },
}
_SIGNATURE_WIDTH = {"fa": 230.0, "en": 300.0}
_SIGNATURE_SPACE = 40.0  # room above the name for the signature and the seal

_STYLES = {
    "fa": {
        "title": Style(BOLD, 14.0, 26.0, "centre"),
        "recipient": Style(BOLD, 12.0, 21.0, "right"),
        "body": Style(REGULAR, 12.0, 22.0, "justify"),
        "name": Style(BOLD, 11.5, 20.0, "centre"),
        "sign": Style(REGULAR, 11.0, 19.0, "centre"),
        "small": Style(REGULAR, 9.5, 16.0, "right"),
        "small_bold": Style(BOLD, 9.5, 16.0, "right"),
        "gap": 6.0,
    },
    "en": {
        "title": Style(BOLD, 14.0, 22.0, "centre"),
        "recipient": Style(BOLD, 11.5, 17.0, "left"),
        "body": Style(REGULAR, 11.0, 16.5, "justify"),
        "name": Style(BOLD, 11.0, 16.0, "left"),
        "sign": Style(REGULAR, 10.5, 15.0, "left"),
        "small": Style(REGULAR, 9.5, 14.0, "left"),
        "small_bold": Style(BOLD, 9.5, 14.0, "left"),
        "gap": 7.0,
    },
}


@dataclass(frozen=True, kw_only=True)
class OrdinanceData:
    """Everything printed on one ordinance, as plain text in its language."""

    lang: str
    number: str  # e.g. "1405/0042/IVC"; "" for a draft
    date_text: str  # already formatted in the document's calendar and digits
    title: str  # e.g. "حکم انتصاب معاون بین‌الملل"
    recipient: str  # e.g. "جناب آقای دکتر علی رضایی"
    body: str  # the filled-in text, paragraphs separated by newlines
    signatory_name: str
    signatory_title: str
    copies_to: list[str] = field(default_factory=list)
    draft: bool = False
    date_text_alt: str | None = None  # the Jalali date under the Gregorian one (English)


def _number_text(lang: str, number: str) -> str:
    if not number.strip():
        return NO_NUMBER
    number = digits_for(number.strip(), lang)
    # Held left to right so "IVC" stays at the end of "۱۴۰۵/۰۰۴۲/IVC" in a Persian line.
    return ltr(number) if lang == "fa" and any("a" <= ch.lower() <= "z" for ch in number) else number


def page_context(ordinance: OrdinanceData) -> PageContext:
    labels = _LABELS[ordinance.lang]
    refs = [
        (labels["number"], NO_NUMBER if ordinance.draft else _number_text(ordinance.lang, ordinance.number)),
        (labels["date"], ordinance.date_text),
    ]
    if ordinance.date_text_alt:
        refs.append(("", ordinance.date_text_alt))
    return PageContext(ordinance.lang, tuple(refs), ordinance.draft)


def _gap(height: float, keep: bool = False) -> list[Row]:
    return [Row(height, (), keep)]


def _kept(rows: list[Row]) -> list[Row]:
    if rows:
        rows[-1] = dataclasses.replace(rows[-1], keep_with_next=True)
    return rows


def ordinance_rows(ordinance: OrdinanceData) -> list[Row]:
    """The ordinance's text laid out in rows, from the title to the copies-to list."""
    if ordinance.lang not in LANGS:
        raise ValueError(f"An ordinance's language must be one of {LANGS}, not {ordinance.lang!r}")
    register_fonts()
    rtl = ordinance.lang == "fa"
    styles = _STYLES[ordinance.lang]
    rows = text_rows(" ".join(ordinance.title.split()), styles["title"], LEFT, RIGHT, rtl, True)
    rows += _gap(12, keep=True)
    if ordinance.recipient.strip():
        rows += text_rows(ordinance.recipient.strip(), styles["recipient"], LEFT, RIGHT, rtl, True)
        rows += _gap(8, keep=True)
    for index, paragraph in enumerate(ordinance.body.strip("\n").split("\n")):
        if index:
            rows += _gap(styles["gap"])
        rows += text_rows(paragraph, styles["body"], LEFT, RIGHT, rtl)
    # The last lines of the text go with the signature: a signature alone on a page proves nothing.
    rows = _kept(rows) + _gap(20, keep=True)
    right = LEFT + _SIGNATURE_WIDTH[ordinance.lang]
    rows += _gap(_SIGNATURE_SPACE, keep=True)
    rows += text_rows(ordinance.signatory_name, styles["name"], LEFT, right, rtl, True)
    rows += text_rows(ordinance.signatory_title, styles["sign"], LEFT, right, rtl, True)
    rows[-1] = dataclasses.replace(rows[-1], keep_with_next=False)
    copies = [line for line in (c.strip() for c in ordinance.copies_to) if line]
    if copies:
        rows += _gap(16) + text_rows(
            _LABELS[ordinance.lang]["cc"], styles["small_bold"], LEFT, RIGHT, rtl, True
        )
        for copy in copies:
            rows += text_rows(f"- {copy}", styles["small"], LEFT, RIGHT, rtl)
    return rows


def build_ordinances_pdf(documents: Sequence[OrdinanceData], head: Letterhead) -> bytes:
    """Ordinances in one PDF (e.g. the Persian and the English text), each from a new page with its own
    page numbers; the PDF's metadata are the first one's."""
    if not documents:
        raise ValueError("There are no ordinances to print")
    first = documents[0]
    laid_out = [(ordinance, ordinance_rows(ordinance)) for ordinance in documents]
    buffer = BytesIO()
    office = " — ".join(part for part in head.names(first.lang)[::-1] if part)
    number = NO_NUMBER if first.draft else first.number
    canvas = new_canvas(
        buffer,
        lang=first.lang,
        title=first.title,
        author=office,
        subject=f"{_LABELS[first.lang]['number']} {number}",
    )
    for ordinance, rows in laid_out:
        pages = paginate(rows, FIRST_TOP, NEXT_TOP, BOTTOM)
        context = page_context(ordinance)
        for index, page in enumerate(pages, 1):
            frame = draw_frame(canvas, head, context, index, len(pages))
            draw_runs(canvas, chain(frame, page_runs(page)))
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def build_ordinance_pdf(ordinance: OrdinanceData, head: Letterhead) -> bytes:
    """One ordinance as a PDF document (bytes)."""
    return build_ordinances_pdf([ordinance], head)


# ---------------------------------------------------------------- the register of a year


@dataclass(frozen=True)
class RegisterLine:
    """One numbered ordinance in the register, its cells already in the document's language."""

    number: str
    date: str
    kind: str
    recipient: str
    unit: str
    term: str
    status: str


@dataclass(frozen=True, kw_only=True)
class RegisterData:
    lang: str
    year: int
    date_text: str  # when the register was printed
    headers: tuple[str, str, str, str, str, str, str]
    lines: Sequence[RegisterLine]


# Shares of the width: number, date, kind, recipient, unit, term, status.
_SHARES = (0.125, 0.105, 0.165, 0.18, 0.18, 0.155, 0.09)
_ROW = 12.0  # one line of a cell
_HEAD = 16.0  # the column headings
_SIZE = 7.8


def _cell_edges(rtl: bool, shares: Sequence[float] = _SHARES) -> list[tuple[float, float]]:
    """Left and right of each column (the first column at the reading-start side)."""
    edges = []
    edge = RIGHT if rtl else LEFT
    for share in shares:
        cell = share * (RIGHT - LEFT)
        left, right = (edge - cell, edge) if rtl else (edge, edge + cell)
        edge = left if rtl else right
        edges.append((left + 2, right - 2))
    return edges


def _shares_for(numbers: Sequence[str], rtl: bool) -> tuple[float, ...]:
    """The columns' shares, the number column widened to its longest number (a number is never wrapped:
    «1405/0001/IVC-H» would leave «-H» alone on a second line), the others narrowed alike."""
    from app.documents.bidi_text import layout

    widest = 0.0
    for number in numbers:
        text = _number_text("fa", number) if rtl else number
        widest = max([widest, *(line.width for line in layout(text, 10_000, REGULAR, _SIZE, rtl))])
    needed = (widest + 6) / (RIGHT - LEFT)
    if needed <= _SHARES[0]:
        return _SHARES
    rest = (1 - needed) / (1 - _SHARES[0])
    return (needed, *(share * rest for share in _SHARES[1:]))


def _table_rows(
    values: Sequence[str],
    font: str,
    rtl: bool,
    height: float,
    keep: bool,
    shares: Sequence[float] = _SHARES,
) -> list[Row]:
    """One table row as rows of the flow: cells wrapped to their column, one flow row per line."""
    from app.documents.bidi_text import layout

    columns = []
    for index, ((left, right), value) in enumerate(zip(_cell_edges(rtl, shares), values, strict=True)):
        text = " ".join(value.split())
        if index == 0 and rtl and text:
            text = _number_text("fa", text)  # "۱۴۰۵/۰۰۴۲/IVC" kept in one piece, "IVC" last
        lines = layout(text, right - left, font, _SIZE, rtl) if text else ()
        align = "right" if rtl else "left"
        columns.append(
            [
                Run(
                    line.text,
                    font,
                    _SIZE,
                    right - line.width if align == "right" else left,
                    0.0,
                    line.logical,
                    rtl,
                )
                for line in lines
            ]
        )
    count = max(1, max(len(c) for c in columns))
    rows = [
        Row(height if n == 0 else _ROW, tuple(c[n] for c in columns if n < len(c)), True)
        for n in range(count)
    ]
    rows[-1] = dataclasses.replace(rows[-1], keep_with_next=keep)
    return rows


def register_rows(register: RegisterData) -> tuple[list[Row], list[Row]]:
    """The register's rows (title, column headings, the ordinances' lines) and the headings' rows."""
    register_fonts()
    rtl = register.lang == "fa"
    title = _LABELS[register.lang]["register"].format(year=digits_for(str(register.year), register.lang))
    rows = text_rows(title, _STYLES[register.lang]["title"], LEFT, RIGHT, rtl, True) + _gap(8, keep=True)
    shares = _shares_for([line.number for line in register.lines], rtl)
    header = _table_rows(register.headers, BOLD, rtl, _HEAD, True, shares)
    rows += header
    for line in register.lines:
        values = (line.number, line.date, line.kind, line.recipient, line.unit, line.term, line.status)
        rows += _table_rows(values, REGULAR, rtl, _ROW + 3, False, shares)
    return rows, header


def build_register_pdf(register: RegisterData | Sequence[RegisterData], head: Letterhead) -> bytes:
    """The year's register: every numbered ordinance (voided ones too) in number order. Given several
    (the Persian and the English one), each starts on a new page with its own page numbers."""
    registers = [register] if isinstance(register, RegisterData) else list(register)
    first = registers[0]
    buffer = BytesIO()
    title = _LABELS[first.lang]["register"].format(year=digits_for(str(first.year), first.lang))
    office = " — ".join(part for part in head.names(first.lang)[::-1] if part)
    canvas = new_canvas(buffer, lang=first.lang, title=title, author=office, subject=title)
    for one in registers:
        labels = _LABELS[one.lang]
        context = PageContext(
            one.lang,
            ((labels["date"], one.date_text), (labels["count"], digits_for(str(len(one.lines)), one.lang))),
        )
        rows, header = register_rows(one)
        header_height = sum(row.height for row in header)
        pages = paginate(rows, FIRST_TOP, NEXT_TOP - header_height, BOTTOM)
        for index, page in enumerate(pages, 1):
            frame = draw_frame(canvas, head, context, index, len(pages))
            placed = list(page_runs(page))
            if index > 1:  # the column headings again at the top of every page
                top = NEXT_TOP
                for row in header:
                    placed += [(run, top - row.height * 0.7) for run in row.runs]
                    top -= row.height
            _rules(canvas, page, header_height if index > 1 else 0.0)
            draw_runs(canvas, chain(frame, placed))
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _rules(canvas: Canvas, page: list[tuple[Row, float]], repeated_header: float) -> None:
    """Thin lines between the table's rows (above every row that starts a line of the register)."""
    canvas.setStrokeGray(0.8)
    canvas.setLineWidth(0.4)
    tops = [top for row, top in page if row.height in (_HEAD, _ROW + 3)]
    if repeated_header:
        tops.append(NEXT_TOP - repeated_header)
    for y in tops:
        canvas.line(LEFT, y, RIGHT, y)

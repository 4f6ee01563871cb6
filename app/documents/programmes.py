"""Certificates of attendance of a seasonal school or an exchange programme, one page each, on the
letterhead: the title, the paragraph naming the participant and the programme, and the signature."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from itertools import chain

from app.documents.flow import Row, Style, draw_runs, page_runs, paginate, text_rows
from app.documents.fonts import BOLD, REGULAR
from app.documents.frame import BOTTOM, FIRST_TOP, LEFT, NEXT_TOP, RIGHT, Letterhead, PageContext, draw_frame
from app.documents.pdf import new_canvas

_DATE = {"fa": "تاریخ:", "en": "Date:"}


@dataclass(frozen=True, kw_only=True)
class AttendanceData:
    """One certificate, as plain text in its language."""

    lang: str
    date_text: str
    title: str
    body: str
    signatory_name: str
    signatory_title: str


def attendance_rows(doc: AttendanceData) -> list[Row]:
    if doc.lang not in _DATE:
        raise ValueError(f"A certificate's language must be fa or en, not {doc.lang!r}")
    rtl = doc.lang == "fa"
    rows = [Row(40)]
    rows += text_rows(doc.title, Style(BOLD, 20.0, 32.0, "centre"), LEFT, RIGHT, rtl, True)
    rows.append(Row(24))
    rows += text_rows(doc.body, Style(REGULAR, 13.0, 24.0, "justify"), LEFT + 20, RIGHT - 20, rtl)
    rows.append(Row(48, (), True))
    right, align = LEFT + (230.0 if rtl else 300.0), "centre" if rtl else "left"
    rows += text_rows(doc.signatory_name, Style(BOLD, 11.5, 18.0, align), LEFT, right, rtl, True)
    rows += text_rows(doc.signatory_title, Style(REGULAR, 11.0, 18.0, align), LEFT, right, rtl)
    return rows


def build_attendance_pdf(
    docs: Sequence[AttendanceData], head: Letterhead, progress: Callable[[int, int], None] | None = None
) -> bytes:
    """All the certificates in one PDF, each from a new page; progress(done, total) after each one."""
    if not docs:
        raise ValueError("There is nothing to print")
    first = docs[0]
    buffer = BytesIO()
    office = " — ".join(part for part in head.names(first.lang)[::-1] if part)
    canvas = new_canvas(buffer, lang=first.lang, title=first.title, author=office, subject=first.title)
    for done, doc in enumerate(docs, 1):
        pages = paginate(attendance_rows(doc), FIRST_TOP, NEXT_TOP, BOTTOM)
        context = PageContext(doc.lang, ((_DATE[doc.lang], doc.date_text),))
        for number, placed in enumerate(pages, 1):
            draw_runs(canvas, chain(draw_frame(canvas, head, context, number, len(pages)), page_runs(placed)))
            canvas.showPage()
        if progress is not None:
            progress(done, len(docs))
    canvas.save()
    return buffer.getvalue()

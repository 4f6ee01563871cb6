"""The certificate (or result letter) of an English-language evaluation for promotion, on the letterhead.

It reads: the title, a paragraph naming the candidate and the session, the table of scores per criterion
with the total, the outcome, the panel, the note, and the signature block. Every text comes in the
certificate's language from the evaluations service; numbers are laid out here with the language's digits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from itertools import chain

from app.common.text import code_for, digits_for
from app.documents.flow import Row, Style, draw_runs, page_runs, paginate, text_rows
from app.documents.fonts import BOLD, REGULAR
from app.documents.frame import BOTTOM, FIRST_TOP, LEFT, NEXT_TOP, RIGHT, Letterhead, PageContext, draw_frame
from app.documents.letters import NO_NUMBER
from app.documents.pdf import new_canvas
from app.documents.table import Column, Grid, table_rows

_WORDS = {
    "fa": {
        "number": "شماره:",
        "date": "تاریخ:",
        "criterion": "معیار",
        "score": "نمره",
        "max": "از",
        "total": "جمع",
        "panel": "هیئت ارزیاب:",
        "note": "توضیحات:",
    },
    "en": {
        "number": "Ref. No.:",
        "date": "Date:",
        "criterion": "Criterion",
        "score": "Score",
        "max": "Out of",
        "total": "Total",
        "panel": "Evaluation panel:",
        "note": "Note:",
    },
}


@dataclass(frozen=True, kw_only=True)
class ScoreLine:
    criterion: str  # the criterion's name in the certificate's language
    score: int | None  # None: not scored
    max_score: int


@dataclass(frozen=True, kw_only=True)
class CertificateData:
    """Everything printed on one certificate, as plain text in its language (numbers as numbers)."""

    lang: str  # "fa" or "en"
    number: str  # the letter's number from the outgoing register; "" on a draft
    date_text: str  # already written, e.g. "۱۴۰۵/۰۹/۱۱" or "2 December 2026"
    title: str
    body: str  # the paragraph naming the candidate and the session
    scores: Sequence[ScoreLine]
    outcome: str  # e.g. "نتیجه: قبول", "Result: Passed"
    signatory_name: str
    signatory_title: str
    panel: Sequence[str] = field(default_factory=tuple)
    note: str = ""
    draft: bool = False
    date_text_alt: str | None = None  # the Jalali date under the Gregorian one (English)


def _styles(lang: str) -> dict[str, Style]:
    side = "right" if lang == "fa" else "left"
    return {
        "title": Style(BOLD, 16.0, 26.0, "centre"),
        "body": Style(REGULAR, 11.5, 20.5 if lang == "fa" else 16.5, "justify"),
        "bold": Style(BOLD, 11.5, 20.5 if lang == "fa" else 16.5, side),
        "cell": Style(REGULAR, 10.5, 15.0, side),
        "head": Style(BOLD, 10.5, 15.0, side),
        "small": Style(REGULAR, 10.0, 16.0, side),
    }


def page_context(doc: CertificateData) -> PageContext:
    words = _WORDS[doc.lang]
    number = NO_NUMBER if doc.draft or not doc.number else code_for(doc.number, doc.lang)
    refs = [(words["number"], number), (words["date"], doc.date_text)]
    if doc.date_text_alt:
        refs.append(("", doc.date_text_alt))
    return PageContext(doc.lang, tuple(refs), doc.draft)


def _score_cells(doc: CertificateData) -> list[list[str]]:
    def n(value: int | None) -> str:
        return "—" if value is None else digits_for(str(value), doc.lang)

    cells = [[line.criterion, n(line.score), n(line.max_score)] for line in doc.scores]
    scored = [line.score for line in doc.scores if line.score is not None]
    total = sum(scored) if len(scored) == len(doc.scores) else None
    cells.append([_WORDS[doc.lang]["total"], n(total), n(sum(line.max_score for line in doc.scores))])
    return cells


def certificate_rows(doc: CertificateData, grid: Grid) -> list[Row]:
    """The certificate's text laid out in rows, from the title to the signature."""
    if doc.lang not in _WORDS:
        raise ValueError(f"A certificate's language must be fa or en, not {doc.lang!r}")
    rtl, words, s = doc.lang == "fa", _WORDS[doc.lang], _styles(doc.lang)
    rows = text_rows(doc.title, s["title"], LEFT, RIGHT, rtl, True)
    rows.append(Row(14))
    rows += text_rows(doc.body, s["body"], LEFT, RIGHT, rtl)
    rows.append(Row(12))
    rows += table_rows(
        _score_cells(doc),
        (Column(4), Column(1, "centre"), Column(1, "centre")),
        s["cell"],
        LEFT,
        RIGHT,
        rtl,
        grid,
        header=(words["criterion"], words["score"], words["max"]),
        header_style=s["head"],
    )
    rows.append(Row(12))
    rows += text_rows(doc.outcome, s["bold"], LEFT, RIGHT, rtl, True)
    if doc.panel:
        rows.append(Row(10))
        rows += text_rows(words["panel"], s["bold"], LEFT, RIGHT, rtl, True)
        for member in doc.panel:
            rows += text_rows(f"- {member}", s["small"], LEFT, RIGHT, rtl, True)
    if doc.note.strip():
        rows.append(Row(10))
        rows += text_rows(f"{words['note']} {doc.note.strip()}", s["small"], LEFT, RIGHT, rtl)
    # The signature: a block never split, in a column at the left (centred in Persian).
    right, align = LEFT + (230.0 if rtl else 300.0), "centre" if rtl else "left"
    rows.append(Row(30, (), True))
    rows += text_rows(doc.signatory_name, Style(BOLD, 11.5, 18.0, align), LEFT, right, rtl, True)
    rows += text_rows(doc.signatory_title, Style(REGULAR, 11.0, 18.0, align), LEFT, right, rtl)
    return rows


def build_certificates_pdf(docs: Sequence[CertificateData], head: Letterhead) -> bytes:
    """One PDF of certificates, each from a new page with its own page numbers; ValueError when empty."""
    if not docs:
        raise ValueError("There is nothing to print")
    first = docs[0]
    buffer = BytesIO()
    office = " — ".join(part for part in head.names(first.lang)[::-1] if part)
    subject = f"{_WORDS[first.lang]['number']} {first.number or NO_NUMBER}"
    canvas = new_canvas(buffer, lang=first.lang, title=first.title, author=office, subject=subject)
    for doc in docs:
        grid = Grid()
        pages = paginate(certificate_rows(doc, grid), FIRST_TOP, NEXT_TOP, BOTTOM)
        context = page_context(doc)
        for number, placed in enumerate(pages, 1):
            frame_runs = draw_frame(canvas, head, context, number, len(pages))
            grid.draw(canvas, placed)
            draw_runs(canvas, chain(frame_runs, page_runs(placed)))
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def build_certificate_pdf(doc: CertificateData, head: Letterhead) -> bytes:
    return build_certificates_pdf([doc], head)

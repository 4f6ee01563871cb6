"""Official letters on the letterhead: invitations, visa-support and decision letters, certificates.

A Persian letter reads: recipient lines at the top right, "موضوع: ..." in bold, the salutation, the body
in justified paragraphs, the closing and the signature block on the left, and the copies-to list
("رونوشت:") at the bottom right. An English letter has the same parts, all set from the left.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from itertools import chain
from os import PathLike

from reportlab.pdfgen.canvas import Canvas

from app.common.text import code_for, digits_for
from app.documents.bidi_text import paragraph_rtl
from app.documents.flow import Row, Style, draw_runs, page_runs, paginate, text_rows
from app.documents.fonts import BOLD, REGULAR
from app.documents.frame import Letterhead, PageContext, draw_frame
from app.documents.output import write_atomic
from app.documents.paper import Paper, paper_for
from app.documents.pdf import new_canvas

LANGS = ("fa", "en")
NO_NUMBER = "—"  # what a draft shows where its number will be

_LABELS = {
    "fa": {
        "number": "شماره:",
        "date": "تاریخ:",
        "attachments": "پیوست:",
        "subject": "موضوع: ",
        "cc": "رونوشت:",
    },
    "en": {
        "number": "Ref. No.:",
        "date": "Date:",
        "attachments": "Attachments:",
        "subject": "Subject: ",
        "cc": "cc:",
    },
}
_SIGNATURE_WIDTH = {"fa": 230.0, "en": 300.0}  # the signature block's column, at the left of the page
_SIGNATURE_SPACE = 36.0  # room above the name for the signature and the seal


@dataclass(frozen=True, kw_only=True)
class LetterData:
    """Everything printed on one letter, as plain text in the letter's language."""

    lang: str  # "fa" or "en"
    number: str  # from the outgoing register, e.g. "1405/0042/IVC"; Persian digits in Persian letters
    date_text: str  # already formatted, e.g. "۱۴۰۵/۰۹/۰۳" or "24 November 2026"
    subject: str
    body: str  # paragraphs separated by newlines
    signatory_name: str
    signatory_title: str
    recipient: str = ""  # lines: name, title, institution, address
    attachments_text: str = ""  # e.g. "ندارد", "None", "2 pages"
    salutation: str | None = None  # e.g. "با سلام و احترام،", "Dear Professor Smith,"
    closing: str | None = None  # e.g. "با سپاس", "Sincerely,"
    copies_to: list[str] = field(default_factory=list)
    draft: bool = False  # a preview before a number is issued: watermark, and "—" for the number
    date_text_alt: str | None = None  # the date in the other calendar, under the date (English letters)
    paper: str = "a4"  # "a4" or "a5" (see paper.PAPERS)


@dataclass(frozen=True)
class _Styles:
    body: Style
    opening: Style  # the body's font, set ragged: recipient lines and salutation
    bold: Style
    small: Style
    small_bold: Style
    paragraph_gap: float
    scale: float = 1.0  # the gaps between the letter's parts, against A4
    left: float = 0.0  # the text's margins on the page
    right: float = 0.0

    def gap(self, height: float, keep: bool = False) -> list[Row]:
        return [Row(height * self.scale, (), keep)]


_STYLES = {
    "fa": _Styles(
        body=Style(REGULAR, 11.5, 20.5, "justify"),
        opening=Style(REGULAR, 11.5, 20.5, "right"),
        bold=Style(BOLD, 11.5, 20.5, "right"),
        small=Style(REGULAR, 9.5, 16.0, "right"),
        small_bold=Style(BOLD, 9.5, 16.0, "right"),
        paragraph_gap=5.0,
    ),
    "en": _Styles(
        body=Style(REGULAR, 11.0, 16.5, "left"),
        opening=Style(REGULAR, 11.0, 16.5, "left"),
        bold=Style(BOLD, 11.0, 16.5, "left"),
        small=Style(REGULAR, 9.5, 14.0, "left"),
        small_bold=Style(BOLD, 9.5, 14.0, "left"),
        paragraph_gap=6.0,
    ),
}


def _scaled(style: Style, scale: float) -> Style:
    return dataclasses.replace(style, size=style.size * scale, leading=style.leading * scale)


def _styles(letter: LetterData) -> _Styles:
    """The letter's styles on its paper: the A4 ones, scaled for A5."""
    paper = paper_for(letter.paper)
    base, scale = _STYLES[letter.lang], paper.text_scale
    return _Styles(
        *(
            _scaled(style, scale)
            for style in (base.body, base.opening, base.bold, base.small, base.small_bold)
        ),
        paragraph_gap=base.paragraph_gap * scale,
        scale=scale,
        left=paper.left,
        right=paper.right,
    )


def _check(letter: LetterData) -> None:
    if letter.lang not in LANGS:
        raise ValueError(f"A letter's language must be one of {LANGS}, not {letter.lang!r}")
    paper_for(letter.paper)  # ValueError for a paper there is none of


def _number_text(letter: LetterData) -> str:
    if letter.draft or not letter.number.strip():
        return NO_NUMBER
    return code_for(letter.number, letter.lang)  # "1405/0042/IVC", left to right, in either language


def page_context(letter: LetterData) -> PageContext:
    """The letter's reference block (number, date, attachments) and draft state, for the page frame."""
    labels = _LABELS[letter.lang]
    refs = [(labels["number"], _number_text(letter)), (labels["date"], letter.date_text)]
    if letter.date_text_alt:
        refs.append(("", letter.date_text_alt))
    refs.append((labels["attachments"], letter.attachments_text or "—"))
    return PageContext(letter.lang, tuple(refs), letter.draft, paper_for(letter.paper))


def _keep_with_next(rows: list[Row]) -> list[Row]:
    """`rows` whose last row stays on the page of what follows it."""
    if rows:
        rows[-1] = dataclasses.replace(rows[-1], keep_with_next=True)
    return rows


_MIRRORED = {"left": "right", "right": "left"}


def _paragraphs(text: str, styles: _Styles, rtl: bool) -> list[Row]:
    """Body paragraphs with a little space between them (blank lines the writer typed are kept)."""
    rows: list[Row] = []
    style = styles.body
    for paragraph in text.strip("\n").split("\n"):
        if rows:
            rows.append(Row(styles.paragraph_gap))
        own = paragraph_rtl(paragraph, rtl)
        # A paragraph in the other direction starts from its own side (a Persian one in an English letter
        # is set against the right margin).
        chosen = (
            style if own == rtl else dataclasses.replace(style, align=_MIRRORED.get(style.align, style.align))
        )
        rows += text_rows(paragraph, chosen, styles.left, styles.right, own)
    return rows


def _signature(letter: LetterData, styles: _Styles) -> list[Row]:
    """Closing, room to sign, name and title: one block that is never split across pages."""
    rtl = letter.lang == "fa"
    # Persian letters centre the block in a column at the left; English ones set it flush left.
    left = styles.left
    right = left + _SIGNATURE_WIDTH[letter.lang] * styles.scale
    align = "centre" if rtl else "left"
    rows: list[Row] = []
    if letter.closing:
        rows += text_rows(
            letter.closing, dataclasses.replace(styles.body, align=align), left, right, rtl, True
        )
    rows += styles.gap(_SIGNATURE_SPACE if rows else 8, keep=True)
    rows += text_rows(
        letter.signatory_name, dataclasses.replace(styles.bold, align=align), left, right, rtl, True
    )
    rows += text_rows(
        letter.signatory_title, dataclasses.replace(styles.body, align=align), left, right, rtl, True
    )
    rows[-1] = dataclasses.replace(rows[-1], keep_with_next=False)
    return rows


def _copies(letter: LetterData, styles: _Styles) -> list[Row]:
    rtl = letter.lang == "fa"
    copies = [line for line in (c.strip() for c in letter.copies_to) if line]
    if not copies:
        return []
    left, right = styles.left, styles.right
    rows = styles.gap(14) + text_rows(_LABELS[letter.lang]["cc"], styles.small_bold, left, right, rtl, True)
    for copy in copies:
        rows += text_rows(f"- {copy}", styles.small, left, right, rtl)
    return rows


def letter_rows(letter: LetterData) -> list[Row]:
    """The letter's text laid out in rows, from the recipient to the copies-to list."""
    _check(letter)
    rtl = letter.lang == "fa"
    styles = _styles(letter)
    left, right = styles.left, styles.right
    rows: list[Row] = []
    recipient = letter.recipient.strip("\n").split("\n", 1) if letter.recipient.strip() else []
    if recipient:
        rows += text_rows(recipient[0], styles.bold, left, right, rtl, True)
        if len(recipient) > 1:
            rows += text_rows(recipient[1], styles.opening, left, right, rtl, True)
        rows += styles.gap(10, keep=True)
    subject = " ".join(letter.subject.split())
    rows += text_rows(_LABELS[letter.lang]["subject"] + subject, styles.bold, left, right, rtl, True)
    rows += styles.gap(10, keep=True)
    if letter.salutation:
        rows += text_rows(letter.salutation, styles.opening, left, right, rtl, True)
        rows += styles.gap(4, keep=True)
    rows += _paragraphs(letter.body, styles, rtl)
    # The last lines of the body go with the signature: a signature alone on a page proves nothing.
    rows = _keep_with_next(rows)
    rows += styles.gap(18, keep=True)
    rows += _signature(letter, styles)
    rows += _copies(letter, styles)
    return rows


def _draw_letter(canvas: Canvas, letter: LetterData, head: Letterhead) -> None:
    """Draw one letter from a new page on, with its own page numbering."""
    paper = paper_for(letter.paper)
    pages = paginate(letter_rows(letter), paper.first_top, paper.next_top, paper.bottom)
    context = page_context(letter)
    canvas.setPageSize((paper.width, paper.height))  # a batch may mix A4 and A5 letters
    for number, page in enumerate(pages, 1):
        frame_runs = draw_frame(canvas, head, context, number, len(pages))
        draw_runs(canvas, chain(frame_runs, page_runs(page)))
        canvas.showPage()


def _canvas_for(letters: Sequence[LetterData], head: Letterhead, buffer: BytesIO) -> Canvas:
    first = letters[0]
    office = " — ".join(part for part in head.names(first.lang)[::-1] if part)
    if len(letters) == 1:
        title = first.subject
        subject = f"{_LABELS[first.lang]['number']} {first.number if not first.draft else NO_NUMBER}"
    elif len({letter.subject for letter in letters}) == 1:  # e.g. a certificate for each guest: what they are
        count = f"{len(letters)} letters" if first.lang == "en" else digits_for(f"{len(letters)} نامه", "fa")
        title, subject = first.subject, count
    else:
        title = f"{len(letters)} letters" if first.lang == "en" else digits_for(f"{len(letters)} نامه", "fa")
        subject = title
    paper: Paper = paper_for(first.paper)
    return new_canvas(buffer, lang=first.lang, title=title, author=office, subject=subject, paper=paper)


def build_letters_pdf(letters: Sequence[LetterData], head: Letterhead) -> bytes:
    """One PDF holding many letters (batch print); each starts on a new page with its own page numbers.

    The PDF's metadata and language are the first letter's. Raises ValueError for an empty list or a
    letter in an unknown language.
    """
    if not letters:
        raise ValueError("There are no letters to print")
    for letter in letters:
        _check(letter)
    buffer = BytesIO()
    canvas = _canvas_for(letters, head, buffer)
    for letter in letters:
        _draw_letter(canvas, letter, head)
    canvas.save()
    return buffer.getvalue()


def build_letter_pdf(letter: LetterData, head: Letterhead) -> bytes:
    """One letter as a PDF document (bytes)."""
    return build_letters_pdf([letter], head)


def write_letter_pdf(letter: LetterData, head: Letterhead, path: str | PathLike[str]) -> None:
    """Write one letter as a PDF file at `path`, atomically (see output.write_atomic)."""
    write_atomic(path, build_letter_pdf(letter, head))

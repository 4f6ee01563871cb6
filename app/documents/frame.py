"""The faculty's letterhead and the page frame around every official document (letters, ordinances).

Persian pages follow the Iranian official layout: the invocation line at the top centre, the logo under
it, the university, faculty and office names at the top right, the "شماره / تاریخ / پیوست" block at the
top left, and a footer with the address. English pages put the logo and names at the top left and the
reference block at the top right. Pages after the first carry a one-line continuation header. Page
numbers ("صفحه ۱ از ۲", "Page 1 of 2") appear when a document has more than one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from app.common.text import digits_for
from app.documents import outlines, textlayer
from app.documents.bidi_text import join_units, layout, ltr, text_width
from app.documents.flow import Run, fit_size, single_run
from app.documents.fonts import BOLD, REGULAR
from app.documents.images import ImageFileError, draw_image, prepare_image
from app.documents.paper import A4, Paper

# The A4 page, which every document but an A5 letter is printed on.
PAGE_WIDTH, PAGE_HEIGHT = A4.width, A4.height
MARGIN = A4.margin
LEFT = A4.left
RIGHT = A4.right
CONTENT_WIDTH = A4.content_width
FIRST_TOP = A4.first_top  # where text starts under the full letterhead
NEXT_TOP = A4.next_top  # ... and under the continuation header
BOTTOM = A4.bottom  # text stops above the footer

# Heights on an A4 page, from its top (paper.down) or its bottom (paper.up); scaled on other papers.
_HEAD_LINES = (58, 75, 92)  # names and reference block
_RULE_Y = 110
_NEXT_LINE_Y = 48
_NEXT_RULE_Y = 58
_FOOTER_RULE_Y = 56
_FOOTER_Y = 44
_PAGE_NO_Y = 30
_LOGO_TOP = 46
_INVOCATION_Y = 36
_WATERMARK_WORD_Y = 16  # the draft mark's unseen word, above the invocation
_LOGO_BOX = (72.0, 56.0)  # largest width and height of the logo, in points
_SIDE_GAP = 45  # half the room left between the names and the references, where the logo sits
_RULE_GRAY = 0.55
_WATERMARK_GRAY = 0.88

_PAGE_LABEL = {"fa": "صفحه {page} از {pages}", "en": "Page {page} of {pages}"}
_WATERMARK = {"fa": "پیش‌نویس", "en": "DRAFT"}
_PHONE_LABEL = {"fa": "تلفن: ", "en": "Tel. "}


class LetterheadError(ValueError):
    """The letterhead cannot be drawn as set up (the logo file is missing or is not an image)."""


@dataclass(frozen=True)
class Letterhead:
    """The faculty's letterhead, in both languages (from the settings)."""

    university_fa: str
    university_en: str
    faculty_fa: str
    faculty_en: str
    office_fa: str  # e.g. "معاونت بین‌الملل"
    office_en: str  # e.g. "Office of the International Vice-Chancellor"
    logo_path: str | None = None
    invocation_fa: str | None = None  # the line at the very top of Persian pages, e.g. "بسمه تعالی"
    address_fa: str = ""
    address_en: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""

    def names(self, lang: str) -> tuple[str, str, str]:
        """University, faculty and office names in `lang`."""
        if lang == "fa":
            return self.university_fa, self.faculty_fa, self.office_fa
        return self.university_en, self.faculty_en, self.office_en


@dataclass(frozen=True)
class PageContext:
    """What the frame of one document shows: its language, the reference block and whether it is a draft."""

    lang: str
    refs: Sequence[tuple[str, str]]  # (label, value) pairs, e.g. ("شماره:", "۱۴۰۵/۰۰۴۲/IVC")
    draft: bool = False
    paper: Paper = A4


def _side_width(paper: Paper) -> float:
    """Names on one side, references on the other, the logo between."""
    return paper.content_width / 2 - _SIDE_GAP * paper.frame_scale


def _draw_logo(canvas: Canvas, path: str, lang: str, paper: Paper) -> float:
    """Draw the logo (top centre in Persian, top left in English), fitted into _LOGO_BOX; returns its
    width."""
    try:
        logo = prepare_image(path)
    except ImageFileError as exc:
        raise LetterheadError(f"The letterhead logo cannot be used: {exc}") from exc
    box = (_LOGO_BOX[0] * paper.frame_scale, _LOGO_BOX[1] * paper.frame_scale)
    scale = min(box[0] / logo.pixel_width, box[1] / logo.pixel_height)
    width, height = logo.pixel_width * scale, logo.pixel_height * scale
    x = (paper.width - width) / 2 if lang == "fa" else paper.left
    draw_image(canvas, logo, x, paper.down(_LOGO_TOP) - height, width, height)
    return width


def _rule(canvas: Canvas, y: float, paper: Paper) -> None:
    canvas.setStrokeGray(_RULE_GRAY)
    canvas.setLineWidth(0.6)
    canvas.line(paper.left, y, paper.right, y)


def _names(head: Letterhead, lang: str, left: float, right: float, paper: Paper) -> list[tuple[Run, float]]:
    """University, faculty and office names, on the reading-start side, shrunk to fit if long."""
    rtl = lang == "fa"
    runs = []
    for text, font, size, y in zip(
        head.names(lang), (BOLD, REGULAR, BOLD), (11.5, 10.5, 10.5), _HEAD_LINES, strict=True
    ):
        if text:
            size = fit_size(text, font, size * paper.frame_scale, right - left)
            run = single_run(text, font, size, left, right, "right" if rtl else "left", rtl)
            runs.append((run, paper.down(y)))
    return runs


def _ref_block(refs: Sequence[tuple[str, str]], lang: str, paper: Paper) -> list[tuple[Run, float]]:
    """The number / date / attachments block: top left in Persian, top right in English.

    Labels form one column and values another, the block held against the page margin; a value too long
    for its side of the page is set smaller, and one that would have to shrink by more than a fifth (a
    long attachments line on A5) is wrapped, the lines drawn closer so the block stays above the rule.
    """
    rtl = lang == "fa"
    size = 10.0 * paper.frame_scale
    label_width = max((text_width(label, BOLD, size) for label, _ in refs), default=0.0) + 5
    value_width = max((text_width(value, REGULAR, size) for _, value in refs), default=0.0)
    value_width = min(value_width, _side_width(paper) - label_width)
    left = paper.left if rtl else paper.right - label_width - value_width
    # Persian: labels at the block's right, values to their left; English: the mirror image.
    labels = (left + value_width, left + value_width + label_width) if rtl else (left, left + label_width)
    values = (left, left + value_width) if rtl else (left + label_width, paper.right)
    align = "right" if rtl else "left"
    lines: list[tuple[str, str, float]] = []  # (label, value line, its size)
    for label, value in refs:
        value_size = fit_size(value, REGULAR, size, value_width)
        if value_size >= size * 0.8:
            lines.append((label, value, value_size))
            continue
        for index, line in enumerate(layout(value, value_width, REGULAR, size * 0.85, rtl)):
            lines.append((label if index == 0 else "", line.logical, size * 0.85))
    step = 17.0 if len(lines) <= 3 else 14.0
    if len(lines) > 1:
        step = min(step, (_RULE_Y - 8 - _HEAD_LINES[0]) / (len(lines) - 1))
    runs = []
    for index, (label, value, value_size) in enumerate(lines):
        y = paper.down(_HEAD_LINES[0] + index * step)
        if label:
            runs.append((single_run(label, BOLD, size, *labels, align, rtl), y))
        runs.append((single_run(value, REGULAR, value_size, *values, align, rtl), y))
    return runs


def _first_header(canvas: Canvas, head: Letterhead, page: PageContext) -> list[tuple[Run, float]]:
    rtl, paper = page.lang == "fa", page.paper
    runs: list[tuple[Run, float]] = []
    logo_width = _draw_logo(canvas, head.logo_path, page.lang, paper) if head.logo_path else 0.0
    side = _side_width(paper)
    if rtl:
        if head.invocation_fa:
            size = 10.5 * paper.frame_scale
            invocation = single_run(head.invocation_fa, BOLD, size, paper.left, paper.right, "centre", rtl)
            runs.append((invocation, paper.down(_INVOCATION_Y)))
        runs += _names(head, page.lang, paper.right - side, paper.right, paper)
    refs = _ref_block(page.refs, page.lang, paper)
    if not rtl:
        names_left = paper.left + logo_width + (10 * paper.frame_scale if logo_width else 0)
        # The names end short of the reference block, however wide it is (a long value on A5).
        refs_left = min((run.x for run, _ in refs), default=paper.right)
        names_right = min(paper.right - side, refs_left - 10 * paper.frame_scale)
        runs += _names(head, page.lang, names_left, names_right, paper)
    runs += refs
    _rule(canvas, paper.down(_RULE_Y), paper)
    return runs


def _next_header(canvas: Canvas, head: Letterhead, page: PageContext) -> list[tuple[Run, float]]:
    """Pages after the first: the office's name on one side, the references in one line on the other."""
    rtl, paper = page.lang == "fa", page.paper
    office = head.names(page.lang)[2]
    refs = join_units([f"{label} {value}" for label, value in page.refs[:2]], "    ", rtl)
    left, right, y, scale = paper.left, paper.right, paper.down(_NEXT_LINE_Y), paper.frame_scale
    runs = [
        (single_run(office, BOLD, 9.5 * scale, left, right, "right" if rtl else "left", rtl), y),
        (single_run(refs, REGULAR, 9.0 * scale, left, right, "left" if rtl else "right", rtl), y),
    ]
    _rule(canvas, paper.down(_NEXT_RULE_Y), paper)
    return runs


def _footer_parts(head: Letterhead, lang: str) -> tuple[list[str], list[str]]:
    """The footer's address, and its telephone, e-mail and website (what is set of them)."""
    address = head.address_fa if lang == "fa" else head.address_en
    contacts = [_PHONE_LABEL[lang] + ltr(digits_for(head.phone, lang))] if head.phone else []
    contacts += [part for part in (head.email, head.website) if part]
    return ([digits_for(address, lang)] if address else []), contacts


def footer_text(head: Letterhead, lang: str) -> str:
    """Address, telephone, e-mail and website in one line (what is set of them)."""
    address, contacts = _footer_parts(head, lang)
    return join_units(address + contacts, "  |  ", lang == "fa")


def _footer(
    canvas: Canvas, head: Letterhead, lang: str, number: int, count: int, paper: Paper
) -> list[tuple[Run, float]]:
    rtl = lang == "fa"
    runs = []
    text = footer_text(head, lang)
    left, right, scale = paper.left, paper.right, paper.frame_scale
    below = 0.0  # how far a footer of two lines pushes the page number down
    if text:
        size = 7.5 * scale
        lines = [text]
        if text_width(text, REGULAR, size) > paper.content_width / 0.9:  # too long for one line (A5)
            address, contacts = _footer_parts(head, lang)
            lines = [join_units(part, "  |  ", rtl) for part in (address, contacts) if part]
        leading = size * 1.3
        for index, line in enumerate(lines):
            line_size = fit_size(line, REGULAR, size, paper.content_width, smallest=4.0)
            y = paper.up(_FOOTER_Y) + (len(lines) - 1 - index * 2) * leading / 2
            runs.append((single_run(line, REGULAR, line_size, left, right, "centre", rtl), y))
        _rule(canvas, paper.up(_FOOTER_RULE_Y) + (len(lines) - 1) * leading / 2, paper)
        below = (len(lines) - 1) * leading / 2
    if count > 1:
        label = digits_for(_PAGE_LABEL[lang].format(page=number, pages=count), lang)
        run = single_run(label, REGULAR, 8.5 * scale, left, right, "centre", rtl)
        runs.append((run, paper.up(_PAGE_NO_Y) - below))
    return runs


def _watermark(canvas: Canvas, lang: str, paper: Paper) -> None:
    """A light diagonal "DRAFT" under the text: previews before a number is issued.

    It is drawn as the outlines of its letters (see outlines), so that text extractors do not scatter it
    among the lines it crosses; its word is written once for them, level and unseen, above the letterhead.
    """
    size = 96 * paper.width / A4.width
    word, rtl = _WATERMARK[lang], lang == "fa"
    canvas.saveState()
    canvas.setFillGray(_WATERMARK_GRAY)
    canvas.translate(paper.width / 2, paper.height / 2)
    canvas.rotate(35)
    outlines.draw_centred(canvas, word, rtl, BOLD, size, -30 * size / 96)
    canvas.restoreState()
    canvas.saveState()
    canvas.translate(paper.width / 2, paper.down(_WATERMARK_WORD_Y))
    textlayer.draw_centred(canvas, word, rtl, BOLD, 9 * paper.frame_scale, 0, invisible=True)
    canvas.restoreState()


def draw_frame(
    canvas: Canvas, head: Letterhead, page: PageContext, number: int, count: int
) -> list[tuple[Run, float]]:
    """Draw the frame's graphics (watermark, logo, rules) of page `number` of `count`.

    Returns the frame's text as runs with baselines, for the caller to draw together with the page's own
    text in one text object.
    """
    if page.draft:
        _watermark(canvas, page.lang, page.paper)
    header = _first_header if number == 1 else _next_header
    return header(canvas, head, page) + _footer(canvas, head, page.lang, number, count, page.paper)

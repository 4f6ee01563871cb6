"""A stored document reprinted with a mark across every page: VOID, REVOKED (when, why), SUPERSEDED BY.

The stored PDF stays as it was issued (its bytes are its proof); the reprint is a copy of it with a
stamp drawn on a page of its own and laid over each page (pypdf), so the issued text is untouched
under the mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from app.documents import textlayer
from app.documents.bidi_text import text_width
from app.documents.fonts import BOLD, REGULAR, register_fonts
from app.documents.table import paragraph_rtl

_RED = (0.75, 0.08, 0.08)
_WORD_SIZE = 46.0
_LINE_SIZE = 12.0
_PAD = 8.0


@dataclass(frozen=True)
class Mark:
    """The stamp: its big word ("VOID", «باطل») and smaller lines under it (date, reason, number)."""

    word: str
    lines: Sequence[str] = ()
    rtl: bool = False  # the document's direction; each line still reads in its own script's direction


def bilingual(first: Mark, second: Mark) -> Mark:
    """One mark in two languages, for a document that holds both (a Persian and an English version)."""
    return Mark(f"{first.word} · {second.word}", (*first.lines, *second.lines), first.rtl)


def _stamp_page(mark: Mark, width: float, height: float) -> bytes:
    register_fonts()
    buffer = BytesIO()
    # Set level, not slanted: text extractors (and so search) read a rotated stamp letter by letter.
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=0, initialFontName=REGULAR)
    canvas.translate(width / 2, height * 0.55)
    lines = [(mark.word, BOLD, _WORD_SIZE)] + [(line, REGULAR, _LINE_SIZE) for line in mark.lines if line]
    widths = [text_width(text, font, size) for text, font, size in lines]
    box_width = min(max(widths) + 40, width * 0.9)
    leadings = [size * 1.45 for _text, _font, size in lines]
    box_height = sum(leadings) + 2 * _PAD
    # A white ground under the stamp keeps its words legible over the document's own text.
    canvas.setFillColorRGB(1, 1, 1, alpha=0.9)
    canvas.setStrokeColorRGB(*_RED)
    canvas.setLineWidth(3)
    canvas.roundRect(-box_width / 2, -box_height / 2, box_width, box_height, 10, stroke=1, fill=1)
    canvas.setFillColorRGB(*_RED)
    y = box_height / 2 - _PAD
    for (text, font, size), leading, line_width in zip(lines, leadings, widths, strict=True):
        scale = min(1.0, (box_width - 24) / line_width) if line_width else 1.0  # a long reason is set smaller
        canvas.setFont(font, size * scale)
        textlayer.draw_centred(
            canvas, text, paragraph_rtl(text, mark.rtl), font, size * scale, y - leading * 0.78
        )
        y -= leading
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def stamped(pdf: bytes, mark: Mark) -> bytes:
    """A copy of `pdf` with `mark` over every page; `pdf` itself is not changed."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    stamps: dict[tuple[float, float], object] = {}
    for page in writer.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        if size not in stamps:
            stamps[size] = PdfReader(BytesIO(_stamp_page(mark, *size))).pages[0]
        page.merge_page(stamps[size])
    out = BytesIO()
    writer.write(out)
    return out.getvalue()

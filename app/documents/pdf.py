"""A ReportLab canvas set up the same way for every document: paper (A4 unless told), fonts, metadata and
language."""

from __future__ import annotations

from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from app.documents.fonts import REGULAR, prime_fonts, register_fonts
from app.documents.markup import clean
from app.documents.paper import A4, Paper

_LANG_TAG = {"fa": "fa-IR", "en": "en"}


def new_canvas(
    buffer: BytesIO, *, lang: str, title: str, author: str, subject: str, paper: Paper = A4
) -> Canvas:
    """A canvas writing into `buffer`, its PDF metadata and catalog language (/Lang) set.

    Page compression stays off: the pages of a letter are small, and deflating them cost more time than
    it saved (measured in tests/bench/bench_letters.py); the embedded fonts are compressed regardless.
    """
    register_fonts()
    canvas = Canvas(
        buffer,
        pagesize=(paper.width, paper.height),
        pageCompression=0,
        lang=_LANG_TAG.get(lang, lang),
        initialFontName=REGULAR,
        initialFontSize=11,
    )
    canvas.setTitle(_one_line(title))
    canvas.setAuthor(_one_line(author))
    canvas.setSubject(_one_line(subject))
    canvas.setCreator("IVC Desk")
    prime_fonts(canvas)
    return canvas


def _one_line(text: str) -> str:
    return " ".join(clean(text).split())

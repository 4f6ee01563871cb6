"""The draft watermark: seen on the page as a diagonal word, and read by text extractors as one word at
the top, with nothing of it scattered among the letter's lines (pdftotext used to put its letters there)."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.documents.fonts import register_fonts
from app.documents.letters import build_letter_pdf
from tests.documents.letter_samples import sample_letter_en, sample_letter_fa, sample_letterhead

WORDS = {"fa": "پیش‌نویس", "en": "DRAFT"}
_POPPLER_MARKS = re.compile("[\u202a-\u202e]")  # pdftotext marks the direction it read


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts()


def _light_grey_pixels(pdf: bytes, folder: Path) -> int:
    """Pixels of the watermark's light grey on page 1 at 40 dpi (text edges have some too)."""
    folder.mkdir()
    subprocess.run(
        ["pdftoppm", "-gray", "-png", "-r", "40", "-f", "1", "-l", "1", "-", str(folder / "page")],
        input=pdf,
        check=True,
    )
    [png] = folder.glob("page*.png")
    return sum(1 for value in Image.open(png).tobytes() if 215 <= value <= 235)


def _page_texts(pdf: bytes) -> dict[str, list[str]]:
    """Each page's text as poppler and pypdf read it (NFKC)."""
    poppler = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    pages = PdfReader(io.BytesIO(pdf)).pages
    return {
        "poppler": [_nfkc(_POPPLER_MARKS.sub("", page)) for page in poppler.split("\f") if page.strip()],
        "pypdf": [_nfkc(page.extract_text()) for page in pages],
    }


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("paper", ["a4", "a5"])
@pytest.mark.parametrize("sample", [sample_letter_fa, sample_letter_en], ids=["fa", "en"])
def test_the_watermark_reads_as_one_word_and_nothing_else_changes(sample, paper, tmp_path) -> None:
    head = sample_letterhead()
    lang = sample().lang
    draft = build_letter_pdf(sample(paper=paper, draft=True), head)
    clean = build_letter_pdf(sample(paper=paper, number=""), head)  # the same page without the mark
    drafts, cleans = _page_texts(draft), _page_texts(clean)
    for name in ("poppler", "pypdf"):
        assert len(drafts[name]) == len(cleans[name]) >= 1
        for on_draft, on_clean in zip(drafts[name], cleans[name], strict=True):
            first, rest = on_draft.strip().split("\n", 1)
            assert first.strip() == WORDS[lang], name  # on every page, once, first
            assert _flat(rest) == _flat(on_clean), name
    mark = _light_grey_pixels(draft, tmp_path / "draft") - _light_grey_pixels(clean, tmp_path / "clean")
    assert mark > 1000  # the diagonal word is seen

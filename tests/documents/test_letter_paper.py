"""Letters on A5: the page is A5, the letterhead and text are laid out for it, nothing is cut or drawn off
the page, and the whole text reads back. Judged by pypdf (the page boxes) and poppler (the words' boxes
from `pdftotext -bbox`, and the text)."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from collections import Counter

import pytest
from pypdf import PdfReader

from app.documents.fonts import register_fonts
from app.documents.letters import build_letter_pdf, build_letters_pdf
from tests.documents.letter_samples import (
    BODY_FA,
    sample_letter_en,
    sample_letter_fa,
    sample_letterhead,
)
from tests.documents.pdf_extract import both_texts

A5_POINTS = (419.53, 595.28)  # 148 × 210 mm
A4_POINTS = (595.28, 841.89)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts()


def _sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def _word_boxes(pdf: bytes) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their boxes, as poppler places them (x from the left, y from the top)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    pages = []
    for chunk in html.split("<page ")[1:]:
        words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in _WORD.findall(chunk)]
        pages.append(words)
    return pages


# Harakat (the tanwin of «احتراماً») are left off the page by design (see shaping): not looked for.
_HARAKAT = re.compile("[\u064b-\u0652]")


def _flat(text: str) -> str:
    return " ".join(_HARAKAT.sub("", unicodedata.normalize("NFKC", text)).split())


@pytest.mark.parametrize("sample", [sample_letter_fa, sample_letter_en], ids=["fa", "en"])
def test_an_a5_letter_is_on_a5_and_within_its_margins(sample) -> None:
    pdf = build_letter_pdf(sample(paper="a5"), sample_letterhead())
    assert _sizes(pdf) == [A5_POINTS] * len(_sizes(pdf))
    margin = 1.5 * 72 / 2.54
    width, height = A5_POINTS
    for words in _word_boxes(pdf):
        assert words
        for x_min, y_min, x_max, y_max, word in words:
            # Every word of the letterhead, the text and the footer inside the A5 margins.
            assert margin - 0.5 <= x_min and x_max <= width - margin + 0.5, word
            assert y_min >= 0 and y_max <= height, word


def _words(text: str) -> Counter[str]:
    """The words of `text` (letters and digits; punctuation and ZWNJ part them), counted."""
    return Counter(re.findall(r"\w+", _flat(text)))


def _letters(text: str) -> str:
    """`text`'s letters and digits in order, without spaces or punctuation: poppler sets the spaces
    around a Latin name inside a Persian line on the name's other side («( John Smithدانشگاه )Oxford»)."""
    return "".join(re.findall(r"\w+", _flat(text)))


def _line_texts(letter) -> list[str]:
    """The letter's lines as written, as it is laid out on its paper."""
    from app.documents.letters import letter_rows

    return [run.logical for row in letter_rows(letter) for run in row.runs if run.logical.strip()]


@pytest.mark.parametrize("sample", [sample_letter_fa, sample_letter_en], ids=["fa", "en"])
def test_an_a5_letter_holds_its_whole_text(sample) -> None:
    """Every word of the letter is in what both extractors read, each line in the order written."""
    letter = sample(paper="a5")
    written = " ".join(
        [letter.recipient, letter.subject, letter.body, letter.signatory_name, letter.signatory_title]
        + letter.copies_to
    )
    texts = both_texts(build_letter_pdf(letter, sample_letterhead()))
    assert not _words(written) - _words(texts["pypdf"])
    for line in _line_texts(letter):
        assert _flat(line) in _flat(texts["pypdf"]), line
        assert _letters(line) in _letters(texts["poppler"]), line


def test_a_long_a5_letter_runs_onto_more_pages_with_nothing_lost() -> None:
    letter = sample_letter_fa(paper="a5", body="\n".join([BODY_FA] * 3))
    pdf = build_letter_pdf(letter, sample_letterhead())
    sizes = _sizes(pdf)
    assert len(sizes) >= 3 and set(sizes) == {A5_POINTS}
    texts = both_texts(pdf)
    assert "صفحه ۱ از" in texts["pypdf"]
    assert not _words(letter.body) - _words(texts["pypdf"])
    lines = _line_texts(letter)
    assert len(lines) > 40
    for line in lines:
        assert _letters(line) in _letters(texts["poppler"]), line
    for words in _word_boxes(pdf):
        assert all(w[0] >= 0 and w[2] <= A5_POINTS[0] and w[1] >= 0 and w[3] <= A5_POINTS[1] for w in words)


def test_a5_is_set_smaller_than_a4_but_still_legible() -> None:
    """The A5 text is smaller than A4's, and its smallest type (the copies-to list) is 8 points or more."""
    from app.documents.letters import letter_rows

    for sample in (sample_letter_fa, sample_letter_en):
        a4 = [run.size for row in letter_rows(sample()) for run in row.runs]
        a5 = [run.size for row in letter_rows(sample(paper="a5")) for run in row.runs]
        assert max(a5) < max(a4) and min(a5) >= 8.0


def test_a4_stays_the_default_and_a_batch_may_mix_papers() -> None:
    head = sample_letterhead()
    assert set(_sizes(build_letter_pdf(sample_letter_fa(), head))) == {A4_POINTS}
    mixed = build_letters_pdf([sample_letter_fa(), sample_letter_en(paper="a5")], head)
    sizes = _sizes(mixed)
    assert sizes[0] == A4_POINTS and sizes[-1] == A5_POINTS


def test_a_draft_on_a5_keeps_its_watermark_on_the_page() -> None:
    pdf = build_letter_pdf(sample_letter_en(paper="a5", draft=True), sample_letterhead())
    assert _sizes(pdf) == [A5_POINTS]
    for words in _word_boxes(pdf):
        assert all(w[0] >= 0 and w[2] <= A5_POINTS[0] and w[1] >= 0 and w[3] <= A5_POINTS[1] for w in words)


def test_an_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        build_letter_pdf(sample_letter_fa(paper="a3"), sample_letterhead())

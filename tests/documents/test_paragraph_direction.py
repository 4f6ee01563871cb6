"""In English documents each paragraph takes its direction from its own text, and phone numbers read
left to right whatever surrounds them."""

from __future__ import annotations

from app.documents.bidi_text import visual
from app.documents.fonts import register_fonts
from app.documents.letters import letter_rows
from tests.documents.letter_samples import sample_letter_en

PERSIAN = (
    "از همکاری صمیمانه دانشگاه آکسفورد با معاونت بین‌الملل دانشکده سپاسگزاریم و امیدواریم "
    "این همکاری ادامه یابد."
)


def test_a_persian_paragraph_of_an_english_letter_reads_right_to_left() -> None:
    register_fonts()
    letter = sample_letter_en(body=f"We thank you for your visit.\n{PERSIAN}\nWith best wishes.")
    drawn = [run.text for row in letter_rows(letter) for run in row.runs]
    first, last = visual(PERSIAN.split()[0], True), visual(PERSIAN.split()[-1], True)
    [opening] = [text for text in drawn if first in text.split()]
    [closing] = [text for text in drawn if last in text.split()]
    # Right to left, a line's first word in reading order is drawn at its right end, the last at the left.
    assert opening.split()[-1] == first
    assert closing.split()[0] == last


def test_phone_numbers_read_left_to_right_in_english_lines() -> None:
    for line, number in [
        ("Office دفتر: ۰۲۱-۸۸۹۹۰۰۱۱", "۰۲۱-۸۸۹۹۰۰۱۱"),
        ("دفتر بین‌الملل 021-8899-0011 (ext. 234)", "021-8899-0011"),
        ("Tel. (دفتر) +98-21-8899-0011", "+98-21-8899-0011"),
    ]:
        assert number in visual(line, False)


def test_an_isolated_persian_title_does_not_turn_an_english_line():
    """UAX #9 P2: text inside an isolate is skipped when looking for the first strong letter, so "1. ⁧…⁩" in
    English minutes keeps its number at the left."""
    from app.documents.bidi_text import first_strong_rtl, paragraph_rtl, visual

    line = "1. \u2067بررسی درخواست\u2069"
    assert not first_strong_rtl(line, False) and not paragraph_rtl(line, False)
    assert first_strong_rtl("\u2066Prof. Smith\u2069 از دانشگاه", False)
    assert visual(line, False).startswith("1. ")

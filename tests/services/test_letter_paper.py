"""The paper of a letter: Settings › Letters gives the default, each letter may choose A4 or A5, an issued
letter keeps the paper it was issued on, and the letters other registers draft follow the setting."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.services import letters, settings
from app.services.errors import ValidationError

A5 = (419.53, 595.28)
A4 = (595.28, 841.89)
LETTER = {
    "lang": "fa",
    "recipient": "جناب آقای دکتر Thomas Müller\nدانشگاه هایدلبرگ",
    "subject": "دعوت‌نامه بازدید علمی",
    "body": "با سلام و احترام\nبدین‌وسیله از جنابعالی برای بازدید از دانشکده دعوت می‌شود.",
    "signatory_name": "دکتر علی محمدی",
}


def _size(pdf: bytes) -> tuple[float, float]:
    [size] = {
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
        for p in PdfReader(io.BytesIO(pdf)).pages
    }
    return size


def test_a_letter_on_a5_is_issued_and_reprinted_on_a5(db, pdf_text):
    letter = letters.save_draft({**LETTER, "paper": "a5"})
    assert letters.get_letter(letter)["paper"] == "a5"
    assert _size(letters.letter_pdf(letter)) == A5
    number = letters.issue_letter(letter, dt.date(2026, 11, 24))
    pdf = letters.letter_pdf(letter)
    assert _size(pdf) == A5 and number in pdf_text(pdf)
    assert letters.letter_pdf(letter, paper="a5") == pdf
    with pytest.raises(ValidationError) as refused:
        letters.letter_pdf(letter, paper="a4")
    assert refused.value.field == "paper" and "A5" in refused.value.text()
    letters.void_letter(letter, "wrong address")
    assert _size(letters.letter_pdf(letter)) == A5  # the VOID mark is laid over the A5 page


def test_the_setting_is_the_default_and_a_draft_may_be_previewed_on_either(db):
    assert settings.load()["letter_paper"] == "a4"
    on_a4 = letters.save_draft(LETTER)
    settings.save({"letter_paper": "a5"})
    on_a5 = letters.save_draft(LETTER)
    assert [letters.get_letter(i)["paper"] for i in (on_a4, on_a5)] == ["a4", "a5"]
    assert _size(letters.letter_pdf(on_a4)) == A4  # the letter's own paper, whatever the setting says now
    assert _size(letters.letter_pdf(on_a4, paper="a5")) == A5
    assert letters.get_letter(on_a4)["paper"] == "a4"  # a preview on other paper changes nothing


def test_a_paper_there_is_none_of_is_refused_by_its_field(db):
    with pytest.raises(ValidationError) as refused:
        letters.save_draft({**LETTER, "paper": "a3"})
    assert refused.value.field == "paper"
    with pytest.raises(ValidationError) as refused:
        settings.save({"letter_paper": "letter"})
    assert refused.value.field == "letter_paper"
    assert settings.load()["letter_paper"] == "a4"


def test_letters_other_registers_draft_follow_the_setting(db):
    """A letter drafted through the register's path with no paper of its own (as the visits, funding and
    meetings areas draft theirs) takes the paper of Settings."""
    settings.save({"letter_paper": "a5"})
    values = letters.clean_letter({**LETTER})
    assert values["paper"] == "a5"
    assert _size(letters.preview_pdf(values)) == A5

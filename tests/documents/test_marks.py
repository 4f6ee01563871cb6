"""Ended documents reprint with their mark (VOID, REVOKED with date and reason, SUPERSEDED BY a number) in
the document's language on every page, through the services the GUI and the command line call; the stored
bytes stay as issued and remain available unmarked as the archive copy. Text read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from app.services import letters, ordinances
from app.services.ordinances.documents import ordinance_pdf
from tests.services.ordinance_helpers import kind, setting_up

LETTER = {
    "lang": "fa",
    "recipient": "جناب آقای دکتر Thomas Müller\nدانشگاه هایدلبرگ",
    "subject": "دعوت‌نامه بازدید علمی",
    "body": "با سلام و احترام\nبدین‌وسیله دعوت می‌شود.\n" * 40,
}


def page_texts(pdf: bytes) -> list[str]:
    count = len(PdfReader(io.BytesIO(pdf)).pages)
    texts = []
    for number in range(1, count + 1):
        done = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), "-enc", "UTF-8", "-", "-"],
            input=pdf,
            capture_output=True,
            check=True,
        )
        texts.append(unicodedata.normalize("NFKC", done.stdout.decode("utf-8")).replace("\u200c", ""))
    return texts


def persian_words(text: str) -> str:
    """pdftotext gives a right-to-left line's words in drawn order: compare word sets, not the line."""
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_voided_letter_reprints_with_void_and_its_reason_on_every_page(db, lang):
    letter = letters.save_draft({**LETTER, "lang": lang})
    letters.issue_letter(letter, dt.date(2026, 11, 24))
    clean = letters.letter_pdf(letter)
    assert not any("VOID" in text or "باطل" in text for text in page_texts(clean))
    letters.void_letter(letter, "wrong recipient" if lang == "en" else "گیرنده اشتباه")
    stored = letters.letter_pdf(letter, archive=True)
    assert stored == clean  # the archive copy is the issued document, byte for byte
    marked = letters.letter_pdf(letter)
    texts = page_texts(marked)
    assert len(texts) == len(page_texts(clean)) >= 2
    for text in texts:
        if lang == "en":
            assert "VOID" in text and "wrong recipient" in text
        else:
            assert "باطل" in text and "گیرنده" in text and "اشتباه" in text and "VOID" not in text
        assert "Thomas Müller" in text or "دعوت" in text  # the letter's own text is still there
    # The stored file was not touched by the reprint.
    with_file = letters.letter_pdf(letter, archive=True)
    assert hashlib.sha256(with_file).hexdigest() == hashlib.sha256(stored).hexdigest()


def _deputy(ids, person="rezaei", start=dt.date(2026, 9, 23)):
    return ordinances.save_draft(
        ordinances.new_draft_values(kind("deputy"), ids[person], ids["anatomy"], start)
    )


def test_revoked_void_and_superseded_ordinances_carry_their_marks(db):
    ids = setting_up()
    revoked = _deputy(ids)
    ordinances.issue_ordinance(revoked, dt.date(2026, 9, 20))
    clean = ordinance_pdf(revoked, "en")
    ordinances.revoke_ordinance(revoked, "Left the faculty", dt.date(2026, 12, 1))
    [english] = page_texts(ordinance_pdf(revoked, "en"))
    assert "REVOKED" in english and "1 December 2026" in english and "Left the faculty" in english
    [persian] = page_texts(ordinance_pdf(revoked, "fa"))
    assert "لغو شده" in persian_words(persian) or ("لغو" in persian and "شده" in persian)
    assert "۱۴۰۵/۰۹/۱۰" in persian or "۱۰/۰۹/۱۴۰۵" in persian
    # The archive copy is the issued document (ordinance_pdf checks the stored file against its digest).
    assert ordinance_pdf(revoked, "en", archive=True) == clean
    assert all("REVOKED" in text and "لغو" in text for text in page_texts(ordinance_pdf(revoked, "both")))

    first = _deputy(ids, "rezaei")
    ordinances.issue_ordinance(first, dt.date(2026, 9, 21))
    second = _deputy(ids, "karimi", start=dt.date(2027, 1, 1))
    number = ordinances.issue_ordinance(second, dt.date(2026, 12, 30), supersede=True)
    [english] = page_texts(ordinance_pdf(first, "en"))
    assert f"SUPERSEDED BY {number}" in english
    [persian] = page_texts(ordinance_pdf(first, "fa"))
    assert "جایگزین" in persian

    ordinances.void_ordinance(second, "wrong person")
    [english] = page_texts(ordinance_pdf(second, "en"))
    assert "VOID" in english and "wrong person" in english
    [persian] = page_texts(ordinance_pdf(second, "fa"))
    assert "باطل" in persian
    # The first stands again: it prints clean.
    assert not any(
        word in page_texts(ordinance_pdf(first, "en"))[0] for word in ("SUPERSEDED", "VOID", "REVOKED")
    )

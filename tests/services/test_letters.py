"""The letters register: drafts, gapless numbers, stored PDFs reprinted byte for byte, void keeps the
number."""

import datetime as dt
import os
import subprocess
import sys
import textwrap

import pytest

from app.services import letters, settings
from app.services.errors import StateError, ValidationError

LETTER = {
    "lang": "fa",
    "recipient": "جناب آقای دکتر Thomas Müller\nدانشگاه هایدلبرگ",
    "subject": "دعوت‌نامه بازدید علمی",
    "body": "با سلام و احترام\nبدین‌وسیله از جنابعالی برای بازدید از دانشکده در تاریخ ۱۴۰۵/۱۰/۰۱ دعوت می‌شود.",
    "copies_to": "معاونت آموزشی\nدفتر ریاست",
}


def test_issue_numbers_in_order_and_reprint_is_the_same_document(db, pdf_text):
    first = letters.save_draft(LETTER)
    second = letters.save_draft({**LETTER, "lang": "en", "subject": "Invitation", "body": "Dear colleague."})
    assert letters.issue_letter(first, dt.date(2026, 11, 24)) == "1405/0001/IVC"
    assert letters.issue_letter(second, dt.date(2026, 11, 25)) == "1405/0002/IVC"
    pdf = letters.letter_pdf(first)
    assert pdf == letters.letter_pdf(first)
    text = pdf_text(pdf)
    assert "Thomas Müller" in text and "1405/0001/IVC" in text  # a code keeps Latin digits (text.code_for)
    for word in ("دعوتنامه", "بازدید", "دانشکده", "معاونت", "آموزشی"):
        assert word in text
    english = pdf_text(letters.letter_pdf(second))
    assert "Invitation" in english and "1405/0002/IVC" in english and "25 November 2026" in english


def test_new_year_starts_at_one(db):
    a = letters.save_draft(LETTER)
    b = letters.save_draft(LETTER)
    assert letters.issue_letter(a, dt.date(2026, 3, 20)) == "1404/0001/IVC"
    assert letters.issue_letter(b, dt.date(2026, 3, 21)) == "1405/0001/IVC"


def test_issued_letters_are_locked_and_voided_numbers_never_return(db):
    first = letters.save_draft(LETTER)
    number = letters.issue_letter(first)
    with pytest.raises(StateError):
        letters.save_draft({**LETTER, "subject": "changed"}, first)
    with pytest.raises(StateError):
        letters.archive_letter(first)
    with pytest.raises(ValidationError):
        letters.void_letter(first, "   ")
    letters.void_letter(first, "wrong recipient")
    assert letters.get_letter(first)["status"] == "void"
    assert letters.get_letter(first)["number"] == number
    again = letters.save_draft(LETTER)
    assert letters.issue_letter(again) != number
    assert letters.letter_pdf(first)  # the voided letter's document is kept


@pytest.mark.sqlite_only  # the write that fails is numbers.json's, kept outside SQLite's file only
def test_a_failed_issue_consumes_no_number(db, monkeypatch):
    letter = letters.save_draft(LETTER)

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:  # undo() would also drop the fixtures' IVC_DESK_HOME
        patched.setattr("app.documents.output.write_atomic", broken)
        with pytest.raises(OSError):
            letters.issue_letter(letter)
    assert letters.get_letter(letter)["status"] == "draft"
    assert letters.issue_letter(letter).endswith("/0001/IVC")


def test_an_issue_whose_document_cannot_be_stored_consumes_no_number(db, monkeypatch):
    letter = letters.save_draft(LETTER)

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr("app.services.files.store_issued", broken)
        with pytest.raises(OSError):
            letters.issue_letter(letter)
    assert letters.get_letter(letter)["status"] == "draft"
    assert letters.issue_letter(letter).endswith("/0001/IVC")


def test_tampered_stored_pdf_is_detected(db, data_dir):
    letter = letters.save_draft(LETTER)
    letters.issue_letter(letter)
    stored = next((data_dir / "documents").rglob("*.pdf"))
    stored.write_bytes(stored.read_bytes() + b"%")
    with pytest.raises(StateError, match="altered"):
        letters.letter_pdf(letter)


def test_number_format_is_a_setting(db):
    settings.save({"letter_number_format": "IVC-{year}-{seq:03d}"})
    assert letters.issue_letter(letters.save_draft(LETTER), dt.date(2026, 11, 24)) == "IVC-1405-001"
    with pytest.raises(ValidationError):
        settings.save({"letter_number_format": "{year}/IVC"})
    with pytest.raises(ValidationError):
        settings.save({"letter_number_format": "{year}/{seq}/{__class__}"})


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"subject": ""}, "subject"),
        ({"body": " \n "}, "body"),
        ({"lang": "de"}, "lang"),
        ({"recipient": ""}, "recipient"),
        ({"linked_table": "meetings"}, "linked_id"),
        ({"linked_table": "people", "linked_id": 999_999}, "linked_id"),
    ],
)
def test_bad_drafts_are_refused_by_field(db, change, field):
    with pytest.raises(ValidationError) as caught:
        letters.save_draft({**LETTER, **change})
    assert caught.value.field == field
    assert letters.list_letters().total == 0


WORKER = textwrap.dedent(
    """
    import sys
    from app.services import context, letters
    context.open_database(sys.argv[1], lock=False)  # the database alone must keep the numbers apart
    draft = {"lang": "en", "recipient": "Registrar", "subject": "Certificate", "body": "This is to certify."}
    for _ in range(int(sys.argv[2])):
        letters.issue_letter(letters.save_draft(draft))
    """
)


@pytest.mark.sqlite_only  # the server's own: tests/db/test_server.py
def test_two_processes_issuing_at_once_get_distinct_consecutive_numbers(db, data_dir):
    env = {**os.environ, "IVC_DESK_HOME": str(data_dir)}
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(db), "200"], env=env, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for worker in workers:
        _out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err.decode()
    numbers = [row.number for row in letters.list_letters(letters.PageRequest(limit=1000)).rows]
    assert len(numbers) == 400
    sequences = sorted(int(n.split("/")[1]) for n in numbers)
    assert sequences == list(range(1, 401))


def test_a_broken_logo_is_a_settings_problem_in_words(db, data_dir):
    broken = data_dir / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really an image")
    settings.set_logo(str(broken))
    with pytest.raises(ValidationError) as caught:
        letters.preview_pdf(LETTER)
    assert caught.value.field == "logo" and "Settings" in caught.value.text()
    draft = letters.save_draft(LETTER)
    with pytest.raises(ValidationError):
        letters.issue_letter(draft)
    assert letters.get_letter(draft)["status"] == "draft"


def test_dear_sir_or_madam_only_without_a_named_recipient(db, pdf_text):
    from app.services import directory

    tanaka = directory.save_person(
        {
            "kind": "foreign_guest",
            "title": "Prof.",
            "first_name_en": "Kenji",
            "last_name_en": "Tanaka",
            "country": "JP",
        }
    )
    english = {
        **LETTER,
        "lang": "en",
        "subject": "Invitation",
        "body": "We would be honoured.",
        "salutation": letters.STANDARD_PHRASES["en"]["salutation"],
    }
    named = letters.save_draft({**english, "recipient_person_id": tanaka, "recipient": "Prof. Kenji Tanaka"})
    unnamed = letters.save_draft({**english, "recipient": "The Registrar\nKarolinska Institutet"})
    own = letters.save_draft({**english, "recipient_person_id": tanaka, "salutation": "Dear Kenji,"})
    for letter in (named, unnamed, own):
        letters.issue_letter(letter, dt.date(2026, 11, 24))
    assert "Dear Prof. Tanaka," in pdf_text(letters.letter_pdf(named))
    assert "Dear Sir or Madam," not in pdf_text(letters.letter_pdf(named))
    assert "Dear Sir or Madam," in pdf_text(letters.letter_pdf(unnamed))
    assert "Dear Kenji," in pdf_text(letters.letter_pdf(own))  # what the secretary wrote stays

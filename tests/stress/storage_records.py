"""The records the storage-failure tests write with (the `records` fixture, made available by conftest.py),
and every kind of write they try."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

PREPARED = 150  # records of each kind a write may use (each attempt uses a new one)
MAX_ATTEMPTS = PREPARED


def big(n: int, length: int) -> str:
    """Text of 4-byte characters (emoji): the longest a field takes, in the most bytes."""
    return "".join(chr(0x1F600 + (n + i) % 64) for i in range(length))


@pytest.fixture
def records(db: Path, tmp_path: Path) -> dict:
    """People, drafts and issued letters for the writes to use, and a file to attach."""
    from app.services import directory, letters

    unit = directory.save_unit({"kind": "department", "name_fa": "گروه داخلی"})
    institution = directory.save_institution({"name_en": "Karolinska Institutet", "country": "SE"})
    people = [
        directory.save_person({"kind": "staff", "last_name_en": f"Person {i}", "country": "IR"})
        for i in range(PREPARED)
    ]
    draft = {
        "lang": "en",
        "recipient": "The Registrar\nKarolinska Institutet",
        "subject": "Visit",
        "body": "Dear colleague.",
    }
    drafts = [letters.save_draft({**draft, "subject": f"Draft {i}"}) for i in range(PREPARED)]
    issued = [
        letters.save_draft({**draft, "subject": f"Issued {i}"}) for i in range(5)
    ]  # a void fails at once
    for letter in issued:
        letters.issue_letter(letter, dt.date(2026, 11, 24))
    attachment = tmp_path / "scan.pdf"
    attachment.write_bytes(b"%PDF-1.4 " + os.urandom(3000))
    return {
        "unit": unit,
        "institution": institution,
        "people": people,
        "drafts": drafts,
        "issued": issued,
        "file": attachment,
    }


def write_kinds(r: dict) -> dict[str, Callable[[int], object]]:
    """Every kind of write the services make; attempt n uses new values (or the n-th prepared record)."""
    from app.services import attachments, directory, letters, settings

    person = {"kind": "foreign_guest", "first_name_en": "Anna", "last_name_en": "Schmidt", "country": "DE"}
    # the free-text settings (the letter number's pattern, the logo and the paper have their own rules)
    text_settings = [
        k
        for k in settings.INSTITUTION_DEFAULTS
        if k not in ("letter_number_format", "logo", "setup_done", "letter_paper")
    ]
    return {
        "save_person": lambda n: directory.save_person(
            {**person, "last_name_en": big(n, 120), "notes": big(n, 5000)}
        ),
        "save_person update": lambda n: directory.save_person(
            {**person, "notes": big(n, 5000)}, r["people"][0]
        ),
        "save_unit": lambda n: directory.save_unit(
            {"kind": "other", "name_fa": big(n, 200), "name_en": big(n + 1, 200)}
        ),
        "save_institution": lambda n: directory.save_institution(
            {"name_en": big(n, 250), "name_fa": big(n + 1, 250), "city": big(n, 120), "country": "DE"}
        ),
        "save_agreement": lambda n: directory.save_agreement(
            {
                "institution_id": r["institution"],
                "title": big(n, 300),
                "status": "active",
                "scope": big(n, 5000),
            }
        ),
        "archive_person": lambda n: directory.archive_person(r["people"][n + 1]),
        "settings.save": lambda n: settings.save(
            {k: big(n, 1000 if k in settings.LONG_FIELDS else 300) for k in text_settings}
        ),
        "letters.save_draft": lambda n: letters.save_draft(
            {"lang": "fa", "recipient": big(n, 1000), "subject": big(n, 400), "body": big(n, 20_000)}
        ),
        "letters.issue_letter": lambda n: letters.issue_letter(r["drafts"][n], dt.date(2026, 11, 25)),
        "letters.void_letter": lambda n: letters.void_letter(r["issued"][n], big(n, 1000)),
        "attachments.add_attachment": lambda n: attachments.add_attachment(
            "people", r["people"][0], r["file"]
        ),
    }

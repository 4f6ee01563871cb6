"""Every date an English document writes is a Gregorian date written out in English ("1 December 2026"):
never the ISO form (2026-12-01) and never a numeric Jalali date (1405/09/10) (#14). The Jalali date an
English letter may add is written out too ("10 Azar 1405").

Every document the command line prints is made in English from the sample data of every register and read
back with poppler's pdftotext."""

import calendar
import re

import jdatetime

from app.commands import documents
from app.services.demo import fill_every_register
from app.services.errors import ServiceError
from tests.documents.pdf_extract import poppler_text

ISO = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
# Latin digits: what the program writes in English. (A date inside the Persian text someone typed, an agenda
# item's title, stays as it was typed.)
NUMERIC = re.compile(r"(?<![\d/])[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}(?![\d/])")
# The month names from independent references: the calendar module and jdatetime.
MONTHS = [*list(calendar.month_name)[1:], *jdatetime.date.j_months_en]
WRITTEN = re.compile(rf"\b\d{{1,2}} (?:{'|'.join(MONTHS)}) \d{{4}}\b")
YEAR_DOCUMENTS = {"ordinance-register", "funding-report", "annual-report", "indicators"}
PERSIAN_ONLY = {"briefing"}


def english_documents_of_the_samples() -> dict[str, str]:
    """Every document the command line prints, in English, for the first records of each register."""
    fill_every_register(12)
    made = {}
    for name, (_help, render) in sorted(documents().items()):
        if name in PERSIAN_ONLY:
            continue
        for record_id in (1405,) if name in YEAR_DOCUMENTS else (1, 2, 3):
            try:
                pdf, _file = render(record_id, "en")
            except ServiceError:
                continue  # not a document this record has (a payment order of a rejected request)
            made[f"{name} {record_id}"] = poppler_text(pdf)
    return made


def test_every_english_document_writes_its_dates_out(db):
    english_documents = english_documents_of_the_samples()
    assert len({key.split()[0] for key in english_documents}) >= 18, sorted(english_documents)
    for key, text in english_documents.items():
        assert not ISO.findall(text), (key, ISO.findall(text))
        for match in NUMERIC.finditer(text):
            raise AssertionError(
                f"{key}: {match.group()} in «{text[max(0, match.start() - 400) : match.end()]}»"
            )
    dated = [key for key, text in english_documents.items() if WRITTEN.search(text)]
    assert len(dated) >= len(english_documents) - 3, sorted(set(english_documents) - set(dated))

"""A value typed into one field never changes how another prints: bidi controls (overrides, embeddings,
stray isolates) are removed or balanced when saved, and every value is isolated in the documents. Checked
through the real document builders, the text read back with poppler and pypdf."""

from __future__ import annotations

import pytest

from app.common import dates
from app.common.text import clean_line
from app.services import context, directory, funding, visits
from db.models import FundingRequest, Person
from tests.documents.pdf_extract import both_texts
from tests.services.test_visits import guest, visit_data

RLO = "\u202e"
PASSPORTS = ("US2914602", "GB7730155", "DE4412998")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("Smith\u202e", "Smith"),
        ("\u202bعلی\u202c", "علی"),
        ("\u202dABC\u202c", "ABC"),
        ("Ali\u2067", "Ali"),  # an isolate never closed
        ("\u2069Ali", "Ali"),  # a closing isolate with nothing to close
        ("a \u2067علی\u2069 b", "a \u2067علی\u2069 b"),  # a balanced isolate stays
        ("(علی)\u200f", "(علی)\u200f"),  # marks affect only their neighbours: kept
    ],
)
def test_stray_bidi_controls_are_removed_when_saved(typed: str, kept: str) -> None:
    assert clean_line(typed) == kept


def test_a_saved_name_keeps_no_override(db) -> None:
    person_id = directory.save_person(
        {"kind": "foreign_guest", "first_name_en": "John", "last_name_en": f"Smith{RLO}", "country": "US"}
    )
    with context.database().reading() as session:
        assert session.get(Person, person_id).last_name_en == "Smith"


def test_an_attachment_name_cannot_hide_its_extension(db, tmp_path) -> None:
    from app.services import attachments

    person_id = directory.save_person({"kind": "faculty", "first_name_en": "A", "last_name_en": "B"})
    source = tmp_path / f"invoice{RLO}fdp.exe"
    source.write_bytes(b"MZ")
    attachments.add_attachment("people", person_id, source)
    [row] = attachments.list_attachments("people", person_id)
    assert row.original_name == "invoicefdp.exe"


def _smuggle(model, record_id: int, **values: str) -> None:
    """Write values past the services, as data stored before controls were cleaned would be."""
    with context.database().writing() as session:
        row = session.get(model, record_id)
        for name, value in values.items():
            setattr(row, name, value)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_an_override_after_each_family_name_leaves_every_passport_as_typed(db, lang: str) -> None:
    guests = [
        guest(first, last, "US", passport)
        for (first, last), passport in zip(
            (("John", "Smith"), ("Mary", "Jones"), ("Omar", "Haddad")), PASSPORTS, strict=True
        )
    ]
    for person_id in guests:
        with context.database().reading() as session:
            person = session.get(Person, person_id)
            last_en, last_fa = person.last_name_en, person.last_name_fa or "اسمیت"
        _smuggle(Person, person_id, last_name_en=last_en + RLO, last_name_fa=last_fa + RLO)
    visit_id = visits.save_visit(visit_data(*guests))
    for extractor, text in both_texts(visits.letter_pdf(visit_id, "visa", lang)).items():
        for passport in PASSPORTS:
            assert passport in text, (extractor, passport)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_a_control_in_the_city_leaves_the_payment_orders_dates_as_typed(decided_request, lang: str) -> None:
    request_id = decided_request
    with context.database().reading() as session:
        request = session.get(FundingRequest, request_id)
        starts, ends = request.starts_on, request.ends_on
    _smuggle(FundingRequest, request_id, city=f"Vienna{RLO}")
    texts = both_texts(funding.payment_order_pdf(request_id, lang))
    for day in (starts, ends):
        # Persian: the Jalali date; English: the Gregorian date written out (strftime's C-locale month)
        written = dates.format_date(day, dates.JALALI, "fa") if lang == "fa" else f"{day.day} {day:%B %Y}"
        for extractor, text in texts.items():
            assert " ".join(written.split()) in " ".join(text.split()), (extractor, written)


@pytest.fixture
def decided_request(db, tmp_path, frozen_clock) -> int:
    from tests.documents.test_funding_docs import decided

    return decided.__wrapped__(db, tmp_path, frozen_clock)[1][0]

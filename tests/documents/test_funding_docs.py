"""The funding documents read right in both languages: the decision letter, the payment order, the council
annex and the annual report (text extracted back from the PDFs)."""

import datetime as dt
import re

import pytest

from app.services import funding, letters, meetings
from app.services.errors import StateError
from tests.services import meetings_helpers as mh
from tests.services.funding_helpers import TODAY, person, ready_request, set_up_year, unit


@pytest.fixture
def decided(db, tmp_path, frozen_clock):
    """Two requests on a council meeting: one approved in part and paid, one rejected; one more pending."""
    frozen_clock(dt.datetime.combine(TODAY, dt.time(9)))  # before the council of 2026-12-20, after the rates
    set_up_year()
    mh.council_members(3)
    council = mh.new_council(dt.datetime(2026, 12, 20, 10, 0))
    department = unit()
    ids = [
        ready_request(tmp_path, person(en, fa, unit_id=department), unit_id=department)
        for en, fa in (("Karimi", "کریمی"), ("Tehrani", "تهرانی"), ("Nouri", "نوری"))
    ]
    for request_id in ids:
        funding.submit(request_id, on=TODAY)
    funding.put_pending_on_agenda(council, ids[:2])
    items = meetings.agenda_items(council)
    meetings.record_resolution(
        items[0].id, {"text": "Approved in part.", "outcome": "approved", "amount": 500_000_000}
    )
    meetings.record_resolution(
        items[1].id, {"text": "Outside the faculty's priorities.", "outcome": "rejected"}
    )
    funding.record_payment(ids[0], 500_000_000, dt.date(2026, 12, 22), "FIN-1405-0077")
    return council, ids


def test_decision_letters_in_both_languages(decided, pdf_text):
    _council, (approved, rejected, _pending) = decided
    letter_id = funding.get_request(approved).values["decision_letter_id"]
    letters.issue_letter(letter_id, dt.date(2026, 12, 21))
    persian = pdf_text(funding.decision_letter_pdf(approved, "fa"))
    for words in ("نتیجه درخواست حمایت", "شورای بورس", "موافقت شد", "۱/۱۴۰۵", "مریم کریمی", "اتریش"):
        assert words in persian
    english = pdf_text(funding.decision_letter_pdf(approved, "en"))
    assert "approved a grant of 500,000,000 IRR" in english and "you requested 640,000,000 IRR" in english
    assert "Vienna" in english and "Austria" in english and "1405/0001/IVC" in english
    refusal = pdf_text(funding.decision_letter_pdf(rejected, "en"))
    assert "did not approve" in refusal and "Outside the faculty's priorities." in refusal
    assert "دلیل" in pdf_text(funding.decision_letter_pdf(rejected, "fa"))


def test_payment_order_in_both_languages(decided, pdf_text):
    _council, (approved, rejected, _pending) = decided
    both = pdf_text(funding.payment_order_pdf(approved, "both"))
    for words in (
        "Payment order",
        "500,000,000 IRR",
        "FIN-1405-0077",
        "Registration",
        "650.00 EUR",
        "390,000,000 IRR",
        "دستور پرداخت",
        "امور مالی",
        "ثبتنام",
        "ریال",
    ):
        assert words in both
    with pytest.raises(StateError, match="approved request only"):
        funding.payment_order_pdf(rejected, "en")


def test_council_annex_lists_the_meetings_requests_with_checks_and_history(decided, pdf_text):
    council, _ids = decided
    english = pdf_text(funding.council_annex_pdf(council, "en"))
    for words in (
        "Annex to the agenda",
        "Karimi",
        "Tehrani",
        "640,000,000",
        "900,000,000",
        "Cap (rials)",
        "Budget of fiscal year 1405",
        "Earlier awards",
        "Paid:",
        "500,000,000",
        "Rejected",
    ):
        assert words in english
    assert "Nouri" not in english  # not on this meeting's agenda
    persian = pdf_text(funding.council_annex_pdf(council, "fa"))
    for words in ("پیوست دستور جلسه", "کریمی", "بررسی قواعد", "ندارد", "ردشده"):
        assert words in persian
    assert "in all" in " ".join(english.split()) and "جمع مبالغ درخواستی" in persian


def test_an_annex_with_no_request_does_not_total_them(decided, pdf_text):
    """A council with nothing on its agenda: the budget, then «no request», with no «ask for 0 IRR»."""
    empty = mh.new_council(dt.datetime(2027, 1, 10, 10, 0))
    english = " ".join(pdf_text(funding.council_annex_pdf(empty, "en")).split())
    assert "remaining." in english and "ask for" not in english, english
    persian = " ".join(pdf_text(funding.council_annex_pdf(empty, "fa")).split())
    assert "مانده" in persian and "جمع مبالغ درخواستی" not in persian, persian


def test_annual_report(decided, pdf_text):
    english = pdf_text(funding.annual_report_pdf(1405, "en"))
    for words in (
        "annual report, fiscal year 1405",
        "5,000,000,000 IRR",
        "4,500,000,000 IRR",
        "Department of Cardiology",
        "By status",
        "Rejected",
        "Submitted",
        "Karimi",
    ):
        assert words in english
    persian = pdf_text(funding.annual_report_pdf(1405, "fa"))
    assert "گزارش سالانه" in persian and "گروه قلب و عروق" in persian and "مانده" in persian


def test_payment_order_and_annual_report_keep_their_signature_block(decided, pdf_text):
    from app.services import signatories

    _council, ids = decided
    english = pdf_text(funding.payment_order_pdf(ids[0], "en"))
    assert "Dr. Ali Mohammadi" in english and "International Vice-Chancellor" in english
    signatories.save_signatories([])  # nobody named: the block stays, with a line to sign on
    for pdf, words in (
        (funding.payment_order_pdf(ids[0], "en"), ("Signature",)),
        (funding.annual_report_pdf(1405, "en"), ("Signature",)),
        (funding.payment_order_pdf(ids[0], "fa"), ("امضا",)),
    ):
        text = pdf_text(pdf)
        assert "........" in text and all(w in text for w in words)
    report = pdf_text(funding.annual_report_pdf(1405, "fa"))
    assert "سال:" in report and "شماره:" not in report


def test_codes_keep_latin_digits_and_their_order_in_persian(decided):
    """One rule for codes in Persian text (app.common.text.code_for): FR-1405-0001 prints as the register
    writes it, read back by poppler in that order."""
    import subprocess

    _council, ids = decided
    text = subprocess.run(
        ["pdftotext", "-", "-"],
        input=funding.payment_order_pdf(ids[0], "fa"),
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert f"FR-1405-{ids[0]:04d}" in text and "FR-۱۴۰۵" not in text
    assert "FIN-1405-0077" in text  # the finance office's reference, as typed


def test_the_persian_decision_letter_writes_amounts_with_the_persian_separator(decided, pdf_text):
    """«۵۰۰٬۰۰۰٬۰۰۰»: the separator is U+066C in the text, and a number copies out whole (drawing the
    separator from another font than its digits would part the number in a stream-order extractor)."""
    _council, (approved, _rejected, _pending) = decided
    letter_id = funding.get_request(approved).values["decision_letter_id"]
    letters.issue_letter(letter_id, dt.date(2026, 12, 21))
    pdf = funding.decision_letter_pdf(approved, "fa")
    persian = pdf_text(pdf)
    assert persian.count("\u066c") >= 4 and not re.search("[۰-۹],|,[۰-۹]", persian)
    assert re.search("[۰-۹]{3}\u066c[۰-۹]{3}\u066c[۰-۹]{3}", persian), persian


def test_the_council_annex_shows_the_budget_as_the_council_found_it(decided, pdf_text):
    """The annex gives the budget on the meeting's day, before its decisions: an approval of an earlier
    meeting is committed there though it was paid since, and this meeting's own approval and payment
    (today's figures) are not in it."""
    council, (_approved, _rejected, pending) = decided
    earlier = mh.new_council(dt.datetime(2026, 12, 13, 10, 0))
    funding.put_pending_on_agenda(earlier, [pending])
    item = meetings.agenda_items(earlier)[0]
    meetings.record_resolution(item.id, {"text": "Approved.", "outcome": "approved", "amount": 300_000_000})
    funding.record_payment(pending, 300_000_000, dt.date(2026, 12, 27), "FIN-1405-0078")
    today = funding.budget(1405)
    assert (today.committed_irr, today.paid_irr) == (0, 800_000_000)  # both approvals paid by now
    english = " ".join(pdf_text(funding.council_annex_pdf(council, "en")).split())
    assert (
        "5,000,000,000 IRR allocated, 300,000,000 IRR committed, 0 IRR paid, 4,700,000,000 IRR remaining"
        in english
    ), english
    persian = " ".join(pdf_text(funding.council_annex_pdf(council, "fa")).split())
    assert "پیش از این جلسه" in persian
    assert "مانده ۴٬۷۰۰٬۰۰۰٬۰۰۰" in persian, persian
    # The earlier meeting's annex, before either approval, has the whole budget left.
    first = " ".join(pdf_text(funding.council_annex_pdf(earlier, "en")).split())
    assert "0 IRR committed, 0 IRR paid, 5,000,000,000 IRR remaining" in first, first

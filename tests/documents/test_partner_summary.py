"""A partner's one-page activity summary, in Persian and English: text read back by pypdf and poppler,
one page even with many entries, and qpdf finds nothing wrong. Dates expected from jdatetime."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import jdatetime
import pytest
from pypdf import PdfReader

from app.services import agreements, directory, letters
from tests.documents.pdf_extract import poppler_text
from tests.services.test_agreements import _meeting_about, _person, _visit

MONDAY = dt.datetime(2026, 11, 30, 8, 0)


@pytest.fixture
def partner(db, frozen_clock):
    frozen_clock(MONDAY)
    partner = directory.save_institution(
        {
            "name_en": "Karolinska Institutet",
            "name_fa": "انستیتو کارولینسکا",
            "country": "SE",
            "city": "Stockholm",
        }
    )
    mou = directory.save_agreement(
        {
            "institution_id": partner,
            "title": "Research exchange",
            "signed_on": dt.date(2021, 5, 1),
            "valid_until": dt.date(2027, 1, 31),
            "status": "active",
        }
    )
    quiet = directory.save_agreement(
        {
            "institution_id": partner,
            "title": "Student mobility",
            "signed_on": dt.date(2020, 1, 1),
            "status": "active",
        }
    )
    eva = _person(partner)
    _visit(dt.date(2026, 10, 5), eva)
    _meeting_about(mou, dt.datetime(2026, 9, 1, 10, 0))
    letter = letters.save_draft(
        {
            "lang": "en",
            "recipient": "Dr. Eva Berg",
            "recipient_person_id": eva,
            "subject": "Invitation to the spring school",
            "body": "Dear colleague",
        }
    )
    letters.issue_letter(letter, dt.date(2026, 11, 1))
    return partner, mou, quiet


def test_the_summary_in_english_and_persian(partner, pdf_text, tmp_path):
    partner_id, _mou, _quiet = partner
    english = agreements.partner_summary_pdf(partner_id, "en")
    text = poppler_text(english)
    for words in (
        "Activity summary of a partner institution",
        "Karolinska Institutet",
        "Sweden",
        "Research exchange",
        "Student mobility",
        "31 January 2027",
        "Invitation to the spring school",
        "Joint research",
        "1 November 2026",
    ):
        assert words in text, words
    assert "not linked" not in text  # support requests hosted by the partner are its activity now
    persian = agreements.partner_summary_pdf(partner_id, "fa")
    text_fa = pdf_text(persian)
    issued = jdatetime.date.fromgregorian(date=dt.date(2026, 11, 1)).strftime("%Y/%m/%d")
    issued_fa = issued.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    for words in ("خلاصه فعالیتهای نهاد طرف تفاهم", "انستیتو کارولینسکا", "سوئد", issued_fa, "پژوهش مشترک"):
        assert words in text_fa, words
    for name, pdf in (("en", english), ("fa", persian)):
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        if shutil.which("qpdf"):
            assert (
                subprocess.run(
                    ["qpdf", "--check", str(tmp_path / f"{name}.pdf")], capture_output=True
                ).returncode
                == 0
            )


def test_one_page_even_with_many_entries(partner, pdf_text):
    partner_id, mou, _quiet = partner
    guest = _person(partner_id, "Lars")
    for n in range(40):
        _visit(dt.date(2025, 1, 1) + dt.timedelta(days=7 * n), guest)
    pdf = agreements.partner_summary_pdf(partner_id, "en")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = poppler_text(pdf)
    assert (
        "older entries are not shown." in text and "Invitation to the spring school" in text
    )  # the latest kept


def test_a_quiet_partner_is_marked_dormant(db, frozen_clock, pdf_text):
    frozen_clock(MONDAY)
    partner = directory.save_institution(
        {"name_en": "Uppsala University", "name_fa": "دانشگاه اوپسالا", "country": "SE"}
    )
    directory.save_agreement(
        {
            "institution_id": partner,
            "title": "Nursing exchange",
            "signed_on": dt.date(2019, 3, 1),
            "status": "active",
        }
    )
    english, persian = (
        poppler_text(agreements.partner_summary_pdf(partner, "en")),
        pdf_text(agreements.partner_summary_pdf(partner, "fa")),
    )
    assert (
        "Active (dormant)" in english and "No activity on record." in english and "none on record" in english
    )
    assert "راکد" in persian and "فعالیتی ثبت نشده است." in persian
